import { describe, expect, it } from "vitest";
import { type Evaluation, evaluate, type Model, parseObservations } from "../../../src/index.js";
import { count, hierarchy, modelWith, share } from "../fixtures.js";

// Aggregation over time and over areas (contract.md, "Measures" and "Areas"), seen through
// evaluate: src/evaluate/internal/aggregate.ts works on typed arrays that only evaluate fills.

const meldingen = modelWith([{ id: "meldingen", measure: "count", rule: { kind: "increase" } }]);
const abonnees = modelWith([{ id: "abonnees", measure: "stock", rule: { kind: "increase" } }]);
const areas = [...hierarchy];

function run(
  model: Model,
  rows: unknown[],
  options: Parameters<typeof evaluate>[2] = { period: "2024", areas },
): Evaluation {
  return evaluate(model, parseObservations(model, rows), options);
}
const measureOf = (evaluation: Evaluation, area: string) =>
  evaluation.factors.find((result) => result.area === area)?.measures[0];
const resultOf = (evaluation: Evaluation, area: string) => evaluation.factors.find((result) => result.area === area);

describe("aggregation over time", () => {
  it("takes each buurt's own last stock value, never a value of the buurt next to it", () => {
    const rows = [
      count("abonnees", "BU04820101", "2023-06", 90),
      count("abonnees", "BU04820101", "2024-06", 100),
      count("abonnees", "BU04820102", "2023-12", 40),
      count("abonnees", "BU04820102", "2024-12", 50),
    ];
    const evaluation = run(abonnees, rows);
    expect(measureOf(evaluation, "BU04820101")).toMatchObject({ current: 100, baseline: 90 });
    expect(measureOf(evaluation, "BU04820102")).toMatchObject({ current: 50, baseline: 40 });
    expect(measureOf(evaluation, "GM0482")).toMatchObject({ current: 150, baseline: 130 });
  });

  it("sums counts given in any order, and still sees that they cover the year without gaps", () => {
    const quarters = ["Q4", "Q2", "Q3", "Q1"];
    const rows = [
      ...quarters.map((quarter, index) => count("meldingen", "GM0482", `2024-${quarter}`, 20 + index)),
      ...quarters.map((quarter) => count("meldingen", "GM0482", `2023-${quarter}`, 25)),
    ];
    expect(resultOf(run(meldingen, rows, { period: "2024" }), "GM0482")).toMatchObject({
      status: "not-achieved",
      measures: [{ current: 20 + 21 + 22 + 23, baseline: 100 }],
    });
  });

  it("sums counts given in exactly the reverse order", () => {
    const rows = [
      "2024-12",
      "2024-11",
      "2024-10",
      "2024-09",
      "2024-08",
      "2024-07",
      "2024-06",
      "2024-05",
      "2024-04",
      "2024-03",
      "2024-02",
      "2024-01",
    ].map((month) => count("meldingen", "GM0482", month, 10));
    const evaluation = run(meldingen, [...rows, count("meldingen", "GM0482", "2023", 100)], { period: "2024" });
    expect(resultOf(evaluation, "GM0482")).toMatchObject({
      status: "achieved",
      measures: [{ current: 120, baseline: 100 }],
    });
  });

  it("sees a gap in counts given out of order", () => {
    const rows = [
      count("meldingen", "GM0482", "2024-Q4", 30),
      count("meldingen", "GM0482", "2024-Q1", 30),
      count("meldingen", "GM0482", "2024-Q2", 30),
      count("meldingen", "GM0482", "2023", 80),
    ];
    expect(resultOf(run(meldingen, rows, { period: "2024" }), "GM0482")).toMatchObject({
      status: "not-evaluable",
      reason: "incomplete-data",
    });
  });

  it("judges a survey held in one month of each year: a sample need not cover the span", () => {
    const trots = modelWith([{ id: "trots", measure: "share", rule: { kind: "qualitative", direction: "increase" } }]);
    const rows = [share("trots", "GM0482", "2023-05", 80, 200), share("trots", "GM0482", "2024-05", 110, 210)];
    expect(resultOf(run(trots, rows, { period: "2024" }), "GM0482")).toMatchObject({
      status: "achieved",
      measures: [{ current: 110 / 210, baseline: 0.4 }],
    });
  });
});

