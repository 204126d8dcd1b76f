import { TZDate, tz } from "@date-fns/tz";
import { amsterdamZone } from "./amsterdam.js";

// Calendar days are counted on a zone-free calendar and only their edges are placed in
// Amsterdam. Two reasons:
// - Running date-fns `in:` the Amsterdam zone fails before 1892: the local mean time then,
//   +00:17:30, is not a whole number of minutes, and TZDate's setters land 30 seconds short
//   of midnight, on the previous day. UTC has no such offsets and no summer time.
// - A day held as a number is cheap: Date.UTC is the proleptic Gregorian calendar, and every
//   UTC day has exactly 86 400 000 ms, so reading a period needs no date objects but two TZDates.

/** A calendar day, held as the epoch milliseconds of its midnight in UTC (not in Amsterdam). */
export type CalendarDay = number;

/** The milliseconds of one calendar day on the zone-free calendar. */
export const dayLength = 86_400_000;

/** The date-fns `in:` context for arithmetic on calendar days. */
export const calendar = tz("UTC");

/** The calendar day `year`-`monthIndex + 1`-`day`; out-of-range parts roll over as in `Date.UTC`. */
export function calendarDay(year: number, monthIndex: number, day: number): CalendarDay {
  return Date.UTC(year, monthIndex, day);
}

/** The instant, in epoch ms, at which a calendar day begins in Amsterdam. */
export function amsterdamMidnight(day: CalendarDay): number {
  const date = new Date(day);
  return new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), amsterdamZone).getTime();
}

/** The calendar day that an instant, in epoch ms, falls on in Amsterdam. */
export function amsterdamDay(instant: number): CalendarDay {
  const local = new TZDate(instant, amsterdamZone);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
}

/** Writes a calendar day as `YYYY-MM-DD`. */
export function formatCalendarDay(day: CalendarDay): string {
  const date = new Date(day);
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const dayOfMonth = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${dayOfMonth}`;
}
