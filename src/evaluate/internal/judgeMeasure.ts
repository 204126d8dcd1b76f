import type { Indicator } from "../../model/indicator.js";
import type { Rule } from "../../model/rule.js";
import type { MeasureResult, Status, Trend } from "../Evaluation.js";
import { judge, needsBaseline } from "../rules/judge.js";
import { COMPLETE, NO_DATA, type Column } from "./columns.js";
import { compareFractions, valueOf, type Fraction } from "./Fraction.js";

/** An aggregated value, with whether it stands for the whole span. */
interface Aggregate extends Fraction {
  readonly complete: boolean;
}

function aggregateAt(column: Column, area: number): Aggregate | undefined {
  const state = column.state[area];
  if (state === NO_DATA) return undefined;
  return { numerator: column.numerator[area] as number, denominator: column.denominator[area] as number, complete: state === COMPLETE };
}

/** Judges one measure in one area: its figures, status and, where it cannot be judged, the reason. */
export function judgeMeasure(
  indicator: Indicator,
  rule: Rule,
  columns: readonly [Column, Column],
  area: number,
  complete: boolean,
  units: (per: "year" | "quarter" | "month") => number,
): MeasureResult {
  const current = aggregateAt(columns[0], area);
  const baseline = aggregateAt(columns[1], area);
  const result: { -readonly [K in keyof MeasureResult]: MeasureResult[K] } = { indicator: indicator.id, status: "no-data" };
  const needed = needsBaseline(rule);
  // A baseline the rule does not need is shown only when it is complete.
  const usable = baseline !== undefined && (baseline.complete || needed) ? baseline : undefined;
  if (current !== undefined) result.current = valueOf(current);
  if (usable !== undefined) {
    result.baseline = valueOf(usable);
    if (current !== undefined) {
      // (c − b) ÷ b on the sums, so that 480 → 530 gives exactly 50 / 480.
      if (usable.numerator !== 0) {
        result.change = (current.numerator * usable.denominator - usable.numerator * current.denominator) / (usable.numerator * current.denominator);
      }
      result.trend = trendOf(compareFractions(current, usable));
    }
  }
  if (indicator.measure === "share" && current !== undefined) {
    result.respondents = usable === undefined ? { current: current.denominator } : { current: current.denominator, baseline: usable.denominator };
  }
  if (current === undefined || (usable === undefined && needed)) return result;
  if (!current.complete || (usable !== undefined && !usable.complete)) {
    result.status = "not-evaluable";
    result.reason = "incomplete-data";
    return result;
  }
  const judgement = judge(rule, { current, baseline: usable, units });
  if (judgement === undefined) {
    result.status = "monitored";
    return result;
  }
  if ("reason" in judgement) {
    result.status = "not-evaluable";
    result.reason = judgement.reason;
    return result;
  }
  const status: Status = judgement.met ? (complete ? "achieved" : "on-track") : complete ? "not-achieved" : "behind";
  result.status = status;
  if (judgement.target !== undefined) result.target = judgement.target;
  if (judgement.progress !== undefined) result.progress = judgement.progress;
  if (judgement.significant !== undefined) result.significant = judgement.significant;
  return result;
}

function trendOf(comparison: -1 | 0 | 1): Trend {
  return comparison > 0 ? "up" : comparison < 0 ? "down" : "flat";
}
