import type { Period } from "../Period.js";
import { firstYear, lastYear, yearOutOfRange } from "./amsterdam.js";
import { amsterdamMidnight, type CalendarDay, calendarDay, dayLength, formatCalendarDay } from "./calendar.js";
import { hasIsoWeek53, isoWeekOneMonday } from "./isoWeek.js";
import { readDay } from "./readDay.js";

const yearPattern = /^(\d{4})$/;
const monthPattern = /^(\d{4})-(\d{1,2})$/;
const quarterPattern = /^(\d{4})-Q(\d+)$/;
const weekPattern = /^(\d{4})-W(\d+)$/;
const rangePattern = /^[^/\s]+\/[^/\s]+$/;
const singleDayPattern = /^\d{4}-\d{2}-\d{2}$/;
const lowerCasePattern = /^\d{4}-[qw]\d+$/;

const forms =
  "expected a year (2024), quarter (2024-Q2), month (2024-05), ISO week (2024-W18) or inclusive date range (2024-03-01/2024-05-31)";

// This runs once per distinct period string, so it does its calendar arithmetic on plain day
// numbers (see calendar.ts) and makes a TZDate only for the two Amsterdam midnights.

/** Reads a period string into a frozen {@link Period}, or returns a plain message saying what is wrong; never throws. */
export function readPeriod(text: string): Period | string {
  let match = yearPattern.exec(text);
  if (match !== null) {
    const year = Number(match[1]);
    if (!isYearInRange(year)) return yearOutOfRange;
    return makePeriod(text, "year", calendarDay(year, 0, 1), calendarDay(year + 1, 0, 1));
  }

  match = monthPattern.exec(text);
  if (match !== null) {
    const year = Number(match[1]);
    // The pattern puts the month's digits after "YYYY-".
    const digits = text.slice(5);
    const month = Number(digits);
    if (month < 1 || month > 12) return "a month is 01 to 12";
    if (digits.length !== 2) return `write the month with two digits, as in ${match[1]}-0${digits}`;
    if (!isYearInRange(year)) return yearOutOfRange;
    return makePeriod(text, "month", calendarDay(year, month - 1, 1), calendarDay(year, month, 1));
  }

  match = quarterPattern.exec(text);
  if (match !== null) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    if (match[2]?.length !== 1 || quarter < 1 || quarter > 4) return "a quarter is Q1 to Q4";
    if (!isYearInRange(year)) return yearOutOfRange;
    return makePeriod(text, "quarter", calendarDay(year, 3 * quarter - 3, 1), calendarDay(year, 3 * quarter, 1));
  }

  match = weekPattern.exec(text);
  if (match !== null) {
    const year = Number(match[1]);
    // The pattern puts the week's digits after "YYYY-W".
    const digits = text.slice(6);
    const week = Number(digits);
    if (week < 1 || week > 53) return "a week is W01 to W53";
    if (digits.length !== 2)
      return `write the week with two digits, as in ${match[1]}-W${String(week).padStart(2, "0")}`;
    if (!isYearInRange(year)) return yearOutOfRange;
    if (week === 53 && !hasIsoWeek53(year)) return `${year} has 52 ISO weeks`;
    const first = isoWeekOneMonday(year) + (week - 1) * 7 * dayLength;
    return makePeriod(text, "week", first, first + 7 * dayLength);
  }

  if (rangePattern.test(text)) {
    // The pattern holds exactly one slash, between the two days.
    const slash = text.indexOf("/");
    const firstText = text.slice(0, slash);
    const lastText = text.slice(slash + 1);
    const first = readDay(firstText);
    if (typeof first === "string") return first;
    const last = readDay(lastText);
    if (typeof last === "string") return last;
    if (last < first) return `the range ends on ${lastText}, before it starts on ${firstText}`;
    return makePeriod(text, "range", first, last + dayLength);
  }

  return describeMismatch(text);
}

/** Builds the frozen period from calendar day `first` up to (not including) calendar day `end`. */
function makePeriod(text: string, kind: Period["kind"], first: CalendarDay, end: CalendarDay): Period {
  return Object.freeze({
    text,
    kind,
    start: amsterdamMidnight(first),
    end: amsterdamMidnight(end),
    firstDay: formatCalendarDay(first),
    lastDay: formatCalendarDay(end - dayLength),
    days: Math.round((end - first) / dayLength),
  });
}

/** Whether a year has the four digits a period allows. */
function isYearInRange(year: number): boolean {
  return year >= firstYear && year <= lastYear;
}

/** Says why a text matches none of the five forms, with a hint for the common slips. */
function describeMismatch(text: string): string {
  if (text === "") return `it is empty; ${forms}`;
  if (text.trim() !== text) return "it has spaces around it";
  if (singleDayPattern.test(text)) return `a single day is written as a range: ${text}/${text}`;
  if (lowerCasePattern.test(text))
    return `write ${text.charAt(5).toUpperCase()} as a capital, as in ${text.toUpperCase()}`;
  return forms;
}
