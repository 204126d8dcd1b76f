import { tz } from "@date-fns/tz";
import { getISOWeek, getISOWeeksInYear, getISOWeekYear } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasIsoWeek53, isoWeekOf, isoWeekOneMonday } from "../../../src/period/internal/isoWeek.js";

describe("isoWeekOneMonday", () => {
  it("is 30 December 2024 for 2025, 1 January 2024 for 2024 and 4 January 2021 for 2021", () => {
    expect(isoWeekOneMonday(2025)).toBe(Date.UTC(2024, 11, 30));
    expect(isoWeekOneMonday(2024)).toBe(Date.UTC(2024, 0, 1));
    expect(isoWeekOneMonday(2021)).toBe(Date.UTC(2021, 0, 4));
  });
});

describe("hasIsoWeek53", () => {
  it("is true for 2015, 2020 and 2026 (they start on a Thursday, or a Wednesday in a leap year)", () => {
    expect([2015, 2020, 2026].map(hasIsoWeek53)).toEqual([true, true, true]);
  });

  it("is false for 2019, 2021, 2024 and 2025", () => {
    expect([2019, 2021, 2024, 2025].map(hasIsoWeek53)).toEqual([false, false, false, false]);
  });
});

describe("isoWeekOf", () => {
  it("puts 30 December 2024 in week 1 of 2025 and 3 January 2021 in week 53 of 2020", () => {
    expect(isoWeekOf(Date.UTC(2024, 11, 30))).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf(Date.UTC(2021, 0, 3))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(Date.UTC(2021, 0, 4))).toEqual({ year: 2021, week: 1 });
    expect(isoWeekOf(Date.UTC(2024, 4, 5))).toEqual({ year: 2024, week: 18 });
  });

  it("agrees with date-fns on every day from 1000 to 9999 (property)", () => {
    const utc = tz("UTC");
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 }),
        (dayNumber) => {
          const day = dayNumber * 86_400_000;
          expect(isoWeekOf(day)).toEqual({
            year: getISOWeekYear(day, { in: utc }),
            week: getISOWeek(day, { in: utc }),
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("hasIsoWeek53 against date-fns", () => {
  it("agrees with getISOWeeksInYear for every year from 1000 to 9999 (property)", () => {
    const utc = tz("UTC");
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
        expect(hasIsoWeek53(year)).toBe(getISOWeeksInYear(Date.UTC(year, 5, 1), { in: utc }) === 53);
      }),
      { numRuns: 500 },
    );
  });
});
