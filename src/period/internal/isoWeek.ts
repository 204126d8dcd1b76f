import { type CalendarDay, calendarDay, dayLength } from "./calendar.js";

// ISO 8601 weeks run Monday to Sunday and belong to the year their Thursday falls in, so week 1
// is the week that holds 4 January. date-fns knows this too (getISOWeek), but through TZDate it
// costs some 50 times more, and periodOf may run once per raw record.

/** The Monday that starts ISO week 1 of `year`. */
export function isoWeekOneMonday(year: number): CalendarDay {
  const fourthOfJanuary = calendarDay(year, 0, 4);
  return fourthOfJanuary - daysSinceMonday(fourthOfJanuary) * dayLength;
}

/** Whether the ISO week-numbering `year` has 53 weeks rather than 52. */
export function hasIsoWeek53(year: number): boolean {
  const thursdayOfWeek53 = isoWeekOneMonday(year) + (52 * 7 + 3) * dayLength;
  return new Date(thursdayOfWeek53).getUTCFullYear() === year;
}

/** The ISO week-numbering year and week number of a calendar day. */
export function isoWeekOf(day: CalendarDay): { readonly year: number; readonly week: number } {
  const thursday = day + (3 - daysSinceMonday(day)) * dayLength;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: Math.floor((thursday - calendarDay(year, 0, 1)) / (7 * dayLength)) + 1 };
}

/** 0 for a Monday up to 6 for a Sunday. */
function daysSinceMonday(day: CalendarDay): number {
  return (new Date(day).getUTCDay() + 6) % 7;
}
