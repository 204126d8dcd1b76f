import { describe, expect, it } from "vitest";
import { compareFractions, fractionValue } from "../../../src/evaluate/internal/Fraction.js";

const fraction = (numerator: number, denominator = 1) => ({ numerator, denominator });

describe("compareFractions", () => {
  it("says -1 below, 0 equal and 1 above", () => {
    expect(compareFractions(fraction(3), fraction(4))).toBe(-1);
    expect(compareFractions(fraction(4), fraction(4))).toBe(0);
    expect(compareFractions(fraction(5), fraction(4))).toBe(1);
  });

  it("compares values, not parts: 1/3 equals 2/6, and 1/3 lies below 2/5", () => {
    expect(compareFractions(fraction(1, 3), fraction(2, 6))).toBe(0);
    expect(compareFractions(fraction(1, 3), fraction(2, 5))).toBe(-1);
    expect(compareFractions(fraction(2, 5), fraction(1, 3))).toBe(1);
  });

  it("compares with b times a factor given as numerator and denominator: 110 is 100 × 110/100", () => {
    expect(compareFractions(fraction(110), fraction(100), 110, 100)).toBe(0);
    expect(compareFractions(fraction(109), fraction(100), 110, 100)).toBe(-1);
    expect(compareFractions(fraction(111), fraction(100), 110, 100)).toBe(1);
    expect(compareFractions(fraction(90), fraction(100), 90, 100)).toBe(0);
  });

  it("treats values equal up to floating-point noise as equal", () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(compareFractions(fraction(0.1 + 0.2), fraction(0.3))).toBe(0);
    expect(compareFractions(fraction(0.3), fraction(0.1 + 0.2))).toBe(0);
  });

  it("scales the noise it forgives with the values compared", () => {
    // (0.1 + 0.2) × 1e6 is 300000.00000000006: off by 6e-11, noise at this size.
    expect(compareFractions(fraction((0.1 + 0.2) * 1e6), fraction(300_000))).toBe(0);
    expect(compareFractions(fraction(300_000), fraction((0.1 + 0.2) * 1e6))).toBe(0);
  });

  it("does not treat a real difference, however small against the values, as noise", () => {
    expect(compareFractions(fraction(1_000_000), fraction(1_000_000.001))).toBe(-1);
    expect(compareFractions(fraction(1e-9), fraction(2e-9))).toBe(-1);
    expect(compareFractions(fraction(1), fraction(0))).toBe(1);
    expect(compareFractions(fraction(0), fraction(1))).toBe(-1);
  });

  it("finds two zeros equal", () => {
    expect(compareFractions(fraction(0), fraction(0, 7))).toBe(0);
  });

  it("compares negative values by their size and sign", () => {
    expect(compareFractions(fraction(-1, 2), fraction(-2, 4))).toBe(0);
    expect(compareFractions(fraction(-3), fraction(-2))).toBe(-1);
    expect(compareFractions(fraction(-2), fraction(-3))).toBe(1);
  });
});

describe("fractionValue", () => {
  it("divides the numerator by the denominator", () => {
    expect(fractionValue(fraction(120, 2100))).toBe(120 / 2100);
    expect(fractionValue(fraction(530))).toBe(530);
  });
});
