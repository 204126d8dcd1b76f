// Issue 7, point 3: perPeriod, threshold and tracked read no baseline, so a buurt without
// baseline rows never holds its parents back. Expected values worked out by hand from
// contract.md ("evaluate", "Areas"). formeel-netwerk: perPeriod 10 per year, count.
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, countRow, factorResult, measureResult, modelWithRule, type Row } from "./helpers.js";

const gemeente = "GM0482";
const centrum = "WK048201";
const cortgene = "BU04820101";
const redersbuurt = "BU04820102";

describe("evaluate: rules that read no baseline", () => {
  it("sums two buurten with 6 and 5 new partners in 2024 and no 2023 rows: gemeente 11, achieved against 10", () => {
    const observations = parseObservations(alblasserdam, [
      countRow("formeel-netwerk", cortgene, "2024", 6),
      countRow("formeel-netwerk", redersbuurt, "2024", 5),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    for (const parent of [centrum, gemeente]) {
      const measure = measureResult(evaluation, "formeel-netwerk", parent);
      expect(measure.current, parent).toBe(11);
      expect(measure.target, parent).toBe(10);
      // 11 ÷ 10 = 1.1
      expect(measure.progress, parent).toBe(1.1);
      expect(measure.status, parent).toBe("achieved");
      expect(factorResult(evaluation, "formeel-netwerk", parent).status, parent).toBe("achieved");
    }
    // Each buurt alone falls short of 10.
    expect(measureResult(evaluation, "formeel-netwerk", cortgene).status).toBe("not-achieved");
    expect(measureResult(evaluation, "formeel-netwerk", redersbuurt).status).toBe("not-achieved");
  });

  it("does not apply a like-for-like set to perPeriod: Cortgene 4 (2023) and 6 (2024), Redersbuurt 5 (2024 only) → gemeente 11, not 6", () => {
    const observations = parseObservations(alblasserdam, [
      countRow("formeel-netwerk", cortgene, "2023", 4),
      countRow("formeel-netwerk", cortgene, "2024", 6),
      countRow("formeel-netwerk", redersbuurt, "2024", 5),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, "formeel-netwerk", gemeente);
    expect(measure.current).toBe(11);
    expect(measure.status).toBe("achieved");
  });

  it("judges a threshold atLeast 0.5 on a pooled share without baseline rows: (30 + 25) ÷ (40 + 60) = 0.55, achieved", () => {
    // Cortgene 30/40 = 0.75 passes, Redersbuurt 25/60 ≈ 0.4167 fails; the gemeente pools:
    // 55/100 = 0.55 (the average of the two rates, 0.583, would be wrong).
    const model = modelWithRule("trots-op-buurt", { kind: "threshold", atLeast: 0.5 });
    const rows: Row[] = [
      { indicator: "trots-op-buurt", area: cortgene, period: "2024", respondents: 40, positive: 30 },
      { indicator: "trots-op-buurt", area: redersbuurt, period: "2024", respondents: 60, positive: 25 },
    ];
    const evaluation = evaluate(model, parseObservations(model, rows), { period: "2024", areas });
    const parent = measureResult(evaluation, "trots-op-buurt", gemeente);
    expect(parent.current).toBe(0.55);
    expect(parent.status).toBe("achieved");
    expect(measureResult(evaluation, "trots-op-buurt", cortgene).status).toBe("achieved");
    expect(measureResult(evaluation, "trots-op-buurt", redersbuurt).status).toBe("not-achieved");
  });

  it("monitors a tracked count without baseline rows: 6 + 5 = 11 at the gemeente, status monitored", () => {
    const model = modelWithRule("fixi-meldingen", { kind: "tracked" });
    const observations = parseObservations(model, [
      countRow("fixi-meldingen", cortgene, "2024", 6),
      countRow("fixi-meldingen", redersbuurt, "2024", 5),
    ]);
    const evaluation = evaluate(model, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, "fixi-meldingen", gemeente);
    expect(measure.status).toBe("monitored");
    expect(measure.current).toBe(11);
  });

  it.each([
    [100, 120, "up"],
    [100, 100, "flat"],
    [100, 80, "down"],
  ] as const)("gives a tracked count from %i (2023) to %i (2024) the trend %s", (baseline, current, trend) => {
    const model = modelWithRule("fixi-meldingen", { kind: "tracked" });
    const observations = parseObservations(model, [
      countRow("fixi-meldingen", gemeente, "2023", baseline),
      countRow("fixi-meldingen", gemeente, "2024", current),
    ]);
    const evaluation = evaluate(model, observations, { period: "2024", areas });
    const measure = measureResult(evaluation, "fixi-meldingen", gemeente);
    expect(measure.status).toBe("monitored");
    expect(measure.trend).toBe(trend);
  });

  it("does not let a monitored measure lower a factor: tracked fixi-meldingen alone gives the factor status monitored", () => {
    const model = modelWithRule("fixi-meldingen", { kind: "tracked" });
    const observations = parseObservations(model, [countRow("fixi-meldingen", gemeente, "2024", 7)]);
    const evaluation = evaluate(model, observations, { period: "2024", areas });
    expect(factorResult(evaluation, "fixi-meldingen", gemeente).status).toBe("monitored");
  });
});
