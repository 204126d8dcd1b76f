// Issue 7, point 7: numbers in words and results without float noise. Expected values worked
// out by hand from contract.md ("Result shape" notes: a non-zero value never reads as 0; a reader
// can recompute the shown change from the shown figures; no float noise).
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import {
  areas,
  countRow,
  factorResult,
  figuresInSentence,
  measureResult,
  type Row,
  readDutchNumber,
  zeroFigure,
} from "./helpers.js";

const gemeente = "GM0482";

function moves(period: string, numerator: number, denominator: number): Row {
  return { indicator: "mutatiegraad", area: gemeente, period, numerator, denominator };
}

/**
 * Checks that the change shown in a sentence follows from the figures shown in it: recomputed
 * from the shown current and baseline, it rounds to the shown change at the shown precision.
 */
function expectRecomputable(sentence: string): void {
  const [currentToken, baselineToken, changeToken] = figuresInSentence(sentence);
  expect(currentToken, sentence).toBeDefined();
  expect(baselineToken, sentence).toBeDefined();
  expect(changeToken, sentence).toMatch(/%$/);
  const current = readDutchNumber(currentToken ?? "").value;
  const baseline = readDutchNumber(baselineToken ?? "").value;
  const shown = readDutchNumber(changeToken ?? "");
  const recomputed = ((current - baseline) / baseline) * 100;
  expect(Math.abs(recomputed - shown.value), sentence).toBeLessThanOrEqual(0.5 * 10 ** -shown.decimals + 1e-9);
}

