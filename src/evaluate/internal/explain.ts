import { formatComparison } from "../../format/formatComparison.js";
import { formatDay } from "../../format/formatDay.js";
import { formatNumber } from "../../format/formatNumber.js";
import { formatValue } from "../../format/formatValue.js";
import type { Language } from "../../format/Language.js";
import type { Label } from "../../model/common.js";
import type { Indicator, Unit } from "../../model/indicator.js";
import type { Rule } from "../../model/rule.js";
import type { MeasureResult } from "../Evaluation.js";
import { unitOf } from "./compileModel.js";

/**
 * What a sentence needs to know about the evaluation: the periods' names and, for a partial
 * period, the last days of the windows (for results without figures). Small on purpose: a
 * sentence written later keeps only this alive, never the evaluation's columns.
 */
export interface SentenceContext {
  readonly period: string;
  readonly baseline: string;
  readonly complete: boolean;
  /** `YYYY-MM-DD`: the last day of the current and baseline windows. */
  readonly currentThrough: string;
  readonly baselineThrough: string;
}

const words = {
  nl: {
    against: "tegen",
    through: "t/m",
    positive: "positief",
    points: "procentpunt",
    significant: "significant",
    notSignificant: "niet significant",
    noData: "geen gegevens voor",
    and: "en",
    of: "van",
    per: { year: "per jaar", quarter: "per kwartaal", month: "per maand" },
    proRata: "naar rato",
    increase: "toename",
    decrease: "afname",
    significantIncrease: "significante toename",
    significantDecrease: "significante afname",
    atLeast: "minimaal",
    atMost: "maximaal",
    between: "tussen",
    kinds: ["gebieden", "buurten", "wijken", "gemeenten", "gebieden"],
    verdict: {
      achieved: (target: string) => `doel ${target} gehaald`,
      "not-achieved": (target: string) => `doel ${target} niet gehaald`,
      "on-track": (target: string) => `doel ${target} op koers`,
      behind: (target: string) => `doel ${target} achter op schema`,
    },
    monitored: "gevolgd zonder doel",
    trend: { up: "trend stijgend", down: "trend dalend", flat: "trend gelijk" },
    reasons: {
      "zero-baseline": "geen relatieve verandering te berekenen vanaf 0",
      "too-few-respondents": (minimum: number) =>
        `te weinig respondenten om te beoordelen (minimaal ${minimum} per periode)`,
      "incomplete-data": "niet te beoordelen: de gegevens hebben een gat, of dekken de periode niet tot het eind",
      "not-finite": "niet te beoordelen: de cijfers zijn te groot of te klein om mee te rekenen",
    },
  },
  en: {
    against: "against",
    through: "through",
    positive: "positive",
    points: "percentage points",
    significant: "significant",
    notSignificant: "not significant",
    noData: "no data for",
    and: "and",
    of: "of",
    per: { year: "per year", quarter: "per quarter", month: "per month" },
    proRata: "pro rata",
    increase: "increase",
    decrease: "decrease",
    significantIncrease: "significant increase",
    significantDecrease: "significant decrease",
    atLeast: "at least",
    atMost: "at most",
    between: "between",
    kinds: ["areas", "neighbourhoods", "districts", "municipalities", "areas"],
    verdict: {
      achieved: (target: string) => `target ${target} achieved`,
      "not-achieved": (target: string) => `target ${target} not achieved`,
      "on-track": (target: string) => `on track for target ${target}`,
      behind: (target: string) => `behind target ${target}`,
    },
    monitored: "monitored without a target",
    trend: { up: "trend up", down: "trend down", flat: "trend flat" },
    reasons: {
      "zero-baseline": "no relative change can be computed from 0",
      "too-few-respondents": (minimum: number) => `too few respondents to judge (at least ${minimum} per period)`,
      "incomplete-data": "cannot be judged: the data have a gap, or do not cover the period to its end",
      "not-finite": "cannot be judged: the figures are too large or too small to compute with",
    },
  },
} as const;

const kindIndex = { mixed: 0, buurt: 1, wijk: 2, gemeente: 3, area: 4 } as const;

/** The name of the current or baseline window in a sentence: "2024", or "2024 t/m 31-05-2024" when partial. */
function windowName(text: string, through: string | undefined, language: Language): string {
  return through === undefined ? text : `${text} ${words[language].through} ${formatDay(through, language)}`;
}

function describeTarget(rule: Rule, result: MeasureResult, unit: Unit, complete: boolean, language: Language): string {
  const w = words[language];
  switch (rule.kind) {
    case "relativeChange":
      return `${rule.direction === "increase" ? "+" : "-"}${formatNumber(rule.percent, language)}%`;
    case "perPeriod": {
      const amount = `${formatNumber(rule.amount, language)} ${w.per[rule.per]}`;
      return complete || result.target === undefined
        ? amount
        : `${formatNumber(result.target, language, { decimals: 2 })} ${w.proRata} (${amount})`;
    }
    case "increase":
      return w.increase;
    case "decrease":
      return w.decrease;
    case "qualitative":
      return rule.direction === "increase" ? w.significantIncrease : w.significantDecrease;
    case "threshold": {
      const bound = (value: number) => formatValue(value, unit, language);
      if (rule.atLeast !== undefined && rule.atMost !== undefined)
        return `${w.between} ${bound(rule.atLeast)} ${w.and} ${bound(rule.atMost)}`;
      return rule.atLeast !== undefined
        ? `${w.atLeast} ${bound(rule.atLeast)}`
        : `${w.atMost} ${bound(rule.atMost ?? 0)}`;
    }
    case "tracked":
      return "";
  }
}

