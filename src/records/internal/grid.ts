import type { RecordsGranularity } from "../Register.js";
import { dayNumber, formatDayNumber, monthKey } from "./days.js";

/** One period of a grid: its text and its first and last day numbers. */
export interface GridPeriod {
  readonly text: string;
  readonly firstDay: number;
  readonly lastDay: number;
}

/** The periods of one granularity that a register's span touches. */
export interface Grid {
  readonly granularity: RecordsGranularity;
  /** The periods wholly inside the span, in time order: the rows. */
  readonly periods: readonly GridPeriod[];
  /** The periods the span only partly covers: no rows, and a warning. */
  readonly partial: readonly GridPeriod[];
  /**
   * The position in `periods` of the period a day lies in; -2 for a day in a partly covered
   * period, -1 outside the span.
   */
  slotOf(day: number): number;
  /** The position of the first period that ends on or after `day`; `periods.length` if none. */
  firstEndingFrom(day: number): number;
}

/** The grid of `granularity` over the inclusive days `firstDay`..`lastDay`. */
export function grid(granularity: RecordsGranularity, firstDay: number, lastDay: number): Grid {
  const keyOf = (day: number): number => {
    const month = monthKey(day);
    if (granularity === "month") return month;
    if (granularity === "quarter") return Math.floor(month / 3);
    return Math.floor(month / 12);
  };
  const firstKey = keyOf(firstDay);
  const lastKey = keyOf(lastDay);
  const periods: GridPeriod[] = [];
  const partial: GridPeriod[] = [];
  const slots = new Int32Array(lastKey - firstKey + 1);
  for (let key = firstKey; key <= lastKey; key++) {
    const period = periodOfKey(granularity, key);
    if (period.firstDay >= firstDay && period.lastDay <= lastDay) {
      slots[key - firstKey] = periods.length;
      periods.push(period);
    } else {
      slots[key - firstKey] = -2;
      partial.push(period);
    }
  }
  // Every day of the span, looked up: a record costs an array read, not a calendar computation.
  const byDay = new Int32Array(lastDay - firstDay + 1);
  const endingByDay = new Int32Array(lastDay - firstDay + 1);
  const first = periods[0];
  for (let day = firstDay; day <= lastDay; day++) {
    const slot = slots[keyOf(day) - firstKey] as number;
    byDay[day - firstDay] = slot;
    // A partly covered period lies at an edge of the span: the leading one ends before every
    // whole period, the trailing one after.
    endingByDay[day - firstDay] = slot >= 0 ? slot : first !== undefined && day < first.firstDay ? 0 : periods.length;
  }
  return {
    granularity,
    periods,
    partial,
    slotOf(day: number): number {
      if (day < firstDay || day > lastDay) return -1;
      return byDay[day - firstDay] as number;
    },
    firstEndingFrom(day: number): number {
      if (day > lastDay) return periods.length;
      // Before the span, the answer is the span's first day's: 0, as the first period either
      // starts there or is the leading partial one that ends before every whole period.
      return endingByDay[Math.max(day, firstDay) - firstDay] as number;
    },
  };
}

function periodOfKey(granularity: RecordsGranularity, key: number): GridPeriod {
  if (granularity === "month") {
    const year = Math.floor(key / 12);
    const month = (key % 12) + 1;
    const first = dayNumber(year, month, 1);
    const last = (month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1)) - 1;
    return { text: formatDayNumber(first).slice(0, 7), firstDay: first, lastDay: last };
  }
  if (granularity === "quarter") {
    const year = Math.floor(key / 4);
    const quarter = (key % 4) + 1;
    const first = dayNumber(year, quarter * 3 - 2, 1);
    const last = (quarter === 4 ? dayNumber(year + 1, 1, 1) : dayNumber(year, quarter * 3 + 1, 1)) - 1;
    return { text: `${year}-Q${quarter}`, firstDay: first, lastDay: last };
  }
  return { text: String(key), firstDay: dayNumber(key, 1, 1), lastDay: dayNumber(key + 1, 1, 1) - 1 };
}
