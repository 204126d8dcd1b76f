import { describe, expect, it } from "vitest";
import { type Evaluation, evaluate, parseObservations, safeParseObservations } from "../../src/index.js";
import { label, testModel } from "../fixtures/model.js";

/** Meldingen (a count) and meldingen per 1,000 inhabitants (a rate over the areas' figures), both tracked. */
const model = testModel(
  "test",
  [
    { id: "meldingen", label: label("Meldingen"), measure: "count", provenance: "stated" },
    {
      id: "meldingen-per-1000",
      label: { nl: "Meldingen per 1.000 inwoners", en: "Reports per 1,000 inhabitants" },
      measure: "ratio",
      unit: "per-1000",
      rate: { of: "meldingen", per: "inhabitants" },
      provenance: "interpreted",
    },
  ],
  ["meldingen", "meldingen-per-1000"].map((id) => ({
    id,
    measures: [{ indicator: id, rule: { kind: "relativeChange", direction: "increase", percent: 10 } as const }],
  })),
  [],
);

const areas = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048201", kind: "wijk", name: "Centrum", parent: "GM0482" },
  { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "WK048201", figures: { inhabitants: 1000 } },
  { id: "BU04820102", kind: "buurt", name: "Redersbuurt", parent: "WK048201", figures: { inhabitants: 500 } },
  // No inhabitants known (like Hoogendijk in CBS's table): no rate, and left out of its parents' rate.
  { id: "BU04820103", kind: "buurt", name: "Hoogendijk", parent: "WK048201" },
] as const;

const rows = [
  { indicator: "meldingen", area: "BU04820101", period: "2023", value: 50 },
  { indicator: "meldingen", area: "BU04820101", period: "2024", value: 60 },
  { indicator: "meldingen", area: "BU04820102", period: "2023", value: 30 },
  { indicator: "meldingen", area: "BU04820102", period: "2024", value: 40 },
  { indicator: "meldingen", area: "BU04820103", period: "2023", value: 7 },
  { indicator: "meldingen", area: "BU04820103", period: "2024", value: 9 },
];

const run = (): Evaluation => evaluate(model, parseObservations(model, rows), { period: "2024", areas: [...areas] });
const rateIn = (evaluation: Evaluation, area: string) =>
  evaluation.factors.find((result) => result.factor === "meldingen-per-1000" && result.area === area);

describe("evaluate: rates per inhabitant", () => {
  it("divides a buurt's count by its inhabitants: 60 ÷ 1000 = 0.06, 50 ÷ 1000 = 0.05, +20%", () => {
    expect(rateIn(run(), "BU04820101")?.measures[0]).toMatchObject({
      current: 0.06,
      baseline: 0.05,
      change: 0.2,
      status: "achieved",
    });
  });

  it("sums both parts over areas, and leaves out the buurt without inhabitants: Centrum (60 + 40) ÷ 1500 = 0.0667 against (50 + 30) ÷ 1500 = 0.0533", () => {
    const measure = rateIn(run(), "WK048201")?.measures[0];
    expect(measure?.current).toBeCloseTo(100 / 1500, 12);
    expect(measure?.baseline).toBeCloseTo(80 / 1500, 12);
    expect(measure?.parts).toEqual({
      current: { numerator: 100, denominator: 1500 },
      baseline: { numerator: 80, denominator: 1500 },
    });
  });

  it("gives no rate where the inhabitants are unknown (the area has no data for it, so no result), and names that area in a warning", () => {
    const evaluation = run();
    expect(rateIn(evaluation, "BU04820103")).toBeUndefined();
    expect(evaluation.warnings).toContainEqual(
      expect.objectContaining({ code: "no-area-figure", indicator: "meldingen-per-1000", areas: ["BU04820103"] }),
    );
  });

  it("still counts that buurt in the count itself: Centrum has 60 + 40 + 9 = 109 meldingen", () => {
    expect(
      run().factors.find((result) => result.factor === "meldingen" && result.area === "WK048201")?.measures[0]?.current,
    ).toBe(109);
  });

  it("writes the rate per 1.000 in the sentence, with the decimals that recompute the change: 66,67 against 53,33 (+25,0%); 66,7 against 53,3 would read +25,1%", () => {
    expect(rateIn(run(), "WK048201")?.explanation.nl).toBe(
      "Meldingen per 1.000 inwoners in Centrum: 66,67 per 1.000 in 2024 tegen 53,33 per 1.000 in 2023 (+25,0%); doel +10% gehaald.",
    );
  });

  it("takes no rows of its own: the rows belong to the count it divides", () => {
    const result = safeParseObservations(model, [
      { indicator: "meldingen-per-1000", area: "BU04820101", period: "2024", numerator: 60, denominator: 1000 },
    ]);
    expect(result.success ? [] : result.error.issues.map(({ code, path }) => [code, path])).toEqual([
      ["derived-indicator", [0, "indicator"]],
    ]);
  });
});
