/**
 * Which days are working days, for handling times and norms in working days. The records
 * functions take one as an option instead of loading a holiday calendar themselves, so that a
 * dashboard that never counts working days never loads one. `buurtaanpak/calendar-nl` makes
 * the Dutch one (`dutchWorkCalendar`); any object of this shape will do, such as a partner's own
 * calendar with its collective agreement's days off.
 *
 * - `name`: how texts name the calendar, such as "Nederland (Algemene termijnenwet)".
 * - `firstYear`, `lastYear`: the years it knows. A record that needs a day outside them is an
 *   error that names the calendar, never a guess.
 * - `isWorkingDay(date)`: whether the calendar day `YYYY-MM-DD` is a working day. It is asked
 *   once per day of each year the records need, and must answer the same every time.
 *
 * @category Records
 * @example
 * import type { WorkCalendar } from "buurtaanpak/records";
 *
 * // Monday to Friday, without holidays: Signalen's reading of working days.
 * const weekdays: WorkCalendar = {
 *   name: "maandag t/m vrijdag",
 *   firstYear: 1900,
 *   lastYear: 2199,
 *   isWorkingDay: (date) => [1, 2, 3, 4, 5].includes(new Date(`${date}T00:00:00Z`).getUTCDay()),
 * };
 * weekdays.isWorkingDay("2025-04-26");
 * //=> false
 */
export interface WorkCalendar {
  readonly name: string;
  readonly firstYear: number;
  readonly lastYear: number;
  isWorkingDay(date: string): boolean;
}
