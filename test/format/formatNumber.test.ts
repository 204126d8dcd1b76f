import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/format/formatNumber.js";

describe("formatNumber", () => {
  it("groups thousands with a dot and writes decimals with a comma in Dutch: 1234567.5 → 1.234.567,5", () => {
    expect(formatNumber(1_234_567.5, "nl")).toBe("1.234.567,5");
  });
  it("groups thousands with a comma and decimals with a point in English: 1234567.5 → 1,234,567.5", () => {
    expect(formatNumber(1_234_567.5, "en")).toBe("1,234,567.5");
  });
  it("writes whole numbers without decimals: 530 → 530, 0 → 0", () => {
    expect([formatNumber(530, "nl"), formatNumber(0, "nl")]).toEqual(["530", "0"]);
  });
  it("writes other numbers with two significant digits and at least one decimal: 23.4666 → 23,5; 4.509 → 4,5; 0.126 → 0,13", () => {
    expect([formatNumber(23.4666, "nl"), formatNumber(4.509, "nl"), formatNumber(0.126, "nl")]).toEqual([
      "23,5",
      "4,5",
      "0,13",
    ]);
  });
  it("never writes a value that is not zero as 0: 0.0004 → 0,0004, 0.00000123 → 0,0000012", () => {
    expect([formatNumber(0.0004, "nl"), formatNumber(0.000_001_23, "nl")]).toEqual(["0,0004", "0,0000012"]);
  });
  it("drops trailing zeros by default: 12.5 → 12,5, 2.50 → 2,5", () => {
    expect(formatNumber(2.5, "nl")).toBe("2,5");
  });
  it("keeps exactly the decimals asked for: 2.5 with 2 → 2,50; 1234.5 with 0 → 1.235 (half rounds up)", () => {
    expect([formatNumber(2.5, "nl", { decimals: 2 }), formatNumber(1234.5, "nl", { decimals: 0 })]).toEqual([
      "2,50",
      "1.235",
    ]);
  });
  it("writes negative numbers with a minus, and a value that rounds to zero without one: -12 → -12, -0.00001 with 1 decimal → 0,0", () => {
    expect([formatNumber(-12, "nl"), formatNumber(-0.000_01, "nl", { decimals: 1 }), formatNumber(-0, "nl")]).toEqual([
      "-12",
      "0,0",
      "0",
    ]);
  });
  it("writes a question mark for NaN and infinities, which no result carries", () => {
    expect([formatNumber(Number.NaN, "nl"), formatNumber(Number.POSITIVE_INFINITY, "en")]).toEqual(["?", "?"]);
  });
  it("writes the largest counts a row may hold (10^15) in full: 1.000.000.000.000.000", () => {
    expect(formatNumber(1e15, "nl")).toBe("1.000.000.000.000.000");
  });
});
