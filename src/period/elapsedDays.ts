import { differenceInCalendarDays } from "date-fns";
import { amsterdamDay, calendar } from "./internal/calendar.js";
import type { Period } from "./Period.js";

/**
 * Counts the whole Amsterdam calendar days of a period that have passed by an instant: the days
 * from the period's first day up to (not including) the Amsterdam calendar day of `asOf`. The
 * day `asOf` falls on has not passed yet. The count is clamped to 0 before the period and to
 * `period.days` from its end on.
 *
 * @param period - the period being measured
 * @param asOf - the instant, in epoch milliseconds (NaN gives NaN)
 * @returns a whole number from 0 to `period.days`
 * @category Periods
 * @example
 * elapsedDays(parsePeriod("2024"), Date.parse("2024-06-30T22:00:00Z")); // 1 July, 00:00 Amsterdam
 * //=> 182
 * elapsedDays(parsePeriod("2024"), Date.parse("2024-01-01T09:00:00Z"));
 * //=> 0
 */
export function elapsedDays(period: Period, asOf: number): number {
  if (asOf <= period.start) return 0;
  if (asOf >= period.end) return period.days;
  const days = differenceInCalendarDays(amsterdamDay(asOf), amsterdamDay(period.start), { in: calendar });
  return Math.min(Math.max(days, 0), period.days);
}
