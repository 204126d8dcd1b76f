import { describe, expect, it } from "vitest";
import { judge, needsBaseline } from "../../../src/evaluate/rules/judge.js";
import type { Rule } from "../../../src/index.js";

const figures = { current: { numerator: 11, denominator: 1 }, baseline: { numerator: 10, denominator: 1 }, units: () => 1 };

describe("judge", () => {
  it.each<[Rule, boolean | undefined]>([
    [{ kind: "relativeChange", direction: "increase", percent: 10 }, true],
    [{ kind: "increase" }, true],
    [{ kind: "decrease" }, false],
    [{ kind: "perPeriod", amount: 12, per: "year" }, false],
    [{ kind: "threshold", atLeast: 11 }, true],
    [{ kind: "qualitative", direction: "increase", minRespondents: 1 }, false],
    [{ kind: "tracked" }, undefined],
  ])("dispatches %j", (rule, met) => {
    const judgement = judge(rule, figures);
    if (met === undefined) expect(judgement).toBeUndefined();
    else expect(judgement).toMatchObject({ met });
  });

  it("knows which rules need a baseline", () => {
    expect(needsBaseline({ kind: "relativeChange", direction: "decrease", percent: 5 })).toBe(true);
    expect(needsBaseline({ kind: "increase" })).toBe(true);
    expect(needsBaseline({ kind: "decrease" })).toBe(true);
    expect(needsBaseline({ kind: "qualitative", direction: "increase" })).toBe(true);
    expect(needsBaseline({ kind: "perPeriod", amount: 1, per: "month" })).toBe(false);
    expect(needsBaseline({ kind: "threshold", atMost: 1 })).toBe(false);
    expect(needsBaseline({ kind: "tracked" })).toBe(false);
  });
});
