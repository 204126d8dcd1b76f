import type { Measure } from "../../model/indicator.js";
import type { Observation } from "../../observations/Observation.js";
import type { Aim } from "./aims.js";
import { between, logBetween, roundRandomly, type Random } from "./random.js";

/** Which way an (indicator, area) pair moves, relative to what its rule asks. */
export type Motion = "improving" | "declining" | "flat";

/**
 * The course of one (indicator, area) pair over time, fixed once from the pair's own stream.
 * `years` below counts from the trend's origin, so a pair's value in a period depends on
 * nothing but the pair, the period and the origin.
 */
export type Plan =
  /** count: `level` per year, scaled to the period's length; stock: `level` as it stands. */
  | { readonly measure: "count" | "stock"; readonly level: number; readonly growth: number }
  /** ratio: numerator ÷ denominator = `level`; the denominator is `denominator` per year. */
  | { readonly measure: "ratio"; readonly level: number; readonly growth: number; readonly denominator: number }
  /** share: the share at the origin, moving by `slope` (a fraction of 1) a year. */
  | { readonly measure: "share"; readonly share: number; readonly slope: number; readonly respondents: number }

/** The measured fields of one row. */
export type Fields = Pick<Observation, "value" | "numerator" | "denominator" | "respondents" | "positive">;

// Growth factors stay within these bounds however far a period lies from the origin, so that
// values stay finite and far below the 10^15 that parsing allows.
const MIN_TREND = 1e-6;
const MAX_TREND = 1e6;
const MAX_VALUE = 1e14;
// Shares move towards 0% or 100% but stop short, so that a survey never has all or no positives.
const MIN_SHARE = 0.03;
const MAX_SHARE = 0.97;
// Fewer respondents than this in one period is not a survey worth reporting.
const MIN_RESPONDENTS_PER_PERIOD = 40;

/** Plans one (indicator, area) pair: a base level and a yearly trend that follow its aim and motion. */
export function planPair(measure: Measure, aim: Aim, motion: Motion, random: Random): Plan {
  switch (measure) {
    case "count":
    case "stock": {
      const typical = measure === "count" ? logBetween(random, 100, 2000) : logBetween(random, 200, 5000);
      if (aim.kind === "perPeriod") return { measure, ...perPeriodCourse(aim.perYear, motion, random) };
      if (aim.kind === "threshold") return { measure, level: thresholdLevel(aim, motion, random, typical, undefined), growth: 1 };
      return { measure, level: typical, growth: growthFor(aim, motion, random) };
    }
    case "ratio": {
      const typical = logBetween(random, 0.5, 10);
      const denominator = logBetween(random, 200, 2000);
      if (aim.kind === "threshold") return { measure, level: thresholdLevel(aim, motion, random, typical, undefined), growth: 1, denominator };
      return { measure, level: typical, growth: aim.kind === "change" ? growthFor(aim, motion, random) : 1, denominator };
    }
    case "share": {
      const minimum = aim.kind === "change" ? aim.minRespondents : 0;
      // 600 or more a year: enough for a shift of 8 points to be significant at 95% in one
      // yearly wave; a quarterly survey gets 150–400 a wave.
      const respondents = Math.min(1e9, Math.max(between(random, 600, 1600), minimum * between(random, 1.2, 1.5)));
      if (aim.kind === "threshold") {
        return { measure, share: clampShare(thresholdLevel(aim, motion, random, between(random, 0.3, 0.7), 1)), slope: 0, respondents };
      }
      const sign = aim.kind === "change" ? aim.sign : 1;
      const rate = aim.kind === "change" ? aim.rate : 0;
      const towards = motion === "improving" ? sign : motion === "declining" ? -sign : 0;
      const share = towards > 0 ? between(random, 0.15, 0.4) : towards < 0 ? between(random, 0.6, 0.85) : between(random, 0.3, 0.7);
      // At least 8 points a year, and for a relative target at least 1.5 times the required change.
      const step = Math.max(between(random, 0.08, 0.15), rate * share * between(random, 1.5, 3));
      return { measure, share, slope: motion === "improving" ? towards * step : motion === "declining" ? towards * between(random, 0.08, 0.15) : 0, respondents };
    }
  }
}

/**
 * The fields of one row: the plan at `years` from the origin, for a period `scale` years long,
 * with a little noise from the row's own stream.
 */