describe("aggregation over areas", () => {
  it("lets a parent's own observation win for the span it covers, and takes the other span from its children", () => {
    const rows = [
      count("meldingen", "WK048201", "2023", 100),
      count("meldingen", "BU04820101", "2023", 40),
      count("meldingen", "BU04820102", "2023", 60),
      count("meldingen", "BU04820101", "2024", 50),
      count("meldingen", "BU04820102", "2024", 61),
    ];
    const evaluation = run(meldingen, rows);
    expect(measureOf(evaluation, "WK048201")).toMatchObject({ current: 111, baseline: 100, status: "achieved" });
    expect(evaluation.warnings).toEqual([]);
  });

  it("does not warn about sub-areas that differ between the spans under a parent with its own data in both", () => {
    const rows = [
      count("meldingen", "WK048201", "2023", 100),
      count("meldingen", "WK048201", "2024", 90),
      count("meldingen", "BU04820101", "2024", 50),
    ];
    const evaluation = run(meldingen, rows);
    expect(measureOf(evaluation, "WK048201")).toMatchObject({ current: 90, baseline: 100, status: "not-achieved" });
    expect(measureOf(evaluation, "GM0482")).toMatchObject({ current: 90, baseline: 100, status: "not-achieved" });
    expect(evaluation.warnings).toEqual([]);
  });

  it("makes a parent not-evaluable when one of its children's sums has a gap, whichever child it is", () => {
    for (const [gappy, whole] of [
      ["BU04820101", "BU04820102"],
      ["BU04820102", "BU04820101"],
    ] as const) {
      const rows = [
        count("meldingen", gappy, "2023", 10),
        count("meldingen", gappy, "2024-01-01/2024-11-30", 11),
        count("meldingen", whole, "2023", 20),
        count("meldingen", whole, "2024", 22),
      ];
      const evaluation = run(meldingen, rows);
      expect(resultOf(evaluation, gappy)).toMatchObject({ status: "not-evaluable", reason: "incomplete-data" });
      expect(resultOf(evaluation, whole)).toMatchObject({ status: "achieved" });
      for (const parent of ["WK048201", "GM0482"]) {
        expect(resultOf(evaluation, parent)).toMatchObject({
          status: "not-evaluable",
          reason: "incomplete-data",
          measures: [{ indicator: "meldingen", status: "not-evaluable" }],
        });
      }
    }
  });

  it("compares a parent like for like when a child has data in the baseline only: 11 against 10, and warns once, naming it", () => {
    const rows = [
      count("meldingen", "BU04820101", "2023", 10),
      count("meldingen", "BU04820101", "2024", 11),
      count("meldingen", "BU04820102", "2023", 50),
    ];
    const evaluation = run(meldingen, rows);
    expect(resultOf(evaluation, "WK048201")).toMatchObject({
      status: "achieved",
      measures: [{ current: 11, baseline: 10, covers: { areas: 1, of: 2 } }],
    });
    // The gemeente sums the wijk's comparison: the same 1 of 2 buurten.
    expect(resultOf(evaluation, "GM0482")).toMatchObject({
      status: "achieved",
      measures: [{ current: 11, baseline: 10, covers: { areas: 1, of: 2 } }],
    });
    expect(
      evaluation.warnings.map(({ code, indicator, period, areas: named }) => [code, indicator, period, named]),
    ).toEqual([["areas-differ", "meldingen", "2023", ["BU04820102"]]]);
  });

  it("gives parents a no-data result, without a warning, when all their sub-areas have data in the baseline only", () => {
    const rows = [count("meldingen", "BU04820101", "2023", 10), count("meldingen", "BU04820102", "2023", 50)];
    const evaluation = run(meldingen, rows);
    expect(evaluation.factors.map((result) => [result.area, result.status])).toEqual([
      ["GM0482", "no-data"],
      ["WK048201", "no-data"],
      ["BU04820101", "no-data"],
      ["BU04820102", "no-data"],
    ]);
    expect(measureOf(evaluation, "GM0482")).toEqual({ indicator: "meldingen", status: "no-data", baseline: 60 });
    expect(evaluation.warnings).toEqual([]);
  });

  it("gives parents a no-data result, without a warning, when all their sub-areas have data in the current span only", () => {
    const rows = [count("meldingen", "BU04820101", "2024", 11), count("meldingen", "BU04820102", "2024", 50)];
    const evaluation = run(meldingen, rows);
    expect(evaluation.factors.map((result) => [result.area, result.status])).toEqual([
      ["GM0482", "no-data"],
      ["WK048201", "no-data"],
      ["BU04820101", "no-data"],
      ["BU04820102", "no-data"],
    ]);
    expect(measureOf(evaluation, "WK048201")).toEqual({ indicator: "meldingen", status: "no-data", current: 61 });
    expect(evaluation.warnings).toEqual([]);
  });

  it("adds every wijk into the gemeente, not only the first", () => {
    const twoWijken = [
      { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
      { id: "WK048201", kind: "wijk", name: "Wijk 1", parent: "GM0482" },
      { id: "WK048202", kind: "wijk", name: "Wijk 2", parent: "GM0482" },
      { id: "BU04820101", kind: "buurt", name: "Buurt 1", parent: "WK048201" },
      { id: "BU04820201", kind: "buurt", name: "Buurt 2", parent: "WK048202" },
    ] as const;
    const rows = [
      count("meldingen", "BU04820101", "2023", 10),
      count("meldingen", "BU04820101", "2024", 12),
      count("meldingen", "BU04820201", "2023", 20),
      count("meldingen", "BU04820201", "2024", 22),
    ];
    const evaluation = run(meldingen, rows, { period: "2024", areas: [...twoWijken] });
    expect(measureOf(evaluation, "WK048202")).toMatchObject({ current: 22, baseline: 20 });
    expect(measureOf(evaluation, "GM0482")).toMatchObject({ current: 34, baseline: 30, status: "achieved" });
  });
});
