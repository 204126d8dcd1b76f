import { describe, expect, it } from "vitest";
import { evaluate, parseObservations, type Model, type Rule } from "../../../src/index.js";
import { count, modelWith, ratio, share } from "../fixtures.js";

// The figures and status of one measure (contract.md, "Result shape"), seen through evaluate:
// src/evaluate/internal/judgeMeasure.ts reads the aggregated columns that only evaluate fills.

const single = (rule: Rule, measure: "count" | "ratio" | "share" = "count"): Model => modelWith([{ id: "x", measure, rule }]);
function measureOf(model: Model, rows: unknown[], options: Parameters<typeof evaluate>[2] = { period: "2024" }) {
  return evaluate(model, parseObservations(model, rows), options).factors[0]?.measures[0];
}

describe("a measure's figures", () => {
  it("reports the change as a fraction and the progress towards a relative target", () => {
    // 480 → 530 is +50/480 = +10.42%; against a +10% target that is 1.0417 of the way.
    const measure = measureOf(single({ kind: "relativeChange", direction: "increase", percent: 10 }), [count("x", "GM0482", "2023", 480), count("x", "GM0482", "2024", 530)]);
    expect(measure?.change).toBeCloseTo(50 / 480, 12);
    expect(measure?.progress).toBeCloseTo(50 / 480 / 0.1, 12);
    expect(measure).toMatchObject({ status: "achieved", target: 528 });
  });

  it("computes a ratio's change from its sums: 30/200 → 81/600 is −10%", () => {
    const measure = measureOf(single({ kind: "relativeChange", direction: "decrease", percent: 10 }, "ratio"), [
      ratio("x", "GM0482", "2023", 30, 200),
      ratio("x", "GM0482", "2024", 81, 600),
    ]);
    expect(measure?.change).toBeCloseTo(-0.1, 12);
    expect(measure).toMatchObject({ status: "achieved", current: 0.135, baseline: 0.15 });
  });

  it("reports no change after a baseline of 0, but does report the trend", () => {
    const measure = measureOf(single({ kind: "increase" }), [count("x", "GM0482", "2023", 0), count("x", "GM0482", "2024", 4)]);
    expect(measure).toStrictEqual({ indicator: "x", status: "achieved", current: 4, baseline: 0, trend: "up", target: 0 });
  });

  it("carries no progress and no significance for a rule that has none", () => {
    const measure = measureOf(single({ kind: "increase" }), [count("x", "GM0482", "2023", 10), count("x", "GM0482", "2024", 11)]);
    expect(measure).toStrictEqual({ indicator: "x", status: "achieved", current: 11, baseline: 10, change: 0.1, trend: "up", target: 10 });
  });

  it("gives the trend of a tracked measure: up, down or flat", () => {
    const tracked = single({ kind: "tracked" });
    const trendFrom = (baseline: number, current: number) =>
      measureOf(tracked, [count("x", "GM0482", "2023", baseline), count("x", "GM0482", "2024", current)])?.trend;
    expect(trendFrom(5, 6)).toBe("up");
    expect(trendFrom(5, 4)).toBe("down");
    expect(trendFrom(5, 5)).toBe("flat");
  });

  it("gives the respondents of a survey without a baseline", () => {
    const measure = measureOf(single({ kind: "qualitative", direction: "increase" }, "share"), [share("x", "GM0482", "2024", 110, 210)]);
    expect(measure).toStrictEqual({ indicator: "x", status: "no-data", current: 110 / 210, respondents: { current: 210 } });
  });
});

describe("a measure's status", () => {
  it("is not-evaluable when the baseline a rule needs does not cover its span", () => {
    const measure = measureOf(single({ kind: "increase" }), [count("x", "GM0482", "2023-01-01/2023-11-30", 10), count("x", "GM0482", "2024", 12)]);
    expect(measure).toMatchObject({ status: "not-evaluable", reason: "incomplete-data", current: 12, baseline: 10 });
  });

  it("ignores, and does not show, an incomplete baseline that the rule does not need", () => {
    const perYear = single({ kind: "perPeriod", amount: 10, per: "year" });
    const measure = measureOf(perYear, [count("x", "GM0482", "2023-01-01/2023-11-30", 3), count("x", "GM0482", "2024", 12)]);
    expect(measure).toStrictEqual({ indicator: "x", status: "achieved", current: 12, target: 10, progress: 1.2 });
  });

  it("shows a complete baseline that the rule does not need, without judging by it", () => {
    const atLeast = single({ kind: "threshold", atLeast: 10 });
    const measure = measureOf(atLeast, [count("x", "GM0482", "2023", 30), count("x", "GM0482", "2024", 12)]);
    expect(measure).toMatchObject({ status: "achieved", current: 12, baseline: 30, trend: "down", target: 10 });
  });
});
