import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import type { IssueCode, IssueInput } from "../errors/Issue.js";
import type { Label } from "../model/common.js";
import type { WorkCalendar } from "../records/WorkCalendar.js";
import { firstYear, lastYear, names, source, years } from "./internal/holidays.js";

/**
 * The choices of {@link dutchWorkCalendar}. Whether Goede Vrijdag and 5 mei are days off
 * depends on a partner's collective labour agreement, not on the law; the defaults follow the
 * Algemene termijnenwet (art. 3), which names both among the days on which a legal term does
 * not end.
 *
 * - `goodFriday`: whether Goede Vrijdag is a day off; `true` when left out.
 * - `liberationDay`: whether 5 mei (Bevrijdingsdag) is a day off: `"yearly"` (the default),
 *   `"lustrum"` (only in years divisible by 5, such as 2025, as many agreements have it) or
 *   `"never"`.
 *
 * @category Calendar
 * @example
 * import type { DutchWorkCalendarOptions } from "buurtaanpak/calendar-nl";
 *
 * const cao: DutchWorkCalendarOptions = { goodFriday: false, liberationDay: "lustrum" };
 */
export interface DutchWorkCalendarOptions {
  readonly goodFriday?: boolean;
  readonly liberationDay?: "yearly" | "lustrum" | "never";
}

/**
 * A Dutch public holiday, as {@link DutchWorkCalendar.holidays} lists it: the date, the name in
 * both languages, and whether the calendar counts it as a day off (Goede Vrijdag and 5 mei
 * depend on the options; a holiday on a Sunday is a day off either way).
 *
 * @category Calendar
 * @example
 * import { dutchWorkCalendar } from "buurtaanpak/calendar-nl";
 *
 * dutchWorkCalendar().holidays(2025).find((holiday) => holiday.name.nl === "Koningsdag");
 * //=> { date: "2025-04-26", name: { nl: "Koningsdag", en: "King's Day" }, dayOff: true }
 */
export interface Holiday {
  readonly date: string;
  readonly name: Label;
  readonly dayOff: boolean;
}

/**
 * The Dutch work calendar: a {@link buurtaanpak/records!WorkCalendar | WorkCalendar} that also
 * lists each year's holidays.
 *
 * @category Calendar
 * @example
 * import { dutchWorkCalendar, type DutchWorkCalendar } from "buurtaanpak/calendar-nl";
 *
 * const calendar: DutchWorkCalendar = dutchWorkCalendar();
 * calendar.holidays(2024).length;
 * //=> 11
 */
export interface DutchWorkCalendar extends WorkCalendar {
  /** The public holidays of a year, in date order, including those on a weekend. */
  holidays(year: number): readonly Holiday[];
}

const liberationDays = ["yearly", "lustrum", "never"] as const;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Makes the Dutch work calendar: Monday to Friday, less the public holidays. The holidays come
 * from the maintained package `date-holidays` (its NL rules), taken at build time for the years
 * 1970–2100, so this entry point weighs a few KiB instead of the package's 1.5 MB:
 * Nieuwjaarsdag, Tweede Paasdag, Koningsdag (27 April, or Saturday 26 April when the 27th is a
 * Sunday; before 2014 Koninginnedag), Hemelvaartsdag, Tweede Pinksterdag, Eerste and Tweede
 * Kerstdag, and by choice Goede Vrijdag and 5 mei.
 *
 * @param options - whether Goede Vrijdag and 5 mei are days off; see {@link DutchWorkCalendarOptions}
 * @returns a frozen calendar for `buurtaanpak/records`
 * @throws {@link buurtaanpak!BuurtaanpakError | BuurtaanpakError} with code `invalid-options` for
 *   unknown options; its `isWorkingDay` and `holidays` throw the same for a malformed date or a
 *   year outside 1970–2100
 * @category Calendar
 * @example
 * import { dutchWorkCalendar } from "buurtaanpak/calendar-nl";
 *
 * const calendar = dutchWorkCalendar();
 * calendar.isWorkingDay("2025-05-29"); // Hemelvaartsdag, a Thursday
 * //=> false
 * calendar.isWorkingDay("2025-04-25"); // the Friday before Koningsdag on Saturday 26 April
 * //=> true
 * dutchWorkCalendar({ liberationDay: "never" }).isWorkingDay("2025-05-05");
 * //=> true
 * calendar.isWorkingDay("2150-01-02");
 * //=> throws BuurtaanpakError: knows the years 1970 to 2100
 */
