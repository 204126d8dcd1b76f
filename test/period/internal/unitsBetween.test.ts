import { describe, expect, it } from "vitest";
import { unitsBetween } from "../../../src/period/internal/unitsBetween.js";

/** Amsterdam midnight of 1 January 2024. */
const startOf2024 = Date.parse("2023-12-31T23:00:00Z");

describe("unitsBetween", () => {
  it("counts one year from 2024-01-01 to 2025-01-01", () => {
    expect(unitsBetween(startOf2024, Date.parse("2024-12-31T23:00:00Z"), "year")).toBe(1);
  });

  it("counts 182/366 of a year from 2024-01-01 to 2024-07-01 (a leap year)", () => {
    expect(unitsBetween(startOf2024, Date.parse("2024-06-30T22:00:00Z"), "year")).toBeCloseTo(182 / 366, 12);
  });

  it("counts 181/365 of a year from 2023-01-01 to 2023-07-01", () => {
    expect(unitsBetween(Date.parse("2022-12-31T23:00:00Z"), Date.parse("2023-06-30T22:00:00Z"), "year")).toBeCloseTo(181 / 365, 12);
  });

  it("counts 1 + 14/29 months from 2024-01-01 to 2024-02-15", () => {
    expect(unitsBetween(startOf2024, Date.parse("2024-02-14T23:00:00Z"), "month")).toBeCloseTo(1 + 14 / 29, 12);
  });

  it("counts one quarter from 2024-04-01 to 2024-07-01", () => {
    expect(unitsBetween(Date.parse("2024-03-31T22:00:00Z"), Date.parse("2024-06-30T22:00:00Z"), "quarter")).toBe(1);
  });

  it("counts 12 months from 2024-01-01 to 2025-01-01", () => {
    expect(unitsBetween(startOf2024, Date.parse("2024-12-31T23:00:00Z"), "month")).toBe(12);
  });

  it("counts 4 quarters in 2024", () => {
    expect(unitsBetween(startOf2024, Date.parse("2024-12-31T23:00:00Z"), "quarter")).toBe(4);
  });

  it("counts 45/91 of a quarter from 2024-01-01 to 2024-02-15", () => {
    expect(unitsBetween(startOf2024, Date.parse("2024-02-14T23:00:00Z"), "quarter")).toBeCloseTo(45 / 91, 12);
  });

  it("counts 2 + 59/365 years from 2024-01-01 to 2026-03-01, the remainder measured in 2026", () => {
    expect(unitsBetween(startOf2024, Date.parse("2026-02-28T23:00:00Z"), "year")).toBeCloseTo(2 + 59 / 365, 12);
  });

  it("counts whole months across the summer-time changes, whose days have 23 and 25 hours", () => {
    expect(unitsBetween(Date.parse("2024-02-29T23:00:00Z"), Date.parse("2024-03-31T22:00:00Z"), "month")).toBe(1);
    expect(unitsBetween(Date.parse("2024-09-30T22:00:00Z"), Date.parse("2024-10-31T23:00:00Z"), "month")).toBe(1);
    // 1 March to 31 March 2024 is 30 of March's 31 days, although 31 March has 23 hours.
    expect(unitsBetween(Date.parse("2024-02-29T23:00:00Z"), Date.parse("2024-03-30T23:00:00Z"), "month")).toBeCloseTo(30 / 31, 12);
  });

  it("steps months from the start day, clamped at the month's end: 31 January to 1 March 2024 is 1 + 1/31", () => {
    // 31 January + 1 month = 29 February; the next step, 31 March, lies 31 days further.
    expect(unitsBetween(Date.parse("2024-01-30T23:00:00Z"), Date.parse("2024-02-29T23:00:00Z"), "month")).toBeCloseTo(1 + 1 / 31, 12);
    // 31 January + 2 months = 31 March, not 29 March.
    expect(unitsBetween(Date.parse("2024-01-30T23:00:00Z"), Date.parse("2024-03-30T23:00:00Z"), "month")).toBe(2);
  });

  it("counts 0 from a day to itself", () => {
    expect(unitsBetween(startOf2024, startOf2024, "year")).toBe(0);
  });

  it("counts negative units when the end comes before the start", () => {
    expect(unitsBetween(Date.parse("2024-12-31T23:00:00Z"), startOf2024, "month")).toBe(-12);
  });

  it("counts backwards as minus the same span counted forwards: 1 January 2025 back to 1 July 2024 is −184/365 of a year", () => {
    // Forwards, 1 July 2024 to 1 January 2025 is 184 days of the year from 1 July 2024 to 1 July 2025 (365 days).
    const july2024 = Date.parse("2024-06-30T22:00:00Z");
    const startOf2025 = Date.parse("2024-12-31T23:00:00Z");
    expect(unitsBetween(july2024, startOf2025, "year")).toBeCloseTo(184 / 365, 12);
    expect(unitsBetween(startOf2025, july2024, "year")).toBeCloseTo(-184 / 365, 12);
  });

  it("counts whole quarters and years only once they are complete", () => {
    // 1 January to 31 March 2024 is 90 of Q1's 91 days; to 1 April it is one whole quarter.
    expect(unitsBetween(startOf2024, Date.parse("2024-03-30T23:00:00Z"), "quarter")).toBeCloseTo(90 / 91, 12);
    // 1 January 2024 to 31 December 2025 is one year and 364 of 2025's 365 days.
    expect(unitsBetween(startOf2024, Date.parse("2025-12-30T23:00:00Z"), "year")).toBeCloseTo(1 + 364 / 365, 12);
    // 15 January to 14 March 2024: one month to 15 February, then 28 of the 29 days to 15 March.
    expect(unitsBetween(Date.parse("2024-01-14T23:00:00Z"), Date.parse("2024-03-13T23:00:00Z"), "month")).toBeCloseTo(1 + 28 / 29, 12);
  });
});
