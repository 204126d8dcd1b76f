// Rates per inhabitant (issue 9, point 2; docs/model.md, "Areas and their figures"): an indicator
// with `rate: { of, per }` divides a count by the areas' inhabitants (or households), a stock
// denominator. Expected values worked out by hand from the preset's CBS figures (docs/model.md,
// /work/shared/data/): Cortgene 980 inhabitants (430 households), Redersbuurt 635, kerkbuurt 1590,
// Polderbuurt 525, De Werven 1205; Vinkenwaard 135, Hoogendijk unknown, Nieuwland 25.
// The evaluations use the preset's own areas, which carry those figures.
import { describe, expect, it } from "vitest";
import { evaluate, parseModel, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { countRow, factorResult, measureResult, type Row, type RuleInput, warningTexts } from "./helpers.js";

const fixi = "fixi-meldingen";
const rate = "fixi-per-1000";
const gemeente = "GM0482";
const centrum = "WK048201";
const bedrijventerrein = "WK048205";
const cortgene = "BU04820101";
const hoogendijk = "BU04820502";

/** The preset plus the rate indicator of docs/model.md and a factor that measures it. */
function rateModel(rule: RuleInput, per: "inhabitants" | "households" = "inhabitants") {
  const indicator = {
    id: rate,
    label: { nl: "Fixi-meldingen per 1.000 inwoners", en: "Fixi reports per 1,000 inhabitants" },
    measure: "ratio",
    unit: "per-1000",
    rate: { of: fixi, per },
    provenance: "interpreted",
  };
  const factor = {
    id: rate,
    what: { nl: "Fixi per inwoner", en: "Fixi per inhabitant" },
    objective: { nl: "Meldingen vergelijkbaar per buurt", en: "Reports comparable per buurt" },
    criterion: { nl: "Meldingen per 1.000 inwoners", en: "Reports per 1,000 inhabitants" },
    measures: [{ indicator: rate, rule, provenance: "interpreted" }],
    provenance: "interpreted",
  };
  return parseModel({
    ...alblasserdam,
    indicators: [...alblasserdam.indicators, indicator],
    groups: alblasserdam.groups.map((group, index) =>
      index === 0 ? { ...group, factors: [...group.factors, factor] } : group,
    ),
  });
}

function evaluateRates(rule: RuleInput, rows: Row[], per: "inhabitants" | "households" = "inhabitants") {
  const model = rateModel(rule, per);
  return evaluate(model, parseObservations(model, rows), { period: "2024" });
}

describe("rates per 1,000 inhabitants", () => {
  it("divides a buurt's count by its inhabitants: Cortgene 49 ÷ 980 = 0.05 (50 per 1.000), parts 49 and 980", () => {
    const evaluation = evaluateRates({ kind: "tracked" }, [countRow(fixi, cortgene, "2024", 49)]);
    const measure = measureResult(evaluation, rate, cortgene);
    expect(measure.parts?.current).toEqual({ numerator: 49, denominator: 980 });
    // Results keep the natural value, a fraction (contract.md, "Measures").
    expect(measure.current).toBe(49 / 980);
    const explanation = factorResult(evaluation, rate, cortgene).explanation;
    expect(explanation.nl).toMatch(/(^|[^\d,.])50(,0+)? per 1\.000/);
    expect(explanation.en).toMatch(/(^|[^\d,.])50(\.0+)? per 1,000/);
  });

  it("sums both parts over areas, never averages the rates: Centrum (49 + 127 + 80 + 21 + 60) ÷ (980 + 635 + 1590 + 525 + 1205) = 337 ÷ 4935", () => {
    // Per buurt 0.05, 0.2, 0.0503, 0.04, 0.0498: their mean, 0.078, would be wrong.
    const rows = [
      countRow(fixi, "BU04820101", "2024", 49),
      countRow(fixi, "BU04820102", "2024", 127),
      countRow(fixi, "BU04820103", "2024", 80),
      countRow(fixi, "BU04820104", "2024", 21),
      countRow(fixi, "BU04820105", "2024", 60),
    ];
    const evaluation = evaluateRates({ kind: "tracked" }, rows);
    for (const area of [centrum, gemeente]) {
      const measure = measureResult(evaluation, rate, area);
      expect(measure.parts?.current, area).toEqual({ numerator: 337, denominator: 4935 });
      expect(measure.current, area).toBe(337 / 4935);
    }
    expect(measureResult(evaluation, rate, "BU04820102").current).toBe(127 / 635);
  });

  it("leaves out an area without an inhabitants figure, with a no-area-figure warning: Bedrijventerrein (27 + 3) ÷ (135 + 25) = 0.1875, not 70 ÷ 160", () => {
    // Vinkenwaard 27, Hoogendijk 40 (no CBS figure), Nieuwland 3. The count itself still sums all three: 70.
    const rows = [
      countRow(fixi, "BU04820501", "2024", 27),
      countRow(fixi, hoogendijk, "2024", 40),
      countRow(fixi, "BU04820503", "2024", 3),
    ];
    const evaluation = evaluateRates({ kind: "tracked" }, rows);
    const measure = measureResult(evaluation, rate, bedrijventerrein);
    expect(measure.parts?.current).toEqual({ numerator: 30, denominator: 160 });
    expect(measure.current).toBe(0.1875);
    expect(factorResult(evaluation, rate, bedrijventerrein).explanation.nl).toMatch(/187,5 per 1\.000/);
    expect(warningTexts(evaluation, "no-area-figure").some((text) => text.includes(hoogendijk))).toBe(true);
    expect(measureResult(evaluation, fixi, bedrijventerrein).current).toBe(70);
  });

  it("takes the inhabitants as a stock over time: four quarters 12 + 12 + 12 + 13 = 49 over 980 is 0.05, as one yearly row", () => {
    const rows = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"].map((period, index) =>
      countRow(fixi, cortgene, period, index === 3 ? 13 : 12),
    );
    const measure = measureResult(evaluateRates({ kind: "tracked" }, rows), rate, cortgene);
    expect(measure.parts?.current).toEqual({ numerator: 49, denominator: 980 });
    expect(measure.current).toBe(0.05);
  });

  it("judges a threshold in the natural value: atMost 0.1 (100 per 1.000) passes Cortgene 0.05 and fails Bedrijventerrein 0.1875", () => {
    const rows = [
      countRow(fixi, cortgene, "2024", 49),
      countRow(fixi, "BU04820501", "2024", 27),
      countRow(fixi, "BU04820503", "2024", 3),
    ];
    const evaluation = evaluateRates({ kind: "threshold", atMost: 0.1 }, rows);
    expect(measureResult(evaluation, rate, cortgene).status).toBe("achieved");
    expect(measureResult(evaluation, rate, bedrijventerrein).status).toBe("not-achieved");
  });

  it("compares a rate with last year's by both parts: Cortgene 39 → 49 over 980, +25,6%, increase achieved", () => {
    // (49/980 − 39/980) ÷ (39/980) = 10 ÷ 39 = 0.2564.
    const rows = [countRow(fixi, cortgene, "2023", 39), countRow(fixi, cortgene, "2024", 49)];
    const evaluation = evaluateRates({ kind: "increase" }, rows);
    const measure = measureResult(evaluation, rate, cortgene);
    expect(measure.status).toBe("achieved");
    expect(measure.change).toBeCloseTo(10 / 39, 12);
    expect(factorResult(evaluation, rate, cortgene).explanation.nl).toContain("+25,6%");
  });

  it("divides by households when the rate says so: Cortgene 43 ÷ 430 households = 0.1, 100 per 1.000", () => {
    const measure = measureResult(
      evaluateRates({ kind: "tracked" }, [countRow(fixi, cortgene, "2024", 43)], "households"),
      rate,
      cortgene,
    );
    expect(measure.parts?.current).toEqual({ numerator: 43, denominator: 430 });
    expect(measure.current).toBe(0.1);
  });
});
