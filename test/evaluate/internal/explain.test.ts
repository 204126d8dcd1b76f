import { describe, expect, it } from "vitest";
import { explainFactor, explainMeasure, type SentenceContext } from "../../../src/evaluate/internal/explain.js";
import type { Indicator, MeasureResult, Rule } from "../../../src/index.js";

const spans: SentenceContext = {
  period: "2024",
  baseline: "2023",
  complete: true,
  currentThrough: "2024-12-31",
  baselineThrough: "2023-12-31",
};
const count: Indicator = {
  id: "aantal",
  label: { nl: "Aantal", en: "Number" },
  measure: "count",
  provenance: "stated",
};
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
    expect(both({ ...result, status: "not-achieved" }, { kind: "threshold", atMost: 12.5 }).en).toBe(
      "15 in 2024; target at most 12.5 not achieved",
    );
  });

  it("names a decrease and a significant decrease", () => {
    const result: MeasureResult = { indicator: "aantal", status: "behind", current: 9, baseline: 10, change: -0.1 };
    expect(both(result, { kind: "decrease" })).toEqual({
      nl: "9 in 2024 tegen 10 in 2023 (-10,0%); doel afname achter op schema",
      en: "9 in 2024 against 10 in 2023 (-10.0%); behind target decrease",
    });
    expect(both({ ...result, status: "achieved" }, { kind: "qualitative", direction: "decrease" }).nl).toContain(
      "doel significante afname gehaald",
    );
  });

  it("writes a ratio with the decimals it takes to recompute the change: 0.13456 against 0.15 is -10,3%; 0,13/0,15 would read -13,3% and 0,135/0,150 -10,0%", () => {
    const result: MeasureResult = {
      indicator: "graad",
      status: "achieved",
      current: 0.13456,
      baseline: 0.15,
      change: -0.1029,
    };
    expect(both(result, { kind: "relativeChange", direction: "decrease", percent: 10 }, ratio).nl).toBe(
      "0,1346 in 2024 tegen 0,1500 in 2023 (-10,3%); doel -10% gehaald",
    );
  });

  it("says a tracked measure is monitored, with its trend when there is one", () => {
    expect(
      both(
        { indicator: "aantal", status: "monitored", current: 4, baseline: 5, change: -0.2, trend: "down" },
        { kind: "tracked" },
      ),
    ).toEqual({
      nl: "4 in 2024 tegen 5 in 2023 (-20,0%); gevolgd zonder doel, trend dalend",
      en: "4 in 2024 against 5 in 2023 (-20.0%); monitored without a target, trend down",
    });
    expect(both({ indicator: "aantal", status: "monitored", current: 4 }, { kind: "tracked" }).nl).toBe(
      "4 in 2024; gevolgd zonder doel",
    );
    expect(
      both(
        { indicator: "aantal", status: "monitored", current: 4, baseline: 4, change: 0, trend: "flat" },
        { kind: "tracked" },
      ).en,
    ).toContain("trend flat");
    expect(
      both(
        { indicator: "aantal", status: "monitored", current: 5, baseline: 4, change: 0.25, trend: "up" },
        { kind: "tracked" },
      ).nl,
    ).toContain("trend stijgend");
  });

  it("names both spans when neither has data", () => {
    expect(both({ indicator: "aantal", status: "no-data" }, { kind: "increase" })).toEqual({
      nl: "geen gegevens voor 2024 en 2023",
      en: "no data for 2024 and 2023",
    });
  });

  it("explains incomplete data", () => {
    expect(
      both({ indicator: "aantal", status: "not-evaluable", reason: "incomplete-data" }, { kind: "increase" }),
    ).toEqual({
      nl: "niet te beoordelen: de gegevens hebben een gat, of dekken de periode niet tot het eind",
      en: "cannot be judged: the data have a gap, or do not cover the period to its end",
    });
  });

  it("names the per of a perPeriod rule in each language", () => {
    const result: MeasureResult = { indicator: "aantal", status: "achieved", current: 13, target: 12 };
    expect(both(result, { kind: "perPeriod", amount: 1, per: "month" })).toEqual({
      nl: "13 in 2024; doel 1 per maand gehaald",
      en: "13 in 2024; target 1 per month achieved",
    });
    expect(both(result, { kind: "perPeriod", amount: 3, per: "quarter" }).nl).toBe(
      "13 in 2024; doel 3 per kwartaal gehaald",
    );
  });

  it("writes a survey change of nothing as 0.0 points, without a sign", () => {
    const survey: Indicator = { ...count, measure: "share" };
    const result: MeasureResult = {
      indicator: "aantal",
      status: "not-achieved",
      current: 0.5,
      baseline: 0.5,
      change: 0,
      respondents: { current: 40, baseline: 40 },
      significant: false,
    };
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

describe("explainMeasure: figures", () => {
  const survey: Indicator = { ...count, id: "trots", label: { nl: "Trots", en: "Pride" }, measure: "share" };
  const stock: Indicator = { ...count, id: "abonnees", measure: "stock" };
  const rise: Rule = { kind: "qualitative", direction: "increase" };

  it("writes a survey rise in percentage points with a plus and one decimal, also when the decimal is 0", () => {
    const result: MeasureResult = {
      indicator: "trots",
      status: "not-achieved",
      current: 0.5,
      baseline: 0.4,
      change: 0.25,
      respondents: { current: 100, baseline: 100 },
      significant: false,
    };
    expect(both(result, rise, survey)).toEqual({
      nl: "50,0% positief (n=100) in 2024 tegen 40,0% positief (n=100) in 2023 (+10,0 procentpunt, niet significant); doel significante toename niet gehaald",
      en: "50.0% positive (n=100) in 2024 against 40.0% positive (n=100) in 2023 (+10.0 percentage points, not significant); target significant increase not achieved",
    });
  });

  it("writes a survey fall with a minus sign only", () => {
    const result: MeasureResult = {
      indicator: "trots",
      status: "achieved",
      current: 0.1,
      baseline: 0.4,
      change: -0.75,
      respondents: { current: 200, baseline: 200 },
      significant: true,
    };
    expect(both(result, { kind: "qualitative", direction: "decrease" }, survey).nl).toBe(
      "10,0% positief (n=200) in 2024 tegen 40,0% positief (n=200) in 2023 (-30,0 procentpunt, significant); doel significante afname gehaald",
    );
  });

  it("writes no plus for a survey rise too small to show at one decimal", () => {
    const result: MeasureResult = {
      indicator: "trots",
      status: "not-achieved",
      current: 0.5004,
      baseline: 0.5,
      change: 0.0008,
      respondents: { current: 5000, baseline: 5000 },
      significant: false,
    };
    expect(both(result, rise, survey).en).toBe(
      "50.0% positive (n=5,000) in 2024 against 50.0% positive (n=5,000) in 2023 (0.0 percentage points, not significant); target significant increase not achieved",
    );
  });

  it("leaves out the significance of a survey that could not be judged, and names the rule's minimum of respondents", () => {
    const result: MeasureResult = {
      indicator: "trots",
      status: "not-evaluable",
      reason: "too-few-respondents",
      current: 0.6,
      baseline: 0.5,
      change: 0.2,
      respondents: { current: 40, baseline: 45 },
    };
    expect(both(result, { ...rise, minRespondents: 50 }, survey)).toEqual({
      nl: "60,0% positief (n=40) in 2024 tegen 50,0% positief (n=45) in 2023 (+10,0 procentpunt); te weinig respondenten om te beoordelen (minimaal 50 per periode)",
      en: "60.0% positive (n=40) in 2024 against 50.0% positive (n=45) in 2023 (+10.0 percentage points); too few respondents to judge (at least 50 per period)",
    });
  });

  it("writes no change after a baseline of 0, and says why the rule cannot judge it", () => {
    const result: MeasureResult = {
      indicator: "aantal",
      status: "not-evaluable",
      reason: "zero-baseline",
      current: 4,
      baseline: 0,
      trend: "up",
    };
    expect(both(result, { kind: "relativeChange", direction: "increase", percent: 10 })).toEqual({
      nl: "4 in 2024 tegen 0 in 2023; geen relatieve verandering te berekenen vanaf 0",
      en: "4 in 2024 against 0 in 2023; no relative change can be computed from 0",
    });
  });

  it("writes a stock with two significant digits after the point where that recomputes the change: 1.234,6 against 1.000 is +23,5% (234,6 ÷ 1000 = 23,46%)", () => {
    const result: MeasureResult = {
      indicator: "abonnees",
      status: "achieved",
      current: 1234.567,
      baseline: 1000,
      change: 0.234567,
    };
    expect(both(result, { kind: "increase" }, stock).nl).toBe(
      "1.234,6 in 2024 tegen 1.000 in 2023 (+23,5%); doel toename gehaald",
    );
  });

  it("names only the current span when only it lacks data, and shows the baseline that is there", () => {
    expect(both({ indicator: "aantal", status: "no-data", baseline: 5 }, { kind: "increase" })).toEqual({
      nl: "5 in 2023; geen gegevens voor 2024",
      en: "5 in 2023; no data for 2024",
    });
  });

  it("names only the baseline span when only it lacks data", () => {
    expect(both({ indicator: "aantal", status: "no-data", current: 5 }, { kind: "increase" })).toEqual({
      nl: "5 in 2024; geen gegevens voor 2023",
      en: "5 in 2024; no data for 2023",
    });
  });

  it("names a relative target with its sign and the percent in the language's format", () => {
    const result: MeasureResult = {
      indicator: "aantal",
      status: "not-achieved",
      current: 102,
      baseline: 100,
      change: 0.02,
    };
    expect(both(result, { kind: "relativeChange", direction: "increase", percent: 2.5 })).toEqual({
      nl: "102 in 2024 tegen 100 in 2023 (+2,0%); doel +2,5% niet gehaald",
      en: "102 in 2024 against 100 in 2023 (+2.0%); target +2.5% not achieved",
    });
  });
});
