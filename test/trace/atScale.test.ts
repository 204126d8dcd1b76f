import { beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../src/model/Model.js";
import { parseModel } from "../../src/model/parseModel.js";
import { coverageGaps } from "../../src/trace/coverageGaps.js";
import { factorsFor } from "../../src/trace/factorsFor.js";
import { goalsServedBy } from "../../src/trace/goalsServedBy.js";
import { methodsFor } from "../../src/trace/methodsFor.js";
import { strategyLineOf } from "../../src/trace/strategyLineOf.js";
import { largeModel } from "../model/fixtures.js";

// 20,000 goals, 18,000 groups and 17,142 methods: every query reads the model once, indexing
// sub-goals as it goes, instead of searching all groups or methods for each sub-goal.
describe("the traceability queries at scale", () => {
  const count = 20_000;
  let model: Model;
  beforeAll(() => {
    model = parseModel(largeModel(count));
  });

  it("find the factor of a goal among 18,000 groups", () => {
    expect(factorsFor(model, "doel-19998").map((factor) => factor.id)).toEqual(["factor-19998"]);
    // 19990 is a multiple of 10: its sub-goal has no group.
    expect(factorsFor(model, "subdoel-19990")).toEqual([]);
  });

  it("find the method of a goal among 17,142 methods", () => {
    expect(methodsFor(model, "doel-19998").map((method) => method.id)).toEqual(["methode-19998"]);
    // 19999 = 7 × 2857: its sub-goal has no method.
    expect(methodsFor(model, "doel-19999")).toEqual([]);
  });

  it("find the goal a method serves among 20,002 goals, and its strategy line", () => {
    const served = goalsServedBy(model, "methode-19998");
    expect([served.goals.map((goal) => goal.id), served.subgoals.map((subgoal) => subgoal.id)]).toEqual([
      ["doel-19998"],
      ["subdoel-19998"],
    ]);
    expect(strategyLineOf(model, "methode-19998")?.id).toBe("samenwerken");
  });

  it("list the gaps of 20,004 sub-goals in model order", () => {
    const gaps = coverageGaps(model);
    // Without a factor: minder-inbraken and minder-eenzaamheid of the small model, and the
    // 2,000 generated sub-goals whose index is a multiple of 10.
    expect(gaps.subgoalsWithoutFactor).toHaveLength(2 + 2_000);
    expect(gaps.subgoalsWithoutFactor.slice(0, 4)).toEqual([
      "minder-inbraken",
      "minder-eenzaamheid",
      "subdoel-0",
      "subdoel-10",
    ]);
    // Without a method: minder-eenzaamheid, and the 2,858 multiples of 7 from 0 to 19,999.
    expect(gaps.subgoalsWithoutMethod).toHaveLength(1 + 2_858);
    expect(gaps.subgoalsWithoutMethod.slice(0, 3)).toEqual(["minder-eenzaamheid", "subdoel-0", "subdoel-7"]);
  });
});
