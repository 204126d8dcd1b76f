import { DAY, dayNumber, daysInMonth } from "./days.js";

// Timestamps are read by hand, character by character: a million records a second leave no
// room for a regular expression or a Date per field. The forms are strict, and a text that is
// not one of them gets a message from `timestampProblem`, which may be slow.

/** Where {@link readTimestamp} writes what it read; one per derivation, reused for every field. */
export interface Moment {
  /** Epoch milliseconds, for an instant; NaN for a plain date. */
  ms: number;
  /** For a plain date, its day number; for an instant, the UTC day (the caller maps it to Amsterdam). */
  day: number;
  /** Whether the text was a plain date, `YYYY-MM-DD`, read as that Amsterdam calendar day. */
  dateOnly: boolean;
}

/** A new, empty {@link Moment}. */
export function moment(): Moment {
  return { ms: Number.NaN, day: 0, dateOnly: false };
}

const ZERO = 48;

/** The two-digit number at `at`, or a number above 99 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const ones = text.charCodeAt(at + 1) - ZERO;
  // A code below '0' wraps to a large unsigned number, so one comparison rejects both sides.
  if (tens >>> 0 > 9 || ones >>> 0 > 9) return 100;
  return tens * 10 + ones;
}

/**
 * Reads a timestamp: an instant with `Z` or an offset, `2024-03-31T00:30:00Z`,
 * `2024-03-31 02:30:00.123456+02:00` (a space as Signalen's export writes it; seconds and a
 * fraction optional; offsets `±HH:MM`, `±HHMM` or `±HH`), or a plain date `2024-03-31`. Years
 * 1000–9999. Returns whether it could; on success `into` holds the result.
 */
export function readTimestamp(text: string, into: Moment): boolean {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const century = twoDigits(text, 0);
  const decade = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const date = twoDigits(text, 8);
  if (century < 10 || century > 99 || decade > 99 || month < 1 || month > 12 || date < 1) return false;
  const year = century * 100 + decade;
  if (date > 28 && date > daysInMonth(year, month)) return false;
  const day = dayNumber(year, month, date);
  if (length === 10) {
    into.ms = Number.NaN;
    into.day = day;
    into.dateOnly = true;
    return true;
  }
  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 32) || length < 17 || text.charCodeAt(13) !== 58) return false;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (hour > 23 || minute > 59) return false;
  let at = 16;
  let second = 0;
  let fraction = 0;
  if (text.charCodeAt(at) === 58) {
    second = twoDigits(text, at + 1);
    if (second > 59) return false;
    at += 3;
    const mark = text.charCodeAt(at);
    if (mark === 46 || mark === 44) {
      at++;
      const first = at;
      let scale = 100;
      while (at < length) {
        const digit = text.charCodeAt(at) - ZERO;
        if (digit >>> 0 > 9) break;
        fraction += digit * scale;
        scale /= 10;
        at++;
      }
      if (at === first || at - first > 9) return false;
      fraction = Math.floor(fraction);
    }
  }
  let offset = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90) {
    at++;
  } else if (zone === 43 || zone === 45) {
    const hours = twoDigits(text, at + 1);
    if (hours > 23) return false;
    at += 3;
    let minutes = 0;
    if (at < length) {
      if (text.charCodeAt(at) === 58) at++;
      minutes = twoDigits(text, at);
      if (minutes > 59) return false;
      at += 2;
    }
    offset = (zone === 45 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  } else {
    return false;
  }
  if (at !== length) return false;
  const ms = day * DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + fraction - offset;
  into.ms = ms;
  into.day = Math.floor(ms / DAY);
  into.dateOnly = false;
  return true;
}

/** Says why a value is not a timestamp {@link readTimestamp} reads. */
export function timestampProblem(value: unknown): string {
  if (typeof value !== "string") {
    return `expected a timestamp text such as "2024-03-31T00:30:00Z" or a date "2024-03-31", not ${describe(value)}`;
  }
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?$/.test(value)) {
    return `${shown} has no time zone: add Z or an offset such as +02:00, so that the instant is not a guess`;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (date !== null) {
    const year = Number(date[1]);
    const month = Number(date[2]);
    if (year < 1000) return `${shown} is out of range: a year is 1000 to 9999`;
    if (month < 1 || month > 12 || Number(date[3]) < 1 || Number(date[3]) > daysInMonth(year, month))
      return `${shown} is not a date`;
  }
  return `${shown} is not a timestamp: write an instant with an offset ("2024-03-31T00:30:00Z", "2024-03-31T02:30:00+02:00") or a date ("2024-03-31")`;
}

/** A short description of a value of the wrong type, for messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number") return `the number ${String(value)}`;
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
