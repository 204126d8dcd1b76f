import { addMonths, differenceInCalendarDays, differenceInCalendarMonths } from "date-fns";
import { type CalendarDay, amsterdamDay, calendar } from "./calendar.js";

const monthsPer: Readonly<Record<"year" | "quarter" | "month", number>> = { year: 12, quarter: 3, month: 1 };

/**
 * The fractional number of years, quarters or months from `start` to `end` (Amsterdam midnights,
 * epoch ms): whole calendar units stepped from `start`, plus the calendar days left over divided
 * by the calendar days of the next unit. Negative when `end` comes before `start`.
 */
export function unitsBetween(start: number, end: number, per: "year" | "quarter" | "month"): number {
  if (end < start) return -unitsBetween(end, start, per);
  const from = amsterdamDay(start);
  const to = amsterdamDay(end);
  const unitMonths = monthsPer[per];
  // Every step is counted from `start` itself, so that 31 January plus one month is 29 February
  // but plus two months is 31 March again.
  const stepFrom = (units: number): CalendarDay => addMonths(from, units * unitMonths, { in: calendar }).getTime();
  let whole = Math.floor(differenceInCalendarMonths(to, from, { in: calendar }) / unitMonths);
  while (whole > 0 && stepFrom(whole) > to) whole -= 1;
  const unitStart = stepFrom(whole);
  const daysLeft = differenceInCalendarDays(to, unitStart, { in: calendar });
  if (daysLeft === 0) return whole;
  return whole + daysLeft / differenceInCalendarDays(stepFrom(whole + 1), unitStart, { in: calendar });
}
