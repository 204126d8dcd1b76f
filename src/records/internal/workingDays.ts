import type { WorkCalendar } from "../WorkCalendar.js";
import { dayNumber, formatDayNumber } from "./days.js";

// Working days are counted with prefix sums over blocks of days: the calendar is asked about
// each day once, and the working days between two days cost a subtraction (and a short loop
// when they lie in different blocks).

const BLOCK = 512;

/** Counts working days on a calendar. */
export interface WorkingDays {
  /** The first and last day number the calendar knows. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** The working days `d` with `after < d ≤ through` (0 when `through ≤ after`). */
  between(after: number, through: number): number;
  /**
   * A flat table for the days `first`..`last`: entry `d - first` is the number of working days
   * in `first + 1`..`d`, so that the working days between two days in it are one subtraction.
   */
  table(first: number, last: number): Int32Array;
}

interface Block {
  /** `prefix[i]` is the number of working days among the block's first `i` days. */
  readonly prefix: Int32Array;
}

/** Counting over a {@link WorkCalendar}, with a cache of its own. */
export function workingDays(calendar: WorkCalendar): WorkingDays {
  const firstDay = dayNumber(calendar.firstYear, 1, 1);
  const lastDay = dayNumber(calendar.lastYear, 12, 31);
  const blocks = new Map<number, Block>();

  const blockOf = (index: number): Block => {
    const known = blocks.get(index);
    if (known !== undefined) return known;
    const prefix = new Int32Array(BLOCK + 1);
    for (let offset = 0; offset < BLOCK; offset++) {
      const day = index * BLOCK + offset;
      // Days the calendar does not know are never asked: records that need them are errors.
      const working = day >= firstDay && day <= lastDay && calendar.isWorkingDay(formatDayNumber(day)) === true;
      prefix[offset + 1] = (prefix[offset] as number) + (working ? 1 : 0);
    }
    const block = { prefix };
    blocks.set(index, block);
    return block;
  };

  // Working days among the days before `day` in its block, and in the block as a whole.
  const upTo = (day: number): number => {
    const index = Math.floor(day / BLOCK);
    return blockOf(index).prefix[day - index * BLOCK + 1] as number;
  };

  return {
    firstDay,
    lastDay,
    table(first: number, last: number): Int32Array {
      const counts = new Int32Array(Math.max(0, last - first + 1));
      for (let day = first + 1; day <= last; day++) {
        const index = Math.floor(day / BLOCK);
        const { prefix } = blockOf(index);
        const offset = day - index * BLOCK;
        counts[day - first] =
          (counts[day - first - 1] as number) + (prefix[offset + 1] as number) - (prefix[offset] as number);
      }
      return counts;
    },
    between(after: number, through: number): number {
      if (through <= after) return 0;
      const fromBlock = Math.floor(after / BLOCK);
      const toBlock = Math.floor(through / BLOCK);
      if (fromBlock === toBlock) return upTo(through) - upTo(after);
      let total = (blockOf(fromBlock).prefix[BLOCK] as number) - upTo(after);
      for (let index = fromBlock + 1; index < toBlock; index++) total += blockOf(index).prefix[BLOCK] as number;
      return total + upTo(through);
    },
  };
}
