import { describe, expect, it } from "vitest";
import { toInstant } from "../../../src/period/internal/toInstant.js";

describe("toInstant", () => {
  it("reads an ISO 8601 date-time in UTC", () => {
    expect(toInstant("2024-05-01T12:00:00Z")).toBe(Date.parse("2024-05-01T12:00:00Z"));
    expect(toInstant("2024-05-01T12:00Z")).toBe(Date.parse("2024-05-01T12:00:00Z"));
  });

  it("reads an ISO 8601 date-time with an offset", () => {
    expect(toInstant("2024-05-01T14:00:00+02:00")).toBe(Date.parse("2024-05-01T12:00:00Z"));
    expect(toInstant("2024-05-01T06:30:00-05:30")).toBe(Date.parse("2024-05-01T12:00:00Z"));
    expect(toInstant("2025-01-01T00:30:00+01:00")).toBe(Date.parse("2024-12-31T23:30:00Z"));
  });

  it("keeps milliseconds and drops finer fractions", () => {
    expect(toInstant("2024-05-01T12:00:00.5Z")).toBe(Date.parse("2024-05-01T12:00:00.500Z"));
    expect(toInstant("2024-05-01T12:00:00.123456789Z")).toBe(Date.parse("2024-05-01T12:00:00.123Z"));
  });

  it("reads a plain date as Amsterdam midnight of that day", () => {
    expect(toInstant("2024-05-01")).toBe(Date.parse("2024-04-30T22:00:00Z"));
    expect(toInstant("2024-01-01")).toBe(Date.parse("2023-12-31T23:00:00Z"));
    expect(toInstant("2024-02-29")).toBe(Date.parse("2024-02-28T23:00:00Z"));
  });

  it("reads the plain dates of the summer-time changes as Amsterdam midnight", () => {
    expect(toInstant("2024-03-31")).toBe(Date.parse("2024-03-30T23:00:00Z"));
    expect(toInstant("2024-04-01")).toBe(Date.parse("2024-03-31T22:00:00Z"));
    expect(toInstant("2024-10-27")).toBe(Date.parse("2024-10-26T22:00:00Z"));
    expect(toInstant("2024-10-28")).toBe(Date.parse("2024-10-27T23:00:00Z"));
  });

  it("takes a Date and epoch milliseconds as they are", () => {
    expect(toInstant(new Date(Date.parse("2024-05-01T12:00:00Z")))).toBe(Date.parse("2024-05-01T12:00:00Z"));
    expect(toInstant(1_714_564_800_000)).toBe(1_714_564_800_000);
    expect(toInstant(0)).toBe(0);
  });

  it.each([
    ["2024-02-30", "2024-02-30 is not a date"],
    ["2023-02-29", "2023-02-29 is not a date"],
    ["2024-13-01", "2024-13-01 is not a date"],
    ["2024-02-30T12:00:00Z", "2024-02-30 is not a date"],
    ["0999-12-31", "0999-12-31 is out of range: a year is 1000 to 9999"],
    ["2024-05-01T24:00:00Z", "24:00:00 is not a time of day"],
    ["2024-05-01T12:60Z", "12:60:00 is not a time of day"],
    ["2024-05-01T12:00:00+24:00", "+24:00 is not a UTC offset"],
    ["2024-05-01T12:00:60Z", "12:00:60 is not a time of day"],
    ["2024-05-01T12:00:00+02:60", "+02:60 is not a UTC offset"],
    ["2024-05-01T12:00:00-01:99", "-01:99 is not a UTC offset"],
  ])("rejects %j: %s", (value, message) => {
    expect(toInstant(value)).toBe(message);
  });

  it("rejects a date-time without a time zone, saying to add one", () => {
    expect(toInstant("2024-05-01T12:00:00")).toBe("it has no time zone: add Z or an offset such as +02:00");
    expect(toInstant("2024-05-01T12:00")).toMatch(/has no time zone/);
  });

  it.each([
    "yesterday",
    "",
    "2024-05-01 12:00:00Z",
    "2024-05-01T12:00:00z",
    "2024-05-01T12:00:00+0200",
    "20240501",
    "2024-W18",
    " 2024-05-01",
  ])("rejects %j as not ISO 8601", (value) => {
    expect(toInstant(value)).toMatch(/^expected an ISO 8601 date-time with a time zone/);
  });

  it("accepts the largest offsets and the last second of a minute", () => {
    expect(toInstant("2024-05-01T23:00:00+23:59")).toBe(Date.parse("2024-04-30T23:01:00Z"));
    expect(toInstant("2024-05-01T00:00:00-23:00")).toBe(Date.parse("2024-05-01T23:00:00Z"));
    expect(toInstant("2024-05-01T12:00:59Z")).toBe(Date.parse("2024-05-01T12:00:59Z"));
  });

  it("accepts epoch milliseconds up to the edges of a Date's range, ±8.64e15", () => {
    expect(toInstant(8.64e15)).toBe(8.64e15);
    expect(toInstant(-8.64e15)).toBe(-8.64e15);
    expect(toInstant(8.64e15 + 1)).toBe("it lies outside the range of a Date (±8.64e15 ms)");
  });

  it("rejects a value that is neither a Date, a number nor a string, even one whose text would read as a date", () => {
    const expected = /^expected an ISO 8601 date-time with a time zone/;
    expect(toInstant(["2024-05-01"] as never)).toMatch(expected);
    expect(toInstant({ toString: () => "2024-05-01T12:00:00Z" } as never)).toMatch(expected);
    expect(toInstant(null as never)).toMatch(expected);
  });

  it("rejects NaN, Infinity, an invalid Date and numbers beyond a Date's range", () => {
    expect(toInstant(Number.NaN)).toBe("expected a finite number of epoch milliseconds");
    expect(toInstant(Number.POSITIVE_INFINITY)).toBe("expected a finite number of epoch milliseconds");
    expect(toInstant(Number.NEGATIVE_INFINITY)).toBe("expected a finite number of epoch milliseconds");
    expect(toInstant(new Date(Number.NaN))).toBe("the Date is invalid");
    expect(toInstant(9e15)).toMatch(/outside the range of a Date/);
  });
});
