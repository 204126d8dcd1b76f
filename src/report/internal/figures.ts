import type { Status, StatusCounts } from "../../evaluate/Evaluation.js";
import { formatChange } from "../../format/formatChange.js";
import { formatComparison } from "../../format/formatComparison.js";
import { formatNumber } from "../../format/formatNumber.js";
import { formatValue } from "../../format/formatValue.js";
import type { Language } from "../../format/Language.js";
import { statusOrder } from "../../internal/statusMarks.js";
import type { Indicator, Unit } from "../../model/indicator.js";
import type { Rule } from "../../model/rule.js";
import type { Inline } from "./document.js";
import { unitOf } from "./lookup.js";
import type { ReportMeasure } from "./ReportEvaluation.js";
import { words } from "./words.js";

/** A score between 0 and 1 as a percentage, or "geen score". */
export function scoreText(score: number | null, language: Language): string {
  return score === null ? words[language].summary.noScore : formatValue(score, "percent", language);
}

/** The change of a score in percentage points, signed: "+14,3 procentpunt". */
export function scoreChangeText(
  score: number | null,
  previous: number | null | undefined,
  language: Language,
  judged?: { readonly now: number; readonly before: number },
): string {
  if (previous === undefined) return words[language].summary.noPrevious;
  if (score === null || previous === null) return "–";
  // A score over 11 judged factors against one over 4 is no change: the sets differ.
  if (judged !== undefined && judged.now !== judged.before)
    return words[language].summary.notComparable(
      formatNumber(judged.before, language),
      formatNumber(judged.now, language),
    );
  const points = (score - previous) * 100;
  const text = formatNumber(points, language, { decimals: 1 });
  const zero = formatNumber(0, language, { decimals: 1 });
  return `${points > 0 && text !== zero ? "+" : ""}${text} ${words[language].summary.points}`;
}

/** The counts by status as marks and words, leaving out the zeros: "✔ 2 gehaald · ✘ 12 niet gehaald". */
export function countsInline(counts: StatusCounts, language: Language): Inline[] {
  const shown = statusOrder.filter((status) => counts[status] > 0);
  if (shown.length === 0) return [words[language].none];
  return shown.flatMap((status, index): Inline[] => [
    ...(index === 0 ? [] : [" · "]),
    { kind: "status", status, text: `${formatNumber(counts[status], language)} ${words[language].status[status]}` },
  ]);
}

/** A status as its mark and word. */
export function statusInline(status: Status, language: Language): Inline {
  return { kind: "status", status, text: words[language].status[status] };
}

/** The target of a rule, in words, with the value the measure had to reach where the result has it. */
export function ruleText(rule: Rule, unit: Unit, result: ReportMeasure | undefined, language: Language): string {
  const w = words[language].rules;
  const reach = (comparison: string) =>
    result?.target === undefined ? "" : ` (${comparison} ${formatValue(result.target, unit, language)})`;
  switch (rule.kind) {
    case "relativeChange":
      return `${rule.direction === "increase" ? "+" : "-"}${formatNumber(rule.percent, language)}%${reach(rule.direction === "increase" ? "≥" : "≤")}`;
    case "perPeriod": {
      const amount = `${formatNumber(rule.amount, language)} ${w.per[rule.per]}`;
      const target = result?.target;
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
      const bound = (value: number) => formatValue(value, unit, language);
      if (rule.atLeast !== undefined && rule.atMost !== undefined)
        return w.between(bound(rule.atLeast), bound(rule.atMost));
      return rule.atLeast !== undefined
        ? `${w.atLeast} ${bound(rule.atLeast)}`
        : `${w.atMost} ${bound(rule.atMost ?? 0)}`;
    }
    case "tracked":
      return w.tracked;
  }
}

/** The figures of one measure result as texts; undefined where the result has none. */
export interface MeasureTexts {
  readonly current?: string;
  readonly baseline?: string;
  readonly change?: string;
  readonly progress?: string;
}

/**
 * Writes a measure's figures through the one number format: current and baseline side by side
 * with as many decimals as it takes to recompute the shown change; survey shares compare in
 * percentage points and show their respondents.
 */
export function measureTexts(
  result: ReportMeasure,
  indicator: Indicator | undefined,
  language: Language,
): MeasureTexts {
  const unit = unitOf(indicator);
  const share = indicator?.measure === "share";
  const respondents = (which: "current" | "baseline") => {
    const count = result.respondents?.[which];
    return count === undefined ? "" : ` (${words[language].check.respondents(formatNumber(count, language))})`;
  };
  const progress = result.progress === undefined ? {} : { progress: formatValue(result.progress, "percent", language) };
  const { current, baseline } = result;
  if (current !== undefined && baseline !== undefined) {
    const shown = formatComparison(current, baseline, unit, language, { points: share });
    const change = share
      ? shown.points === undefined
        ? undefined
        : `${shown.points} ${words[language].summary.points}`
      : shown.change;
    return {
      current: shown.current + respondents("current"),
      baseline: shown.baseline + respondents("baseline"),
      ...(change === undefined ? {} : { change }),
      ...progress,
    };
  }
  return {
    ...(current === undefined ? {} : { current: formatValue(current, unit, language) + respondents("current") }),
    ...(baseline === undefined ? {} : { baseline: formatValue(baseline, unit, language) + respondents("baseline") }),
    ...(result.change === undefined ? {} : { change: formatChange(result.change, language) }),
    ...progress,
  };
}
