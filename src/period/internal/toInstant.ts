import { amsterdamMidnight } from "./calendar.js";
import { readDay } from "./readDay.js";

// Date.parse is left out on purpose: engines differ on what they accept beyond the ECMAScript
// format, and a date-time without a zone would be read in the host's zone.
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const zonelessPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const maximumTime = 8.64e15;
const expected =
  "expected an ISO 8601 date-time with a time zone (2024-05-01T12:00:00Z, 2024-05-01T14:00:00+02:00) or a date (2024-05-01)";

/** Reads a Date, epoch milliseconds or an ISO 8601 string (with Z or an offset, or a plain `YYYY-MM-DD` as Amsterdam midnight) as epoch ms, or says what is wrong without repeating the value. */
export function toInstant(value: Date | string | number): number | string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "expected a finite number of epoch milliseconds";
    if (Math.abs(value) > maximumTime) return "it lies outside the range of a Date (±8.64e15 ms)";
    return value;
  }
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? "the Date is invalid" : time;
  }
  if (typeof value !== "string") return expected;
  if (datePattern.test(value)) {
    const day = readDay(value);
    return typeof day === "string" ? day : amsterdamMidnight(day);
  }
  const match = dateTimePattern.exec(value);
  if (match === null) {
    return zonelessPattern.test(value) ? "it has no time zone: add Z or an offset such as +02:00" : expected;
  }
  const [, year, month, day, hours, minutes, seconds = "0", fraction = "", zone, sign, offsetHours, offsetMinutes] =
    match;
  const date = readDay(`${year}-${month}-${day}`);
  if (typeof date === "string") return date;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    return `${hours}:${minutes}:${seconds.padStart(2, "0")} is not a time of day`;
  }
  if (zone !== "Z" && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return `${zone} is not a UTC offset`;
  const offset = zone === "Z" ? 0 : (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const milliseconds = Number(fraction.padEnd(3, "0").slice(0, 3));
  return (
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hours),
      Number(minutes),
      Number(seconds),
      milliseconds,
    ) -
    offset * 60_000
  );
}
