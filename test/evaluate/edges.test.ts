import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { modelWith, ratio } from "./fixtures.js";

const graad = modelWith([
  { id: "graad", measure: "ratio", rule: { kind: "relativeChange", direction: "increase", percent: 10 } },
]);
const run = (current: readonly [number, number], baseline: readonly [number, number]) =>
  evaluate(
    graad,
    parseObservations(graad, [
      ratio("graad", "GM0482", "2024", ...current),
      ratio("graad", "GM0482", "2023", ...baseline),
    ]),
    { period: "2024" },
  ).factors[0];

describe("evaluate: numbers at the edges", () => {
  it("computes with parts too small to multiply: 1e-170/1e-170 = 1 against 1e-170/2e-170 = 0.5 is +100%, never NaN", () => {
    const result = run([1e-170, 1e-170], [1e-170, 2e-170]);
    expect(result?.measures[0]).toMatchObject({ status: "achieved", current: 1, baseline: 0.5, change: 1 });
    // A whole 1 is written as it is; 0.5 with two significant digits: "1 tegen 0,5" recomputes to +100%.
    expect(result?.explanation.nl).toBe(
      "graad in Alblasserdam: 1 in 2024 tegen 0,5 in 2023 (+100,0%); doel +10% gehaald.",
    );
  });

  it("is not-evaluable, reason not-finite, for a ratio whose value is infinite: 1 ÷ 5e-324", () => {
    const result = run([1, 5e-324], [1, 2]);
    expect(result?.measures[0]).toEqual({ indicator: "graad", status: "not-evaluable", reason: "not-finite" });
    expect(result?.explanation.en).not.toMatch(/NaN|Infinity/);
  });
});