describe("evaluate: numbers in words", () => {
  it("never reads 4/10000 → 2/10000 as '0 tegen 0': 0,02% against 0,04%, −50%", () => {
    // 2 ÷ 10000 = 0.0002 = 0.02%; 4 ÷ 10000 = 0.04%; (0.0002 − 0.0004) ÷ 0.0004 = −0.5: achieved.
    const rows = [moves("2023", 4, 10000), moves("2024", 2, 10000)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "mutatiegraad", gemeente);
    expect(measure.current).toBe(0.0002);
    expect(measure.baseline).toBe(0.0004);
    expect(measure.change).toBe(-0.5);
    expect(measure.status).toBe("achieved");
    const sentence = factorResult(evaluation, "mutatiegraad", gemeente).explanation.nl;
    expect(sentence).not.toMatch(zeroFigure);
    expect(sentence).toContain("0,02");
    expect(sentence).toContain("0,04");
    expectRecomputable(sentence);
  });

  it("shows enough digits to recompute −9,1% from 576/10000 against 634/10000 (5,8% against 6,3% would give −7,9%)", () => {
    // (0.0576 − 0.0634) ÷ 0.0634 = −0.0058 ÷ 0.0634 ≈ −0.09148: short of −10%, not achieved.
    const rows = [moves("2023", 634, 10000), moves("2024", 576, 10000)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "mutatiegraad", gemeente);
    expect(measure.change).toBeCloseTo(-58 / 634, 9);
    expect(measure.status).toBe("not-achieved");
    expectRecomputable(factorResult(evaluation, "mutatiegraad", gemeente).explanation.nl);
  });

  it("shows the README's figures for fixi-meldingen: 530 against 480, +10,4% ((530 − 480) ÷ 480 = 0.10417), gehaald", () => {
    const rows = [countRow("fixi-meldingen", gemeente, "2023", 480), countRow("fixi-meldingen", gemeente, "2024", 530)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "fixi-meldingen", gemeente);
    expect(measure.change).toBeCloseTo(50 / 480, 9);
    expect(measure.status).toBe("achieved");
    const sentence = factorResult(evaluation, "fixi-meldingen", gemeente).explanation.nl;
    expect(sentence).toContain("530");
    expect(sentence).toContain("480");
    expect(sentence).toContain("+10,4%");
    expectRecomputable(sentence);
  });

  it("writes thousands the Dutch way: 12.500 against 10.000 is +25%", () => {
    const rows = [
      countRow("fixi-meldingen", gemeente, "2023", 10000),
      countRow("fixi-meldingen", gemeente, "2024", 12500),
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    expect(measureResult(evaluation, "fixi-meldingen", gemeente).change).toBe(0.25);
    const sentence = factorResult(evaluation, "fixi-meldingen", gemeente).explanation.nl;
    expect(sentence).toContain("12.500");
    expect(sentence).toContain("10.000");
    expectRecomputable(sentence);
  });

  it("gives progress exactly 1 for 100 → 110 on +10% (110/100 − 1 = 0.10000000000000009 in floats)", () => {
    const rows = [countRow("fixi-meldingen", gemeente, "2023", 100), countRow("fixi-meldingen", gemeente, "2024", 110)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "fixi-meldingen", gemeente);
    expect(measure.progress).toBe(1);
    expect(measure.change).toBe(0.1);
    expect(measure.status).toBe("achieved");
  });

  it("gives progress exactly 1 and achieved for 1000 → 1100 and for 70 → 77 on +10%", () => {
    for (const [baseline, current] of [
      [1000, 1100],
      [70, 77],
    ] as const) {
      const rows = [
        countRow("fixi-meldingen", gemeente, "2023", baseline),
        countRow("fixi-meldingen", gemeente, "2024", current),
      ];
      const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
      const measure = measureResult(evaluation, "fixi-meldingen", gemeente);
      expect(measure.progress, `${baseline} → ${current}`).toBe(1);
      expect(measure.status, `${baseline} → ${current}`).toBe("achieved");
    }
  });

  it("gives progress exactly 1.2 for 12 new partners against 10 per year in 2024 (12 ÷ (10 × 366/366))", () => {
    const rows = [countRow("formeel-netwerk", gemeente, "2024", 12)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "formeel-netwerk", gemeente);
    expect(measure.target).toBe(10);
    expect(measure.progress).toBe(1.2);
    expect(measure.status).toBe("achieved");
  });

  it("gives an equal value under an increase rule not-achieved (strict): netwerkbijeenkomsten 8 → 8", () => {
    const rows = [
      countRow("netwerkbijeenkomsten", gemeente, "2023", 8),
      countRow("netwerkbijeenkomsten", gemeente, "2024", 8),
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    expect(measureResult(evaluation, "netwerkbijeenkomsten", gemeente).status).toBe("not-achieved");
  });

  it("accepts a baseline of 0 under an increase rule: netwerkbijeenkomsten 0 → 3 is achieved", () => {
    const rows = [
      countRow("netwerkbijeenkomsten", gemeente, "2023", 0),
      countRow("netwerkbijeenkomsten", gemeente, "2024", 3),
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "netwerkbijeenkomsten", gemeente);
    expect(measure.status).toBe("achieved");
    expect(measure.current).toBe(3);
    expect(measure.baseline).toBe(0);
  });
});

describe("the acceptance helpers read Dutch figures as a reader would", () => {
  it("reads '-9,1%' as −9.1 with 1 decimal, '+10,4%' as 10.4, '1.234,5' as 1234.5 and '0,02%' as 0.02", () => {
    expect(readDutchNumber("-9,1%")).toEqual({ value: -9.1, decimals: 1 });
    expect(readDutchNumber("−9,1%")).toEqual({ value: -9.1, decimals: 1 });
    expect(readDutchNumber("+10,4%")).toEqual({ value: 10.4, decimals: 1 });
    expect(readDutchNumber("1.234,5")).toEqual({ value: 1234.5, decimals: 1 });
    expect(readDutchNumber("0,02%")).toEqual({ value: 0.02, decimals: 2 });
  });

  it("finds current, baseline and change in the README's sentence, skipping years and dates", () => {
    const sentence =
      "Fixi-meldingen in Alblasserdam: 530 in 2024 t/m 31-05-2024 tegen 480 in 2023 (+10,4%); doel +10% gehaald.";
    expect(figuresInSentence(sentence)).toEqual(["530", "480", "+10,4%", "+10%"]);
  });

  it("sees a zero figure in '0 in 2024 tegen 0 in 2023' and '0,0%', but not in '0,02%', '-50,0%' or '2024'", () => {
    expect("0 in 2024 tegen 0 in 2023").toMatch(zeroFigure);
    expect("rate 0,0% now").toMatch(zeroFigure);
    expect("0,02% in 2024 tegen 0,04% in 2023 (-50,0%)").not.toMatch(zeroFigure);
  });
});