/** The figures and verdict of one measure, as a clause: "530 in 2024 tegen 480 in 2023 (+10,4%); doel +10% gehaald". */
export function explainMeasure(
  result: MeasureResult,
  indicator: Indicator,
  rule: Rule,
  context: SentenceContext,
  language: Language,
): string {
  const w = words[language];
  const unit = unitOf(indicator);
  const share = indicator.measure === "share";
  // One string, built in place: a sentence for each of a national evaluation's results comes here.
  let figures = "";
  if (result.current !== undefined && result.baseline !== undefined) {
    const currentName = windowName(context.period, result.window?.current.through, language);
    const baselineName = windowName(context.baseline, result.window?.baseline?.through, language);
    const shown = formatComparison(result.current, result.baseline, unit, language, share ? pointsOption : undefined);
    if (share) {
      const significance =
        result.significant === undefined ? "" : `, ${result.significant ? w.significant : w.notSignificant}`;
      figures = `${shown.current} ${w.positive} (n=${respondentsOf(result, "current", language)}) in ${currentName} ${w.against} ${shown.baseline} ${w.positive} (n=${respondentsOf(result, "baseline", language)}) in ${baselineName} (${shown.points ?? ""} ${w.points}${significance})`;
    } else {
      figures = `${shown.current} in ${currentName} ${w.against} ${shown.baseline} in ${baselineName}${shown.change === undefined ? "" : ` (${shown.change})`}`;
    }
  } else if (result.current !== undefined) {
    const value = formatValue(result.current, unit, language);
    const currentName = windowName(context.period, result.window?.current.through, language);
    figures = share
      ? `${value} ${w.positive} (n=${respondentsOf(result, "current", language)}) in ${currentName}`
      : `${value} in ${currentName}`;
  } else if (result.baseline !== undefined) {
    const value = formatValue(result.baseline, unit, language);
    const baselineName = windowName(context.baseline, result.window?.baseline?.through, language);
    figures = share
      ? `${value} ${w.positive} (n=${respondentsOf(result, "baseline", language)}) in ${baselineName}`
      : `${value} in ${baselineName}`;
  }
  const verdict = verdictOf(result, rule, unit, context, language);
  return figures === "" ? verdict : `${figures}; ${verdict}`;
}

const pointsOption = { points: true } as const;

function respondentsOf(result: MeasureResult, which: "current" | "baseline", language: Language): string {
  return formatNumber(result.respondents?.[which] ?? result.parts?.[which]?.denominator ?? 0, language);
}

/** What a measure's status says: "doel +10% gehaald", "geen gegevens voor 2023", a reason. */
function verdictOf(
  result: MeasureResult,
  rule: Rule,
  unit: Unit,
  context: SentenceContext,
  language: Language,
): string {
  const w = words[language];
  switch (result.status) {
    case "achieved":
    case "not-achieved":
    case "on-track":
    case "behind":
      return w.verdict[result.status](describeTarget(rule, result, unit, context.complete, language));
    case "monitored":
      return result.trend === undefined ? w.monitored : `${w.monitored}, ${w.trend[result.trend]}`;
    case "no-data": {
      const current =
        result.current === undefined
          ? windowName(context.period, context.complete ? undefined : context.currentThrough, language)
          : undefined;
      const baseline =
        result.baseline === undefined
          ? windowName(context.baseline, context.complete ? undefined : context.baselineThrough, language)
          : undefined;
      if (current !== undefined && baseline !== undefined) return `${w.noData} ${current} ${w.and} ${baseline}`;
      return `${w.noData} ${current ?? baseline ?? windowName(context.baseline, undefined, language)}`;
    }
    case "not-evaluable": {
      const reason = result.reason ?? "incomplete-data";
      return reason === "too-few-respondents"
        ? w.reasons[reason](rule.kind === "qualitative" ? (rule.minRespondents ?? 30) : 30)
        : w.reasons[reason];
    }
  }
}

/** "(7 van 9 buurten)" for a like-for-like comparison, or "". */
function coverage(result: MeasureResult, language: Language): string {
  const covers = result.covers;
  if (covers === undefined) return "";
  return ` (${formatNumber(covers.areas, language)} ${words[language].of} ${formatNumber(covers.of, language)} ${words[language].kinds[kindIndex[covers.kind]]})`;
}

/** One sentence for a factor in an area, in both languages; `measures` and `results` pair by position. */
export function explainFactor(
  what: Label,
  areaName: string,
  measures: readonly { readonly indicator: Indicator; readonly rule: Rule }[],
  results: readonly MeasureResult[],
  context: SentenceContext,
): Label {
  return {
    nl: sentenceOf(what, areaName, measures, results, context, "nl"),
    en: sentenceOf(what, areaName, measures, results, context, "en"),
  };
}

function sentenceOf(
  what: Label,
  areaName: string,
  measures: readonly { readonly indicator: Indicator; readonly rule: Rule }[],
  results: readonly MeasureResult[],
  context: SentenceContext,
  language: Language,
): string {
  const only = measures.length === 1 ? measures[0] : undefined;
  const first = results[0];
  if (only !== undefined && first !== undefined) {
    return `${only.indicator.label[language]} in ${areaName}${coverage(first, language)}: ${explainMeasure(first, only.indicator, only.rule, context, language)}.`;
  }
  let clauses = "";
  measures.forEach(({ indicator, rule }, index) => {
    const result = results[index];
    const clause =
      result === undefined
        ? ""
        : `${coverage(result, language)} ${explainMeasure(result, indicator, rule, context, language).replace("; ", ", ")}`;
    clauses += `${index === 0 ? "" : "; "}${indicator.label[language]}${clause}`;
  });
  return `${what[language]} in ${areaName}: ${clauses}.`;
}
