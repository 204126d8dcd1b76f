import { describe, expect, it } from "vitest";
import { jsonOf } from "../../../src/cli/render/json.js";
import { protect } from "../../../src/index.js";
import { smallEvaluation } from "../fixtures.js";

describe("jsonOf", () => {
  it("writes a protected evaluation exactly as protect returned it, plain data", () => {
    const shown = protect(smallEvaluation());
    expect(jsonOf(shown)).toBe(shown);
    // Zuid's 2 and 3 are below 5: gone from the JSON, with the reason.
    const zuid = shown.factors.find((result) => result.area === "test-zuid" && result.factor === "fixi-meldingen");
    expect(JSON.parse(JSON.stringify(jsonOf(shown)))).toEqual(shown);
    expect(zuid?.measures[0]).not.toHaveProperty("current");
    expect(zuid?.measures[0]?.withheld).toEqual({ current: true, baseline: true, reason: "small-count" });
  });

  it("puts an unprotected evaluation under a first, top-level field notForPublication", () => {
    const evaluation = smallEvaluation();
    const json = JSON.parse(JSON.stringify(jsonOf(evaluation))) as Record<string, unknown>;
    expect(Object.keys(json)[0]).toBe("notForPublication");
    expect(json["notForPublication"]).toBe("NIET VOOR PUBLICATIE / not for publication");
    expect(json).toEqual({ notForPublication: "NIET VOOR PUBLICATIE / not for publication", ...evaluation });
  });
});
