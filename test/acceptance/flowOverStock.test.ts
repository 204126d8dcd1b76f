// Issue 7, point 5: flow over stock. Expected values worked out by hand from contract.md
// ("Measures"). mutatiegraad: ratio moves ÷ dwellings, the denominator a stock, relativeChange
// decrease 10%, reads as a percentage. deelnemers-per-evenement: ratio participants ÷ events,
// the denominator a flow, rule increase. nieuwsbrief-abonnees: a stock count, rule increase.
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, factorResult, measureResult, type Row } from "./helpers.js";

const gemeente = "GM0482";
const cortgene = "BU04820101";
const redersbuurt = "BU04820102";

function moves(area: string, period: string, numerator: number, denominator: number): Row {
  return { indicator: "mutatiegraad", area, period, numerator, denominator };
}

describe("evaluate: a ratio whose denominator is a stock (mutatiegraad)", () => {
  it("reads four quarters (moves 10, 12, 8, 10; 1000 dwellings each) as 40 ÷ 1000 = 0.04, not 40 ÷ 4000", () => {
    const rows = [
      moves(gemeente, "2023", 50, 1000),
      moves(gemeente, "2024-Q1", 10, 1000),
      moves(gemeente, "2024-Q2", 12, 1000),
      moves(gemeente, "2024-Q3", 8, 1000),
      moves(gemeente, "2024-Q4", 10, 1000),
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "mutatiegraad", gemeente);
    expect(measure.current).toBe(0.04);
    expect(measure.baseline).toBe(0.05);
  });

  it("gives the same rate from one yearly row (40 ÷ 1000) as from the four quarters", () => {
    const quarterly = [
      moves(gemeente, "2023", 50, 1000),
      moves(gemeente, "2024-Q1", 10, 1000),
      moves(gemeente, "2024-Q2", 12, 1000),
      moves(gemeente, "2024-Q3", 8, 1000),
      moves(gemeente, "2024-Q4", 10, 1000),
    ];
    const yearly = [moves(gemeente, "2023", 50, 1000), moves(gemeente, "2024", 40, 1000)];
    const fromQuarters = measureResult(
      evaluate(alblasserdam, parseObservations(alblasserdam, quarterly), { period: "2024", areas }),
      "mutatiegraad",
      gemeente,
    );
    const fromYear = measureResult(
      evaluate(alblasserdam, parseObservations(alblasserdam, yearly), { period: "2024", areas }),
      "mutatiegraad",
      gemeente,
    );
    expect(fromYear.current).toBe(0.04);
    expect(fromQuarters.current).toBe(fromYear.current);
    expect(fromQuarters.status).toBe(fromYear.status);
  });

  it("achieves the 10% decrease from 0.05 to 0.04: change (0.04 − 0.05) ÷ 0.05 = −0.2", () => {
    const rows = [moves(gemeente, "2023", 50, 1000), moves(gemeente, "2024", 40, 1000)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "mutatiegraad", gemeente);
    expect(measure.change).toBe(-0.2);
    expect(measure.status).toBe("achieved");
  });

  it("sums both parts over areas, never averaging rates: (30 + 10) ÷ (1000 + 250) = 0.032, not (0.03 + 0.04) ÷ 2 = 0.035", () => {
    // Baseline: (40 + 10) ÷ 1250 = 0.04; change (0.032 − 0.04) ÷ 0.04 = −0.2, achieved.
    const rows = [
      moves(cortgene, "2023", 40, 1000),
      moves(redersbuurt, "2023", 10, 250),
      moves(cortgene, "2024", 30, 1000),
      moves(redersbuurt, "2024", 10, 250),
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "mutatiegraad", gemeente);
    expect(measure.current).toBe(0.032);
    expect(measure.baseline).toBe(0.04);
    expect(measure.change).toBe(-0.2);
    expect(measure.status).toBe("achieved");
  });

  it("combines both rules from quarterly buurt rows: Cortgene 5+10+5+10 over 1000, Redersbuurt 2+3+2+3 over 250 → 40 ÷ 1250 = 0.032", () => {
    const rows = [
      moves(cortgene, "2023", 40, 1000),
      moves(redersbuurt, "2023", 10, 250),
      moves(cortgene, "2024-Q1", 5, 1000),
      moves(cortgene, "2024-Q2", 10, 1000),
      moves(cortgene, "2024-Q3", 5, 1000),
      moves(cortgene, "2024-Q4", 10, 1000),
      moves(redersbuurt, "2024-Q1", 2, 250),
      moves(redersbuurt, "2024-Q2", 3, 250),
      moves(redersbuurt, "2024-Q3", 2, 250),
      moves(redersbuurt, "2024-Q4", 3, 250),
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    expect(measureResult(evaluation, "mutatiegraad", gemeente).current).toBe(0.032);
    // Each buurt alone: 30 ÷ 1000 = 0.03 and 10 ÷ 250 = 0.04.
    expect(measureResult(evaluation, "mutatiegraad", cortgene).current).toBe(0.03);
    expect(measureResult(evaluation, "mutatiegraad", redersbuurt).current).toBe(0.04);
  });

  it("shows the rate as a percentage in the sentence: '4,0%' against '5,0%', never '0,04'", () => {
    const rows = [moves(gemeente, "2023", 50, 1000), moves(gemeente, "2024", 40, 1000)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const sentence = factorResult(evaluation, "mutatiegraad", gemeente).explanation.nl;
    expect(sentence).toContain("%");
    expect(sentence).toMatch(/(^|[^\d,])4(,0+)?\s?%/);
    expect(sentence).toMatch(/(^|[^\d,])5(,0+)?\s?%/);
    expect(sentence).not.toContain("0,04");
    expect(sentence).not.toContain("0,05");
  });
});

describe("evaluate: a ratio whose denominator is a flow (deelnemers-per-evenement)", () => {
  it("sums participants and events over quarters: (100 + 60 + 90 + 150) ÷ (4 + 2 + 3 + 6) = 400 ÷ 15, not the mean of the rates 27.5", () => {
    // Baseline 2023: 300 ÷ 12 = 25; 26.67 > 25, so the increase is achieved.
    const rows: Row[] = [
      { indicator: "deelnemers-per-evenement", area: gemeente, period: "2023", numerator: 300, denominator: 12 },
      { indicator: "deelnemers-per-evenement", area: gemeente, period: "2024-Q1", numerator: 100, denominator: 4 },
      { indicator: "deelnemers-per-evenement", area: gemeente, period: "2024-Q2", numerator: 60, denominator: 2 },
      { indicator: "deelnemers-per-evenement", area: gemeente, period: "2024-Q3", numerator: 90, denominator: 3 },
      { indicator: "deelnemers-per-evenement", area: gemeente, period: "2024-Q4", numerator: 150, denominator: 6 },
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "deelnemers-per-evenement", gemeente);
    expect(measure.current).toBeCloseTo(400 / 15, 9);
    expect(measure.baseline).toBe(25);
    expect(measure.status).toBe("achieved");
  });
});

describe("evaluate: a stock count (nieuwsbrief-abonnees)", () => {
  it("takes the last value in the span over time (quarters 100, 120, 130, 150 → 150) and sums over areas (150 + 50 = 200)", () => {
    // 2023 last values: Cortgene 140, Redersbuurt 40 → 180; 200 > 180, an increase.
    const abonnees = (area: string, period: string, value: number): Row => ({
      indicator: "nieuwsbrief-abonnees",
      area,
      period,
      value,
    });
    const rows = [
      abonnees(cortgene, "2023", 140),
      abonnees(redersbuurt, "2023", 40),
      abonnees(cortgene, "2024-Q1", 100),
      abonnees(cortgene, "2024-Q2", 120),
      abonnees(cortgene, "2024-Q3", 130),
      abonnees(cortgene, "2024-Q4", 150),
      abonnees(redersbuurt, "2024", 50),
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const buurt = factorResult(evaluation, "bereik-informatie", cortgene).measures.find(
      (measure) => measure.indicator === "nieuwsbrief-abonnees",
    );
    expect(buurt?.current).toBe(150);
    expect(buurt?.baseline).toBe(140);
    const whole = factorResult(evaluation, "bereik-informatie", gemeente).measures.find(
      (measure) => measure.indicator === "nieuwsbrief-abonnees",
    );
    expect(whole?.current).toBe(200);
    expect(whole?.baseline).toBe(180);
    expect(whole?.status).toBe("achieved");
    // The factor has three measures; websitebezoekers and artikel-clicks have no data, so the
    // factor is no-data (worst first: not-achieved, behind, no-data, not-evaluable, on-track, achieved).
    expect(factorResult(evaluation, "bereik-informatie", gemeente).status).toBe("no-data");
  });
});
