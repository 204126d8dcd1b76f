import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodOf } from "../../../src/period/periodOf.js";
import { amsterdamDays } from "../../../src/records/internal/amsterdamDays.js";
import { dayNumber, formatDayNumber } from "../../../src/records/internal/days.js";
import { moment, readTimestamp, timestampProblem } from "../../../src/records/internal/readTimestamp.js";

const read = (text: string) => {
  const into = moment();
  return readTimestamp(text, into) ? { ...into } : undefined;
};

describe("readTimestamp", () => {
  it("reads instants with Z, offsets in three forms, a space, and fractions", () => {
    const instant = Date.parse("2024-03-31T00:30:00Z");
    expect(read("2024-03-31T00:30:00Z")?.ms).toBe(instant);
    expect(read("2024-03-31T02:30:00+02:00")?.ms).toBe(instant);
    expect(read("2024-03-31T02:30+0200")?.ms).toBe(instant);
    expect(read("2024-03-31 02:30:00.000000+02")?.ms).toBe(instant);
    expect(read("2024-03-30T20:30:00-04:00")?.ms).toBe(instant);
    expect(read("2024-03-31T00:30:00.1239Z")?.ms).toBe(instant + 123);
  });

  it("reads a plain date as a day, without an instant", () => {
    expect(read("2024-02-29")).toEqual({ ms: Number.NaN, day: dayNumber(2024, 2, 29), dateOnly: true });
  });

  it("rejects what is not one of the strict forms", () => {
    for (const text of [
      "2024-03-31T02:30:00",
      "2024-02-30",
      "2023-02-29",
      "2024-13-01",
      "0999-01-01",
      "2024-3-31",
      "2024-03-31T24:00Z",
      "2024-03-31T10:00:60Z",
      "2024-03-31T10:00:00.Z",
      "2024-03-31T10:00Z ",
      "2024-03-31t10:00Z",
      "2024-03-31T10:00+2",
    ]) {
      expect(read(text), text).toBeUndefined();
    }
  });

  it("says why: a missing time zone, a date that does not exist, or the forms it takes", () => {
    expect(timestampProblem("2024-03-31T02:30:00")).toContain("has no time zone");
    expect(timestampProblem("2024-02-30")).toBe('"2024-02-30" is not a date');
    expect(timestampProblem(20240331)).toContain("not the number 20240331");
    expect(timestampProblem("gisteren")).toContain("is not a timestamp");
  });

  it("agrees with Date.parse on every instant it reads (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1001-01-01T00:00:00Z"), max: new Date("9999-12-30T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offset) => {
          const sign = offset < 0 ? "-" : "+";
          const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
          const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0")}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
          expect(read(`${local}${zone}`)?.ms).toBe(date.getTime());
        },
      ),
    );
  });
});

describe("amsterdamDays", () => {
  it("places instants on their Amsterdam day as periodOf does, inside and outside the table (property)", () => {
    const dayOf = amsterdamDays(dayNumber(2024, 1, 1), dayNumber(2024, 12, 31), 1000);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("1900-01-01T00:00:00Z"), max: Date.parse("2100-12-31T00:00:00Z") }),
        (ms) => {
          const day = formatDayNumber(dayOf(ms));
          expect(`${day}/${day}`).toBe(periodOf(ms, "day"));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("places the instants around the summer-time changes of 2024 exactly, from the table and without one", () => {
    for (const dayOf of [
      amsterdamDays(dayNumber(2024, 1, 1), dayNumber(2024, 12, 31), 1000),
      amsterdamDays(dayNumber(2024, 1, 1), dayNumber(2024, 12, 31), 1),
    ]) {
      // 31 March 2024 begins at 23:00 UTC on the 30th (CET); 1 April at 22:00 UTC on 31 March (CEST).
      expect(formatDayNumber(dayOf(Date.parse("2024-03-30T22:59:59.999Z")))).toBe("2024-03-30");
      expect(formatDayNumber(dayOf(Date.parse("2024-03-30T23:00:00Z")))).toBe("2024-03-31");
      expect(formatDayNumber(dayOf(Date.parse("2024-03-31T21:59:59.999Z")))).toBe("2024-03-31");
      expect(formatDayNumber(dayOf(Date.parse("2024-03-31T22:00:00Z")))).toBe("2024-04-01");
    }
  });
});