export function dutchWorkCalendar(options: DutchWorkCalendarOptions = {}): DutchWorkCalendar {
  // Checked by hand: zod and its messages would weigh more than the holidays themselves.
  const given: unknown = options;
  const issues: IssueInput[] = [];
  let goodFriday = true;
  let liberationDay: (typeof liberationDays)[number] = "yearly";
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    issues.push({
      code: "not-an-object",
      path: [],
      message: "the options are an object { goodFriday?, liberationDay? }",
    });
  } else {
    for (const [key, value] of Object.entries(given)) {
      if (key === "goodFriday") {
        if (typeof value === "boolean") goodFriday = value;
        else if (value !== undefined)
          issues.push({ code: "wrong-type", path: [key], message: "must be true or false" });
      } else if (key === "liberationDay") {
        const known = liberationDays.find((option) => option === value);
        if (known !== undefined) liberationDay = known;
        else if (value !== undefined)
          issues.push({
            code: "not-one-of",
            path: [key],
            params: { allowed: [...liberationDays] },
            message: "must be one of yearly, lustrum or never",
          });
      } else {
        issues.push({
          code: "unknown-field",
          path: [key],
          params: { field: key },
          message: `unknown option '${key}': the options are goodFriday and liberationDay`,
        });
      }
    }
  }
  if (issues.length > 0) throw new BuurtaanpakError("invalid-options", issues);
  const isDayOff = (kind: "public" | "goodFriday" | "liberationDay", year: number): boolean => {
    if (kind === "goodFriday") return goodFriday;
    if (kind === "liberationDay") return liberationDay === "yearly" || (liberationDay === "lustrum" && year % 5 === 0);
    return true;
  };
  const name = `Nederland (${source.package} ${source.version}; Goede Vrijdag ${goodFriday ? "vrij" : "werkdag"}, 5 mei ${
    { yearly: "vrij", lustrum: "vrij in lustrumjaren", never: "werkdag" }[liberationDay]
  })`;

  // The holidays of a year are decoded when a year is first asked for; the cache belongs to
  // this calendar alone.
  const decoded = new Map<number, { readonly list: readonly Holiday[]; readonly daysOff: ReadonlySet<number> }>();
  const yearOf = (year: number) => {
    const known = decoded.get(year);
    if (known !== undefined) return known;
    const text = years[year - firstYear] ?? "";
    const list: Holiday[] = [];
    const daysOff = new Set<number>();
    for (let at = 0; at + 3 <= text.length; at += 3) {
      const dayOfYear = Number.parseInt(text.slice(at, at + 2), 36);
      const entry = names[Number.parseInt(text.slice(at + 2, at + 3), 36)];
      if (entry === undefined) continue;
      const dayOff = isDayOff(entry.kind, year);
      if (dayOff) daysOff.add(dayOfYear);
      const date = new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);
      list.push(Object.freeze({ date, name: Object.freeze({ nl: entry.nl, en: entry.en }), dayOff }));
    }
    const entry = { list: Object.freeze(list), daysOff };
    decoded.set(year, entry);
    return entry;
  };

  return Object.freeze({
    name,
    firstYear,
    lastYear,
    isWorkingDay(date: string): boolean {
      const match = typeof date === "string" ? dayPattern.exec(date) : null;
      const year = Number(match?.[1]);
      const month = Number(match?.[2]);
      const day = Number(match?.[3]);
      const instant = Date.UTC(year, month - 1, day);
      const read = new Date(instant);
      if (match === null || read.getUTCMonth() !== month - 1 || read.getUTCDate() !== day) {
        throw invalid(["date"], "not-a-date", `'${String(date)}' is not a date (YYYY-MM-DD)`);
      }
      checkYear(year, ["date"]);
      const weekday = read.getUTCDay();
      if (weekday === 0 || weekday === 6) return false;
      const dayOfYear = Math.round((instant - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
      return !yearOf(year).daysOff.has(dayOfYear);
    },
    holidays(year: number): readonly Holiday[] {
      if (!Number.isInteger(year)) throw invalid(["year"], "not-whole", `${String(year)} is not a year`);
      checkYear(year, ["year"]);
      return yearOf(year).list;
    },
  });
}

function checkYear(year: number, path: string[]): void {
  if (year < firstYear || year > lastYear) {
    throw invalid(
      path,
      "outside-calendar",
      `the Dutch work calendar knows the years ${firstYear} to ${lastYear}, not ${year}`,
    );
  }
}

function invalid(path: string[], code: IssueCode, message: string): BuurtaanpakError {
  return new BuurtaanpakError("invalid-options", [{ code, path, message }]);
}
