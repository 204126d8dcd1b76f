// Issue 7, point 2: compare what both spans have ("common reach"). Expected values worked out by
// hand from contract.md ("evaluate", partial periods). fixi-meldingen: relativeChange +10%, count.
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, countRow, factorResult, measureResult, monthlyRows, warningTexts } from "./helpers.js";

const fixi = "fixi-meldingen";
const gemeente = "GM0482";
const cortgene = "BU04820101";
const redersbuurt = "BU04820102";
const centrum = "WK048201";

describe("evaluate: common reach in a partial period", () => {
  it("cuts both windows where the current data stop: Jan–May 2024 5×12 = 60 against Jan–May 2023 5×10 = 50, +20%, on-track, 't/m 31-05-2024'", () => {
    // 2023 has Jan–Jun, 2024 has Jan–May (June not yet delivered); asOf 2024-07-01.
    // (60 − 50) ÷ 50 = 0.2.
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2023, 1, 6, 10),
      ...monthlyRows(fixi, gemeente, 2024, 1, 5, 12),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-07-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(60);
    expect(measure.baseline).toBe(50);
    expect(measure.change).toBe(0.2);
    expect(measure.status).toBe("on-track");
    const sentence = factorResult(evaluation, fixi, gemeente).explanation.nl;
    expect(sentence).toContain("t/m 31-05-2024");
    expect(sentence).toContain("t/m 31-05-2023");
    expect(sentence).not.toContain("30-06-2024");
  });

  it("cuts both windows where the baseline data stop: 2024 Jan–Jun at 12, 2023 Jan–Apr at 10 → 4×12 = 48 against 40, +20%", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2023, 1, 4, 10),
      ...monthlyRows(fixi, gemeente, 2024, 1, 6, 12),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-07-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(48);
    expect(measure.baseline).toBe(40);
    expect(measure.change).toBe(0.2);
    expect(measure.status).toBe("on-track");
    expect(factorResult(evaluation, fixi, gemeente).explanation.nl).toContain("t/m 30-04-2024");
  });

  it("compares 6 months with 6 months for monthly 2024 (Jan–Jul at 11) against quarterly 2023 (30 each), asOf 2024-08-01: 66 against 60, +10%", () => {
    // Current data run to 31-07-2024. The baseline window is 1 Jan–31 Jul 2023; 2023-Q3 does not
    // lie wholly inside it, so the baseline runs to 30-06-2023. Common reach: 30 June.
    // Jan–Jun 2024: 6 × 11 = 66; 2023-Q1 + Q2 = 60; (66 − 60) ÷ 60 = 0.1. (7 months: 77, +28,3%.)
    const observations = parseObservations(alblasserdam, [
      countRow(fixi, gemeente, "2023-Q1", 30),
      countRow(fixi, gemeente, "2023-Q2", 30),
      countRow(fixi, gemeente, "2023-Q3", 30),
      countRow(fixi, gemeente, "2023-Q4", 30),
      ...monthlyRows(fixi, gemeente, 2024, 1, 7, 11),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-08-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(66);
    expect(measure.baseline).toBe(60);
    expect(measure.change).toBe(0.1);
    expect(measure.status).toBe("on-track");
    const sentence = factorResult(evaluation, fixi, gemeente).explanation.nl;
    expect(sentence).toContain("t/m 30-06-2024");
    expect(sentence).toContain("t/m 30-06-2023");
  });

  it("never runs past asOf: 2025 rows for the whole year (Jul–Dec at 50) with asOf 2025-07-01 → 6×10 = 60 against 60", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2024, 1, 12, 10),
      ...monthlyRows(fixi, gemeente, 2025, 1, 6, 10),
      ...monthlyRows(fixi, gemeente, 2025, 7, 12, 50),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2025", asOf: "2025-07-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(60);
    expect(measure.baseline).toBe(60);
    expect(measure.status).toBe("behind");
    expect(factorResult(evaluation, fixi, gemeente).explanation.nl).toContain("t/m 30-06-2025");
  });

  it("leaves out a June row that straddles a mid-month asOf (2024-06-16): Jan–May 5×11 = 55 against 5×10 = 50, +10%, with straddles-span", () => {
    // Current window [2024-01-01, 2024-06-16): 2024-06 is not wholly inside, so it is left out
    // (never split, never zero) and the current data run to 31-05. The baseline window
    // [2023-01-01, 2023-06-16) likewise leaves 2023-06 out.
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2023, 1, 12, 10),
      ...monthlyRows(fixi, gemeente, 2024, 1, 6, 11),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-06-16", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(55);
    expect(measure.baseline).toBe(50);
    expect(measure.change).toBe(0.1);
    expect(measure.status).toBe("on-track");
    expect(factorResult(evaluation, fixi, gemeente).explanation.nl).toContain("t/m 31-05-2024");
    expect(warningTexts(evaluation, "straddles-span").length).toBeGreaterThan(0);
  });

  it("leaves out a range row across the asOf edge (2024-06-01/2024-07-15, 20) and warns: Jan–May 5×11 = 55 against 50", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2023, 1, 12, 10),
      ...monthlyRows(fixi, gemeente, 2024, 1, 5, 11),
      countRow(fixi, gemeente, "2024-06-01/2024-07-15", 20),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-07-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(55);
    expect(measure.baseline).toBe(50);
    expect(measure.status).toBe("on-track");
    expect(warningTexts(evaluation, "straddles-span").length).toBeGreaterThan(0);
  });

  it("gives not-evaluable, incomplete-data for a gap in the current data (2024: Jan, Feb, Apr, May, Jun; March missing)", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2023, 1, 12, 10),
      ...monthlyRows(fixi, gemeente, 2024, 1, 2, 11),
      ...monthlyRows(fixi, gemeente, 2024, 4, 6, 11),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-07-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.status).toBe("not-evaluable");
    expect(measure.reason).toBe("incomplete-data");
    expect(factorResult(evaluation, fixi, gemeente).status).toBe("not-evaluable");
  });

  it("gives not-evaluable, incomplete-data for a gap in the baseline data (2023 without March, 2024 Jan–Jun complete)", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2023, 1, 2, 10),
      ...monthlyRows(fixi, gemeente, 2023, 4, 12, 10),
      ...monthlyRows(fixi, gemeente, 2024, 1, 6, 11),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-07-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.status).toBe("not-evaluable");
    expect(measure.reason).toBe("incomplete-data");
  });

  it("takes a parent's reach as the earliest of its buurten (May) and warns naming the lagging buurt: Centrum 5×12 + 5×11 = 115 against 100, +15%", () => {
    // Cortgene: 2024 Jan–Jun at 12; Redersbuurt: 2024 Jan–May at 11; both 2023 Jan–Dec at 10.
    // Centrum and the gemeente compare Jan–May: current 60 + 55 = 115, baseline 50 + 50 = 100.
    // Cortgene alone reaches June: 6 × 12 = 72 against 60, +20%.
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, cortgene, 2023, 1, 12, 10),
      ...monthlyRows(fixi, redersbuurt, 2023, 1, 12, 10),
      ...monthlyRows(fixi, cortgene, 2024, 1, 6, 12),
      ...monthlyRows(fixi, redersbuurt, 2024, 1, 5, 11),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", asOf: "2024-07-01", areas });
    for (const parent of [centrum, gemeente]) {
      const measure = measureResult(evaluation, fixi, parent);
      expect(measure.current, parent).toBe(115);
      expect(measure.baseline, parent).toBe(100);
      expect(measure.change, parent).toBe(0.15);
      expect(measure.status, parent).toBe("on-track");
      expect(factorResult(evaluation, fixi, parent).explanation.nl, parent).toContain("t/m 31-05-2024");
    }
    const own = measureResult(evaluation, fixi, cortgene);
    expect(own.current).toBe(72);
    expect(own.baseline).toBe(60);
    expect(factorResult(evaluation, fixi, cortgene).explanation.nl).toContain("t/m 30-06-2024");
    expect(evaluation.warnings.some((warning) => JSON.stringify(warning).includes(redersbuurt))).toBe(true);
  });
});

