import { describe, expect, it } from "vitest";
import { withheldReason } from "../../src/index.js";

describe("withheldReason", () => {
  it("gives each figure its own reason where the two differ: a baseline of 3 small, a current 6 withheld for another", () => {
    const withheld = {
      current: true,
      baseline: true,
      reason: "small-count",
      reasons: { current: "secondary", baseline: "small-count" },
    } as const;
    expect(withheldReason(withheld, "current")).toBe("secondary");
    expect(withheldReason(withheld, "baseline")).toBe("small-count");
  });

  it("gives the measure's reason where there is one for both, or one figure only is withheld", () => {
    expect(withheldReason({ current: true, baseline: true, reason: "small-count" }, "baseline")).toBe("small-count");
    expect(withheldReason({ baseline: true, reason: "secondary" }, "baseline")).toBe("secondary");
  });
});
