import { TZDate } from "@date-fns/tz";
import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import { amsterdamZone, firstYear, lastYear, yearOutOfRange } from "./internal/amsterdam.js";
import { calendarDay } from "./internal/calendar.js";
import { formatDay } from "./internal/formatDay.js";
import { isoWeekOf } from "./internal/isoWeek.js";
import { toInstant } from "./internal/toInstant.js";
import type { Granularity, Instant } from "./Period.js";

/**
 * Names the period that contains an instant, reading the instant as a calendar date in
 * Europe/Amsterdam. Use it to assign the timestamps of raw records to periods. Weeks use the ISO
 * week-numbering year, so 30 December 2024 lies in `2025-W01`; a day is the one-day range.
 *
 * @param timestamp - a Date, epoch milliseconds, an ISO 8601 date-time with `Z` or an offset
 *   (`2024-05-01T14:00:00+02:00`), or a date `YYYY-MM-DD`, read as that Amsterdam calendar day
 * @param granularity - year, quarter, month, week or day
 * @returns the period text, which {@link parsePeriod} reads back into a period containing the instant
 * @throws {@link BuurtaanpakError} with code `invalid-period` for an invalid Date, NaN, Infinity,
 *   a string without a time zone, a date that does not exist, or a year outside 1000–9999
 * @category Periods
 * @example
 * periodOf("2024-12-31T23:30:00Z", "year");
 * //=> "2025"
 * periodOf("2024-12-31T23:30:00Z", "week");
 * //=> "2025-W01"
 * periodOf("2024-12-31T23:30:00Z", "day");
 * //=> "2025-01-01/2025-01-01"
 */
export function periodOf(timestamp: Instant, granularity: Granularity): string {
  const instant = toInstant(timestamp);
  if (typeof instant === "string") throw notPlaceable(timestamp, instant);
  const local = new TZDate(instant, amsterdamZone);
  const year = local.getFullYear();
  const month = local.getMonth();
  switch (granularity) {
    case "year":
      return inRange(timestamp, year, String(year));
    case "quarter":
      return inRange(timestamp, year, `${year}-Q${Math.floor(month / 3) + 1}`);
    case "month":
      return inRange(timestamp, year, `${year}-${String(month + 1).padStart(2, "0")}`);
    case "week": {
      const { year: weekYear, week } = isoWeekOf(calendarDay(year, month, local.getDate()));
      return inRange(timestamp, weekYear, `${weekYear}-W${String(week).padStart(2, "0")}`);
    }
    case "day": {
      const text = formatDay(local);
      return inRange(timestamp, year, `${text}/${text}`);
    }
  }
}

/** Returns `text` when `year` is one a period may name, and throws otherwise. */
function inRange(timestamp: Instant, year: number, text: string): string {
  if (year >= firstYear && year <= lastYear) return text;
  throw notPlaceable(timestamp, `it falls in the year ${year}; ${yearOutOfRange}`);
}

/** The error for a timestamp that cannot be placed in a period. */
function notPlaceable(timestamp: Instant, message: string): BuurtaanpakError {
  const shown =
    typeof timestamp === "string"
      ? `'${timestamp}'`
      : timestamp instanceof Date
        ? Number.isNaN(timestamp.getTime())
          ? "Invalid Date"
          : timestamp.toISOString()
        : String(timestamp);
  return new BuurtaanpakError("invalid-period", [
    {
      code: "invalid-timestamp",
      path: [],
      params: { value: typeof timestamp === "string" ? timestamp : shown, reason: message },
      message: `${shown} is not a timestamp: ${message}`,
    },
  ]);
}
