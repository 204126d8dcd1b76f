import type { Label } from "../../model/common.js";
import type { Indicator } from "../../model/indicator.js";
import type { Rule } from "../../model/rule.js";
import type { MeasureResult } from "../Evaluation.js";
import { formatChange, formatNumber, formatShare, type Language } from "./format.js";

/** How the current and baseline spans are named in a sentence, per language. */
export interface SpanNames {
  readonly current: Label;
  readonly baseline: Label;
  readonly complete: boolean;
}

const words = {
  nl: {
    against: "tegen",
    positive: "positief",
    points: "procentpunt",
    significant: "significant",
    notSignificant: "niet significant",
    noData: "geen gegevens voor",
    and: "en",
    perYear: { year: "per jaar", quarter: "per kwartaal", month: "per maand" },
    proRata: "naar rato",
    increase: "toename",
    decrease: "afname",
    significantIncrease: "significante toename",
    significantDecrease: "significante afname",
    atLeast: "minimaal",
    atMost: "maximaal",
    between: "tussen",
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
      "too-few-respondents": (minimum: number) => `te weinig respondenten om te beoordelen (minimaal ${minimum} per periode)`,
      "incomplete-data": "niet te beoordelen: de gegevens dekken niet de hele periode of niet dezelfde gebieden",
    },
  },
  en: {
    against: "against",
    positive: "positive",
    points: "percentage points",
    significant: "significant",
    notSignificant: "not significant",
    noData: "no data for",
    and: "and",
    perYear: { year: "per year", quarter: "per quarter", month: "per month" },
    proRata: "pro rata",
    increase: "increase",
    decrease: "decrease",
    significantIncrease: "significant increase",
    significantDecrease: "significant decrease",
    atLeast: "at least",
    atMost: "at most",
    between: "between",
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
      "incomplete-data": "cannot be judged: the data do not cover the whole period or the same areas",
    },
  },
} as const;

function formatValue(value: number, indicator: Indicator, language: Language): string {
  switch (indicator.measure) {
    case "share":
      return formatShare(value, language);
    case "ratio":
      return formatNumber(value, language, 3);
    case "count":
    case "stock":
      return formatNumber(value, language, 2);
  }
}

function describeTarget(rule: Rule, result: MeasureResult, complete: boolean, language: Language): string {
  const w = words[language];
  switch (rule.kind) {
    case "relativeChange":
      return `${rule.direction === "increase" ? "+" : "-"}${formatNumber(rule.percent, language, 2)}%`;
    case "perPeriod": {
      const amount = `${formatNumber(rule.amount, language, 2)} ${w.perYear[rule.per]}`;
      return complete || result.target === undefined ? amount : `${formatNumber(result.target, language, 2)} ${w.proRata} (${amount})`;
    }
    case "increase":
      return w.increase;
    case "decrease":
      return w.decrease;
    case "qualitative":
      return rule.direction === "increase" ? w.significantIncrease : w.significantDecrease;
    case "threshold":
      if (rule.atLeast !== undefined && rule.atMost !== undefined) {
        return `${w.between} ${formatNumber(rule.atLeast, language)} ${w.and} ${formatNumber(rule.atMost, language)}`;
      }
      return rule.atLeast !== undefined ? `${w.atLeast} ${formatNumber(rule.atLeast, language)}` : `${w.atMost} ${formatNumber(rule.atMost ?? 0, language)}`;
    case "tracked":
      return "";
  }
}

/** The figures and verdict of one measure, as a clause: "530 in 2024 tegen 480 in 2023 (+10,4%); doel +10% gehaald". */
export function explainMeasure(result: MeasureResult, indicator: Indicator, rule: Rule, spans: SpanNames, language: Language): string {
  const w = words[language];
  const parts: string[] = [];
  if (result.current !== undefined) {
    const survey = result.respondents;
    const value = (figure: number, respondents: number | undefined) =>
      survey === undefined ? formatValue(figure, indicator, language) : `${formatShare(figure, language)} ${w.positive} (n=${formatNumber(respondents ?? 0, language)})`;
    let figures = `${value(result.current, survey?.current)} in ${spans.current[language]}`;
    if (result.baseline !== undefined) {
      figures += ` ${w.against} ${value(result.baseline, survey?.baseline)} in ${spans.baseline[language]}`;
      if (survey !== undefined) {
        const points = formatNumber((result.current - result.baseline) * 100, language, 1, true);
        const sign = result.current > result.baseline && !/^0[.,]0$/.test(points) ? "+" : "";
        const significance = result.significant === undefined ? "" : `, ${result.significant ? w.significant : w.notSignificant}`;
        figures += ` (${sign}${points} ${w.points}${significance})`;
      } else if (result.change !== undefined) figures += ` (${formatChange(result.change, language)})`;
    }
    parts.push(figures);
  }
  switch (result.status) {
    case "achieved":
    case "not-achieved":
    case "on-track":
    case "behind":
      parts.push(w.verdict[result.status](describeTarget(rule, result, spans.complete, language)));
      break;
    case "monitored":
      parts.push(result.trend === undefined ? w.monitored : `${w.monitored}, ${w.trend[result.trend]}`);
      break;
    case "no-data": {
      const missing = [result.current === undefined ? spans.current[language] : undefined, result.baseline === undefined ? spans.baseline[language] : undefined];
      parts.push(`${w.noData} ${missing.filter((name) => name !== undefined).join(` ${w.and} `)}`);
      break;
    }
    case "not-evaluable": {
      const reason = result.reason ?? "incomplete-data";
      parts.push(reason === "too-few-respondents" ? w.reasons[reason](rule.kind === "qualitative" ? (rule.minRespondents ?? 30) : 30) : w.reasons[reason]);
      break;
    }
  }
  return parts.join("; ");
}

/** One sentence for a factor in an area, in both languages; `measures` and `results` pair by position. */
export function explainFactor(
  what: Label,
  areaName: string,
  measures: readonly { readonly indicator: Indicator; readonly rule: Rule }[],
  results: readonly MeasureResult[],
  spans: SpanNames,
): Label {
  const clause = (index: number, language: Language) => {
    const measure = measures[index];
    const result = results[index];
    return measure === undefined || result === undefined ? "" : explainMeasure(result, measure.indicator, measure.rule, spans, language);
  };
  const sentence = (language: Language) => {
    const only = measures.length === 1 ? measures[0] : undefined;
    if (only !== undefined) return `${only.indicator.label[language]} in ${areaName}: ${clause(0, language)}.`;
    const clauses = measures.map(({ indicator }, index) => `${indicator.label[language]} ${clause(index, language).replace("; ", ", ")}`);
    return `${what[language]} in ${areaName}: ${clauses.join("; ")}.`;
  };
  return { nl: sentence("nl"), en: sentence("en") };
}
