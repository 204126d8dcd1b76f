import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
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

describe("deriveMoves: outside the register, and one row without a stock", () => {
  it("names moves outside the register's areas by id, or by index when they have none", () => {
    const derivation = deriveMoves(
      model,
      {
        covers: "2024",
        areas: ["WK048201"],
        records: [
          { area: cortgene, date: "2024-05-01" },
          { area: "BU04820201", date: "2024-05-01" },
          { id: "m-dijk", area: "BU04820201", date: "2024-06-01" },
        ],
      },
      { areas, indicators: { verhuizingen: { figure: "count" } } },
    );
    // Wijk 01: Cortgene 1, Redersbuurt 0. The two in Dijk: record 1 (no id) and m-dijk.
    expect(derivation.rows.map((row) => [row.area, row.value])).toEqual([
      [cortgene, 1],
      ["BU04820102", 0],
    ]);
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "outside-areas", count: 2, examples: ["#1", "m-dijk"] }),
    );
  });

  it("says '1 row' when one row has no known stock", () => {
    const derivation = deriveMoves(
      model,
      { covers: "2024", records: [{ area: cortgene, date: "2024-05-01" }], dwellings: [] },
      { areas: areas.filter((area) => area.id !== "BU04820102" && area.id !== "BU04820201" && area.id !== "WK048202") },
    );
    const warning = derivation.warnings.find((candidate) => candidate.code === "no-dwellings");
    // Only Cortgene is left, and its 2024 has no stock: one row not written.
    expect(warning?.count).toBe(1);
    expect(warning?.message.en).toContain(": 1 row not written");
    expect(warning?.message.nl).toContain(": 1 rij niet geschreven");
  });

  it("reports an unreadable id of a move at its index, and a register that is no object", () => {
    let found: unknown[] = [];
    try {
      deriveMoves(
        model,
        { covers: "2024", records: [{ id: { n: 1 }, area: cortgene, date: "2024-05-01" }] },
        { areas },
      );
    } catch (error) {
      if (error instanceof BuurtaanpakError) found = error.issues.map((issue) => [issue.path, issue.code]);
    }
    expect(found).toEqual([[[0, "id"], "wrong-type"]]);
    expect(() => deriveMoves(model, "2024" as never, { areas })).toThrow(BuurtaanpakError);
  });
});
