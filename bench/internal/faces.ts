/**
 * How the bench reads an evaluation, as a consumer would: through the columnar face (every
 * status and figure of every factor, via `columns()`), or through the plain objects (every field
 * of every factor result and of every roll-up, with or without the explanations). Each returns
 * a checksum of what it read, so that no read can be optimised away, and the bench prints it.
 */
import type { Evaluation, MeasureResult, RollUp } from "../../src/evaluate/Evaluation.js";

/** Reads every status, reason, trend and figure of every factor result through `columns()`. */
export function readColumns(evaluation: Evaluation, factorIds: readonly string[]): number {
  let sum = 0;
  for (const factor of factorIds) {
    const columns = evaluation.columns(factor);
    if (columns === undefined) throw new Error(`columns('${factor}') is undefined for a factor of the model`);
    const count = columns.areas.length;
    for (let index = 0; index < count; index++) {
      sum +=
        (columns.areas[index] as string).length + (columns.status[index] as number) + (columns.reason[index] as number);
    }
    for (const measure of columns.measures) {
      for (let index = 0; index < count; index++) {
        sum += (measure.status[index] as number) + (measure.reason[index] as number) + (measure.trend[index] as number);
        sum +=
          finite(measure.current[index] as number) +
          finite(measure.baseline[index] as number) +
          finite(measure.change[index] as number);
        sum += finite(measure.target[index] as number) + finite(measure.progress[index] as number);
      }
    }
  }
  return sum;
}

/** Reads every field of every factor result (the explanation too, when asked) and of every roll-up. */
export function readObjects(evaluation: Evaluation, explanations: boolean): number {
  let sum = 0;
  for (const result of evaluation.factors) {
    sum += result.factor.length + result.area.length + result.status.length + (result.reason?.length ?? 0);
    for (const measure of result.measures) sum += measureSum(measure);
    if (explanations) sum += result.explanation.nl.length + result.explanation.en.length;
  }
  for (const list of [evaluation.groups, evaluation.subgoals, evaluation.goals] as readonly (readonly RollUp[])[]) {
    for (const rollUp of list) {
      const { counts } = rollUp;
      sum += rollUp.area.length + rollUp.factors + (rollUp.score ?? 0.5);
      sum +=
        counts.achieved +
        counts["not-achieved"] +
        counts["on-track"] +
        counts.behind +
        counts.monitored +
        counts["no-data"] +
        counts["not-evaluable"];
      sum += "group" in rollUp ? rollUp.group.length : "subgoal" in rollUp ? rollUp.subgoal.length : rollUp.goal.length;
    }
  }
  return sum;
}

function measureSum(measure: MeasureResult): number {
  let sum =
    measure.indicator.length + measure.status.length + (measure.reason?.length ?? 0) + (measure.trend?.length ?? 0);
  sum +=
    (measure.current ?? 0) +
    (measure.baseline ?? 0) +
    (measure.change ?? 0) +
    (measure.target ?? 0) +
    (measure.progress ?? 0);
  if (measure.respondents !== undefined) sum += measure.respondents.current + (measure.respondents.baseline ?? 0);
  if (measure.significant !== undefined) sum += measure.significant ? 1 : 2;
  const parts = measure.parts;
  if (parts !== undefined)
    sum +=
      (parts.current?.numerator ?? 0) +
      (parts.current?.denominator ?? 0) +
      (parts.baseline?.numerator ?? 0) +
      (parts.baseline?.denominator ?? 0);
  const window = measure.window;
  if (window !== undefined) sum += window.current.through.length + (window.baseline?.through.length ?? 0);
  if (measure.covers !== undefined) sum += measure.covers.areas + measure.covers.of + measure.covers.kind.length;
  return sum;
}

function finite(value: number): number {
  return Number.isNaN(value) ? 0 : value;
}