describe("evaluate: a complete period needs complete data", () => {
  it("gives incomplete-data for 2024 monthly rows without August (September–December present)", () => {
    const observations = parseObservations(alblasserdam, [
      countRow(fixi, gemeente, "2023", 100),
      ...monthlyRows(fixi, gemeente, 2024, 1, 7, 10),
      ...monthlyRows(fixi, gemeente, 2024, 9, 12, 10),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.status).toBe("not-evaluable");
    expect(measure.reason).toBe("incomplete-data");
  });

  it("gives incomplete-data, not a cut window, when December is missing at the end of a complete 2024", () => {
    // Jan–Nov at 11 = 121 against 100 would read +21% if the window were cut; a complete
    // period compares whole periods or nothing.
    const observations = parseObservations(alblasserdam, [
      countRow(fixi, gemeente, "2023", 100),
      ...monthlyRows(fixi, gemeente, 2024, 1, 11, 11),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.status).toBe("not-evaluable");
    expect(measure.reason).toBe("incomplete-data");
  });

  it("gives incomplete-data when the 2023 baseline lacks March (2024 given as one yearly row)", () => {
    const observations = parseObservations(alblasserdam, [
      ...monthlyRows(fixi, gemeente, 2023, 1, 2, 10),
      ...monthlyRows(fixi, gemeente, 2023, 4, 12, 10),
      countRow(fixi, gemeente, "2024", 130),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.status).toBe("not-evaluable");
    expect(measure.reason).toBe("incomplete-data");
  });

  it("gives no-data, not zero, when the baseline has no rows at all (2024: 130, 2023: nothing)", () => {
    const observations = parseObservations(alblasserdam, [countRow(fixi, gemeente, "2024", 130)]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.status).toBe("no-data");
    expect(measure.baseline).toBeUndefined();
  });

  it("keeps 0 apart from no data: a 2023 row of 0 gives not-evaluable, zero-baseline (relativeChange)", () => {
    const observations = parseObservations(alblasserdam, [
      countRow(fixi, gemeente, "2023", 0),
      countRow(fixi, gemeente, "2024", 5),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.status).toBe("not-evaluable");
    expect(measure.reason).toBe("zero-baseline");
    expect(measure.baseline).toBe(0);
  });
});
