import {
  type Area,
  type Evaluation,
  evaluate,
  type Measure,
  type Model,
  parseObservations,
  type Rule,
} from "../../src/index.js";
import type {
  ProtectedEvaluation,
  ProtectedFactorResult,
  ProtectedMeasureResult,
} from "../../src/protect/ProtectedEvaluation.js";
import { label, type TestFactor, testModel } from "../fixtures/model.js";

/** A factor: its measures (an indicator id and its rule), and the label of its `what`. */
export type FactorSpec = TestFactor;

/** A valid model with the given indicators and factors in one group, serving one sub-goal. */
export function modelOf(
  indicators: readonly { readonly id: string; readonly measure: Measure; readonly label?: string }[],
  factors: readonly FactorSpec[],
): Model {
  return testModel(
    "protect-test",
    indicators.map(({ id, measure, label: text }) => ({ id, label: label(text ?? id), measure, provenance: "stated" })),
    factors,
  );
}

/** A model of one factor per indicator, each with its own rule, labelled as given. */
export function modelWith(
  indicators: readonly {
    readonly id: string;
    readonly measure: Measure;
    readonly rule: Rule;
    readonly label?: string;
  }[],
): Model {
  return modelOf(
    indicators,
    indicators.map(({ id, rule, label: text }) => ({
      id,
      measures: [{ indicator: id, rule }],
      ...(text === undefined ? {} : { label: text }),
    })),
  );
}

export function run(model: Model, areas: readonly Area[], rows: readonly unknown[], period = "2024"): Evaluation {
  return evaluate(model, parseObservations(model, rows), { period, areas });
}

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

/** The protected result of a factor in an area; fails loudly when there is none. */
export function resultOf(evaluation: ProtectedEvaluation, factor: string, area: string): ProtectedFactorResult {
  const found = evaluation.factors.find((result) => result.factor === factor && result.area === area);
  if (found === undefined) throw new Error(`no result for ${factor} in ${area}`);
  return found;
}

/** The first measure of that result. */
export function measureOf(evaluation: ProtectedEvaluation, factor: string, area: string): ProtectedMeasureResult {
  const found = resultOf(evaluation, factor, area).measures[0];
  if (found === undefined) throw new Error(`no measure for ${factor} in ${area}`);
  return found;
}

/**
 * Alblasserdam's Wijk 02 Kinderdijk in part: Groene Long (15 inhabitants), Rivierenbuurt and
 * Nieuw Kinderdijk, with their real codes.
 */
export const kinderdijk: readonly Area[] = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048202", kind: "wijk", name: "Wijk 02 Kinderdijk", parent: "GM0482" },
  {
    id: "BU04820204",
    kind: "buurt",
    name: "Groene Long",
    parent: "WK048202",
    figures: { inhabitants: 15, households: 5 },
  },
  { id: "BU04820205", kind: "buurt", name: "Rivierenbuurt", parent: "WK048202" },
  { id: "BU04820206", kind: "buurt", name: "Nieuw Kinderdijk", parent: "WK048202" },
];

/** A gemeente with two wijken: one of a single buurt, one of two. */
export const twoWijken: readonly Area[] = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048201", kind: "wijk", name: "Wijk Een", parent: "GM0482" },
  { id: "BU04820101", kind: "buurt", name: "Buurt Alleen", parent: "WK048201", synthetic: true },
  { id: "WK048202", kind: "wijk", name: "Wijk Twee", parent: "GM0482" },
  { id: "BU04820201", kind: "buurt", name: "Buurt Noord", parent: "WK048202", synthetic: true },
  { id: "BU04820202", kind: "buurt", name: "Buurt Zuid", parent: "WK048202", synthetic: true },
];

/** Only the gemeente: no parent, so no secondary suppression. */
export const gemeenteOnly: readonly Area[] = [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }];
