import { describe, expect, it } from "vitest";
import { explainFactor, explainMeasure, type SpanNames } from "../../../src/evaluate/internal/explain.js";
import type { Indicator, MeasureResult, Rule } from "../../../src/index.js";

const spans: SpanNames = { current: { nl: "2024", en: "2024" }, baseline: { nl: "2023", en: "2023" }, complete: true };
const count: Indicator = { id: "aantal", label: { nl: "Aantal", en: "Number" }, measure: "count", provenance: "stated" };
const ratio: Indicator = { ...count, id: "graad", label: { nl: "Graad", en: "Rate" }, measure: "ratio" };
const both = (result: MeasureResult, rule: Rule, indicator: Indicator = count) => ({
  nl: explainMeasure(result, indicator, rule, spans, "nl"),
  en: explainMeasure(result, indicator, rule, spans, "en"),
});

describe("explainMeasure", () => {
  it("names a threshold between two bounds, at least one, or at most one", () => {
    const result: MeasureResult = { indicator: "aantal", status: "achieved", current: 15 };
    expect(both(result, { kind: "threshold", atLeast: 10, atMost: 20 })).toEqual({
      nl: "15 in 2024; doel tussen 10 en 20 gehaald",
      en: "15 in 2024; target between 10 and 20 achieved",
    });
    expect(both(result, { kind: "threshold", atLeast: 10 }).nl).toBe("15 in 2024; doel minimaal 10 gehaald");
    expect(both({ ...result, status: "not-achieved" }, { kind: "threshold", atMost: 12.5 }).en).toBe("15 in 2024; target at most 12.5 not achieved");
  });

  it("names a decrease and a significant decrease", () => {
    const result: MeasureResult = { indicator: "aantal", status: "behind", current: 9, baseline: 10, change: -0.1 };
    expect(both(result, { kind: "decrease" })).toEqual({ nl: "9 in 2024 tegen 10 in 2023 (-10,0%); doel afname achter op schema", en: "9 in 2024 against 10 in 2023 (-10.0%); behind target decrease" });
    expect(both({ ...result, status: "achieved" }, { kind: "qualitative", direction: "decrease" }).nl).toContain("doel significante afname gehaald");
  });

  it("writes ratios with up to three decimals", () => {
    const result: MeasureResult = { indicator: "graad", status: "achieved", current: 0.13456, baseline: 0.15, change: -0.1029 };
    expect(both(result, { kind: "relativeChange", direction: "decrease", percent: 10 }, ratio).nl).toBe("0,135 in 2024 tegen 0,15 in 2023 (-10,3%); doel -10% gehaald");
  });

  it("says a tracked measure is monitored, with its trend when there is one", () => {
    expect(both({ indicator: "aantal", status: "monitored", current: 4, baseline: 5, change: -0.2, trend: "down" }, { kind: "tracked" })).toEqual({
      nl: "4 in 2024 tegen 5 in 2023 (-20,0%); gevolgd zonder doel, trend dalend",
      en: "4 in 2024 against 5 in 2023 (-20.0%); monitored without a target, trend down",
    });
    expect(both({ indicator: "aantal", status: "monitored", current: 4 }, { kind: "tracked" }).nl).toBe("4 in 2024; gevolgd zonder doel");
    expect(both({ indicator: "aantal", status: "monitored", current: 4, baseline: 4, change: 0, trend: "flat" }, { kind: "tracked" }).en).toContain("trend flat");
    expect(both({ indicator: "aantal", status: "monitored", current: 5, baseline: 4, change: 0.25, trend: "up" }, { kind: "tracked" }).nl).toContain("trend stijgend");
  });

  it("names both spans when neither has data", () => {
    expect(both({ indicator: "aantal", status: "no-data" }, { kind: "increase" })).toEqual({ nl: "geen gegevens voor 2024 en 2023", en: "no data for 2024 and 2023" });
  });

  it("explains incomplete data", () => {
    expect(both({ indicator: "aantal", status: "not-evaluable", reason: "incomplete-data", current: 3, baseline: 4, change: -0.25 }, { kind: "increase" }).en).toBe(
      "3 in 2024 against 4 in 2023 (-25.0%); cannot be judged: the data do not cover the whole period or the same areas",
    );
  });

  it("names the per of a perPeriod rule in each language", () => {
    const result: MeasureResult = { indicator: "aantal", status: "achieved", current: 13, target: 12 };
    expect(both(result, { kind: "perPeriod", amount: 1, per: "month" })).toEqual({ nl: "13 in 2024; doel 1 per maand gehaald", en: "13 in 2024; target 1 per month achieved" });
    expect(both(result, { kind: "perPeriod", amount: 3, per: "quarter" }).nl).toBe("13 in 2024; doel 3 per kwartaal gehaald");
  });

  it("writes a survey change of nothing as 0.0 points, without a sign", () => {
    const survey: Indicator = { ...count, measure: "share" };
    const result: MeasureResult = { indicator: "aantal", status: "not-achieved", current: 0.5, baseline: 0.5, change: 0, respondents: { current: 40, baseline: 40 }, significant: false };
    expect(both(result, { kind: "qualitative", direction: "increase" }, survey).nl).toBe(
      "50,0% positief (n=40) in 2024 tegen 50,0% positief (n=40) in 2023 (0,0 procentpunt, niet significant); doel significante toename niet gehaald",
    );
  });
});

describe("explainFactor", () => {
  it("joins the measures of a factor with several into one sentence", () => {
    const measures = [
      { indicator: count, rule: { kind: "increase" } as const },
      { indicator: ratio, rule: { kind: "increase" } as const },
    ];
    const results: MeasureResult[] = [
      { indicator: "aantal", status: "achieved", current: 2, baseline: 1, change: 1 },
      { indicator: "graad", status: "no-data" },
    ];
    expect(explainFactor({ nl: "Samen", en: "Together" }, "Alblasserdam", measures, results, spans)).toEqual({
      nl: "Samen in Alblasserdam: Aantal 2 in 2024 tegen 1 in 2023 (+100,0%), doel toename gehaald; Graad geen gegevens voor 2024 en 2023.",
      en: "Together in Alblasserdam: Number 2 in 2024 against 1 in 2023 (+100.0%), target increase achieved; Rate no data for 2024 and 2023.",
    });
  });
});
