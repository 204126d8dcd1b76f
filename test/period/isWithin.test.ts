import { describe, expect, expectTypeOf, it } from "vitest";
import { isWithin } from "../../src/period/isWithin.js";
import type { Span } from "../../src/period/Period.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";

describe("isWithin", () => {
  it("finds a month within its quarter and its year", () => {
    expect(isWithin(parsePeriod("2024-05"), parsePeriod("2024-Q2"))).toBe(true);
    expect(isWithin(parsePeriod("2024-05"), parsePeriod("2024"))).toBe(true);
  });

  it("counts the edges as inside: a period lies within itself", () => {
    expect(isWithin(parsePeriod("2024"), parsePeriod("2024"))).toBe(true);
    expect(isWithin(parsePeriod("2024-12"), parsePeriod("2024"))).toBe(true);
    expect(isWithin(parsePeriod("2024-01-01/2024-01-01"), parsePeriod("2024"))).toBe(true);
  });

  it("leaves out a week that straddles the year's edge: 2025-W01 starts on 30 December 2024", () => {
    expect(isWithin(parsePeriod("2025-W01"), parsePeriod("2025"))).toBe(false);
    expect(isWithin(parsePeriod("2025-W01"), parsePeriod("2024"))).toBe(false);
  });

  it("does not find the larger span within the smaller", () => {
    expect(isWithin(parsePeriod("2024"), parsePeriod("2024-05"))).toBe(false);
  });

  it("does not find a month within a different year", () => {
    expect(isWithin(parsePeriod("2023-12"), parsePeriod("2024"))).toBe(false);
  });

  it("works on plain spans, such as the elapsed part of a period", () => {
    const firstHalf: Span = { start: Date.parse("2023-12-31T23:00:00Z"), end: Date.parse("2024-06-30T22:00:00Z") };
    expect(isWithin(firstHalf, parsePeriod("2024"))).toBe(true);
    expect(isWithin(parsePeriod("2024-Q2"), firstHalf)).toBe(true);
    expect(isWithin(parsePeriod("2024-Q3"), firstHalf)).toBe(false);
    expect(isWithin(parsePeriod("2024-06-01/2024-07-01"), firstHalf)).toBe(false);
    expect(isWithin({ start: 5, end: 6 }, { start: 5, end: 6 })).toBe(true);
    expect(isWithin({ start: 4, end: 6 }, { start: 5, end: 6 })).toBe(false);
    expect(isWithin({ start: 5, end: 7 }, { start: 5, end: 6 })).toBe(false);
  });

  it("takes spans and returns a boolean", () => {
    expectTypeOf(isWithin).parameters.toEqualTypeOf<[Span, Span]>();
    expectTypeOf(isWithin).returns.toEqualTypeOf<boolean>();
  });
});
