import { describe, expect, it } from "vitest";
import { perPeriod } from "../../../src/evaluate/rules/perPeriod.js";

const rule = { kind: "perPeriod", amount: 10, per: "year" } as const;
const figures = (value: number, units: number) => ({ current: { numerator: value, denominator: 1 }, baseline: undefined, units: () => units });

describe("perPeriod", () => {
  it("meets 10 per year with exactly 10 in a whole year", () => {
    expect(perPeriod(rule, figures(10, 1))).toEqual({ met: true, target: 10, progress: 1 });
  });

  it("does not meet 10 per year with 9", () => {
    expect(perPeriod(rule, figures(9, 1))).toMatchObject({ met: false, target: 10 });
  });

  it("pro-rates the amount by the units covered (182 of 366 days)", () => {
    const units = 182 / 366;
    expect(perPeriod(rule, figures(5, units))).toMatchObject({ met: true, target: (10 * 182) / 366 });
    expect(perPeriod(rule, figures(4, units))).toMatchObject({ met: false });
  });

  it("reports progress as the share of the target reached: 5 of 10 is 0.5, 15 of 10 is 1.5", () => {
    expect(perPeriod(rule, figures(5, 1))).toEqual({ met: false, target: 10, progress: 0.5 });
    expect(perPeriod(rule, figures(15, 1))).toEqual({ met: true, target: 10, progress: 1.5 });
    // 3 per quarter over two quarters: target 6, and 3 is half of it.
    expect(perPeriod({ kind: "perPeriod", amount: 3, per: "quarter" }, figures(3, 2))).toEqual({ met: false, target: 6, progress: 0.5 });
  });

  it("meets a target of 0 when no time has elapsed, with progress 1 rather than a division by 0", () => {
    expect(perPeriod(rule, figures(0, 0))).toEqual({ met: true, target: 0, progress: 1 });
  });

  it("asks the units for the rule's own per", () => {
    const asked: string[] = [];
    perPeriod({ kind: "perPeriod", amount: 3, per: "quarter" }, { ...figures(12, 4), units: (per) => (asked.push(per), 4) });
    expect(asked).toEqual(["quarter"]);
  });
});