export function fieldsAt(plan: Plan, years: number, scale: number, random: Random): Fields {
  switch (plan.measure) {
    case "count":
      return { value: whole(random, plan.level * trend(plan.growth, years) * scale * noise(random, 0.02)) };
    case "stock":
      return { value: whole(random, plan.level * trend(plan.growth, years) * noise(random, 0.02)) };
    case "ratio": {
      const denominator = Math.max(1, whole(random, plan.denominator * scale * noise(random, 0.02)));
      return { numerator: whole(random, plan.level * trend(plan.growth, years) * denominator * noise(random, 0.02)), denominator };
    }
    case "share": {
      const respondents = Math.max(MIN_RESPONDENTS_PER_PERIOD, whole(random, plan.respondents * scale * noise(random, 0.1)));
      const share = Math.min(1, Math.max(0, clampShare(plan.share + plan.slope * years) + between(random, -0.01, 0.01)));
      return { respondents, positive: Math.min(respondents, whole(random, share * respondents)) };
    }
  }
}

/** The yearly growth factor of a `change` aim: clearly beyond the target, against it, or about flat. */
function growthFor(aim: Extract<Aim, { kind: "change" }>, motion: Motion, random: Random): number {
  if (motion === "flat") return 1 + between(random, -0.02, 0.02);
  if (motion === "declining") {
    const step = between(random, 0.05, 0.2);
    return aim.sign > 0 ? 1 - step : 1 + step;
  }
  // 1.5 to 3 times the required change, and at least 5 points beyond it: +10% becomes +15–30%.
  const step = Math.max(aim.rate * between(random, 1.5, 3), aim.rate + between(random, 0.05, 0.2));
  return aim.sign > 0 ? 1 + step : Math.max(0.02, 1 - step);
}

/** A programme-wide yearly total: above the amount and growing, below it and shrinking, or near it. */
function perPeriodCourse(perYear: number, motion: Motion, random: Random): { level: number; growth: number } {
  switch (motion) {
    case "improving":
      return { level: perYear * between(random, 1.2, 1.6), growth: 1 + between(random, 0, 0.1) };
    case "declining":
      return { level: perYear * between(random, 0.4, 0.8), growth: 1 - between(random, 0, 0.1) };
    case "flat":
      return { level: perYear * between(random, 0.9, 1.1), growth: 1 };
  }
}

/**
 * A level inside the bounds (improving), outside them (declining) or near one (flat). For
 * shares, `ceiling` is 1 and keeps the level a fraction. `typical` stands in where the bounds
 * leave the level free.
 */
function thresholdLevel(
  aim: Extract<Aim, { kind: "threshold" }>,
  motion: Motion,
  random: Random,
  typical: number,
  ceiling: number | undefined,
): number {
  const { atLeast, atMost } = aim;
  const above = (bound: number) => (ceiling === undefined ? bound * between(random, 1.2, 1.5) : bound + (ceiling - bound) * between(random, 0.3, 0.6));
  switch (motion) {
    case "improving":
      if (atLeast !== undefined && atMost !== undefined) return Math.max(0, atLeast + (atMost - atLeast) * between(random, 0.25, 0.75));
      if (atLeast !== undefined) return atLeast > 0 ? above(atLeast) : typical;
      return atMost !== undefined && atMost > 0 ? atMost * between(random, 0.4, 0.8) : 0;
    case "declining":
      if (atLeast !== undefined && atLeast > 0) return atLeast * between(random, 0.4, 0.8);
      if (atMost !== undefined) return atMost > 0 ? above(atMost) : typical;
      return typical;
    case "flat": {
      const bound = atLeast ?? atMost ?? 0;
      return bound > 0 ? bound * between(random, 0.9, 1.1) : typical;
    }
  }
}

function trend(growth: number, years: number): number {
  return Math.min(MAX_TREND, Math.max(MIN_TREND, Math.exp(years * Math.log(growth))));
}

function noise(random: Random, spread: number): number {
  return 1 + between(random, -spread, spread);
}

/** A whole number ≥ 0 and ≤ MAX_VALUE; anything that is not a finite number becomes 0 or the maximum. */
function whole(random: Random, value: number): number {
  if (Number.isNaN(value) || value <= 0) return 0;
  return roundRandomly(random, Math.min(MAX_VALUE, value));
}

function clampShare(share: number): number {
  return Math.min(MAX_SHARE, Math.max(MIN_SHARE, share));
}
