import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import type { Granularity } from "../../src/period/Period.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";

const granularities: readonly Granularity[] = ["year", "quarter", "month", "week", "day"];

/** The period of `timestamp` at every granularity. */
function allPeriodsOf(timestamp: Date | string | number): Record<Granularity, string> {
  return {
    year: periodOf(timestamp, "year"),
    quarter: periodOf(timestamp, "quarter"),
    month: periodOf(timestamp, "month"),
    week: periodOf(timestamp, "week"),
    day: periodOf(timestamp, "day"),
  };
}

describe("periodOf", () => {
  it("places 2024-12-31T23:30Z on 1 January 2025 in Amsterdam", () => {
    expect(allPeriodsOf("2024-12-31T23:30:00Z")).toEqual({
      year: "2025",
      quarter: "2025-Q1",
      month: "2025-01",
      week: "2025-W01",
      day: "2025-01-01/2025-01-01",
    });
  });

  it("places 2024-12-31T22:59:59Z, one second before Amsterdam midnight, on 31 December 2024", () => {
    expect(allPeriodsOf("2024-12-31T22:59:59Z")).toEqual({
      year: "2024",
      quarter: "2024-Q4",
      month: "2024-12",
      week: "2025-W01",
      day: "2024-12-31/2024-12-31",
    });
  });

  it("takes a Date and epoch milliseconds alike", () => {
    const instant = Date.parse("2024-12-31T23:30:00Z");
    expect(periodOf(new Date(instant), "month")).toBe("2025-01");
    expect(periodOf(instant, "month")).toBe("2025-01");
  });

  it("honours an offset in the string", () => {
    expect(periodOf("2025-01-01T00:30:00+01:00", "year")).toBe("2025");
    // 23:30 at UTC−1 is 02:30 in Amsterdam the next day.
    expect(periodOf("2024-06-30T23:30:00-01:00", "quarter")).toBe("2024-Q3");
  });

  it("reads a plain date as that Amsterdam calendar day", () => {
    expect(allPeriodsOf("2024-12-30")).toEqual({
      year: "2024",
      quarter: "2024-Q4",
      month: "2024-12",
      week: "2025-W01",
      day: "2024-12-30/2024-12-30",
    });
  });

  it("uses the ISO week-numbering year: 3 January 2021 is in 2020-W53, 4 January in 2021-W01", () => {
    expect(periodOf("2021-01-03", "week")).toBe("2020-W53");
    expect(periodOf("2021-01-04", "week")).toBe("2021-W01");
    expect(periodOf("2024-04-29T10:00:00+02:00", "week")).toBe("2024-W18");
  });

  it("writes single-digit months and weeks with two digits", () => {
    expect(periodOf("2024-05-07", "month")).toBe("2024-05");
    expect(periodOf("2024-01-01", "week")).toBe("2024-W01");
  });

  it("places instants around the summer-time changes on their Amsterdam day", () => {
    // 03:30 summer time on 31 March 2024.
    expect(periodOf("2024-03-31T01:30:00Z", "day")).toBe("2024-03-31/2024-03-31");
    // 00:30 summer time on 1 April 2024.
    expect(periodOf("2024-03-31T22:30:00Z", "month")).toBe("2024-04");
    // 00:30 summer time on 27 October 2024.
    expect(periodOf("2024-10-26T22:30:00Z", "day")).toBe("2024-10-27/2024-10-27");
    // Midnight winter time on 1 November 2024.
    expect(periodOf("2024-10-31T23:00:00Z", "month")).toBe("2024-11");
    expect(periodOf("2024-10-31T22:59:59Z", "month")).toBe("2024-10");
  });

  it("places 29 February 2024 in February", () => {
    expect(periodOf("2024-02-29T12:00:00+01:00", "day")).toBe("2024-02-29/2024-02-29");
  });

  describe("rejections", () => {
    it.each([
      [
        "2024-05-01T12:00:00",
        /^'2024-05-01T12:00:00' is not a timestamp: it has no time zone: add Z or an offset such as \+02:00$/,
      ],
      ["2024-02-30", /^'2024-02-30' is not a timestamp: 2024-02-30 is not a date$/],
      ["2024-02-30T12:00:00Z", /^'2024-02-30T12:00:00Z' is not a timestamp: 2024-02-30 is not a date$/],
      ["yesterday", /^'yesterday' is not a timestamp: expected an ISO 8601 date-time with a time zone/],
      ["", /^'' is not a timestamp: expected/],
      ["2024-05-01 12:00:00Z", /is not a timestamp: expected/],
    ])("throws invalid-period for the string %j", (timestamp, message) => {
      expect(() => periodOf(timestamp, "day")).toThrow(BuurtaanpakError);
      try {
        periodOf(timestamp, "day");
      } catch (error) {
        expect(error).toMatchObject({
          code: "invalid-period",
          issues: [{ path: [], message: expect.stringMatching(message) }],
        });
      }
    });

    it("throws invalid-period for an invalid Date, NaN and Infinity", () => {
      expect(() => periodOf(new Date(Number.NaN), "year")).toThrow(
        /Invalid Date is not a timestamp: the Date is invalid/,
      );
      expect(() => periodOf(Number.NaN, "year")).toThrow(
        /NaN is not a timestamp: expected a finite number of epoch milliseconds/,
      );
      expect(() => periodOf(Number.POSITIVE_INFINITY, "year")).toThrow(/Infinity is not a timestamp/);
      expect(() => periodOf(Number.NEGATIVE_INFINITY, "year")).toThrow(BuurtaanpakError);
    });

    it("throws invalid-period for an instant whose period would fall outside the years 1000 to 9999", () => {
      expect(() => periodOf(Date.parse("0999-06-01T00:00:00Z"), "year")).toThrow(
        /in the year 999; a year is 1000 to 9999/,
      );
      expect(() => periodOf(new Date(Date.parse("0999-06-01T00:00:00Z")), "year")).toThrow(
        /0999-06-01T00:00:00.000Z is not a timestamp: it falls in the year 999/,
      );
      expect(() => periodOf(Date.parse("+010000-06-01T00:00:00Z"), "month")).toThrow(BuurtaanpakError);
      // 1 January 1000 lies in the last ISO week of the week-numbering year 999 or in week 1 of 1000.
      expect(periodOf(Date.parse("1000-01-10T12:00:00Z"), "week")).toMatch(/^1000-W0[12]$/);
    });
  });

  it("names a period that contains the instant, for random instants and every granularity (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1000-01-10T00:00:00Z"), max: new Date("9999-12-20T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...granularities),
        (date, granularity) => {
          const period = parsePeriod(periodOf(date, granularity));
          expect(period.start).toBeLessThanOrEqual(date.getTime());
          expect(date.getTime()).toBeLessThan(period.end);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("names a period that contains the instant for instants near 2024 (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("2019-12-01T00:00:00Z"), max: Date.parse("2027-02-01T00:00:00Z") }),
        fc.constantFrom(...granularities),
        (instant, granularity) => {
          const period = parsePeriod(periodOf(instant, granularity));
          expect(period.start <= instant && instant < period.end).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
