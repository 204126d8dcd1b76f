import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import type { Period, Span } from "../../src/period/Period.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";

/** The fields of a period that the calendar fixes, for comparing with a literal. */
function fields(text: string): Omit<Period, "text" | "kind"> {
  const { start, end, firstDay, lastDay, days } = parsePeriod(text);
  return { start, end, firstDay, lastDay, days };
}

/** The message parsePeriod throws for `text`, or a failure when it does not throw. */
function problemWith(text: string): string {
  try {
    parsePeriod(text);
  } catch (error) {
    if (error instanceof BuurtaanpakError) return error.issues[0]?.message ?? "";
    throw error;
  }
  throw new Error(`'${text}' was accepted`);
}

describe("parsePeriod", () => {
  describe("years", () => {
    it("reads 2024 as a leap year of 366 days from Amsterdam midnight to Amsterdam midnight", () => {
      expect(parsePeriod("2024")).toEqual({
        text: "2024",
        kind: "year",
        start: Date.parse("2023-12-31T23:00:00Z"),
        end: Date.parse("2024-12-31T23:00:00Z"),
        firstDay: "2024-01-01",
        lastDay: "2024-12-31",
        days: 366,
      });
    });

    it("reads 2023 as 365 days", () => {
      expect(parsePeriod("2023").days).toBe(365);
    });

    it("accepts the years 1000 and 9999 at the edges of four digits", () => {
      expect(parsePeriod("1000").firstDay).toBe("1000-01-01");
      expect(parsePeriod("9999")).toMatchObject({ lastDay: "9999-12-31", end: Date.parse("9999-12-31T23:00:00Z") });
    });
  });

  describe("quarters", () => {
    it("reads 2024-Q1 as January to March, 31 + 29 + 31 days", () => {
      expect(fields("2024-Q1")).toEqual({
        start: Date.parse("2023-12-31T23:00:00Z"),
        end: Date.parse("2024-03-31T22:00:00Z"),
        firstDay: "2024-01-01",
        lastDay: "2024-03-31",
        days: 91,
      });
    });

    it("starts 2024-Q2 at Amsterdam midnight in summer time, 2024-03-31T22:00Z", () => {
      expect(parsePeriod("2024-Q2")).toEqual({
        text: "2024-Q2",
        kind: "quarter",
        start: Date.parse("2024-03-31T22:00:00Z"),
        end: Date.parse("2024-06-30T22:00:00Z"),
        firstDay: "2024-04-01",
        lastDay: "2024-06-30",
        days: 91,
      });
    });

    it("ends 2024-Q4 at Amsterdam midnight in winter time, 2024-12-31T23:00Z", () => {
      expect(fields("2024-Q4")).toEqual({
        start: Date.parse("2024-09-30T22:00:00Z"),
        end: Date.parse("2024-12-31T23:00:00Z"),
        firstDay: "2024-10-01",
        lastDay: "2024-12-31",
        days: 92,
      });
    });
  });

  describe("months", () => {
    it("reads 2024-02 as 29 days and 2023-02 as 28", () => {
      expect(fields("2024-02")).toEqual({
        start: Date.parse("2024-01-31T23:00:00Z"),
        end: Date.parse("2024-02-29T23:00:00Z"),
        firstDay: "2024-02-01",
        lastDay: "2024-02-29",
        days: 29,
      });
      expect(fields("2023-02")).toMatchObject({ lastDay: "2023-02-28", days: 28 });
    });

    it("reads 2024-03, which loses an hour on 31 March, as 31 days ending at 2024-03-31T22:00Z", () => {
      expect(fields("2024-03")).toEqual({
        start: Date.parse("2024-02-29T23:00:00Z"),
        end: Date.parse("2024-03-31T22:00:00Z"),
        firstDay: "2024-03-01",
        lastDay: "2024-03-31",
        days: 31,
      });
    });

    it("starts 2024-04 at 2024-03-31T22:00Z and 2024-11 at 2024-10-31T23:00Z", () => {
      expect(parsePeriod("2024-04")).toMatchObject({
        kind: "month",
        start: Date.parse("2024-03-31T22:00:00Z"),
        end: Date.parse("2024-04-30T22:00:00Z"),
        firstDay: "2024-04-01",
        lastDay: "2024-04-30",
        days: 30,
      });
      expect(parsePeriod("2024-11")).toMatchObject({
        start: Date.parse("2024-10-31T23:00:00Z"),
        end: Date.parse("2024-11-30T23:00:00Z"),
      });
    });

    it("reads 2024-10, which gains an hour on 27 October, as 31 days", () => {
      expect(fields("2024-10")).toEqual({
        start: Date.parse("2024-09-30T22:00:00Z"),
        end: Date.parse("2024-10-31T23:00:00Z"),
        firstDay: "2024-10-01",
        lastDay: "2024-10-31",
        days: 31,
      });
    });
  });

  describe("ISO weeks", () => {
    it("reads 2024-W18 as Monday 29 April to Sunday 5 May 2024", () => {
      expect(parsePeriod("2024-W18")).toEqual({
        text: "2024-W18",
        kind: "week",
        start: Date.parse("2024-04-28T22:00:00Z"),
        end: Date.parse("2024-05-05T22:00:00Z"),
        firstDay: "2024-04-29",
        lastDay: "2024-05-05",
        days: 7,
      });
    });

    it("reads 2025-W01 as starting on Monday 30 December 2024", () => {
      expect(fields("2025-W01")).toEqual({
        start: Date.parse("2024-12-29T23:00:00Z"),
        end: Date.parse("2025-01-05T23:00:00Z"),
        firstDay: "2024-12-30",
        lastDay: "2025-01-05",
        days: 7,
      });
    });

    it("reads 2024-W01 as starting on 1 January 2024, a Monday", () => {
      expect(fields("2024-W01")).toMatchObject({ firstDay: "2024-01-01", lastDay: "2024-01-07" });
    });

    it("reads 2020-W53 as 28 December 2020 to 3 January 2021", () => {
      expect(fields("2020-W53")).toEqual({
        start: Date.parse("2020-12-27T23:00:00Z"),
        end: Date.parse("2021-01-03T23:00:00Z"),
        firstDay: "2020-12-28",
        lastDay: "2021-01-03",
        days: 7,
      });
    });

    it("reads 2026-W53 as 28 December 2026 to 3 January 2027", () => {
      expect(fields("2026-W53")).toMatchObject({ firstDay: "2026-12-28", lastDay: "2027-01-03" });
    });

    it("reads 2024-W13, the week summer time begins, as 7 days of which the last has 23 hours", () => {
      expect(fields("2024-W13")).toEqual({
        start: Date.parse("2024-03-24T23:00:00Z"),
        end: Date.parse("2024-03-31T22:00:00Z"),
        firstDay: "2024-03-25",
        lastDay: "2024-03-31",
        days: 7,
      });
    });
  });

  describe("date ranges", () => {
    it("reads 2024-03-01/2024-05-31 as both days inclusive, 92 days", () => {
      expect(parsePeriod("2024-03-01/2024-05-31")).toEqual({
        text: "2024-03-01/2024-05-31",
        kind: "range",
        start: Date.parse("2024-02-29T23:00:00Z"),
        end: Date.parse("2024-05-31T22:00:00Z"),
        firstDay: "2024-03-01",
        lastDay: "2024-05-31",
        days: 92,
      });
    });

    it("reads a one-day range", () => {
      expect(fields("2024-03-01/2024-03-01")).toEqual({
        start: Date.parse("2024-02-29T23:00:00Z"),
        end: Date.parse("2024-03-01T23:00:00Z"),
        firstDay: "2024-03-01",
        lastDay: "2024-03-01",
        days: 1,
      });
    });

    it("reads 31 March 2024 as one day of 23 hours and 27 October 2024 as one day of 25 hours", () => {
      expect(fields("2024-03-31/2024-03-31")).toMatchObject({
        start: Date.parse("2024-03-30T23:00:00Z"),
        end: Date.parse("2024-03-31T22:00:00Z"),
        days: 1,
      });
      expect(fields("2024-10-27/2024-10-27")).toMatchObject({
        start: Date.parse("2024-10-26T22:00:00Z"),
        end: Date.parse("2024-10-27T23:00:00Z"),
        days: 1,
      });
    });

    it("includes 29 February in a range across it", () => {
      expect(parsePeriod("2024-02-28/2024-03-01").days).toBe(3);
      expect(parsePeriod("2023-02-28/2023-03-01").days).toBe(2);
    });
  });

  describe("before 1892, when Amsterdam's offset from UTC was not a whole number of minutes", () => {
    it("reads 1850 as 365 days from an instant less than an hour before UTC midnight", () => {
      const period = parsePeriod("1850");
      expect(period).toMatchObject({ firstDay: "1850-01-01", lastDay: "1850-12-31", days: 365 });
      expect(Date.UTC(1850, 0, 1) - period.start).toBeGreaterThan(0);
      expect(Date.UTC(1850, 0, 1) - period.start).toBeLessThan(3_600_000);
    });

    it("reads 1000-W01 as Monday 30 December 999 to Sunday 5 January 1000 (4 January 1000 was a Saturday)", () => {
      expect(parsePeriod("1000-W01")).toMatchObject({ firstDay: "0999-12-30", lastDay: "1000-01-05", days: 7 });
    });

    it("reads 1600-02 as 29 days (1600 is a leap year) and 1700-02 as 28", () => {
      expect(parsePeriod("1600-02").days).toBe(29);
      expect(parsePeriod("1700-02").days).toBe(28);
    });
  });

  it("keeps the text as given, since the forms are canonical", () => {
    for (const text of ["2024", "2024-Q2", "2024-05", "2024-W18", "2024-03-01/2024-05-31"]) {
      expect(parsePeriod(text).text).toBe(text);
    }
  });

  it("returns frozen periods", () => {
    const period = parsePeriod("2024-05");
    expect(Object.isFrozen(period)).toBe(true);
    expect(() => {
      // @ts-expect-error a period is readonly
      period.start = 0;
    }).toThrow(TypeError);
  });

  it("returns a period that is a Span", () => {
    expectTypeOf(parsePeriod).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parsePeriod).returns.toEqualTypeOf<Period>();
    expectTypeOf<Period>().toExtend<Span>();
  });

  describe("rejections", () => {
    it("throws a BuurtaanpakError with code invalid-period and one issue at the root", () => {
      const error: unknown = (() => {
        try {
          return parsePeriod("2024-Q5");
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(BuurtaanpakError);
      expect(error).toMatchObject({
        code: "invalid-period",
        issues: [{ path: [], message: "'2024-Q5' is not a period: a quarter is Q1 to Q4" }],
      });
    });

    it.each([
      ["2024-Q5", "a quarter is Q1 to Q4"],
      ["2024-Q0", "a quarter is Q1 to Q4"],
      ["2024-Q01", "a quarter is Q1 to Q4"],
      ["2024-13", "a month is 01 to 12"],
      ["2024-00", "a month is 01 to 12"],
      ["2021-W53", "2021 has 52 ISO weeks"],
      ["2019-W53", "2019 has 52 ISO weeks"],
      ["2024-W00", "a week is W01 to W53"],
      ["2024-W54", "a week is W01 to W53"],
      ["2024-02-30/2024-03-05", "2024-02-30 is not a date"],
      ["2024-02-01/2024-02-30", "2024-02-30 is not a date"],
      ["2023-02-29/2023-03-01", "2023-02-29 is not a date"],
      ["2024-13-01/2024-13-02", "2024-13-01 is not a date"],
      ["2024-05-31/2024-03-01", "the range ends on 2024-03-01, before it starts on 2024-05-31"],
      ["0999", "a year is 1000 to 9999"],
      ["0999-Q1", "a year is 1000 to 9999"],
      ["0999-05", "a year is 1000 to 9999"],
      ["0999-W10", "a year is 1000 to 9999"],
      ["2024-00-10/2024-01-10", "2024-00-10 is not a date"],
      ["2024-01-00/2024-01-10", "2024-01-00 is not a date"],
      ["2024-01-01/2024-01-32", "2024-01-32 is not a date"],
      ["0999-12-31/1000-01-01", "0999-12-31 is out of range: a year is 1000 to 9999"],
      ["2024-5", "write the month with two digits, as in 2024-05"],
      ["2024-W1", "write the week with two digits, as in 2024-W01"],
      ["2024-q2", "write Q as a capital, as in 2024-Q2"],
      ["2024-w18", "write W as a capital, as in 2024-W18"],
      ["2024-03-01", "a single day is written as a range: 2024-03-01/2024-03-01"],
      ["2024-3-1/2024-3-31", "2024-3-1 is not a date (YYYY-MM-DD)"],
      ["2024/2025", "2024 is not a date (YYYY-MM-DD)"],
      [" 2024", "it has spaces around it"],
      ["2024-05 ", "it has spaces around it"],
    ])("rejects %s: %s", (text, reason) => {
      expect(problemWith(text)).toBe(`'${text}' is not a period: ${reason}`);
    });

    it.each(["", "garbage", "24", "10000", "2024-Q2-01", "2024-03-01/", "2024-03-01 / 2024-03-31", "2024–05"])(
      "rejects %j and lists the forms it expects",
      (text) => {
        expect(problemWith(text)).toMatch(
          new RegExp(
            `^'${text}' is not a period: .*expected a year \\(2024\\), quarter \\(2024-Q2\\), month \\(2024-05\\)`,
          ),
        );
      },
    );

    it("says an empty string is empty", () => {
      expect(problemWith("")).toMatch(/^'' is not a period: it is empty; expected/);
    });
  });

  it("accepts exactly the four-digit years 1000 to 9999 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), (year) => {
        const text = String(year).padStart(4, "0");
        const accepted = year >= 1000 && year <= 9999 && text.length === 4;
        if (accepted) expect(parsePeriod(text).firstDay).toBe(`${text}-01-01`);
        else expect(() => parsePeriod(text)).toThrow(BuurtaanpakError);
      }),
    );
  });
});
