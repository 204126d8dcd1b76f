import { describe, expect, it } from "vitest";
import { formatChange, formatDay, formatNumber, formatShare } from "../../../src/evaluate/internal/format.js";

describe("formatNumber", () => {
  it("groups thousands with a dot and writes decimals with a comma in Dutch", () => {
    expect(formatNumber(1234.5, "nl")).toBe("1.234,5");
    expect(formatNumber(1234567.89, "nl")).toBe("1.234.567,89");
  });

  it("groups thousands with a comma and writes decimals with a point in English", () => {
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(1234567.89, "en")).toBe("1,234,567.89");
  });

  it("does not group numbers below a thousand", () => {
    expect(formatNumber(999, "nl")).toBe("999");
    expect(formatNumber(1000, "nl")).toBe("1.000");
  });

  it("rounds to two decimals by default and drops trailing zeros", () => {
    expect(formatNumber(4.9727, "nl")).toBe("4,97");
    expect(formatNumber(2.5, "en")).toBe("2.5");
    expect(formatNumber(530, "en")).toBe("530");
    expect(formatNumber(7.999, "en")).toBe("8");
  });

  it("keeps the leading zeros of a decimal part", () => {
    expect(formatNumber(0.05, "nl")).toBe("0,05");
    expect(formatNumber(1.0625, "en", 3)).toBe("1.063");
    expect(formatNumber(3.007, "en", 3)).toBe("3.007");
  });

  it("takes the number of decimals", () => {
    expect(formatNumber(1.23456, "en", 3)).toBe("1.235");
    expect(formatNumber(2.6, "en", 0)).toBe("3");
    expect(formatNumber(1234.4, "nl", 0)).toBe("1.234");
  });

  it("writes no decimal part for 0 decimals, even when keeping zeros", () => {
    expect(formatNumber(2.6, "en", 0, true)).toBe("3");
    expect(formatNumber(1234, "nl", 0, true)).toBe("1.234");
  });

  it("keeps trailing zeros when asked to", () => {
    expect(formatNumber(10, "nl", 1, true)).toBe("10,0");
    expect(formatNumber(2.5, "en", 2, true)).toBe("2.50");
  });

  it("writes a minus sign for a negative number", () => {
    expect(formatNumber(-2.8, "nl", 1)).toBe("-2,8");
    expect(formatNumber(-1234.5, "en")).toBe("-1,234.5");
  });

  it("writes no minus sign for a negative number that rounds to 0", () => {
    expect(formatNumber(-0.001, "nl")).toBe("0");
    expect(formatNumber(-0.04, "en", 1, true)).toBe("0.0");
  });
});

describe("formatChange", () => {
  it("writes a fraction as a signed percentage with one decimal", () => {
    expect(formatChange(50 / 480, "nl")).toBe("+10,4%");
    expect(formatChange(50 / 480, "en")).toBe("+10.4%");
    expect(formatChange(-0.028, "nl")).toBe("-2,8%");
  });

  it("keeps the zero decimal of a whole percentage", () => {
    expect(formatChange(0.1, "en")).toBe("+10.0%");
    expect(formatChange(-1, "nl")).toBe("-100,0%");
  });

  it("writes no sign for no change, nor for a change that rounds to 0.0%", () => {
    expect(formatChange(0, "nl")).toBe("0,0%");
    expect(formatChange(0.0004, "en")).toBe("0.0%");
    expect(formatChange(-0.0004, "en")).toBe("0.0%");
  });
});

describe("formatShare", () => {
  it("writes a share between 0 and 1 as a percentage with one decimal, always, so that figures side by side line up", () => {
    expect(formatShare(0.4583, "nl")).toBe("45,8%");
    expect(formatShare(0.4583, "en")).toBe("45.8%");
    expect(formatShare(0.4, "nl")).toBe("40,0%");
    expect(formatShare(1, "en")).toBe("100.0%");
  });
});

describe("formatDay", () => {
  it("writes a day as DD-MM-YYYY in Dutch and YYYY-MM-DD in English", () => {
    expect(formatDay("2024-06-30", "nl")).toBe("30-06-2024");
    expect(formatDay("2024-06-30", "en")).toBe("2024-06-30");
  });
});
