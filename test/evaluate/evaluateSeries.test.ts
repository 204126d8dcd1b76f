import { describe, expect, it } from "vitest";
import { BuurtaanpakError, evaluateSeries, parseObservations } from "../../src/index.js";
import { count, modelWith } from "./fixtures.js";

const fixi = modelWith([
  { id: "meldingen", measure: "count", rule: { kind: "relativeChange", direction: "increase", percent: 10 } },
]);
const months = (year: number, through: number, value: number) =>
  Array.from({ length: through }, (_, index) =>
    count("meldingen", "GM0482", `${year}-${String(index + 1).padStart(2, "0")}`, value),
  );

describe("evaluateSeries", () => {
  // 2022: 10 a month (120); 2023: 11 (132, +10%); 2024: 12 (144, +9,1%); 2025 Jan–Jun: 14 (84 against 72).
  const observations = parseObservations(fixi, [
    ...months(2022, 12, 10),
    ...months(2023, 12, 11),
    ...months(2024, 12, 12),
    ...months(2025, 6, 14),
  ]);

  it("evaluates each period against the same period a year earlier: 132/120 = +10% achieved, 144/132 = +9,1% not achieved", () => {
    const series = evaluateSeries(fixi, observations, ["2023", "2024"]);
    expect(series.periods).toEqual(["2023", "2024"]);
    expect(
      series.evaluations.map((evaluation) => [
        evaluation.period,
        evaluation.baseline,
        evaluation.factors[0]?.measures[0]?.current,
        evaluation.factors[0]?.status,
      ]),
    ).toEqual([
      ["2023", "2022", 132, "achieved"],
      ["2024", "2023", 144, "not-achieved"],
    ]);
  });

  it("makes the period asOf falls in partial and the ones before it complete: 2025 to 30 June is 84 against 72, +16,7%, on track", () => {
    const series = evaluateSeries(fixi, observations, ["2024", "2025"], { asOf: "2025-07-01" });
    expect(series.evaluations.map((evaluation) => evaluation.complete)).toEqual([true, false]);
    expect(series.evaluations[1]?.factors[0]?.measures[0]).toMatchObject({
      current: 84,
      baseline: 72,
      status: "on-track",
    });
  });

  it("gives what evaluate gives for each period alone", () => {
    const series = evaluateSeries(fixi, observations, ["2023", "2024"]);
    expect(JSON.parse(JSON.stringify(series.evaluations[1]))).toEqual(
      JSON.parse(JSON.stringify(evaluateSeries(fixi, observations, ["2024"]).evaluations[0])),
    );
  });

  it("throws as evaluate does for a period after asOf", () => {
    expect(() => evaluateSeries(fixi, observations, ["2025", "2026"], { asOf: "2025-07-01" })).toThrow(
      BuurtaanpakError,
    );
  });
});
