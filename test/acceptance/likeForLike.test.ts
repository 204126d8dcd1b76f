// Issue 7, point 4: like-for-like sets for a growing programme. Expected values worked out by
// hand from contract.md ("Areas", like-for-like set). fixi-meldingen: relativeChange +10%, count.
//
// Nine buurten in two wijken: Centrum (0101–0105) and Kinderdijk (0201, 0202, 0203, 0205).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, countRow, factorResult, measureResult, type Row, warningTexts } from "./helpers.js";

const fixi = "fixi-meldingen";
const gemeente = "GM0482";
const centrum = "WK048201";
const kinderdijk = "WK048202";
const nineBuurten = [
  "BU04820101",
  "BU04820102",
  "BU04820103",
  "BU04820104",
  "BU04820105",
  "BU04820201",
  "BU04820202",
  "BU04820203",
  "BU04820205",
] as const;
const polderbuurt = "BU04820104";
const deWerven = "BU04820105";
const rivierenbuurt = "BU04820205";

/** 2024: all nine, the seven old ones at 120 and the two new ones at 500; 2023: the seven at 100. */
function growingRows(): Row[] {
  const newInTwentyFour: readonly string[] = [polderbuurt, deWerven];
  return nineBuurten.flatMap((buurt) =>
    newInTwentyFour.includes(buurt)
      ? [countRow(fixi, buurt, "2024", 500)]
      : [countRow(fixi, buurt, "2023", 100), countRow(fixi, buurt, "2024", 120)],
  );
}

describe("evaluate: like-for-like set of buurten", () => {
  it("compares the 7 buurten present in both years: 7×120 = 840 against 7×100 = 700, +20%, achieved", () => {
    // With the two new buurten the gemeente would read 1840 against 700 (+162,9%).
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, growingRows()), {
      period: "2024",
      areas,
    });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(840);
    expect(measure.baseline).toBe(700);
    expect(measure.change).toBe(0.2);
    expect(measure.status).toBe("achieved");
  });

  it("says '7 van 9 buurten' in the gemeente's sentence", () => {
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, growingRows()), {
      period: "2024",
      areas,
    });
    expect(factorResult(evaluation, fixi, gemeente).explanation.nl).toContain("7 van 9 buurten");
  });

  it("warns areas-differ and names the two buurten left out (Polderbuurt BU04820104, De Werven BU04820105)", () => {
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, growingRows()), {
      period: "2024",
      areas,
    });
    const warnings = warningTexts(evaluation, "areas-differ");
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.some((text) => text.includes(polderbuurt))).toBe(true);
    expect(warnings.some((text) => text.includes(deWerven))).toBe(true);
  });

  it("applies the same set in the wijk: Centrum compares 3 of 5 buurten, 3×120 = 360 against 300, '3 van 5 buurten'", () => {
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, growingRows()), {
      period: "2024",
      areas,
    });
    const measure = measureResult(evaluation, fixi, centrum);
    expect(measure.current).toBe(360);
    expect(measure.baseline).toBe(300);
    expect(measure.change).toBe(0.2);
    expect(factorResult(evaluation, fixi, centrum).explanation.nl).toContain("3 van 5 buurten");
    // Kinderdijk has its four buurten in both years: 480 against 400.
    const whole = measureResult(evaluation, fixi, kinderdijk);
    expect(whole.current).toBe(480);
    expect(whole.baseline).toBe(400);
  });

  it("handles a buurt that stopped: 2023 nine at 100, 2024 eight at 90 (Rivierenbuurt stopped) → 720 against 800, −10%, '8 van 9 buurten'", () => {
    // (720 − 800) ÷ 800 = −0.1: a fall, so the +10% target is not achieved. With Rivierenbuurt
    // in the baseline it would read 720 against 900 (−20%).
    const rows = nineBuurten.flatMap((buurt) =>
      buurt === rivierenbuurt
        ? [countRow(fixi, buurt, "2023", 100)]
        : [countRow(fixi, buurt, "2023", 100), countRow(fixi, buurt, "2024", 90)],
    );
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(720);
    expect(measure.baseline).toBe(800);
    expect(measure.change).toBe(-0.1);
    expect(measure.status).toBe("not-achieved");
    expect(factorResult(evaluation, fixi, gemeente).explanation.nl).toContain("8 van 9 buurten");
    expect(warningTexts(evaluation, "areas-differ").some((text) => text.includes(rivierenbuurt))).toBe(true);
  });

  it("names areas left out in both directions: Polderbuurt new in 2024, Rivierenbuurt stopped → 7×110 = 770 against 700, '7 van 9 buurten'", () => {
    // The seven common buurten: 2023 at 100, 2024 at 110. Polderbuurt 2024 only (300),
    // Rivierenbuurt 2023 only (300). (770 − 700) ÷ 700 = 0.1: met exactly.
    const rows = nineBuurten.flatMap((buurt) => {
      if (buurt === polderbuurt) return [countRow(fixi, buurt, "2024", 300)];
      if (buurt === rivierenbuurt) return [countRow(fixi, buurt, "2023", 300)];
      return [countRow(fixi, buurt, "2023", 100), countRow(fixi, buurt, "2024", 110)];
    });
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(770);
    expect(measure.baseline).toBe(700);
    expect(measure.change).toBe(0.1);
    expect(measure.status).toBe("achieved");
    expect(factorResult(evaluation, fixi, gemeente).explanation.nl).toContain("7 van 9 buurten");
    const warnings = warningTexts(evaluation, "areas-differ");
    expect(warnings.some((text) => text.includes(polderbuurt))).toBe(true);
    expect(warnings.some((text) => text.includes(rivierenbuurt))).toBe(true);
  });

  it("lets a parent's own observation win over its children's: gemeente rows 400 (2023) and 500 (2024) over buurten summing 300 and 310 → +25%", () => {
    const rows = [
      countRow(fixi, gemeente, "2023", 400),
      countRow(fixi, gemeente, "2024", 500),
      countRow(fixi, "BU04820101", "2023", 150),
      countRow(fixi, "BU04820101", "2024", 160),
      countRow(fixi, "BU04820102", "2023", 150),
      countRow(fixi, "BU04820102", "2024", 150),
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.current).toBe(500);
    expect(measure.baseline).toBe(400);
    expect(measure.change).toBe(0.25);
    expect(measure.status).toBe("achieved");
  });

  it("gives the same evaluation, deeply equal, whatever the order of the observations (property)", () => {
    const rows = growingRows();
    const reference = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, shuffled), {
          period: "2024",
          areas,
        });
        expect(evaluation).toEqual(reference);
      }),
      { numRuns: 25 },
    );
  });

  it("makes a parent's count the sum of its buurten's when every buurt has both years (property)", () => {
    const counts = fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 })), {
      minLength: nineBuurten.length,
      maxLength: nineBuurten.length,
    });
    fc.assert(
      fc.property(counts, (pairs) => {
        const rows = nineBuurten.flatMap((buurt, index) => {
          const [baseline = 1, current = 0] = pairs[index] ?? [];
          return [countRow(fixi, buurt, "2023", baseline), countRow(fixi, buurt, "2024", current)];
        });
        const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), {
          period: "2024",
          areas,
        });
        const measure = measureResult(evaluation, fixi, gemeente);
        expect(measure.baseline).toBe(pairs.reduce((sum, [baseline]) => sum + baseline, 0));
        expect(measure.current).toBe(pairs.reduce((sum, [, current]) => sum + current, 0));
      }),
      { numRuns: 25 },
    );
  });
});
