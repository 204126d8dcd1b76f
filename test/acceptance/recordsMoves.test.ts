// Issue 8: tenancy changes and the dwelling stock into the mutatiegraad. Hand-computed from the
// docs (see recordsHelpers.ts). Days: 2024 has 366; its quarters 91, 91, 92, 92; 1 Jan–30 Jun is
// 182 days and 1 Jul–31 Dec 184.
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { deriveMoves, type MovesRegister } from "../../src/records/index.js";
import {
  cortgene,
  dijk,
  extendedModel,
  gemeente,
  issuesOf,
  measureOf,
  partsOf,
  redersbuurt,
  smallAreas,
  valuesOf,
  warningsOf,
} from "./recordsHelpers.js";

// Cortgene: 2023 moves on 15 Jan, 20 Mar | 1 Jun | 7 Jul, 9 Sep | 12 Dec = 2, 1, 2, 1 (6);
// 2024 moves on 1 Feb | 10 May | 12 Aug, 30 Aug | 15 Nov = 1, 1, 2, 1 (5).
// Dwellings: 390 from 1 Jan 2023, 400 from 1 Jan 2024, 420 from 1 Jul 2024.
const woonkracht: MovesRegister = {
  covers: "2023-01-01/2024-12-31",
  source: "Woonkracht10, mutaties 2023-2024",
  records: [
    "2023-01-15",
    "2023-03-20",
    "2023-06-01",
    "2023-07-07",
    "2023-09-09",
    "2023-12-12",
    "2024-02-01",
    "2024-05-10",
    "2024-08-12",
    "2024-08-30",
    "2024-11-15",
  ].map((date) => ({ area: cortgene, date })),
  dwellings: [
    { area: cortgene, date: "2023-01-01", dwellings: 390 },
    { area: cortgene, date: "2024-01-01", dwellings: 400 },
    { area: cortgene, date: "2024-07-01", dwellings: 420 },
  ],
};

// The 2024 year: 182 days at 400 and 184 at 420: (182 × 400 + 184 × 420) ÷ 366 = 150,080 ÷ 366.
const meanDwellings2024 = 150_080 / 366;

