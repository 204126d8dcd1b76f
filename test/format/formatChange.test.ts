import { describe, expect, it } from "vitest";
import { formatChange } from "../../src/format/formatChange.js";

describe("formatChange", () => {
  it("writes 480 → 530 (50 ÷ 480 = 0.10417) as +10,4%", () => {
    expect(formatChange(50 / 480, "nl")).toBe("+10,4%");
  });
  it("writes a fall with a minus: 4 → 2 is -50,0% (nl) and -50.0% (en)", () => {
    expect([formatChange(-0.5, "nl"), formatChange(-0.5, "en")]).toEqual(["-50,0%", "-50.0%"]);
  });
  it("writes no change as 0,0% without a sign", () => {
    expect(formatChange(0, "nl")).toBe("0,0%");
  });
  it("never writes a change that is not zero as 0,0%: 100000 → 100001 is +0,001%", () => {
    expect(formatChange(1 / 100_000, "nl")).toBe("+0,001%");
  });
  it("writes a change it cannot compute as ?: 0 → 0 is 0 ÷ 0 (NaN), 0 → 5 is 5 ÷ 0 (Infinity)", () => {
    expect([formatChange(0 / 0, "nl"), formatChange(5 / 0, "en"), formatChange(-5 / 0, "nl")]).toEqual(["?", "?", "?"]);
  });
});
