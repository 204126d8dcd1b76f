import { describe, expect, it } from "vitest";
import { dayNumber } from "../../../src/records/internal/days.js";
import { grid } from "../../../src/records/internal/grid.js";

describe("grid", () => {
  // 15 January to 15 April 2024 by month: February and March whole, January and April in part.
  const months = grid("month", dayNumber(2024, 1, 15), dayNumber(2024, 4, 15));

  it("has the whole months as periods and the others as partial", () => {
    expect(months.periods.map((period) => period.text)).toEqual(["2024-02", "2024-03"]);
    expect(months.partial.map((period) => period.text)).toEqual(["2024-01", "2024-04"]);
  });

  it("places a day in its period's slot: -2 in a partial month, -1 outside the span", () => {
    expect(months.slotOf(dayNumber(2024, 2, 10))).toBe(0);
    expect(months.slotOf(dayNumber(2024, 3, 31))).toBe(1);
    expect(months.slotOf(dayNumber(2024, 1, 20))).toBe(-2);
    expect(months.slotOf(dayNumber(2024, 1, 14))).toBe(-1);
    expect(months.slotOf(dayNumber(2024, 4, 16))).toBe(-1);
  });

  it("finds the first period ending on or after a day, before, in and after the span", () => {
    // Before the span and in partial January: February (0) is the first to end after.
    expect(months.firstEndingFrom(dayNumber(2023, 12, 1))).toBe(0);
    expect(months.firstEndingFrom(dayNumber(2024, 1, 20))).toBe(0);
    expect(months.firstEndingFrom(dayNumber(2024, 2, 29))).toBe(0);
    expect(months.firstEndingFrom(dayNumber(2024, 3, 1))).toBe(1);
    // In partial April and after the span: none of the two ends later.
    expect(months.firstEndingFrom(dayNumber(2024, 4, 10))).toBe(2);
    expect(months.firstEndingFrom(dayNumber(2024, 5, 1))).toBe(2);
  });

  it("finds no period at all in a span shorter than its granularity", () => {
    const year = grid("year", dayNumber(2024, 3, 1), dayNumber(2024, 6, 30));
    expect(year.periods).toEqual([]);
    expect(year.firstEndingFrom(dayNumber(2024, 1, 1))).toBe(0);
    expect(year.firstEndingFrom(dayNumber(2024, 4, 1))).toBe(0);
  });
});
