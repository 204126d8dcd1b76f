// Issue 7, point 10 (and point 2, "pro-rated perPeriod targets use the same window"). Expected
// values worked out by hand from contract.md: amount × (days in the window ÷ days of the `per`
// unit the days lie in). formeel-netwerk: perPeriod 10 per year, count. 2024 has 366 days.
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, countRow, factorResult, measureResult, modelWithRule, monthlyRows } from "./helpers.js";

const partners = "formeel-netwerk";
const gemeente = "GM0482";

describe("evaluate: pro-rated perPeriod targets", () => {
  // Q1 = 31 + 29 + 31 = 91, Q2 = 30 + 31 + 30 = 91, Q3 = 31 + 31 + 30 = 92, Q4 = 31 + 30 + 31 = 92.
  const quarters = [
    ["2024-Q1", 91],
    ["2024-Q2", 91],
    ["2024-Q3", 92],
    ["2024-Q4", 92],
  ] as const;

  it.each(quarters)("gives %s a target of 10 × %i ÷ 366 and achieves it with 3 partners", (period, days) => {
    const observations = parseObservations(alblasserdam, [countRow(partners, gemeente, period, 3)]);
    const evaluation = evaluate(alblasserdam, observations, { period, areas });
    const measure = measureResult(evaluation, partners, gemeente);
    expect(measure.target).toBeCloseTo((10 * days) / 366, 9);
    expect(measure.status).toBe("achieved");
  });

  it("adds the four quarter targets of 2024 up to 10 (not 10.02)", () => {
    const observations = parseObservations(
      alblasserdam,
      quarters.map(([period]) => countRow(partners, gemeente, period, 3)),
    );
    const total = quarters.reduce((sum, [period]) => {
      const evaluation = evaluate(alblasserdam, observations, { period, areas });
      return sum + (measureResult(evaluation, partners, gemeente).target ?? Number.NaN);
    }, 0);
    expect(total).toBeCloseTo(10, 9);
  });

  it("adds the twelve month targets of 2024 (10 × 31/366, 10 × 29/366, …) up to 10", () => {
    const observations = parseObservations(alblasserdam, monthlyRows(partners, gemeente, 2024, 1, 12, 1));
    let total = 0;
    for (let month = 1; month <= 12; month += 1) {
      const period = `2024-${String(month).padStart(2, "0")}`;
      const evaluation = evaluate(alblasserdam, observations, { period, areas });
      total += measureResult(evaluation, partners, gemeente).target ?? Number.NaN;
    }
    expect(total).toBeCloseTo(10, 9);
  });

  it("gives February 2024 a target of 10 × 29 ÷ 366 and February 2023 one of 10 × 28 ÷ 365", () => {
    const observations = parseObservations(alblasserdam, [
      countRow(partners, gemeente, "2023-02", 1),
      countRow(partners, gemeente, "2024-02", 1),
    ]);
    const leap = evaluate(alblasserdam, observations, { period: "2024-02", areas });
    expect(measureResult(leap, partners, gemeente).target).toBeCloseTo(290 / 366, 9);
    const common = evaluate(alblasserdam, observations, { period: "2023-02", areas });
    expect(measureResult(common, partners, gemeente).target).toBeCloseTo(280 / 365, 9);
  });

  it("pro-rates a partial 2024 through 30 June: target 10 × 182 ÷ 366 ≈ 4.973; 6 partners are on-track", () => {
    // Jan–Jun 2024: 31 + 29 + 31 + 30 + 31 + 30 = 182 days. Progress 6 ÷ (1820/366) = 2196/1820.
    const observations = parseObservations(alblasserdam, monthlyRows(partners, gemeente, 2024, 1, 6, 1));
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-07-01", areas });
    const measure = measureResult(evaluation, partners, gemeente);
    expect(measure.current).toBe(6);
    expect(measure.target).toBeCloseTo(1820 / 366, 9);
    expect(measure.progress).toBeCloseTo(2196 / 1820, 9);
    expect(measure.status).toBe("on-track");
  });

  it("pro-rates a partial 2025 through 30 June over 365 days: target 10 × 181 ÷ 365 ≈ 4.959; 4 partners are behind", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(partners, gemeente, 2025, 1, 4, 1),
      countRow(partners, gemeente, "2025-05", 0),
      countRow(partners, gemeente, "2025-06", 0),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2025", asOf: "2025-07-01", areas });
    const measure = measureResult(evaluation, partners, gemeente);
    expect(measure.current).toBe(4);
    expect(measure.target).toBeCloseTo(1810 / 365, 9);
    expect(measure.status).toBe("behind");
  });

  it("pro-rates over the window the data reach: Jan–Apr 2024 (121 days) with asOf 2024-07-01 → target 10 × 121 ÷ 366 ≈ 3.306; 4 partners on-track", () => {
    // 31 + 29 + 31 + 30 = 121. Against the whole window to 30 June (4.973) the 4 would be behind.
    const observations = parseObservations(alblasserdam, monthlyRows(partners, gemeente, 2024, 1, 4, 1));
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-07-01", areas });
    const measure = measureResult(evaluation, partners, gemeente);
    expect(measure.current).toBe(4);
    expect(measure.target).toBeCloseTo(1210 / 366, 9);
    expect(measure.status).toBe("on-track");
    expect(factorResult(evaluation, partners, gemeente).explanation.nl).toContain("t/m 30-04-2024");
  });

  it("counts the days of each year a window lies in: 2024-12-01/2025-01-31 → 10 × (31/366 + 31/365) ≈ 1.696", () => {
    const observations = parseObservations(alblasserdam, [
      countRow(partners, gemeente, "2024-12", 1),
      countRow(partners, gemeente, "2025-01", 1),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024-12-01/2025-01-31", areas });
    const measure = measureResult(evaluation, partners, gemeente);
    expect(measure.current).toBe(2);
    expect(measure.target).toBeCloseTo(10 * (31 / 366 + 31 / 365), 9);
    expect(measure.status).toBe("achieved");
  });

  it("sums a per-quarter amount over a whole year: 3 per quarter in 2024 → target 12; 12 partners give progress exactly 1", () => {
    // 3 × (91/91 + 91/91 + 92/92 + 92/92) = 12.
    const model = modelWithRule(partners, { kind: "perPeriod", amount: 3, per: "quarter" });
    const observations = parseObservations(model, [countRow(partners, gemeente, "2024", 12)]);
    const evaluation = evaluate(model, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, partners, gemeente);
    expect(measure.target).toBe(12);
    expect(measure.progress).toBe(1);
    expect(measure.status).toBe("achieved");
  });

  it("pro-rates a per-month amount to a mid-March asOf: 1 per month, asOf 2024-03-16 → 1 + 1 + 15/31 ≈ 2.484; 3 partners on-track", () => {
    const model = modelWithRule(partners, { kind: "perPeriod", amount: 1, per: "month" });
    const observations = parseObservations(model, [
      countRow(partners, gemeente, "2024-01", 1),
      countRow(partners, gemeente, "2024-02", 1),
      countRow(partners, gemeente, "2024-03-01/2024-03-15", 1),
    ]);
    const evaluation = evaluate(model, observations, { period: "2024", asOf: "2024-03-16", areas });
    const measure = measureResult(evaluation, partners, gemeente);
    expect(measure.current).toBe(3);
    expect(measure.target).toBeCloseTo(2 + 15 / 31, 9);
    expect(measure.status).toBe("on-track");
  });

  it("gives incomplete-data for a complete 2024 with monthly rows Jan–Nov only (perPeriod still needs complete current data)", () => {
    const observations = parseObservations(alblasserdam, monthlyRows(partners, gemeente, 2024, 1, 11, 1));
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, partners, gemeente);
    expect(measure.status).toBe("not-evaluable");
    expect(measure.reason).toBe("incomplete-data");
  });
});
