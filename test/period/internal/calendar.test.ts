import { describe, expect, it } from "vitest";
import {
  amsterdamDay,
  amsterdamMidnight,
  calendarDay,
  formatCalendarDay,
} from "../../../src/period/internal/calendar.js";

describe("calendar", () => {
  it("holds a calendar day as its UTC midnight and rolls over as Date.UTC does", () => {
    expect(calendarDay(2024, 1, 29)).toBe(Date.parse("2024-02-29T00:00:00Z"));
    expect(calendarDay(2024, 12, 1)).toBe(Date.parse("2025-01-01T00:00:00Z"));
  });

  it("places a day's start at Amsterdam midnight, in winter and in summer time", () => {
    expect(amsterdamMidnight(Date.UTC(2024, 0, 1))).toBe(Date.parse("2023-12-31T23:00:00Z"));
    expect(amsterdamMidnight(Date.UTC(2024, 3, 1))).toBe(Date.parse("2024-03-31T22:00:00Z"));
    expect(amsterdamMidnight(Date.UTC(2024, 2, 31))).toBe(Date.parse("2024-03-30T23:00:00Z"));
    expect(amsterdamMidnight(Date.UTC(2024, 10, 1))).toBe(Date.parse("2024-10-31T23:00:00Z"));
  });

  it("finds the Amsterdam day of an instant: 2024-12-31T23:30Z is 1 January 2025", () => {
    expect(amsterdamDay(Date.parse("2024-12-31T23:30:00Z"))).toBe(Date.UTC(2025, 0, 1));
    expect(amsterdamDay(Date.parse("2024-12-31T22:59:59.999Z"))).toBe(Date.UTC(2024, 11, 31));
    expect(amsterdamDay(Date.parse("2024-10-27T22:30:00Z"))).toBe(Date.UTC(2024, 9, 27));
  });

  it("writes days as YYYY-MM-DD with four-digit years", () => {
    expect(formatCalendarDay(Date.UTC(2024, 4, 7))).toBe("2024-05-07");
    expect(formatCalendarDay(Date.UTC(999, 11, 30))).toBe("0999-12-30");
  });
});
