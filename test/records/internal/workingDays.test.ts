import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../../src/calendar-nl/dutchWorkCalendar.js";
import { dayNumber, formatDayNumber } from "../../../src/records/internal/days.js";
import { workingDays } from "../../../src/records/internal/workingDays.js";

describe("workingDays", () => {
  const calendar = dutchWorkCalendar();
  const base = dayNumber(2020, 1, 1);
  const table = workingDays(calendar).table(base, dayNumber(2030, 12, 31));
  const between = (after: number, through: number) =>
    (table[through - base] as number) - (table[after - base] as number);
  // The definition, one day at a time.
  const naive = (after: number, through: number) => {
    let count = 0;
    for (let day = after + 1; day <= through; day++) if (calendar.isWorkingDay(formatDayNumber(day))) count++;
    return count;
  };

  it("counts 5 working days from Thursday 24 April to Thursday 1 May 2025, over Koningsdag on a Saturday", () => {
    expect(between(dayNumber(2025, 4, 24), dayNumber(2025, 5, 1))).toBe(5);
  });

  it("counts 5 working days from Monday 26 May to Tuesday 3 June 2025, leaving out Hemelvaartsdag", () => {
    expect(between(dayNumber(2025, 5, 26), dayNumber(2025, 6, 3))).toBe(5);
  });

  it("counts 0 working days from a day to itself, and 1 from a Saturday to the Monday after", () => {
    expect(between(dayNumber(2025, 3, 5), dayNumber(2025, 3, 5))).toBe(0);
    expect(between(dayNumber(2025, 3, 8), dayNumber(2025, 3, 10))).toBe(1);
  });

  it("counts as the definition does (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: table.length - 1 }), fc.integer({ min: 0, max: 800 }), (start, length) => {
        const end = Math.min(table.length - 1, start + length);
        expect(between(base + start, base + end)).toBe(naive(base + start, base + end));
      }),
      { numRuns: 300 },
    );
  });

  it("knows the calendar's range, and never asks it about days outside", () => {
    const asked: string[] = [];
    const narrow = {
      name: "2025 only",
      firstYear: 2025,
      lastYear: 2025,
      isWorkingDay: (date: string) => {
        asked.push(date);
        return true;
      },
    };
    const counting = workingDays(narrow);
    expect([formatDayNumber(counting.firstDay), formatDayNumber(counting.lastDay)]).toEqual([
      "2025-01-01",
      "2025-12-31",
    ]);
    counting.table(dayNumber(2024, 12, 30), dayNumber(2025, 1, 2));
    expect(asked).toEqual(["2025-01-01", "2025-01-02"]);
  });
});