describe("deriveMoves: moves over the mean of the daily dwelling stock", () => {
  it("by quarter: 2023 is 2, 1, 2, 1 over 390; 2024 is 1, 1 over 400 and 2, 1 over 420", () => {
    const derived = deriveMoves(alblasserdam, woonkracht, { areas: smallAreas, granularity: "quarter" });
    expect(partsOf(derived, "mutatiegraad", cortgene)).toEqual([
      ["2023-Q1", 2, 390],
      ["2023-Q2", 1, 390],
      ["2023-Q3", 2, 390],
      ["2023-Q4", 1, 390],
      ["2024-Q1", 1, 400],
      ["2024-Q2", 1, 400],
      ["2024-Q3", 2, 420],
      ["2024-Q4", 1, 420],
    ]);
  });

  it("by year: 2023 is 6 over 390; 2024 is 5 over 150,080 ÷ 366 = 410.05 (the daily mean, not the last count 420 nor 400 + 420)", () => {
    const derived = deriveMoves(alblasserdam, woonkracht, { areas: smallAreas });
    const rows = partsOf(derived, "mutatiegraad", cortgene);
    expect(rows.map(([period, numerator]) => [period, numerator])).toEqual([
      ["2023", 6],
      ["2024", 5],
    ]);
    expect(rows[0]?.[2]).toBe(390);
    expect(rows[1]?.[2]).toBeCloseTo(meanDwellings2024, 9);
  });

  it("quarterly and yearly figures give the same yearly mutatiegraad: 5 ÷ 410.05 = 1,830 ÷ 150,080 = 1.219% in 2024 against 6 ÷ 390 = 1.538% in 2023, −20.7%: achieved (target −10%)", () => {
    const rate = (granularity: "quarter" | "year") => {
      const derived = deriveMoves(alblasserdam, woonkracht, { areas: smallAreas, granularity });
      const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, derived.rows), {
        period: "2024",
        areas: smallAreas,
      });
      return measureOf(evaluation, "mutatiegraad", gemeente);
    };
    const quarterly = rate("quarter");
    const yearly = rate("year");
    expect(quarterly.current).toBeCloseTo(1830 / 150_080, 12);
    expect(yearly.current).toBeCloseTo(1830 / 150_080, 12);
    expect(quarterly.baseline).toBeCloseTo(6 / 390, 12);
    expect(yearly.baseline).toBeCloseTo(6 / 390, 12);
    // change = (1830/150080) ÷ (6/390) − 1 = 713,700 ÷ 900,480 − 1 = −0.20742…
    expect(quarterly.change).toBeCloseTo(713_700 / 900_480 - 1, 9);
    expect([quarterly.status, yearly.status]).toEqual(["achieved", "achieved"]);
  });

  it("a stock that changes mid-quarter (420 from 16 July): Q3's dwellings are (15 × 400 + 77 × 420) ÷ 92 = 416.74, July's (15 × 400 + 16 × 420) ÷ 31 = 410.32", () => {
    const register: MovesRegister = {
      covers: "2024-01-01/2024-12-31",
      records: [],
      dwellings: [
        { area: cortgene, date: "2024-01-01", dwellings: 400 },
        { area: cortgene, date: "2024-07-16", dwellings: 420 },
      ],
    };
    const quarterly = partsOf(
      deriveMoves(alblasserdam, register, { areas: smallAreas, granularity: "quarter" }),
      "mutatiegraad",
      cortgene,
    );
    expect(quarterly.map(([period, numerator]) => [period, numerator])).toEqual([
      ["2024-Q1", 0],
      ["2024-Q2", 0],
      ["2024-Q3", 0],
      ["2024-Q4", 0],
    ]);
    expect(quarterly[2]?.[2]).toBeCloseTo(38_340 / 92, 9);
    const july = partsOf(
      deriveMoves(alblasserdam, register, { areas: smallAreas, granularity: "month" }),
      "mutatiegraad",
      cortgene,
    )[6];
    expect(july?.[0]).toBe("2024-07");
    expect(july?.[2]).toBeCloseTo(12_720 / 31, 9);
  });

  it("a buurt without a dwelling count gets no turnover row (a no-dwellings warning names it), though its move still counts", () => {
    const derived = deriveMoves(
      extendedModel,
      { ...woonkracht, records: [...woonkracht.records, { area: redersbuurt, date: "2024-04-04" }] },
      {
        areas: smallAreas,
        indicators: { mutatiegraad: { figure: "turnover" }, verhuizingen: { figure: "count" } },
      },
    );
    expect(partsOf(derived, "mutatiegraad", redersbuurt)).toEqual([]);
    expect(JSON.stringify(warningsOf(derived, "no-dwellings"))).toContain(redersbuurt);
    expect(valuesOf(derived, "verhuizingen", redersbuurt)).toEqual([
      ["2023", 0],
      ["2024", 1],
    ]);
    expect(valuesOf(derived, "verhuizingen", cortgene)).toEqual([
      ["2023", 6],
      ["2024", 5],
    ]);
  });

  it("a buurt whose first count is 1 July 2024 has no known stock before it: no 2024 year row; by quarter only Q3 and Q4 (0 over 200)", () => {
    const register: MovesRegister = {
      covers: "2024-01-01/2024-12-31",
      records: [],
      dwellings: [{ area: dijk, date: "2024-07-01", dwellings: 200 }],
    };
    expect(partsOf(deriveMoves(alblasserdam, register, { areas: smallAreas }), "mutatiegraad", dijk)).toEqual([]);
    expect(
      partsOf(deriveMoves(alblasserdam, register, { areas: smallAreas, granularity: "quarter" }), "mutatiegraad", dijk),
    ).toEqual([
      ["2024-Q3", 0, 200],
      ["2024-Q4", 0, 200],
    ]);
  });

  it("a move at 2024-06-30T22:30Z is made on 1 July in Amsterdam: Q3", () => {
    const derived = deriveMoves(
      alblasserdam,
      {
        covers: "2024-01-01/2024-12-31",
        records: [{ area: cortgene, date: "2024-06-30T22:30:00Z" }],
        dwellings: [{ area: cortgene, date: "2024-01-01", dwellings: 400 }],
      },
      { areas: smallAreas, granularity: "quarter" },
    );
    expect(partsOf(derived, "mutatiegraad", cortgene).map(([period, numerator]) => [period, numerator])).toEqual([
      ["2024-Q1", 0],
      ["2024-Q2", 0],
      ["2024-Q3", 1],
      ["2024-Q4", 0],
    ]);
  });

  it("errors at once: a move outside the span, one in an unknown area, an unreadable date, and a dwelling count in an unknown area", () => {
    const result = issuesOf(() =>
      deriveMoves(
        alblasserdam,
        {
          covers: "2024-01-01/2024-12-31",
          records: [
            { area: cortgene, date: "2025-01-02" },
            { area: "BU99999999", date: "2024-03-01" },
            { area: cortgene, date: "1 maart 2024" },
          ],
          dwellings: [{ area: "BU99999999", date: "2024-01-01", dwellings: 10 }],
        },
        { areas: smallAreas },
      ),
    );
    expect(result.code).toBe("invalid-records");
    expect(result.issues).toEqual(
      expect.arrayContaining([
        ['[0,"date"]', "outside-span"],
        ['[1,"area"]', "unknown-area"],
        ['["dwellings",0,"area"]', "unknown-area"],
      ]),
    );
    expect(result.issues.some(([path]) => path === '[2,"date"]')).toBe(true);
  });
});
