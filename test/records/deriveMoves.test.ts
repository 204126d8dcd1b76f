import { describe, expect, it } from "vitest";
import type { Derivation } from "../../src/records/Derivation.js";
import { deriveMoves } from "../../src/records/deriveMoves.js";
import { alblasserdam, areas, model } from "./fixtures.js";

const cortgene = "BU04820101";
const ratioRows = (derivation: Derivation) =>
  derivation.rows
    .filter((row) => row.area === cortgene && row.indicator === "mutatiegraad")
    .map((row) => [row.period, row.numerator, row.denominator]);

describe("deriveMoves: the turnover rate", () => {
  // Moves in 2024: 3 in Q1, 5 in Q2, 2 in Q3, 4 in Q4 = 14.
  const dates = [
    "01-10",
    "02-14",
    "03-30",
    "04-02",
    "04-20",
    "05-05",
    "06-01",
    "06-30",
    "08-01",
    "09-15",
    "10-01",
    "11-11",
    "12-01",
    "12-31",
  ];
  const records = dates.map((date) => ({ area: cortgene, date: `2024-${date}` }));
  // 400 dwellings from 1 January, 420 from 1 July.
  const dwellings = [
    { area: cortgene, date: "2024-01-01", dwellings: 400 },
    { area: cortgene, date: "2024-07-01", dwellings: 420 },
  ];
  const derive = (granularity: "quarter" | "year") =>
    deriveMoves(alblasserdam, { covers: "2024-01-01/2024-12-31", records, dwellings }, { areas, granularity });

  it("takes the mean daily stock as a quarter's denominator", () => {
    expect(ratioRows(derive("quarter"))).toEqual([
      ["2024-Q1", 3, 400],
      ["2024-Q2", 5, 400],
      ["2024-Q3", 2, 420],
      ["2024-Q4", 4, 420],
    ]);
  });

  it("gives by quarter the same yearly rate as by year: 14 ÷ ((182 × 400 + 184 × 420) ÷ 366)", () => {
    const yearly = ratioRows(derive("year"));
    expect(yearly).toEqual([["2024", 14, 150_080 / 366]]);
    // The engine's rule for a stock denominator: numerators sum, denominators are the
    // time-weighted mean. Q1 and Q2 have 91 days, Q3 and Q4 92.
    const quarters = ratioRows(derive("quarter"));
    const days = [91, 91, 92, 92];
    const moves = quarters.reduce((sum, row) => sum + Number(row[1]), 0);
    const stock = quarters.reduce((sum, row, index) => sum + Number(row[2]) * (days[index] ?? 0), 0) / 366;
    expect(moves / stock).toBeCloseTo(14 / (150_080 / 366), 12);
  });

  it("writes a real 0 for a quarter without moves, and no row where the stock is not known", () => {
    const derivation = deriveMoves(
      model,
      {
        covers: "2023-10-01/2024-06-30",
        records: [{ area: cortgene, date: "2024-05-01" }],
        dwellings: [{ area: cortgene, date: "2024-01-01", dwellings: 400 }],
      },
      {
        areas,
        granularity: "quarter",
        indicators: { mutatiegraad: { figure: "turnover" }, verhuizingen: { figure: "count" } },
      },
    );
    // Q4 2023 has no known stock for Cortgene; Redersbuurt and Dijk have none at all.
    expect(ratioRows(derivation)).toEqual([
      ["2024-Q1", 0, 400],
      ["2024-Q2", 1, 400],
    ]);
    expect(derivation.rows.find((row) => row.indicator === "mutatiegraad" && row.period === "2024-Q1")?.note).toContain(
      "holds no moves",
    );
    expect(derivation.warnings.find((warning) => warning.code === "no-dwellings")?.count).toBe(1 + 3 + 3);
    expect(
      derivation.rows
        .filter((row) => row.indicator === "verhuizingen" && row.area === cortgene)
        .map((row) => row.value),
    ).toEqual([0, 0, 1]);
  });
});
