import { subYears } from "date-fns";
import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import { calendar, formatCalendarDay } from "./internal/calendar.js";
import { hasIsoWeek53 } from "./internal/isoWeek.js";
import { readDay } from "./internal/readDay.js";
import { readPeriod } from "./internal/readPeriod.js";
import type { Period } from "./Period.js";

/**
 * The same period one year earlier: the default baseline of an evaluation.
 *
 * - a year, quarter or month: the same one a year back (`2024-Q2` → `2023-Q2`);
 * - an ISO week: the same week number in the previous ISO year, or W52 when that year has no W53
 *   (`2021-W01` → `2020-W01`; 2025 has no W53, so `2026-W53` → `2025-W52`);
 * - a range: both ends one calendar year back, with 29 February becoming 28 February.
 *
 * @param period - the period
 * @returns the period a year earlier, frozen
 * @throws {@link BuurtaanpakError} with code `invalid-period` when the period lies in the year
 *   1000, because periods start at the year 1000
 * @category Periods
 * @example
 * previousYear(parsePeriod("2024-Q2")).text;
 * //=> "2023-Q2"
 * previousYear(parsePeriod("2026-W53")).text; // 2025 has only 52 ISO weeks
 * //=> "2025-W52"
 * previousYear(parsePeriod("2024-02-01/2024-02-29")).text;
 * //=> "2023-02-01/2023-02-28"
 */
export function previousYear(period: Period): Period {
  const previous = readPeriod(previousText(period));
  if (typeof previous === "string") {
    throw new BuurtaanpakError("invalid-period", [
      {
        code: "no-previous-year",
        path: [],
        params: { period: period.text, reason: previous },
        message: `'${period.text}' has no previous year: ${previous}`,
      },
    ]);
  }
  return previous;
}

/** The text of the period a year before `period`; it may itself be invalid (the year 999). */
function previousText(period: Period): string {
  const { text } = period;
  const year = String(Number(text.slice(0, 4)) - 1).padStart(4, "0");
  switch (period.kind) {
    case "year":
      return year;
    case "quarter":
    case "month":
      return `${year}${text.slice(4)}`;
    case "week": {
      const week = text.slice(6);
      return week === "53" && !hasIsoWeek53(Number(year)) ? `${year}-W52` : `${year}-W${week}`;
    }
    case "range":
      return `${dayBefore(period.firstDay)}/${dayBefore(period.lastDay)}`;
  }
}

/** The same calendar day a year earlier, `YYYY-MM-DD`; 29 February becomes 28 February. */
function dayBefore(day: string): string {
  const date = readDay(day);
  return typeof date === "string" ? date : formatCalendarDay(subYears(date, 1, { in: calendar }).getTime());
}
