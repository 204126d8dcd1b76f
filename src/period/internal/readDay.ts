import { firstYear, lastYear, yearOutOfRange } from "./amsterdam.js";
import { type CalendarDay, calendarDay } from "./calendar.js";

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a strict `YYYY-MM-DD` as a calendar day, or says what is wrong. */
export function readDay(text: string): CalendarDay | string {
  const match = dayPattern.exec(text);
  if (match === null) return `${text} is not a date (YYYY-MM-DD)`;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  if (year < firstYear || year > lastYear) return `${text} is out of range: ${yearOutOfRange}`;
  if (month < 1 || month > 12 || date < 1 || date > 31) return `${text} is not a date`;
  const day = calendarDay(year, month - 1, date);
  // Date.UTC rolls 30 February over into March; a day that rolled over does not exist.
  if (new Date(day).getUTCDate() !== date) return `${text} is not a date`;
  return day;
}
