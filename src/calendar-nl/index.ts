/**
 * buurtaanpak/calendar-nl: the Dutch work calendar, for handling times and norms in working days
 * in `buurtaanpak/records`. Its own entry point, so that a dashboard that imports the root entry
 * never loads a holiday calendar. The holidays come from the maintained package `date-holidays`.
 *
 * @packageDocumentation
 * @module buurtaanpak/calendar-nl
 */

export type { DutchWorkCalendar, DutchWorkCalendarOptions, Holiday } from "./dutchWorkCalendar.js";
export { dutchWorkCalendar } from "./dutchWorkCalendar.js";
