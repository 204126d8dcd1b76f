import { describe, expect, it } from "vitest";
import { Rule } from "../../src/model/rule.js";

describe("Rule", () => {
  // The threshold's own refinement runs even where its fields are wrong (to report every
  // problem at once), so it must also survive being handed something that is no object.
  it.each<[string, unknown]>([
    ["null", null],
    ["a text", "threshold"],
    ["a list", []],
  ])("reads %s given to the threshold form alone as not an object, and nothing more", (_, input) => {
    const threshold = Rule.options.find((option) => option.shape.kind.value === "threshold");
    expect(threshold?.safeParse(input).error?.issues.map((issue) => issue.code)).toEqual(["invalid_type"]);
  });

  it("still asks a threshold object for its bounds", () => {
    expect(Rule.safeParse({ kind: "threshold" }).error?.issues.map((issue) => issue.message)).toEqual([
      "a threshold needs atLeast, atMost or both",
    ]);
  });
});
