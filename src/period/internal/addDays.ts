import { addDays } from "date-fns";
import { amsterdamDay, amsterdamMidnight, calendar } from "./calendar.js";

/** The Amsterdam midnight `days` calendar days after the Amsterdam midnight `start`, in epoch ms (DST-safe: a day may have 23 or 25 hours). */
export function addCalendarDays(start: number, days: number): number {
  return amsterdamMidnight(addDays(amsterdamDay(start), days, { in: calendar }).getTime());
}
