import { parsePeriod } from "../../period/parsePeriod.js";
import { DAY, formatDayNumber, monthKey } from "./days.js";

// Which Amsterdam calendar day an instant falls on depends only on the instants at which
// Amsterdam days begin. Amsterdam has never been behind UTC, nor a day ahead (from 0 to +02:00
// summer time), so an instant lies on its UTC day or the day after: the day after once it has
// reached that day's Amsterdam midnight. The midnights come from parsePeriod (and so from
// @date-fns/tz), once per day; after that a day costs two comparisons.

/** Maps instants to Amsterdam day numbers. Each call of the derivation makes its own. */
export type AmsterdamDayOf = (ms: number) => number;

/**
 * A new mapping from epoch milliseconds to the Amsterdam calendar day, with its own cache. When
 * `instants` (how many the caller expects to map) is large next to the days `firstDay`..`lastDay`
 * (the register's span, where nearly every instant lies), their midnights are read at once into
 * one table; other days, and all days of a small register, are read when first needed.
 */
export function amsterdamDays(firstDay: number, lastDay: number, instants: number): AmsterdamDayOf {
  const base = firstDay;
  const length = lastDay - firstDay + 2;
  const range = new Float64Array(instants * 4 >= length ? Math.max(0, length) : 0);
  // A month whose days all have the same offset (all but the two with a change of summer time)
  // is filled from its first midnight; the others are read day by day.
  for (let start = 0; start < range.length; start += 31) {
    const end = Math.min(range.length, start + 31);
    const first = midnightOf(base + start);
    const after = midnightOf(base + end);
    const even = after - first === (end - start) * DAY;
    for (let index = start; index < end; index++)
      range[index] = even ? first + (index - start) * DAY : midnightOf(base + index);
  }
  const known = new Map<number, number>();

  const outside = (ms: number, next: number): number => {
    let midnight = known.get(next);
    if (midnight === undefined) {
      midnight = midnightOf(next);
      known.set(next, midnight);
    }
    return ms >= midnight ? next : next - 1;
  };

  return (ms: number): number => {
    const next = Math.floor(ms / DAY) + 1;
    const index = next - base;
    if (index >= 0 && index < range.length) return ms >= (range[index] as number) ? next : next - 1;
    return outside(ms, next);
  };
}

/** The instant an Amsterdam calendar day begins. */
function midnightOf(day: number): number {
  const year = Math.floor(monthKey(day) / 12);
  // Outside the years a period may name no record can lie, so any value will do.
  if (year < 1000 || year > 9999) return day * DAY;
  const text = formatDayNumber(day);
  return parsePeriod(`${text}/${text}`).start;
}
