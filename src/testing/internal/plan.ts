import type { Observation } from "../../observations/Observation.js";
import type { Aim } from "./aims.js";
import type { Magnitude } from "./magnitudes.js";
import { between, logBetween, type Random, roundRandomly } from "./random.js";
import type { AreaSize } from "./sizes.js";

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
  /**
   * ratio: numerator ÷ denominator = `level`. A flow denominator is `denominator` per year,
   * scaled to the period's length; a stock denominator is `denominator` in every period.
   */
  | {
      readonly measure: "ratio";
      readonly level: number;
      readonly growth: number;
      readonly denominator: number;
      readonly stock: boolean;
    }
  /**
   * share: the share at the origin, moving by `slope` (a fraction of 1) a year, with
   * `respondents` a year and never more than `ceiling` a year.
   */
  | {
      readonly measure: "share";
      readonly share: number;
      readonly slope: number;
      readonly respondents: number;
      readonly ceiling: number;
    };

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
// A resident survey reaches 2-5% of the adults a year: tens in a buurt, hundreds in a gemeente.
const RESPONSE: readonly [number, number] = [0.02, 0.05];
// Where the rule needs a minimum of respondents, the survey over-samples to 1.2-1.5 times that
// minimum, as long as that stays within 9% of the inhabitants; no period ever reaches 10%.
const OVERSAMPLED_AT_MOST = 0.09;
const RESPONDENTS_BELOW = 0.099;

/** What the plan of a pair reads from its indicator. */
export interface PlannedIndicator {
  readonly magnitude: Magnitude;
  /** For a ratio: whether its denominator is a stock (`denominator: "stock"`). */
  readonly stockDenominator: boolean;
}

/**
 * Plans one (indicator, area) pair: a base level scaled to the area's size and a yearly trend
 * that follow the indicator's aim and the pair's motion.
 */
export function planPair(indicator: PlannedIndicator, aim: Aim, motion: Motion, random: Random, size: AreaSize): Plan {
  const { magnitude } = indicator;
  const thousands = size.inhabitants / 1000;
  switch (magnitude.measure) {
    case "count":
    case "stock": {
      const { measure } = magnitude;
      const typical = logBetween(random, ...magnitude.perThousand) * thousands;
      if (aim.kind === "perPeriod") return { measure, ...perPeriodCourse(aim.perYear, motion, random) };
      if (aim.kind === "threshold")
        return { measure, level: thresholdLevel(aim, motion, random, typical, undefined), growth: 1 };
      return { measure, level: typical, growth: growthFor(aim, motion, random) };
    }
    case "ratio": {
      const typical = logBetween(random, ...magnitude.level);
      const stock = indicator.stockDenominator;
      const drawn =
        magnitude.denominator === "dwellings"
          ? size.households
          : logBetween(random, ...magnitude.denominator.perThousand) * thousands;
      // A stock of dwellings is a whole number and the same in every period.
      const denominator = stock ? Math.max(1, Math.round(drawn)) : drawn;
      if (aim.kind === "threshold")
        return {
          measure: "ratio",
          level: thresholdLevel(aim, motion, random, typical, undefined),
          growth: 1,
          denominator,
          stock,
        };
      return {
        measure: "ratio",
        level: typical,
        growth: aim.kind === "change" ? growthFor(aim, motion, random) : 1,
        denominator,
        stock,
      };
    }
    case "share": {
      const minimum = aim.kind === "change" ? aim.minRespondents : 0;
      const reached = between(random, ...RESPONSE) * size.adults;
      const oversampled = Math.min(minimum * between(random, 1.2, 1.5), OVERSAMPLED_AT_MOST * size.inhabitants);
      const respondents = Math.min(1e9, Math.max(reached, oversampled));
      const ceiling = RESPONDENTS_BELOW * size.inhabitants;
      if (aim.kind === "threshold") {
        return {
          measure: "share",
          share: clampShare(thresholdLevel(aim, motion, random, between(random, 0.3, 0.7), 1)),
          slope: 0,
          respondents,
          ceiling,
        };
      }
      const sign = aim.kind === "change" ? aim.sign : 1;
      const rate = aim.kind === "change" ? aim.rate : 0;
      const towards = motion === "improving" ? sign : motion === "declining" ? -sign : 0;
      const share =
        towards > 0 ? between(random, 0.15, 0.4) : towards < 0 ? between(random, 0.6, 0.85) : between(random, 0.3, 0.7);
      // At least 8 points a year, and for a relative target at least 1.5 times the required change.
      const step = Math.max(between(random, 0.08, 0.15), rate * share * between(random, 1.5, 3));
      const slope =
        motion === "improving" ? towards * step : motion === "declining" ? towards * between(random, 0.08, 0.15) : 0;
      return { measure: "share", share, slope, respondents, ceiling };
    }
  }
}

/**
 * The fields of one row: the plan at `years` from the origin, for a period `scale` years long,
 * with a little noise from the row's own stream. `undefined` when the period has no row: a
 * survey that nobody answered is no data, not a share of 0 respondents.
 */
export function fieldsAt(plan: Plan, years: number, scale: number, random: Random): Fields | undefined {
  switch (plan.measure) {
    case "count":
      return { value: whole(random, plan.level * trend(plan.growth, years) * scale * noise(random, 0.02)) };
    case "stock":
      return { value: whole(random, plan.level * trend(plan.growth, years) * noise(random, 0.02)) };
    case "ratio": {
      // A flow denominator has at least 1 in every period, so that the ratio can be read.
      const denominator = plan.stock
        ? plan.denominator
        : Math.max(1, whole(random, plan.denominator * scale * noise(random, 0.02)));
      const flow = plan.stock ? denominator * scale : denominator;
      return {
        numerator: whole(random, plan.level * trend(plan.growth, years) * flow * noise(random, 0.02)),
        denominator,
      };
    }
    case "share": {
      // Rounded down, the periods of a year stay below the yearly ceiling together.
      const respondents = Math.min(
        Math.floor(plan.ceiling * scale),
        whole(random, plan.respondents * scale * noise(random, 0.1)),
      );
      if (!(respondents >= 1)) return undefined;
      const share = Math.min(
        1,
        Math.max(0, clampShare(plan.share + plan.slope * years) + between(random, -0.01, 0.01)),
      );
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
  const above = (bound: number) =>
    ceiling === undefined ? bound * between(random, 1.2, 1.5) : bound + (ceiling - bound) * between(random, 0.3, 0.6);
  switch (motion) {
    case "improving":
      if (atLeast !== undefined && atMost !== undefined)
        return Math.max(0, atLeast + (atMost - atLeast) * between(random, 0.25, 0.75));
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
