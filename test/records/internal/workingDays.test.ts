import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../../src/calendar-nl/dutchWorkCalendar.js";
import { dayNumber, formatDayNumber } from "../../../src/records/internal/days.js";
import { workingDays } from "../../../src/records/internal/workingDays.js";

describe("workingDays", () => {
  const calendar = dutchWorkCalendar();
  const counting = workingDays(calendar);
  // The definition, one day at a time.
  const naive = (after: number, through: number) => {
    let count = 0;
    for (let day = after + 1; day <= through; day++) if (calendar.isWorkingDay(formatDayNumber(day))) count++;
    return count;
  };

  it("counts 5 working days from Thursday 24 April to Thursday 1 May 2025, over Koningsdag on a Saturday", () => {
    expect(counting.between(dayNumber(2025, 4, 24), dayNumber(2025, 5, 1))).toBe(5);
  });

  it("counts 5 working days from Monday 26 May to Tuesday 3 June 2025, leaving out Hemelvaartsdag", () => {
    expect(counting.between(dayNumber(2025, 5, 26), dayNumber(2025, 6, 3))).toBe(5);
  });

  it("counts as the definition does, within blocks and across them, and its flat table agrees (property)", () => {
    const first = dayNumber(1990, 1, 1);
    const last = dayNumber(2090, 12, 31);
    const table = counting.table(dayNumber(2020, 1, 1), dayNumber(2030, 12, 31));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 800 }), (after, length) => {
        expect(counting.between(after, after + length)).toBe(naive(after, after + length));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: table.length - 1 }), fc.integer({ min: 0, max: 400 }), (start, length) => {
        const end = Math.min(table.length - 1, start + length);
        const base = dayNumber(2020, 1, 1);
        expect((table[end] as number) - (table[start] as number)).toBe(naive(base + start, base + end));
      }),
      { numRuns: 300 },
    );
  });
});
