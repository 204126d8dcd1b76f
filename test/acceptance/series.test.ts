// evaluateSeries: several periods in a row, each against the year before, with one asOf
// (docs/evaluation.md, API reference). Expected values worked out by hand from contract.md.
// fixi-meldingen: count, relativeChange +10%.
import { describe, expect, it } from "vitest";
import { BuurtaanpakError, evaluate, evaluateSeries, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, countRow, monthlyRows, type Row } from "./helpers.js";

const fixi = "fixi-meldingen";
const gemeente = "GM0482";

/** 2022: 400; 2023: 480; 2024 monthly: Jan–Jun 40, Jul–Dec 50 (540); 2025 monthly from January. */
function rows(lastMonth2025: number): Row[] {
  return [
    countRow(fixi, gemeente, "2022", 400),
    countRow(fixi, gemeente, "2023", 480),
    ...monthlyRows(fixi, gemeente, 2024, 1, 6, 40),
    ...monthlyRows(fixi, gemeente, 2024, 7, 12, 50),
    ...monthlyRows(fixi, gemeente, 2025, 1, lastMonth2025, 45),
  ];
}

function evaluationAt(series: ReturnType<typeof evaluateSeries>, index: number) {
  const evaluation = series.evaluations[index];
  if (evaluation === undefined) throw new Error(`the series has no evaluation ${index}`);
  return evaluation;
}

function measureOf(evaluation: ReturnType<typeof evaluate>) {
  const result = evaluation.factors.find((candidate) => candidate.factor === fixi && candidate.area === gemeente);
  if (result === undefined) throw new Error(`no result for ${fixi} in ${gemeente} for ${evaluation.period}`);
  return { measure: result.measures[0], explanation: result.explanation };
}

describe("evaluateSeries: 2023, 2024 and 2025 to date", () => {
  const observations = parseObservations(alblasserdam, rows(6));
  const series = evaluateSeries(alblasserdam, observations, ["2023", "2024", "2025"], { asOf: "2025-07-01", areas });

  it("returns one evaluation per period in order, the two past ones complete and 2025 partial, each against the year before", () => {
    expect(series.periods).toEqual(["2023", "2024", "2025"]);
    expect(series.evaluations.map((evaluation) => evaluation.period)).toEqual(["2023", "2024", "2025"]);
    expect(series.evaluations.map((evaluation) => evaluation.baseline)).toEqual(["2022", "2023", "2024"]);
    expect(series.evaluations.map((evaluation) => evaluation.complete)).toEqual([true, true, false]);
  });

  it("judges 2023: 480 against 400 is +20%, target 440, progress 2, achieved", () => {
    const { measure } = measureOf(evaluationAt(series, 0));
    expect([
      measure?.current,
      measure?.baseline,
      measure?.change,
      measure?.target,
      measure?.progress,
      measure?.status,
    ]).toEqual([480, 400, 0.2, 440, 2, "achieved"]);
  });

  it("judges 2024 whole: 6 × 40 + 6 × 50 = 540 against 480 is +12,5%, target 528, progress 1.25, achieved", () => {
    const { measure } = measureOf(evaluationAt(series, 1));
    expect([
      measure?.current,
      measure?.baseline,
      measure?.change,
      measure?.target,
      measure?.progress,
      measure?.status,
    ]).toEqual([540, 480, 0.125, 528, 1.25, "achieved"]);
  });

  it("judges 2025 to date on the same stretch of 2024: Jan–Jun 6 × 45 = 270 against 6 × 40 = 240, +12,5%, target 264, on-track", () => {
    const { measure, explanation } = measureOf(evaluationAt(series, 2));
    expect([measure?.current, measure?.baseline, measure?.change, measure?.target, measure?.status]).toEqual([
      270,
      240,
      0.125,
      264,
      "on-track",
    ]);
    expect(measure?.window).toEqual({
      current: { from: "2025-01-01", through: "2025-06-30" },
      baseline: { from: "2024-01-01", through: "2024-06-30" },
    });
    expect(explanation.nl).toContain("t/m 30-06-2025");
    expect(explanation.nl).toContain("t/m 30-06-2024");
  });

  it("gives each period the same results as evaluate with the same asOf", () => {
    series.periods.forEach((period, index) => {
      const alone = evaluate(alblasserdam, observations, { period, asOf: "2025-07-01", areas });
      expect(series.evaluations[index]?.factors, period).toEqual(alone.factors);
      expect(series.evaluations[index]?.warnings, period).toEqual(alone.warnings);
    });
  });
});

describe("evaluateSeries: the partial period where the data stop", () => {
  it("cuts 2025 and its baseline at May when June 2025 is not delivered: 5 × 45 = 225 against 5 × 40 = 200, +12,5%, 't/m 31-05-2025'", () => {
    const observations = parseObservations(alblasserdam, rows(5));
    const series = evaluateSeries(alblasserdam, observations, ["2024", "2025"], { asOf: "2025-07-01", areas });
    const { measure, explanation } = measureOf(evaluationAt(series, 1));
    expect([measure?.current, measure?.baseline, measure?.change, measure?.status]).toEqual([
      225,
      200,
      0.125,
      "on-track",
    ]);
    expect(measure?.window).toEqual({
      current: { from: "2025-01-01", through: "2025-05-31" },
      baseline: { from: "2024-01-01", through: "2024-05-31" },
    });
    expect(explanation.nl).toContain("t/m 31-05-2025");
    expect(explanation.nl).toContain("t/m 31-05-2024");
    // 2024 itself is complete and whole: 540 against 480.
    expect(measureOf(evaluationAt(series, 0)).measure?.current).toBe(540);
  });

  it("rejects a period that starts after asOf (2026 with asOf 2025-07-01)", () => {
    const observations = parseObservations(alblasserdam, rows(6));
    expect(() => evaluateSeries(alblasserdam, observations, ["2025", "2026"], { asOf: "2025-07-01", areas })).toThrow(
      BuurtaanpakError,
    );
  });
});
