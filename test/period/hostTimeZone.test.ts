import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elapsedDays } from "../../src/period/elapsedDays.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodOf } from "../../src/period/periodOf.js";
import { previousYear } from "../../src/period/previousYear.js";

// Periods are calendar dates in Europe/Amsterdam, whatever zone the host runs in. The Azores
// are the hardest case for day arithmetic on UTC midnights: at UTC−1 in winter, a UTC midnight
// falls on the previous local day there; at UTC+0 in summer, on the same day. A calculation
// that slips into the host's zone counts one day too many or too few across the summer-time
// change.
describe("periods on a host in another time zone (Atlantic/Azores)", () => {
  let hostZone: string | undefined;
  beforeAll(() => {
    hostZone = process.env["TZ"];
    process.env["TZ"] = "Atlantic/Azores";
  });
  afterAll(() => {
    if (hostZone === undefined) delete process.env["TZ"];
    else process.env["TZ"] = hostZone;
  });

  it("really runs in the Azores: 1 January 2024 00:00 UTC is 31 December 23:00 there", () => {
    expect(new Date(Date.parse("2024-01-01T00:00:00Z")).getDate()).toBe(31);
    expect(new Date(Date.parse("2024-07-01T00:00:00Z")).getDate()).toBe(1);
  });

  it("reads 2024 as 1 January to 31 December, Amsterdam midnights", () => {
    expect(parsePeriod("2024")).toMatchObject({
      start: Date.parse("2023-12-31T23:00:00Z"),
      end: Date.parse("2024-12-31T23:00:00Z"),
      days: 366,
    });
  });

  it("counts 182 elapsed days of 2024 at 1 July 2024, 00:00 Amsterdam", () => {
    expect(elapsedDays(parsePeriod("2024"), Date.parse("2024-06-30T22:00:00Z"))).toBe(182);
  });

  it("takes a range with 29 February back to 28 February a year earlier", () => {
    expect(previousYear(parsePeriod("2024-02-29/2024-03-01")).text).toBe("2023-02-28/2023-03-01");
    expect(previousYear(parsePeriod("2024-01-15/2024-07-15")).text).toBe("2023-01-15/2023-07-15");
  });

  it("names the Amsterdam day of an instant", () => {
    expect(periodOf("2024-12-31T23:30:00Z", "day")).toBe("2025-01-01/2025-01-01");
    expect(periodOf("2024-06-30T22:30:00Z", "month")).toBe("2024-07");
  });
});
