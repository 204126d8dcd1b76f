import { describe, expect, it } from "vitest";
import { elapsedDays } from "../../src/period/elapsedDays.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";

describe("elapsedDays", () => {
  const year2024 = parsePeriod("2024");

  it("counts 182 days of 2024 at 1 July 2024, 00:00 Amsterdam (31+29+31+30+31+30)", () => {
    expect(elapsedDays(year2024, Date.parse("2024-06-30T22:00:00Z"))).toBe(182);
  });

  it("counts 0 days at 1 January 2024, 10:00 Amsterdam: the first day has not passed", () => {
    expect(elapsedDays(year2024, Date.parse("2024-01-01T09:00:00Z"))).toBe(0);
  });

  it("counts 0 days at the period's start and before it", () => {
    expect(elapsedDays(year2024, Date.parse("2023-12-31T23:00:00Z"))).toBe(0);
    expect(elapsedDays(year2024, Date.parse("2023-06-01T00:00:00Z"))).toBe(0);
  });

  it("counts 1 day at 2 January 00:00 Amsterdam, and still 0 a minute before", () => {
    expect(elapsedDays(year2024, Date.parse("2024-01-01T23:00:00Z"))).toBe(1);
    expect(elapsedDays(year2024, Date.parse("2024-01-01T22:59:00Z"))).toBe(0);
  });

  it("counts 365 days late on 31 December 2024 and all 366 at the end", () => {
    expect(elapsedDays(year2024, Date.parse("2024-12-31T22:59:59Z"))).toBe(365);
    expect(elapsedDays(year2024, Date.parse("2024-12-31T23:00:00Z"))).toBe(366);
  });

  it("clamps to the period's days after its end", () => {
    expect(elapsedDays(year2024, Date.parse("2030-01-01T00:00:00Z"))).toBe(366);
    expect(elapsedDays(parsePeriod("2024-02"), Date.parse("2024-03-15T12:00:00Z"))).toBe(29);
  });

  it("counts calendar days, not 24-hour blocks, across the start of summer time", () => {
    const march = parsePeriod("2024-03");
    // 23:30 summer time on 31 March: 30 days have passed, although 31 March had 23 hours.
    expect(elapsedDays(march, Date.parse("2024-03-31T21:30:00Z"))).toBe(30);
    expect(elapsedDays(march, Date.parse("2024-03-31T22:00:00Z"))).toBe(31);
  });

  it("counts calendar days across the end of summer time", () => {
    const october = parsePeriod("2024-10");
    // 23:30 winter time on 27 October, a day of 25 hours: 26 days have passed.
    expect(elapsedDays(october, Date.parse("2024-10-27T22:30:00Z"))).toBe(26);
    expect(elapsedDays(october, Date.parse("2024-10-27T23:00:00Z"))).toBe(27);
  });

  it("counts the days of a week that begins in the previous year", () => {
    // Thursday 2 January 2025, 08:00 Amsterdam: Monday to Wednesday have passed.
    expect(elapsedDays(parsePeriod("2025-W01"), Date.parse("2025-01-02T07:00:00Z"))).toBe(3);
  });
});
