// Issue 7, point 1: calendar-aligned baselines. Expected values worked out by hand from
// contract.md ("evaluate": the baseline window is the current window moved back by the calendar
// distance; 29 February maps to 28 February). fixi-meldingen: relativeChange increase 10%, count.
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, countRow, factorResult, measureResult, monthlyRows } from "./helpers.js";

const fixi = "fixi-meldingen";
const gemeente = "GM0482";

describe("evaluate: calendar-aligned baselines", () => {
  it("compares Jan–Jun 2025 with Jan–Jun 2024 after a leap year: 6×10 = 60 against 6×10 = 60, change 0, behind", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2024, 1, 12, 10),
      ...monthlyRows(fixi, gemeente, 2025, 1, 6, 10),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2025", asOf: "2025-07-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(60);
    expect(measure.baseline).toBe(60);
    expect(measure.change).toBe(0);
    expect(measure.status).toBe("behind");
    expect(factorResult(evaluation, fixi, gemeente).status).toBe("behind");
    expect(evaluation.complete).toBe(false);
  });

  it("names 30-06-2025 and 30-06-2024 as the last days of the windows (asOf 2025-07-01 is exclusive)", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2024, 1, 12, 10),
      ...monthlyRows(fixi, gemeente, 2025, 1, 6, 10),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2025", asOf: "2025-07-01", areas });
    const sentence = factorResult(evaluation, fixi, gemeente).explanation.nl;
    expect(sentence).toContain("t/m 30-06-2025");
    expect(sentence).toContain("t/m 30-06-2024");
    expect(sentence).not.toContain("29-06-2024");
  });

  it("compares quarterly 2025-Q1 (33) with 2024-Q1 (30) at asOf 2025-04-01: +10% exactly, on-track, not no-data", () => {
    // (33 − 30) ÷ 30 = 3/30 = 0.1: exactly the target, which counts as met; progress 0.1 ÷ 0.1 = 1.
    const observations = parseObservations(alblasserdam, [
      countRow(fixi, gemeente, "2024-Q1", 30),
      countRow(fixi, gemeente, "2024-Q2", 30),
      countRow(fixi, gemeente, "2024-Q3", 30),
      countRow(fixi, gemeente, "2024-Q4", 30),
      countRow(fixi, gemeente, "2025-Q1", 33),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2025", asOf: "2025-04-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.status).toBe("on-track");
    expect(measure.current).toBe(33);
    expect(measure.baseline).toBe(30);
    expect(measure.change).toBe(0.1);
    expect(measure.progress).toBe(1);
    const sentence = factorResult(evaluation, fixi, gemeente).explanation.nl;
    expect(sentence).toContain("t/m 31-03-2025");
    expect(sentence).toContain("t/m 31-03-2024");
  });

  it("in 2024 at asOf 2024-07-01 names 't/m 30-06-2024' and 't/m 30-06-2023' (not 01-07-2023): 6×11 = 66 against 6×10 = 60, +10%", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2023, 1, 12, 10),
      ...monthlyRows(fixi, gemeente, 2024, 1, 6, 11),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-07-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(66);
    expect(measure.baseline).toBe(60);
    expect(measure.change).toBe(0.1);
    expect(measure.status).toBe("on-track");
    const sentence = factorResult(evaluation, fixi, gemeente).explanation.nl;
    expect(sentence).toContain("t/m 30-06-2024");
    expect(sentence).toContain("t/m 30-06-2023");
    expect(sentence).not.toContain("01-07-2023");
  });

  it("maps 29 February to 28 February: asOf 2024-03-01 compares 1 Jan–29 Feb 2024 (11+11 = 22) with 1 Jan–28 Feb 2023 (10+10 = 20), +10%", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2023, 1, 12, 10),
      ...monthlyRows(fixi, gemeente, 2024, 1, 2, 11),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-03-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(22);
    expect(measure.baseline).toBe(20);
    expect(measure.change).toBe(0.1);
    expect(measure.status).toBe("on-track");
    const sentence = factorResult(evaluation, fixi, gemeente).explanation.nl;
    expect(sentence).toContain("t/m 29-02-2024");
    expect(sentence).toContain("t/m 28-02-2023");
  });

  it("pairs Jan–Feb 2025 (12+13 = 25) with Jan–Feb 2024 including 29 February (10+10 = 20): +25%, on-track", () => {
    // If the baseline window ended on 28-02-2024, the 2024-02 row would straddle its edge and
    // the comparison would shrink to January: 12 against 10. The calendar month is the unit.
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2024, 1, 12, 10),
      countRow(fixi, gemeente, "2025-01", 12),
      countRow(fixi, gemeente, "2025-02", 13),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2025", asOf: "2025-03-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(25);
    expect(measure.baseline).toBe(20);
    expect(measure.change).toBe(0.25);
    expect(measure.status).toBe("on-track");
    const sentence = factorResult(evaluation, fixi, gemeente).explanation.nl;
    expect(sentence).toContain("t/m 28-02-2025");
    expect(sentence).toContain("t/m 29-02-2024");
  });

  it("moves the window back by the distance to an explicit baseline: 2024 against 2022, asOf 2024-07-01 → Jan–Jun 2022 (6×10 = 60) against 6×12 = 72, +20%", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2022, 1, 12, 10),
      ...monthlyRows(fixi, gemeente, 2024, 1, 6, 12),
    ]);
    const evaluation = evaluate(alblasserdam, observations, {
      period: "2024",
      baseline: "2022",
      asOf: "2024-07-01",
      areas,
    });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(72);
    expect(measure.baseline).toBe(60);
    expect(measure.change).toBe(0.2);
    expect(measure.status).toBe("on-track");
    expect(factorResult(evaluation, fixi, gemeente).explanation.nl).toContain("t/m 30-06-2022");
  });

  it("evaluates a complete year with yearly rows: 110 against 100 is +10%, achieved, progress exactly 1", () => {
    // 110/100 − 1 would be 0.10000000000000009 in floating point; the contract forbids that noise.
    const observations = parseObservations(alblasserdam, [
      countRow(fixi, gemeente, "2023", 100),
      countRow(fixi, gemeente, "2024", 110),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(evaluation.complete).toBe(true);
    expect(measure.status).toBe("achieved");
    expect(measure.change).toBe(0.1);
    expect(measure.progress).toBe(1);
  });

  it("rejects an asOf before the period starts (asOf 2023-12-31 for period 2024)", () => {
    const observations = parseObservations(alblasserdam, [countRow(fixi, gemeente, "2024", 110)]);
    expect(() => evaluate(alblasserdam, observations, { period: "2024", asOf: "2023-12-31", areas })).toThrow();
  });
});
