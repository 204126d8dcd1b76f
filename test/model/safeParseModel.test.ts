import { describe, expect, expectTypeOf, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import type { Model } from "../../src/model/Model.js";
import { parseModel } from "../../src/model/parseModel.js";
import { type SafeParseResult, safeParseModel } from "../../src/model/safeParseModel.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { changedModel, isDeeplyFrozen, label, validModel } from "./fixtures.js";

describe("safeParseModel", () => {
  it("returns success and the deeply frozen model for a valid model", () => {
    const result = safeParseModel(validModel());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual(validModel());
    expect(isDeeplyFrozen(result.data)).toBe(true);
  });

  it("returns the same model as parseModel", () => {
    const input = JSON.parse(JSON.stringify(alblasserdam)) as unknown;
    const result = safeParseModel(input);
    expect(result).toEqual({ success: true, data: parseModel(input) });
  });

  it("returns failure with a BuurtaanpakError of code invalid-model instead of throwing", () => {
    const input = changedModel((model) => {
      model.methods[0].subgoals = ["minder-dealen"];
    });
    const result = safeParseModel(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(BuurtaanpakError);
    expect(result.error.code).toBe("invalid-model");
    expect(result.error.issues).toEqual([
      {
        code: "unknown-reference",
        path: ["methods", 0, "subgoals", 0],
        params: { kind: "sub-goal", id: "minder-dealen" },
        message: "unknown sub-goal 'minder-dealen'",
      },
    ]);
  });

  it("reports six different problems in one error, in document order, each with its code, params and path", () => {
    const input = changedModel((model) => {
      model.goals[1].id = "veiliger";
      model.methods[1].colour = "blauw";
      delete model.groups[0].factors[0].criterion;
      model.groups[0].factors[0].measures[0].rule = { kind: "qualitative", direction: "increase" };
      model.groups[0].factors[1].measures[0].rule = { kind: "threshold", atLeast: 50 };
      model.areas[2].parent = "WK999902";
    });
    const result = safeParseModel(input);
    if (result.success) throw new Error("expected the model to be rejected");
    const factor = ["groups", 0, "factors", 0];
    expect(result.error.issues).toEqual([
      {
        code: "duplicate-id",
        path: ["goals", 1, "id"],
        params: { kind: "goal or sub-goal", id: "veiliger", first: ["goals", 0] },
        message: "duplicate goal or sub-goal id 'veiliger' (first at goals[0])",
      },
      {
        code: "unknown-field",
        path: ["methods", 1, "colour"],
        params: { field: "colour" },
        message: "unknown field 'colour'",
      },
      {
        code: "missing-field",
        path: [...factor, "criterion"],
        params: { element: "factor", field: "criterion" },
        message: "missing: a factor needs a criterion (the succesfactor column)",
      },
      // meldingen is a count; a qualitative rule reads survey shares.
      {
        code: "rule-misfit",
        path: [...factor, "measures", 0, "rule"],
        params: { rule: "qualitative", measure: "count", needs: "share" },
        message: "a qualitative rule needs a share indicator, not a count",
      },
      // trots is a share, written as a fraction: 50% is 0.5.
      {
        code: "bound-out-of-range",
        path: ["groups", 0, "factors", 1, "measures", 0, "rule", "atLeast"],
        params: { indicator: "trots", bound: "atLeast", value: 50, minimum: 0, maximum: 1 },
        message: "atLeast 50 lies outside 0 to 1: a share is a fraction, so write 0.5 for 50%",
      },
      {
        code: "unknown-reference",
        path: ["areas", 2, "parent"],
        params: { kind: "parent area", id: "WK999902" },
        message: "unknown parent area 'WK999902'",
      },
    ]);
    expect(result.error.message.split("\n")[0]).toBe("The model is invalid (6 problems):");
  });

  it("reports the same issues that parseModel throws", () => {
    const input = changedModel((model) => {
      model.goals[1].id = "veiliger";
      model.areas[2].parent = "nergens";
    });
    const result = safeParseModel(input);
    let thrown: unknown;
    try {
      parseModel(input);
    } catch (error) {
      thrown = error;
    }
    expect(result.success).toBe(false);
    expect(thrown).toBeInstanceOf(BuurtaanpakError);
    if (result.success || !(thrown instanceof BuurtaanpakError)) return;
    expect(result.error.issues).toEqual(thrown.issues);
    expect(result.error.message).toBe(thrown.message);
  });

  it("never throws, whatever the input", () => {
    const inputs: unknown[] = [
      null,
      undefined,
      0,
      Number.NaN,
      "",
      "{}",
      [],
      [validModel()],
      () => validModel(),
      Symbol("model"),
      new Date(0),
      new Map(),
    ];
    for (const input of inputs) {
      const result = safeParseModel(input);
      expect(result.success).toBe(false);
    }
  });

  it("narrows its result by success", () => {
    const result = safeParseModel(validModel());
    expectTypeOf(result).toEqualTypeOf<SafeParseResult<Model>>();
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Model>();
    else expectTypeOf(result.error).toEqualTypeOf<BuurtaanpakError>();
  });

  describe("at scale: linear in the size of the model", () => {
    const count = 20_000;
    /** The small valid model with 20,000 more goals (one sub-goal each) and 20,000 groups that serve them. */
    const large = (broken: boolean) =>
      changedModel((model) => {
        for (let index = 0; index < count; index++) {
          model.goals.push({
            id: `doel-${index}`,
            label: broken ? { nl: "", en: "x" } : label(`Doel ${index}`),
            subgoals: [{ id: `subdoel-${index}`, label: label(`Subdoel ${index}`), provenance: "stated" }],
            provenance: "stated",
          });
          model.groups.push({
            id: `groep-${index}`,
            label: label(`Groep ${index}`),
            subgoals: [broken ? `elders-${index}` : `subdoel-${index}`],
            factors: [],
            provenance: "stated",
          });
        }
      });

    it("parses 20,000 goals and 20,000 groups", () => {
      const result = safeParseModel(large(false));
      expect(result.success && [result.data.goals.length, result.data.groups.length]).toEqual([count + 2, count + 2]);
    });

    it("reports 20,000 shape problems and 20,000 dangling references together, goals first", () => {
      const result = safeParseModel(large(true));
      if (result.success) throw new Error("expected the model to be rejected");
      const { issues } = result.error;
      expect(issues).toHaveLength(2 * count);
      expect(issues.filter((issue) => issue.code === "empty")).toHaveLength(count);
      expect(issues.filter((issue) => issue.code === "unknown-reference")).toHaveLength(count);
      // The generated goals and groups follow the two of the small model.
      expect(issues[0]).toEqual({
        code: "empty",
        path: ["goals", 2, "label", "nl"],
        params: { field: "nl" },
        message: "must not be empty",
      });
      expect(issues.at(-1)).toEqual({
        code: "unknown-reference",
        path: ["groups", count + 1, "subgoals", 0],
        params: { kind: "sub-goal", id: `elders-${count - 1}` },
        message: `unknown sub-goal 'elders-${count - 1}'`,
      });
    });

    it("reports a ring of 16,000 areas as one issue", () => {
      const ring = 16_000;
      const result = safeParseModel(
        changedModel((model) => {
          for (let index = 0; index < ring; index++)
            model.areas.push({ id: `ring-${index}`, kind: "area", name: "Ring", parent: `ring-${(index + 1) % ring}` });
        }),
      );
      if (result.success) throw new Error("expected the model to be rejected");
      expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["area-cycle", ["areas", 3, "parent"]],
      ]);
    });
  });
});
