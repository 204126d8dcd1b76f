/**
 * Calendar days as plain numbers, for the rest of the library: the evaluation works on days,
 * not on instants, because every period starts and ends at an Amsterdam midnight. A day number
 * counts days since 1970-01-01 on the zone-free (proleptic Gregorian) calendar, so adding one is
 * the next calendar day, whatever summer time does to the clock.
 *
 * Not exported from the package: this is the library's own time vocabulary.
 *
 * @internal
 * @packageDocumentation
 */
import { amsterdamDay, amsterdamMidnight, dayLength } from "./internal/calendar.js";
import { toInstant } from "./internal/toInstant.js";
import type { Instant } from "./Period.js";

/** The day number of the calendar day an instant (epoch ms) falls on in Amsterdam. @internal */
export function dayOfInstant(instant: number): number {
  return Math.round(amsterdamDay(instant) / dayLength);
}

/** The instant (epoch ms) at which a day begins in Amsterdam. @internal */
export function midnightOfDay(day: number): number {
  return amsterdamMidnight(day * dayLength);
}

/** The day number of year, month (0–11) and day of month; out-of-range parts roll over. @internal */
export function dayOf(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month, date) / dayLength);
}

/** The year, month (0–11) and day of month of a day number. @internal */
export function partsOfDay(day: number): readonly [year: number, month: number, date: number] {
  const date = new Date(day * dayLength);
  return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
}

/** The number of days in a month (0–11) of a year. @internal */
export function daysInMonth(year: number, month: number): number {
  return dayOf(year, month + 1, 1) - dayOf(year, month, 1);
}

/** A day number as `YYYY-MM-DD`. @internal */
export function textOfDay(day: number): string {
  const [year, month, date] = partsOfDay(day);
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

/** A day `YYYY-MM-DD` (already validated) as a day number. @internal */
export function dayOfText(text: string): number {
  return dayOf(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
}

/** Reads an {@link Instant} as epoch ms, or says what is wrong with it. @internal */
export function readInstant(value: Instant): number | string {
  return toInstant(value);
}
