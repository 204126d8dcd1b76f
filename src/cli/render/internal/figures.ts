import type { Indicator, MeasureResult, Rule } from "../../../index.js";
import type { Language } from "../ReportInput.js";
import { words } from "./words.js";

const locales = { nl: "nl-NL", en: "en-GB" } as const;

/** A number in the language's format: 1234.5 → "1.234,5" (nl) or "1,234.5" (en). */
export function formatNumber(value: number, language: Language, decimals = 2): string {
  const text = new Intl.NumberFormat(locales[language], { maximumFractionDigits: decimals, useGrouping: true }).format(
    value,
  );
  // Intl writes "-0" for tiny negative numbers rounded away.
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/** A number with exactly `decimals` decimals: 55 → "55,0". */
function formatFixed(value: number, language: Language, decimals: number): string {
  const text = new Intl.NumberFormat(locales[language], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/** A share between 0 and 1 as a percentage with one decimal: 0.524 → "52,4%". */
export function formatShare(share: number, language: Language): string {
  return `${new Intl.NumberFormat(locales[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100)}%`;
}

/** A figure with its sign: "+10,4", "-3", "0" (no sign when it rounds to zero). */
function signed(value: number, text: string): string {
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** A measure's value, as the indicator's measure is read: a share in %, a ratio with 3 decimals. */
export function formatValue(value: number, indicator: Indicator | undefined, language: Language): string {
  switch (indicator?.measure) {
    case "share":
      return formatShare(value, language);
    case "ratio":
      return formatNumber(value, language, 3);
    case "count":
    case "stock":
    case undefined:
      return formatNumber(value, language, 2);
  }
}

/**
 * The change from baseline to current: a relative change in % for counts and ratios, and for
 * survey shares the difference in percentage points (a relative change of a share misleads).
 */
export function formatChange(
  result: MeasureResult,
  indicator: Indicator | undefined,
  language: Language,
): string | undefined {
  if (indicator?.measure === "share") {
    if (result.current === undefined || result.baseline === undefined) return undefined;
    const points = (result.current - result.baseline) * 100;
    return `${signed(points, formatFixed(points, language, 1))} ${language === "nl" ? "%-punt" : "pp"}`;
  }
  if (result.change === undefined) return undefined;
  const percent = result.change * 100;
  return `${signed(percent, formatFixed(percent, language, 1))}%`;
}

/** The target of a rule, in words, with the value the measure had to reach where known. */
export function formatTarget(
  rule: Rule,
  result: MeasureResult | undefined,
  indicator: Indicator | undefined,
  language: Language,
): string {
  const w = words[language].rules;
  const reach = (comparison: "≥" | "≤" | ">" | "<") =>
    result?.target === undefined ? "" : ` (${comparison} ${formatValue(result.target, indicator, language)})`;
  switch (rule.kind) {
    case "relativeChange":
      return rule.direction === "increase"
        ? `+${formatNumber(rule.percent, language)}%${reach("≥")}`
        : `-${formatNumber(rule.percent, language)}%${reach("≤")}`;
    case "perPeriod": {
      const amount = `${formatNumber(rule.amount, language)} ${w.per[rule.per]}`;
      const target = result?.target;
      return target === undefined || target === rule.amount
        ? amount
        : `${formatNumber(target, language)} ${w.proRata} (${amount})`;
    }
    case "increase":
      return w.increase;
    case "decrease":
      return w.decrease;
    case "qualitative":
      return rule.direction === "increase" ? w.significantIncrease : w.significantDecrease;
    case "threshold": {
      const atLeast = rule.atLeast === undefined ? undefined : formatValue(rule.atLeast, indicator, language);
      const atMost = rule.atMost === undefined ? undefined : formatValue(rule.atMost, indicator, language);
      if (atLeast !== undefined && atMost !== undefined) return `${atLeast} – ${atMost}`;
      return atLeast !== undefined ? `≥ ${atLeast}` : `≤ ${atMost ?? ""}`;
    }
    case "tracked":
      return w.tracked;
  }
}

/** A score between 0 and 1 as a whole percentage, or a dash when there is none. */
export function formatScore(score: number | null, language: Language): string {
  return score === null ? "–" : `${formatNumber(score * 100, language, 0)}%`;
}

/** The four figures of a measure as text; a dash where the evaluation has none. */
export interface Figures {
  readonly current: string;
  readonly baseline: string;
  readonly change: string;
  readonly target: string;
}

/** Formats the figures of one measure's result; survey shares show their respondents. */
export function figuresOf(
  result: MeasureResult | undefined,
  rule: Rule,
  indicator: Indicator | undefined,
  language: Language,
): Figures {
  const survey = result?.respondents;
  const value = (figure: number | undefined, respondents: number | undefined) => {
    if (figure === undefined) return "–";
    const text = formatValue(figure, indicator, language);
    return respondents === undefined ? text : `${text} (n=${formatNumber(respondents, language, 0)})`;
  };
  return {
    current: value(result?.current, survey?.current),
    baseline: value(result?.baseline, survey?.baseline),
    change: result === undefined ? "–" : (formatChange(result, indicator, language) ?? "–"),
    target: formatTarget(rule, result, indicator, language),
  };
}
