import { describe, expect, it } from "vitest";
import { formatValue } from "../../src/format/formatValue.js";

describe("formatValue", () => {
  it("shows a percentage of the natural fraction with one decimal: 0.063 → 6,3%; 0.4 → 40,0%", () => {
    expect([formatValue(0.063, "percent", "nl"), formatValue(0.4, "percent", "nl")]).toEqual(["6,3%", "40,0%"]);
  });
  it("shows a small percentage with its first significant digit instead of 0,0%: 0.0004 → 0,04%", () => {
    expect(formatValue(0.0004, "percent", "nl")).toBe("0,04%");
  });
  it("shows rates per 100 and per 1,000: 0.0571 → 5,7 per 100 and 57,1 per 1.000 (nl) / 57.1 per 1,000 (en)", () => {
    expect([
      formatValue(0.0571, "per-100", "nl"),
      formatValue(0.0571, "per-1000", "nl"),
      formatValue(0.0571, "per-1000", "en"),
    ]).toEqual(["5,7 per 100", "57,1 per 1.000", "57.1 per 1,000"]);
  });
  it("shows euros as whole euros, or with cents: 26900 → € 26.900; 19.5 → € 19,50; in English €26,900", () => {
    expect([
      formatValue(26_900, "euro", "nl"),
      formatValue(19.5, "euro", "nl"),
      formatValue(26_900, "euro", "en"),
    ]).toEqual(["€ 26.900", "€ 19,50", "€26,900"]);
  });
  it("shows counts as formatNumber does: 4509 → 4.509; 23.4666 → 23,5", () => {
    expect([formatValue(4509, "count", "nl"), formatValue(23.4666, "count", "nl")]).toEqual(["4.509", "23,5"]);
  });
  it("writes a value that is no finite number as ?, in any unit: NaN, Infinity", () => {
    expect([formatValue(Number.NaN, "count", "nl"), formatValue(Number.POSITIVE_INFINITY, "percent", "en")]).toEqual([
      "?",
      "?",
    ]);
  });
});
