import { describe, expect, it } from "vitest";
import { formatComparison } from "../../src/format/formatComparison.js";

describe("formatComparison", () => {
  it("writes whole counts as they are: 530 against 480 is +10,4% (50 ÷ 480)", () => {
    expect(formatComparison(530, 480, "count", "nl")).toEqual({ current: "530", baseline: "480", change: "+10,4%" });
  });
  it("writes 2/10000 against 4/10000 so that the figures differ: 0,0002 tegen 0,0004, -50,0%", () => {
    expect(formatComparison(0.0002, 0.0004, "count", "nl")).toEqual({
      current: "0,0002",
      baseline: "0,0004",
      change: "-50,0%",
    });
  });
  it("adds decimals until the shown change can be recomputed: 5,055% vs 4,754% is +6,33%; 5,1 vs 4,8 recomputes to 6,25 (a tie), 5,05 vs 4,75 to 6,32", () => {
    expect(formatComparison(0.050_55, 0.047_54, "percent", "nl")).toEqual({
      current: "5,05%",
      baseline: "4,75%",
      change: "+6,3%",
    });
  });
  it("keeps one decimal where it already recomputes: 6,3% vs 5,0% is +26,0% (0.063 ÷ 0.05 − 1)", () => {
    expect(formatComparison(0.063, 0.05, "percent", "nl")).toEqual({
      current: "6,3%",
      baseline: "5,0%",
      change: "+26,0%",
    });
  });
  it("gives both figures the same decimals, but writes a whole count as it is: 23,5 against 21,25 (+10,6%: 2.25 ÷ 21.25); 1.200 against 1.234,5 (-2,8%)", () => {
    expect(formatComparison(23.5, 21.25, "count", "nl")).toEqual({
      current: "23,50",
      baseline: "21,25",
      change: "+10,6%",
    });
    expect(formatComparison(1200, 1234.5, "count", "nl")).toEqual({
      current: "1.200",
      baseline: "1.234,5",
      change: "-2,8%",
    });
  });
  it("compares survey shares in percentage points: 49,5% against 48,6% is +0,9", () => {
    expect(formatComparison(0.495, 0.486, "percent", "en", { points: true })).toEqual({
      current: "49.5%",
      baseline: "48.6%",
      points: "+0.9",
    });
  });
  it("gives no relative change from a baseline of 0: 3 against 0", () => {
    expect(formatComparison(3, 0, "count", "nl")).toEqual({ current: "3", baseline: "0" });
  });
  it("writes both figures as ? when either is no finite number, and gives no change", () => {
    expect(formatComparison(Number.NaN, 480, "count", "nl")).toEqual({ current: "?", baseline: "?" });
    expect(formatComparison(0.3, Number.POSITIVE_INFINITY, "percent", "en", { points: true })).toEqual({
      current: "?",
      baseline: "?",
    });
  });
});
