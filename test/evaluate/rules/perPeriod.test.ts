import { describe, expect, it } from "vitest";
import { perPeriod } from "../../../src/evaluate/rules/perPeriod.js";

const rule = { kind: "perPeriod", amount: 10, per: "year" } as const;
const value = (amount: number) => ({ numerator: amount, denominator: 1 });
const wholeYear = [{ days: 366, unitDays: 366 }];

describe("perPeriod", () => {
  it("meets 10 per year with exactly 10 in a whole year, progress 1", () => {
    expect(perPeriod(rule, value(10), wholeYear)).toEqual({ met: true, target: 10, progress: 1 });
  });

  it("does not meet 10 per year with 9", () => {
    expect(perPeriod(rule, value(9), wholeYear)).toMatchObject({ met: false, target: 10 });
  });

  it("pro-rates the amount by the days of the year they lie in: 1 January to 30 June 2024 is 10 × 182 ÷ 366", () => {
    const half = [{ days: 182, unitDays: 366 }];
    expect(perPeriod(rule, value(5), half)).toMatchObject({ met: true, target: (10 * 182) / 366 });
    expect(perPeriod(rule, value(4), half)).toMatchObject({ met: false });
  });

  it("adds the pieces of a window across two years, each over its own year: 31 days of 2024 and 31 of 2025 is 10 × 31 ÷ 366 + 10 × 31 ÷ 365", () => {
    const result = perPeriod(rule, value(2), [
      { days: 31, unitDays: 366 },
      { days: 31, unitDays: 365 },
    ]);
    expect(result).toMatchObject({ met: true });
    expect("target" in result ? result.target : undefined).toBeCloseTo((10 * 31) / 366 + (10 * 31) / 365, 12);
  });

  it("reports progress as the share of the target reached, in one division: 5 of 10 is 0.5, 15 of 10 is 1.5, 12 of 10 is 1.2", () => {
    expect(perPeriod(rule, value(5), wholeYear)).toEqual({ met: false, target: 10, progress: 0.5 });
    expect(perPeriod(rule, value(15), wholeYear)).toEqual({ met: true, target: 10, progress: 1.5 });
    expect(perPeriod(rule, value(12), wholeYear)).toEqual({ met: true, target: 10, progress: 1.2 });
  });

  it("meets a target of 0 when no time has elapsed, without a progress to divide by 0", () => {
    expect(perPeriod(rule, value(0), [])).toEqual({ met: true, target: 0 });
  });
});
