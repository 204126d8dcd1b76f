import { describe, expect, expectTypeOf, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import type { Model } from "../../src/model/Model.js";
import { parseModel } from "../../src/model/parseModel.js";
import { safeParseModel, type SafeParseResult } from "../../src/model/safeParseModel.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { changedModel, isDeeplyFrozen, validModel } from "./fixtures.js";

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
    expect(result.error.issues).toEqual([{ path: ["methods", 0, "subgoals", 0], message: "unknown sub-goal 'minder-dealen'" }]);
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
    const inputs: unknown[] = [null, undefined, 0, Number.NaN, "", "{}", [], [validModel()], () => validModel(), Symbol("model"), new Date(0), new Map()];
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
});
