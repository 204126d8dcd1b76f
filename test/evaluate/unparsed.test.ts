import { describe, expect, it } from "vitest";
import { evaluate, type Observation } from "../../src/index.js";
import { modelWith } from "./fixtures.js";

const model = modelWith([
  { id: "meldingen", measure: "count", rule: { kind: "increase" } },
  { id: "graad", measure: "ratio", rule: { kind: "increase" } },
  { id: "trots", measure: "share", rule: { kind: "qualitative", direction: "increase" } },
]);

describe("evaluate on observations that were not parsed against the model", () => {
  // Typed input that skipped parseObservations: evaluate must not throw, and must not guess.
  const rows: Observation[] = [
    { indicator: "onbekend", area: "GM0482", period: "2024", value: 1 },
    { indicator: "onbekend", area: "GM0482", period: "2023", value: 1 },
    { indicator: "meldingen", area: "GM0482", period: "2024-Q5", value: 1 },
    { indicator: "meldingen", area: "GM0482", period: "2024" },
    { indicator: "graad", area: "GM0482", period: "2024", numerator: 1 },
    { indicator: "trots", area: "GM0482", period: "2024", positive: 1 },
    { indicator: "meldingen", area: "GM0482", period: "2023", value: 5 },
  ];
  const evaluation = evaluate(model, rows, { period: "2024" });

  it("skips them with counted warnings in both languages", () => {
    expect(evaluation.warnings.map(({ code, indicator, count }) => [code, indicator, count])).toEqual([
      ["missing-figures", "graad", 1],
      ["missing-figures", "meldingen", 1],
      ["missing-figures", "trots", 1],
      ["unknown-indicator", "onbekend", 2],
      ["unreadable-period", "meldingen", 1],
    ]);
    expect(evaluation.warnings[3]?.message).toEqual({
      nl: "2 observaties van de onbekende indicator 'onbekend' overgeslagen.",
      en: "2 observations of the unknown indicator 'onbekend' skipped.",
    });
    expect(evaluation.warnings[0]?.message.nl).toBe("1 observatie van graad zonder de cijfers die de indicator vraagt overgeslagen.");
  });

  it("never reads a missing figure as 0", () => {
    expect(evaluation.factors).toEqual([expect.objectContaining({ factor: "meldingen", status: "no-data", measures: [expect.objectContaining({ baseline: 5 })] })]);
    expect(evaluation.factors[0]?.measures[0]).not.toHaveProperty("current");
  });
});

describe("evaluate: warnings in the plural and the singular", () => {
  it("words a parent whose children differ between spans, in the singular and the plural", () => {
    const areas = [
      { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
      { id: "a", kind: "area", name: "A", parent: "GM0482" },
      { id: "b", kind: "area", name: "B", parent: "GM0482" },
      { id: "c", kind: "area", name: "C", parent: "a" },
      { id: "d", kind: "area", name: "D", parent: "a" },
    ] as const;
    const rows: Observation[] = [
      { indicator: "meldingen", area: "c", period: "2023", value: 1 },
      { indicator: "meldingen", area: "c", period: "2024", value: 1 },
      { indicator: "meldingen", area: "d", period: "2024", value: 1 },
      { indicator: "meldingen", area: "b", period: "2023", value: 1 },
    ];
    const [warning] = evaluate(model, rows, { period: "2024", areas: [...areas] }).warnings;
    // a: d has data only in 2024; GM0482: b has data only in 2023.
    expect(warning?.message).toEqual({
      nl: "Voor meldingen hebben 2 gebieden deelgebieden met gegevens in de ene periode maar niet in de andere; die totalen zijn niet beoordeeld.",
      en: "For meldingen, 2 areas have sub-areas with data in one period but not the other; those totals were not judged.",
    });
    const single = evaluate(model, rows.slice(0, 3), { period: "2024", areas: [...areas] }).warnings[0];
    expect(single?.message.nl).toBe("Voor meldingen heeft 1 gebied deelgebieden met gegevens in de ene periode maar niet in de andere; die totalen zijn niet beoordeeld.");
    expect(single?.message.en).toBe("For meldingen, 1 area has sub-areas with data in one period but not the other; those totals were not judged.");
  });

  it("words several straddling observations in the plural", () => {
    const rows: Observation[] = ["a", "b"].map((area) => ({ indicator: "meldingen", area, period: "2024-12-01/2025-01-31", value: 1 }));
    expect(evaluate(model, rows, { period: "2024" }).warnings[0]?.message).toEqual({
      nl: "2 observaties van meldingen voor 2024-12-01/2025-01-31 vallen deels buiten 2024 en zijn daar niet meegeteld.",
      en: "2 observations of meldingen for 2024-12-01/2025-01-31 straddle the edge of 2024 and were left out of it.",
    });
  });
});
