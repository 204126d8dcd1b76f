// Issue 7, point 9: every factor at the top, and the factor and roll-up rules of contract.md
// ("Result shape" notes). domain.md section 8: 5 groups, 7 + 6 + 5 + 6 + 3 = 27 factors.
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, countRow, type EvaluationResult, factorIds, factorResult, measureResult } from "./helpers.js";

const gemeente = "GM0482";

/** The roll-up of one group at the gemeente (`RollUp` carries `group`, `subgoal` or `goal`). */
function groupRollUp(evaluation: EvaluationResult, group: string) {
  return evaluation.groups.find((rollUp) => "group" in rollUp && rollUp.group === group && rollUp.area === gemeente);
}

describe("evaluate: every factor at the top-level area", () => {
  it("gives GM0482 a result for all 27 factors when only fixi-meldingen has data (in one buurt); the other 26 are no-data", () => {
    const observations = parseObservations(alblasserdam, [
      countRow("fixi-meldingen", "BU04820101", "2023", 100),
      countRow("fixi-meldingen", "BU04820101", "2024", 110),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const atTop = evaluation.factors.filter((result) => result.area === gemeente);
    expect(factorIds()).toHaveLength(27);
    expect(atTop.map((result) => result.factor).sort()).toEqual(factorIds().sort());
    expect(factorResult(evaluation, "fixi-meldingen", gemeente).status).toBe("achieved");
    const others = atTop.filter((result) => result.factor !== "fixi-meldingen");
    expect(others).toHaveLength(26);
    expect(others.every((result) => result.status === "no-data")).toBe(true);
  });

  it("gives GM0482 27 no-data results when there are no observations at all", () => {
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, []), { period: "2024", areas });
    const atTop = evaluation.factors.filter((result) => result.area === gemeente);
    expect(atTop).toHaveLength(27);
    expect(atTop.every((result) => result.status === "no-data")).toBe(true);
  });

  it("gives a two-measure factor the worse status: organisaties-met-plekken 5 → 7 (achieved), werkgevers-met-werk 4 → 4 (not-achieved) → not-achieved", () => {
    const observations = parseObservations(alblasserdam, [
      countRow("organisaties-met-plekken", gemeente, "2023", 5),
      countRow("organisaties-met-plekken", gemeente, "2024", 7),
      countRow("werkgevers-met-werk", gemeente, "2023", 4),
      countRow("werkgevers-met-werk", gemeente, "2024", 4),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const result = factorResult(evaluation, "talentontwikkelplekken", gemeente);
    const byIndicator = new Map(result.measures.map((measure) => [measure.indicator, measure.status]));
    expect(byIndicator.get("organisaties-met-plekken")).toBe("achieved");
    expect(byIndicator.get("werkgevers-met-werk")).toBe("not-achieved");
    expect(result.status).toBe("not-achieved");
  });

  it("scores the group signalering-netwerk at GM0482 as 1 ÷ (1 + 1) = 0.5: formeel-netwerk achieved, netwerkbijeenkomsten not-achieved, 4 no-data", () => {
    // formeel-netwerk 12 ≥ 10: achieved. netwerkbijeenkomsten 9 → 7: a fall under `increase`.
    const observations = parseObservations(alblasserdam, [
      countRow("formeel-netwerk", gemeente, "2024", 12),
      countRow("netwerkbijeenkomsten", gemeente, "2023", 9),
      countRow("netwerkbijeenkomsten", gemeente, "2024", 7),
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    expect(measureResult(evaluation, "netwerkbijeenkomsten", gemeente).status).toBe("not-achieved");
    const rollUp = groupRollUp(evaluation, "signalering-netwerk");
    expect(rollUp?.score).toBe(0.5);
    expect(rollUp?.counts["achieved"]).toBe(1);
    expect(rollUp?.counts["not-achieved"]).toBe(1);
    expect(rollUp?.counts["no-data"]).toBe(4);
  });

  it("scores a group with only no-data factors as null (divisor 0)", () => {
    const observations = parseObservations(alblasserdam, [countRow("formeel-netwerk", gemeente, "2024", 12)]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const rollUp = groupRollUp(evaluation, "ontwikkelperspectief");
    expect(rollUp).toBeDefined();
    expect(rollUp?.score).toBeNull();
  });
});
