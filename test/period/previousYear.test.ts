import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { previousYear } from "../../src/period/previousYear.js";

/** The text of the period a year before the period written as `text`. */
function before(text: string): string {
  return previousYear(parsePeriod(text)).text;
}

describe("previousYear", () => {
  it("takes 2024 back to 2023, with 365 days", () => {
    expect(previousYear(parsePeriod("2024"))).toEqual({
      text: "2023",
      kind: "year",
      start: Date.parse("2022-12-31T23:00:00Z"),
      end: Date.parse("2023-12-31T23:00:00Z"),
      firstDay: "2023-01-01",
      lastDay: "2023-12-31",
      days: 365,
    });
  });

  it("keeps the quarter number: 2024-Q2 becomes 2023-Q2", () => {
    expect(previousYear(parsePeriod("2024-Q2"))).toMatchObject({
      text: "2023-Q2",
      kind: "quarter",
      start: Date.parse("2023-03-31T22:00:00Z"),
      end: Date.parse("2023-06-30T22:00:00Z"),
    });
  });

  it("keeps the month number: 2024-02 (29 days) becomes 2023-02 (28 days)", () => {
    expect(previousYear(parsePeriod("2024-02"))).toMatchObject({ text: "2023-02", kind: "month", days: 28 });
    expect(before("2025-02")).toBe("2024-02");
  });

  it("keeps the ISO week number: 2024-W18 becomes 2023-W18, 1 to 7 May 2023", () => {
    expect(previousYear(parsePeriod("2024-W18"))).toMatchObject({
      text: "2023-W18",
      kind: "week",
      firstDay: "2023-05-01",
      lastDay: "2023-05-07",
    });
  });

  it("takes 2025-W01 back to 2024-W01, which starts on 1 January 2024", () => {
    expect(previousYear(parsePeriod("2025-W01"))).toMatchObject({ text: "2024-W01", firstDay: "2024-01-01" });
  });

  it("takes 2021-W52 back to 2020-W52, not to 2020-W53", () => {
    expect(before("2021-W52")).toBe("2020-W52");
  });

  it("takes W53 back to W52 when the previous ISO year has 52 weeks", () => {
    expect(previousYear(parsePeriod("2020-W53"))).toMatchObject({
      text: "2019-W52",
      firstDay: "2019-12-23",
      lastDay: "2019-12-29",
    });
    expect(before("2026-W53")).toBe("2025-W52");
  });

  it("shifts both ends of a range one calendar year back", () => {
    expect(previousYear(parsePeriod("2024-03-01/2024-05-31"))).toEqual({
      text: "2023-03-01/2023-05-31",
      kind: "range",
      start: Date.parse("2023-02-28T23:00:00Z"),
      end: Date.parse("2023-05-31T22:00:00Z"),
      firstDay: "2023-03-01",
      lastDay: "2023-05-31",
      days: 92,
    });
  });

  it("clamps 29 February to 28 February", () => {
    expect(before("2024-02-01/2024-02-29")).toBe("2023-02-01/2023-02-28");
    expect(before("2024-02-29/2024-03-10")).toBe("2023-02-28/2023-03-10");
    expect(before("2024-02-29/2024-02-29")).toBe("2023-02-28/2023-02-28");
  });

  it("keeps a one-day range one day", () => {
    expect(previousYear(parsePeriod("2024-10-27/2024-10-27"))).toMatchObject({
      text: "2023-10-27/2023-10-27",
      days: 1,
    });
  });

  it("takes a range onto 29 February when the previous year is a leap year", () => {
    expect(previousYear(parsePeriod("2025-02-28/2025-03-01"))).toMatchObject({
      text: "2024-02-28/2024-03-01",
      days: 3,
    });
  });

  it("returns a frozen period and leaves its argument alone", () => {
    const period = parsePeriod("2024-Q2");
    const copy = { ...period };
    const previous = previousYear(period);
    expect(Object.isFrozen(previous)).toBe(true);
    expect(period).toEqual(copy);
  });

  it("throws invalid-period for a period in the year 1000, since periods start there", () => {
    expect(() => previousYear(parsePeriod("1000"))).toThrow(BuurtaanpakError);
    expect(() => previousYear(parsePeriod("1000-05"))).toThrow(
      /'1000-05' has no previous year: a year is 1000 to 9999/,
    );
    expect(before("1001-Q1")).toBe("1000-Q1");
  });

  it("names the period and the reason in the error's one issue", () => {
    expect(() => previousYear(parsePeriod("1000-W10"))).toThrow(
      expect.objectContaining({
        code: "invalid-period",
        issues: [
          expect.objectContaining({
            code: "no-previous-year",
            path: [],
            message: "'1000-W10' has no previous year: a year is 1000 to 9999",
          }),
        ],
      }),
    );
  });

  it("refuses a range built by hand whose last day is no date (2024-03-32), rather than rolling it over to 2023-04-01", () => {
    const handMade = { ...parsePeriod("2024-03-01/2024-03-31"), lastDay: "2024-03-32" };
    expect(() => previousYear(handMade)).toThrow(
      expect.objectContaining({
        code: "invalid-period",
        issues: [
          expect.objectContaining({
            code: "no-previous-year",
            params: expect.objectContaining({ period: "2024-03-01/2024-03-31" }),
          }),
        ],
      }),
    );
  });
});
