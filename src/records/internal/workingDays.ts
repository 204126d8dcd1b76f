import type { WorkCalendar } from "../WorkCalendar.js";
import { dayNumber, formatDayNumber } from "./days.js";

// Working days are counted with a prefix sum over the days a derivation needs: the calendar is
// asked about each day once, and the working days between two days cost a subtraction.

/** Counts working days on a calendar. */
export interface WorkingDays {
  /** The first and last day number the calendar knows. */
  readonly firstDay: number;
  readonly lastDay: number;
  /**
   * A table for the days `first`..`last`: entry `d - first` is the number of working days in
   * `first + 1`..`d`, so that the working days after `a` up to and including `b` are
   * `table[b - first] - table[a - first]`.
   */
  table(first: number, last: number): Int32Array;
}

/** Counting over a {@link WorkCalendar}. */
export function workingDays(calendar: WorkCalendar): WorkingDays {
  const firstDay = dayNumber(calendar.firstYear, 1, 1);
  const lastDay = dayNumber(calendar.lastYear, 12, 31);
  return {
    firstDay,
    lastDay,
    table(first: number, last: number): Int32Array {
      const counts = new Int32Array(Math.max(0, last - first + 1));
      for (let day = first + 1; day <= last; day++) {
        // Days the calendar does not know are never asked: records that need them are errors.
        const working = day >= firstDay && day <= lastDay && calendar.isWorkingDay(formatDayNumber(day)) === true;
        counts[day - first] = (counts[day - first - 1] as number) + (working ? 1 : 0);
      }
      return counts;
    },
  };
}
