import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../../../src/period/internal/addDays.js";

describe("addCalendarDays", () => {
  it("goes from Amsterdam midnight to Amsterdam midnight", () => {
    expect(addCalendarDays(Date.parse("2024-05-01T22:00:00Z"), 1)).toBe(Date.parse("2024-05-02T22:00:00Z"));
  });

  it("crosses 31 March 2024, a day of 23 hours", () => {
    expect(addCalendarDays(Date.parse("2024-03-30T23:00:00Z"), 1)).toBe(Date.parse("2024-03-31T22:00:00Z"));
  });

  it("crosses 27 October 2024, a day of 25 hours", () => {
    expect(addCalendarDays(Date.parse("2024-10-26T22:00:00Z"), 1)).toBe(Date.parse("2024-10-27T23:00:00Z"));
  });

  it("goes back across a summer-time change with a negative count", () => {
    expect(addCalendarDays(Date.parse("2024-03-31T22:00:00Z"), -1)).toBe(Date.parse("2024-03-30T23:00:00Z"));
  });

  it("lands on 29 February in a leap year and reaches 2025 after 366 days of 2024", () => {
    expect(addCalendarDays(Date.parse("2024-02-27T23:00:00Z"), 1)).toBe(Date.parse("2024-02-28T23:00:00Z"));
    expect(addCalendarDays(Date.parse("2023-12-31T23:00:00Z"), 366)).toBe(Date.parse("2024-12-31T23:00:00Z"));
  });

  it("returns the start for 0 days", () => {
    expect(addCalendarDays(Date.parse("2024-10-26T22:00:00Z"), 0)).toBe(Date.parse("2024-10-26T22:00:00Z"));
  });
});
