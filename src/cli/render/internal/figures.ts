import {
  formatComparison,
  formatNumber,
  formatValue,
  type Indicator,
  type ProtectedMeasureResult,
  type ProtectionPolicy,
  type Rule,
  type Unit,
  withheldReason,
  withheldText,
} from "../../../index.js";
import type { Language } from "../ReportInput.js";
import { words } from "./words.js";

/** How an indicator's value reads; a Label in `unit` is the older form of `noun` (see Indicator). */
export function unitOf(indicator: Indicator | undefined): Unit {
  if (typeof indicator?.unit === "string") return indicator.unit;
  return indicator?.measure === "share" ? "percent" : "count";
}

/** The target of a rule, in words, with the value the measure had to reach where the result has it. */
export function formatTarget(
  rule: Rule,
  result: ProtectedMeasureResult | undefined,
  indicator: Indicator | undefined,
  language: Language,
): string {
  const w = words[language].rules;
  const unit = unitOf(indicator);
  const reach = (comparison: "≥" | "≤") =>
    result?.target === undefined ? "" : ` (${comparison} ${formatValue(result.target, unit, language)})`;
  switch (rule.kind) {
    case "relativeChange":
      return rule.direction === "increase"
        ? `+${formatNumber(rule.percent, language)}%${reach("≥")}`
        : `-${formatNumber(rule.percent, language)}%${reach("≤")}`;
    case "perPeriod": {
      const amount = `${formatNumber(rule.amount, language)} ${w.per[rule.per]}`;
      const target = result?.target;
      // Two decimals, as the sentence writes a pro-rated target.
      return target === undefined || target === rule.amount
        ? amount
        : `${formatNumber(target, language, { decimals: 2 })} ${w.proRata} (${amount})`;
    }
    case "increase":
      return w.increase;
    case "decrease":
      return w.decrease;
    case "qualitative":
      return rule.direction === "increase" ? w.significantIncrease : w.significantDecrease;
    case "threshold": {
      const atLeast = rule.atLeast === undefined ? undefined : formatValue(rule.atLeast, unit, language);
      const atMost = rule.atMost === undefined ? undefined : formatValue(rule.atMost, unit, language);
      if (atLeast !== undefined && atMost !== undefined) return `${atLeast} – ${atMost}`;
      return atLeast !== undefined ? `≥ ${atLeast}` : `≤ ${atMost ?? ""}`;
    }
    case "tracked":
      return w.tracked;
  }
}

/** A score between 0 and 1 as a percentage, as the report writes it, or a dash when there is none. */
export function formatScore(score: number | null, language: Language): string {
  return score === null ? "–" : formatValue(score, "percent", language);
}

/** The four figures of a measure as text; a dash where the evaluation has none. */
export interface Figures {
  readonly current: string;
  readonly baseline: string;
  readonly change: string;
  readonly target: string;
}

/**
 * Formats the figures of one measure's result through the library's number format, exactly as
 * its sentence writes them: current and baseline side by side with as many decimals as it takes
 * to recompute the shown change (`formatComparison`), a survey share with its respondents and
 * its change in percentage points. A figure that protection withheld reads as
 * `withheldText` has it ("< 5", "n < 30", "x"); the change then has nothing to go on.
 */
export function figuresOf(
  result: ProtectedMeasureResult | undefined,
  rule: Rule,
  indicator: Indicator | undefined,
  language: Language,
  policy: ProtectionPolicy = {},
): Figures {
  const target = formatTarget(rule, result, indicator, language);
  if (result === undefined) return { current: "–", baseline: "–", change: "–", target };
  const unit = unitOf(indicator);
  const share = indicator?.measure === "share";
  const withheld = result.withheld;
  const respondents = (which: "current" | "baseline") => {
    const count = result.respondents?.[which];
    return count === undefined ? "" : ` (n=${formatNumber(count, language)})`;
  };
  const cell = (which: "current" | "baseline", text: string | undefined) => {
    if (withheld?.[which] === true) return withheldText(policy, language, withheld, which);
    return text === undefined ? "–" : text + respondents(which);
  };
  const { current, baseline } = result;
  if (current !== undefined && baseline !== undefined) {
    const shown = formatComparison(current, baseline, unit, language, { points: share });
    const change = share
      ? shown.points === undefined
        ? "–"
        : `${shown.points} ${words[language].rules.points}`
      : (shown.change ?? "–");
    return { current: cell("current", shown.current), baseline: cell("baseline", shown.baseline), change, target };
  }
  return {
    current: cell("current", current === undefined ? undefined : formatValue(current, unit, language)),
    baseline: cell("baseline", baseline === undefined ? undefined : formatValue(baseline, unit, language)),
    change: "–",
    target,
  };
}

/**
 * A share or a ratio as the buurt comparison shows it, in the library's number format and with
 * the decimals of the area's own sentence: "55,0%";
 * one of too few respondents or too small a numerator is withheld ("n < 30", "< 5"), a missing
 * one is "–".
 *
 * @param result - the measure's result in one area
 * @param indicator - the indicator measured, for its unit
 * @param language - the output's language
 * @param policy - the protection policy, for the withheld text
 * @returns the text
 */
export function valueText(
  result: ProtectedMeasureResult | undefined,
  indicator: Indicator | undefined,
  language: Language,
  policy: ProtectionPolicy = {},
): string {
  if (result?.withheld?.current === true) return withheldText(policy, language, result.withheld, "current");
  if (result?.current === undefined) return "–";
  // Written as the area's own sentence writes it, with the decimals its comparison needs.
  const unit = unitOf(indicator);
  return result.baseline === undefined
    ? formatValue(result.current, unit, language)
    : formatComparison(result.current, result.baseline, unit, language, { points: indicator?.measure === "share" })
        .current;
}

/**
 * A count per 1,000 inhabitants, from the count shown for the current window and the area's
 * inhabitants: "60,0 per 1.000". A withheld count gives a withheld rate; an area without an
 * inhabitants figure says so rather than showing a rate of nothing.
 */
export function rateText(
  result: ProtectedMeasureResult | undefined,
  inhabitants: number | undefined,
  language: Language,
  policy: ProtectionPolicy = {},
): string {
  // "< 5" among rates would read as fewer than 5 per 1,000: it is the count that is small.
  if (result?.withheld?.current === true) {
    const text = withheldText(policy, language, result.withheld, "current");
    return withheldReason(result.withheld, "current") === "small-count" ? `${words[language].countOf} ${text}` : text;
  }
  if (inhabitants === undefined) return words[language].noInhabitants;
  if (result?.current === undefined || inhabitants === 0) return "–";
  return formatValue(result.current / inhabitants, "per-1000", language);
}
