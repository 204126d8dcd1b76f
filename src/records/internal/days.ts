// Calendar days as whole numbers: days since 1970-01-01 on the proleptic Gregorian calendar.
// Records are counted per Amsterdam calendar day, and a day as a number costs no Date object:
// Howard Hinnant's days_from_civil and civil_from_days (http://howardhinnant.github.io/date_algorithms.html).

/** Milliseconds in a UTC day. */
export const DAY = 86_400_000;

/** A day number that stands for "no day". */
export const NO_DAY = -2_147_483_648;

/** The day number of `year`-`month`-`day` (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year and month of a day number, as `year * 12 + month - 1`. */
export function monthKey(day: number): number {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** The number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Writes a day number as `YYYY-MM-DD`. */
export function formatDayNumber(day: number): string {
  const key = monthKey(day);
  const year = Math.floor(key / 12);
  const month = (key % 12) + 1;
  const date = day - dayNumber(year, month, 1) + 1;
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${date < 10 ? "0" : ""}${date}`;
}
