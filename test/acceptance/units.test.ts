// Issue 7, point 6: units and scales. Expected values worked out by hand from contract.md
// ("Measures": results keep the natural value; threshold bounds are written in it).
import { describe, expect, it } from "vitest";
import { evaluate, parseModel, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, factorResult, measureResult, modelWithRule, presetWithRule, type Row } from "./helpers.js";

const gemeente = "GM0482";

function trots(period: string, respondents: number, positive: number): Row {
  return { indicator: "trots-op-buurt", area: gemeente, period, respondents, positive };
}

describe("parseModel and evaluate: threshold bounds in the natural value", () => {
  it("passes a share of 40 ÷ 50 = 0.8 against atLeast 0.5: achieved, current 0.8", () => {
    const model = modelWithRule("trots-op-buurt", { kind: "threshold", atLeast: 0.5 });
    const evaluation = evaluate(model, parseObservations(model, [trots("2024", 50, 40)]), { period: "2024", areas });
    const measure = measureResult(evaluation, "trots-op-buurt", gemeente);
    expect(measure.current).toBe(0.8);
    expect(measure.status).toBe("achieved");
  });

  it("fails a share of 20 ÷ 50 = 0.4 against atLeast 0.5: not-achieved", () => {
    const model = modelWithRule("trots-op-buurt", { kind: "threshold", atLeast: 0.5 });
    const evaluation = evaluate(model, parseObservations(model, [trots("2024", 50, 20)]), { period: "2024", areas });
    expect(measureResult(evaluation, "trots-op-buurt", gemeente).status).toBe("not-achieved");
  });

  it("fails a share of 45 ÷ 50 = 0.9 against atMost 0.8: not-achieved", () => {
    const model = modelWithRule("trots-op-buurt", { kind: "threshold", atMost: 0.8 });
    const evaluation = evaluate(model, parseObservations(model, [trots("2024", 50, 45)]), { period: "2024", areas });
    expect(measureResult(evaluation, "trots-op-buurt", gemeente).status).toBe("not-achieved");
  });

  it("rejects atLeast: 50 on a share, telling to write 0.5 for 50%", () => {
    expect(() => parseModel(presetWithRule("trots-op-buurt", { kind: "threshold", atLeast: 50 }))).toThrow(/0\.5\b/);
  });

  it("rejects atMost: 80 on a share, telling to write 0.8 for 80%", () => {
    expect(() => parseModel(presetWithRule("trots-op-buurt", { kind: "threshold", atMost: 80 }))).toThrow(/0\.8\b/);
  });

  it("accepts atLeast: 50 on a count (fixi-meldingen), whose natural value is a number of reports", () => {
    expect(() => parseModel(presetWithRule("fixi-meldingen", { kind: "threshold", atLeast: 50 }))).not.toThrow();
  });

  it("judges a threshold atMost 0.05 on mutatiegraad 40 ÷ 1000 = 0.04 as achieved and shows it as a percentage", () => {
    const model = modelWithRule("mutatiegraad", { kind: "threshold", atMost: 0.05 });
    const rows: Row[] = [
      { indicator: "mutatiegraad", area: gemeente, period: "2024", numerator: 40, denominator: 1000 },
    ];
    const evaluation = evaluate(model, parseObservations(model, rows), { period: "2024", areas });
    expect(measureResult(evaluation, "mutatiegraad", gemeente).status).toBe("achieved");
    const sentence = factorResult(evaluation, "mutatiegraad", gemeente).explanation.nl;
    expect(sentence).toMatch(/(^|[^\d,])4(,0+)?\s?%/);
    expect(sentence).not.toContain("0,04");
  });

  it("keeps a share as a fraction in results and a percentage in the sentence: 30 ÷ 50 = 0.6 shows as 60%", () => {
    const model = modelWithRule("trots-op-buurt", { kind: "threshold", atLeast: 0.5 });
    const evaluation = evaluate(model, parseObservations(model, [trots("2024", 50, 30)]), { period: "2024", areas });
    expect(measureResult(evaluation, "trots-op-buurt", gemeente).current).toBe(0.6);
    const sentence = factorResult(evaluation, "trots-op-buurt", gemeente).explanation.nl;
    expect(sentence).toMatch(/(^|[^\d,])60(,0+)?\s?%/);
    expect(sentence).not.toContain("0,6");
  });
});

describe("evaluate: qualitative rule on a survey share (trots-op-buurt)", () => {
  it("achieves a significant rise 40/100 → 60/100 (pooled p = 0.5, z = 0.2 ÷ √(0.5·0.5·0.02) ≈ 2.83 > 1.96)", () => {
    const rows = [trots("2023", 100, 40), trots("2024", 100, 60)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "trots-op-buurt", gemeente);
    expect(measure.current).toBe(0.6);
    expect(measure.baseline).toBe(0.4);
    expect(measure.status).toBe("achieved");
  });

  it("does not achieve a rise that is not significant: 50/100 → 55/100 (z ≈ 0.05 ÷ 0.0706 ≈ 0.71 < 1.96)", () => {
    const rows = [trots("2023", 100, 50), trots("2024", 100, 55)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    expect(measureResult(evaluation, "trots-op-buurt", gemeente).status).toBe("not-achieved");
  });

  it("does not achieve a significant fall: 60/100 → 40/100", () => {
    const rows = [trots("2023", 100, 60), trots("2024", 100, 40)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    expect(measureResult(evaluation, "trots-op-buurt", gemeente).status).toBe("not-achieved");
  });

  it("gives not-evaluable, too-few-respondents for 29 respondents in 2024 (default minimum 30)", () => {
    const rows = [trots("2023", 100, 40), trots("2024", 29, 25)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, "trots-op-buurt", gemeente);
    expect(measure.status).toBe("not-evaluable");
    expect(measure.reason).toBe("too-few-respondents");
  });
});
