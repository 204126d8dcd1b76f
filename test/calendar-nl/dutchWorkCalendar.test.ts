import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../src/calendar-nl/dutchWorkCalendar.js";
import { firstYear, lastYear, source } from "../../src/calendar-nl/internal/holidays.js";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";

describe("dutchWorkCalendar", () => {
  const calendar = dutchWorkCalendar();

  it("lists the holidays of 2025, with Koningsdag on Saturday 26 April as the 27th is a Sunday", () => {
    expect(calendar.holidays(2025).map((holiday) => [holiday.date, holiday.name.nl])).toEqual([
      ["2025-01-01", "Nieuwjaar"],
      ["2025-04-18", "Goede Vrijdag"],
      ["2025-04-20", "Pasen"],
      ["2025-04-21", "Tweede paasdag"],
      ["2025-04-26", "Koningsdag"],
      ["2025-05-05", "Bevrijdingsdag"],
      ["2025-05-29", "Hemelvaartsdag"],
      ["2025-06-08", "Pinksteren"],
      ["2025-06-09", "Tweede pinksterdag"],
      ["2025-12-25", "Kerstmis"],
      ["2025-12-26", "Tweede kerstdag"],
    ]);
  });

  it("has Koninginnedag on 30 April before 2014, and Koningsdag on 27 April after", () => {
    expect(calendar.holidays(2013).find((holiday) => holiday.name.nl === "Koninginnedag")?.date).toBe("2013-04-30");
    expect(calendar.holidays(2024).find((holiday) => holiday.name.nl === "Koningsdag")?.date).toBe("2024-04-27");
  });

  it("reads weekends and public holidays as days off, and the days around them as working days", () => {
    expect(
      [
        "2025-04-24",
        "2025-04-25",
        "2025-04-26",
        "2025-04-27",
        "2025-04-28",
        "2025-05-29",
        "2025-05-30",
        "2025-06-09",
        "2025-12-24",
        "2025-12-25",
      ].map((date) => calendar.isWorkingDay(date)),
    ).toEqual([true, true, false, false, true, false, true, false, true, false]);
  });

  it("lets the user say whether Goede Vrijdag and 5 mei are days off", () => {
    // Goede Vrijdag 2025 is 18 April; 5 mei 2025 is a Monday, 5 mei 2026 a Tuesday.
    expect(calendar.isWorkingDay("2025-04-18")).toBe(false);
    expect(dutchWorkCalendar({ goodFriday: false }).isWorkingDay("2025-04-18")).toBe(true);
    expect(calendar.isWorkingDay("2026-05-05")).toBe(false);
    expect(dutchWorkCalendar({ liberationDay: "lustrum" }).isWorkingDay("2025-05-05")).toBe(false);
    expect(dutchWorkCalendar({ liberationDay: "lustrum" }).isWorkingDay("2026-05-05")).toBe(true);
    expect(dutchWorkCalendar({ liberationDay: "never" }).isWorkingDay("2025-05-05")).toBe(true);
    expect(
      dutchWorkCalendar({ goodFriday: false })
        .holidays(2025)
        .find((holiday) => holiday.name.nl === "Goede Vrijdag")?.dayOff,
    ).toBe(false);
  });

  it("names its choices", () => {
    expect(dutchWorkCalendar({ goodFriday: false, liberationDay: "lustrum" }).name).toBe(
      `Nederland (date-holidays ${source.version}; Goede Vrijdag werkdag, 5 mei vrij in lustrumjaren)`,
    );
  });

  it("rejects unknown options, malformed dates and years it does not know", () => {
    expect(() => dutchWorkCalendar({ goodFriday: "ja" } as never)).toThrow(BuurtaanpakError);
    expect(() => dutchWorkCalendar({ easter: true } as never)).toThrow("unknown option 'easter'");
    expect(() => calendar.isWorkingDay("2025-02-30")).toThrow("is not a date");
    expect(() => calendar.isWorkingDay("1969-12-31")).toThrow("knows the years 1970 to 2100");
    expect(() => calendar.holidays(2101)).toThrow("knows the years 1970 to 2100");
  });
});

describe("the holiday table", () => {
  it(`holds what date-holidays says for every year ${firstYear}–${lastYear} (run scripts/generate-holidays-nl.mjs when it does not)`, () => {
    const reference = new Holidays("NL", { languages: ["nl"] });
    const calendar = dutchWorkCalendar();
    for (let year = firstYear; year <= lastYear; year++) {
      const expected = reference
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public" || holiday.type === "school")
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name]);
      expect(
        calendar.holidays(year).map((holiday) => [holiday.date, holiday.name.nl]),
        String(year),
      ).toEqual(expected);
    }
  });
});

describe("dutchWorkCalendar's checks", () => {
  it("rejects options that are not an object, and a year that is not whole", () => {
    expect(() => dutchWorkCalendar("yearly" as never)).toThrow("the options are an object");
    expect(() => dutchWorkCalendar({ liberationDay: "sometimes" } as never)).toThrow(
      "must be one of yearly, lustrum or never",
    );
    expect(() => dutchWorkCalendar().holidays(2024.5)).toThrow("2024.5 is not a year");
  });
});

describe("dutchWorkCalendar's options left undefined", () => {
  it("reads an option given as undefined as left out: Goede Vrijdag and 5 mei 2025 stay days off", () => {
    // Goede Vrijdag 2025 is Friday 18 April; 5 mei 2025 is a Monday.
    // The types leave no room for undefined (exactOptionalPropertyTypes); a JavaScript caller may.
    const calendar = dutchWorkCalendar({ goodFriday: undefined, liberationDay: undefined } as never);
    expect(calendar.isWorkingDay("2025-04-18")).toBe(false);
    expect(calendar.isWorkingDay("2025-05-05")).toBe(false);
    expect(calendar.name).toBe(`Nederland (date-holidays ${source.version}; Goede Vrijdag vrij, 5 mei vrij)`);
  });

  it("rejects a date that is not a text, as a JavaScript caller may hand it", () => {
    expect(() => dutchWorkCalendar().isWorkingDay(20250102 as never)).toThrow("'20250102' is not a date (YYYY-MM-DD)");
  });
});
