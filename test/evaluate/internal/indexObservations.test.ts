import { describe, expect, it } from "vitest";
import { evaluate, parseObservations, type Observation } from "../../../src/index.js";
import { count, modelWith } from "../fixtures.js";

// Which observations count towards which span (contract.md, "Periods"), seen through evaluate:
// src/evaluate/internal/indexObservations.ts files each row under the spans it lies within.

const meldingen = modelWith([{ id: "meldingen", measure: "count", rule: { kind: "increase" } }]);
const run = (rows: unknown[]) => evaluate(meldingen, parseObservations(meldingen, rows), { period: "2024" });

describe("observations and the spans they count towards", () => {
  it("ignores, without a warning, observations wholly outside both spans, also those that touch their edges", () => {
    const rows = [
      count("meldingen", "GM0482", "2021", 1000),
      count("meldingen", "GM0482", "2022-12", 1000),
      count("meldingen", "GM0482", "2023", 100),
      count("meldingen", "GM0482", "2024", 110),
      count("meldingen", "GM0482", "2025-01", 1000),
      count("meldingen", "GM0482", "2026", 1000),
    ];
    const evaluation = run(rows);
    expect(evaluation.factors[0]).toMatchObject({ status: "achieved", measures: [{ current: 110, baseline: 100 }] });
    expect(evaluation.warnings).toEqual([]);
  });

  it("leaves out an observation that straddles the baseline's start, with a warning that names the baseline", () => {
    const rows = [
      count("meldingen", "GM0482", "2022-12-01/2023-01-31", 20),
      count("meldingen", "GM0482", "2023-02-01/2023-12-31", 90),
      count("meldingen", "GM0482", "2024", 110),
    ];
    const evaluation = run(rows);
    // Without January 2023 the baseline does not cover its year.
    expect(evaluation.factors[0]).toMatchObject({ status: "not-evaluable", reason: "incomplete-data", measures: [{ current: 110, baseline: 90 }] });
    expect(evaluation.warnings).toEqual([
      {
        code: "straddles-span",
        indicator: "meldingen",
        period: "2022-12-01/2023-01-31",
        count: 1,
        message: {
          nl: "1 observatie van meldingen voor 2022-12-01/2023-01-31 valt deels buiten 2023 en is daar niet meegeteld.",
          en: "1 observation of meldingen for 2022-12-01/2023-01-31 straddles the edge of 2023 and was left out of it.",
        },
      },
    ]);
  });

  it("warns once per span for an observation that straddles the edge between baseline and period", () => {
    const rows = [
      count("meldingen", "GM0482", "2023-01-01/2023-11-30", 90),
      count("meldingen", "GM0482", "2023-12-01/2024-01-31", 20),
      count("meldingen", "GM0482", "2024-02-01/2024-12-31", 100),
    ];
    const evaluation = run(rows);
    expect(evaluation.factors[0]).toMatchObject({ status: "not-evaluable", measures: [{ current: 100, baseline: 90 }] });
    expect(evaluation.warnings.map(({ code, period, message }) => [code, period, message.en])).toEqual([
      ["straddles-span", "2023-12-01/2024-01-31", "1 observation of meldingen for 2023-12-01/2024-01-31 straddles the edge of 2023 and was left out of it."],
      ["straddles-span", "2023-12-01/2024-01-31", "1 observation of meldingen for 2023-12-01/2024-01-31 straddles the edge of 2024 and was left out of it."],
    ]);
  });

  describe("rows that were not parsed against the model", () => {
    // evaluate takes typed rows and never throws on them: what parsing would reject is skipped,
    // with a counted warning, and never read as 0.
    const rows: Observation[] = [
      { indicator: "meldingen", area: "GM0482", period: "2023", value: 100 },
      { indicator: "meldingen", area: "GM0482", period: "2024", value: 110 },
      { indicator: "fietsen", area: "GM0482", period: "2024", value: 5 },
      { indicator: "meldingen", area: "GM0482", period: "2024-13", value: 1000 },
      { indicator: "meldingen", area: "GM0482", period: "2024-Q1" },
    ];

    it("skips a row of an unknown indicator, a row with an unreadable period and a row without its figures", () => {
      const evaluation = evaluate(meldingen, rows, { period: "2024" });
      expect(evaluation.factors).toEqual([expect.objectContaining({ factor: "meldingen", status: "achieved", measures: [expect.objectContaining({ current: 110, baseline: 100 })] })]);
      expect(evaluation.warnings.map(({ code, indicator, period, count: rowCount }) => [code, indicator, period, rowCount])).toEqual([
        ["missing-figures", "meldingen", undefined, 1],
        ["unknown-indicator", "fietsen", undefined, 1],
        ["unreadable-period", "meldingen", "2024-13", 1],
      ]);
    });

    it("reads a row without figures as missing, not as 0, whichever figure is missing", () => {
      const ratioModel = modelWith([{ id: "graad", measure: "ratio", rule: { kind: "tracked" } }]);
      const partial: Observation[] = [
        { indicator: "graad", area: "GM0482", period: "2023", numerator: 10, denominator: 100 },
        { indicator: "graad", area: "GM0482", period: "2024", numerator: 10 },
        { indicator: "graad", area: "GM0482", period: "2024", denominator: 100 },
      ];
      const evaluation = evaluate(ratioModel, partial, { period: "2024" });
      expect(evaluation.factors[0]).toMatchObject({ status: "no-data", measures: [{ baseline: 0.1 }] });
      expect(evaluation.factors[0]?.measures[0]).not.toHaveProperty("current");
      expect(evaluation.warnings).toEqual([expect.objectContaining({ code: "missing-figures", indicator: "graad", count: 2 })]);
    });
  });
});
