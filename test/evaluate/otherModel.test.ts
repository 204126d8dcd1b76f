import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { count, hierarchy, modelWith, ratio } from "./fixtures.js";

// Observations parsed against one model and evaluated with another: the rows the second model
// cannot read are skipped, counted and named, never read as something else.
describe("evaluate: observations parsed against another model", () => {
  const parsedWith = modelWith([
    { id: "meldingen", measure: "count", rule: { kind: "increase" } },
    { id: "fietsen", measure: "count", rule: { kind: "increase" } },
  ]);
  const evaluatedWith = modelWith([{ id: "meldingen", measure: "ratio", rule: { kind: "increase" } }]);
  const rows = parseObservations(parsedWith, [
    count("meldingen", "GM0482", "2023", 10),
    count("meldingen", "GM0482", "2024", 12),
    count("fietsen", "GM0482", "2024", 3),
  ]);

  it("skips the rows of an indicator measured differently (2 count rows for a ratio) and of an unknown one (1 row), with a warning each", () => {
    const evaluation = evaluate(evaluatedWith, rows, { period: "2024", areas: [...hierarchy] });
    expect(evaluation.warnings).toEqual([
      {
        code: "measure-differs",
        indicator: "meldingen",
        count: 2,
        message: {
          nl: "2 observaties van meldingen zijn gelezen met een model waarin de indicator anders gemeten wordt, en overgeslagen.",
          en: "2 observations of meldingen were parsed with a model that measures the indicator differently, and skipped.",
        },
      },
      {
        code: "unknown-indicator",
        indicator: "fietsen",
        count: 1,
        message: {
          nl: "1 observatie van de indicator 'fietsen', die dit model niet heeft, is overgeslagen.",
          en: "1 observation of the indicator 'fietsen', which this model does not have, was skipped.",
        },
      },
    ]);
    // The skipped rows are no data, not zeros.
    expect(evaluation.factors).toEqual([
      expect.objectContaining({
        factor: "meldingen",
        area: "GM0482",
        status: "no-data",
        measures: [{ indicator: "meldingen", status: "no-data" }],
      }),
    ]);
  });

  it("reads the rows of an indicator measured alike, and warns of nothing", () => {
    const ratios = modelWith([{ id: "mutatie", measure: "ratio", rule: { kind: "increase" } }]);
    const parsed = parseObservations(ratios, [
      ratio("mutatie", "GM0482", "2023", 1, 10),
      ratio("mutatie", "GM0482", "2024", 2, 10),
    ]);
    const evaluation = evaluate(modelWith([{ id: "mutatie", measure: "ratio", rule: { kind: "decrease" } }]), parsed, {
      period: "2024",
      areas: [...hierarchy],
    });
    expect(evaluation.warnings).toEqual([]);
    // 2/10 against 1/10 rises: a decrease is not met.
    expect(evaluation.statusOf("mutatie", "GM0482")).toBe("not-achieved");
  });
});
