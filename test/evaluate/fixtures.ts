import type { Measure, Model, Rule } from "../../src/index.js";
import { label, testModel } from "../fixtures/model.js";

/** A minimal valid model with one goal, one sub-goal, one group, and one factor per indicator given. */
export function modelWith(indicators: readonly { id: string; measure: Measure; rule: Rule; label?: string }[]): Model {
  return testModel(
    "test",
    indicators.map(({ id, measure, label: text }) => ({ id, label: label(text ?? id), measure, provenance: "stated" })),
    indicators.map(({ id, rule }) => ({ id, measures: [{ indicator: id, rule }] })),
  );
}

/** A buurt → wijk → gemeente hierarchy with synthetic buurten. */
export const hierarchy = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048201", kind: "wijk", name: "Wijk 1", parent: "GM0482" },
  { id: "BU04820101", kind: "buurt", name: "Buurt A", parent: "WK048201" },
  { id: "BU04820102", kind: "buurt", name: "Buurt B", parent: "WK048201" },
] as const;

export const count = (indicator: string, area: string, period: string, value: number) => ({
  indicator,
  area,
  period,
  value,
});
export const ratio = (indicator: string, area: string, period: string, numerator: number, denominator: number) => ({
  indicator,
  area,
  period,
  numerator,
  denominator,
});
export const share = (indicator: string, area: string, period: string, positive: number, respondents: number) => ({
  indicator,
  area,
  period,
  positive,
  respondents,
});
