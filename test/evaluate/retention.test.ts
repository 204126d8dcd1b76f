import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { evaluate, type FactorResult, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { generateObservations, syntheticAreas } from "../../src/testing/index.js";

// A heap check needs a collector it can call: expose it for this file.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

const settle = async () => {
  for (let round = 0; round < 6; round++) {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe("evaluate: what a kept result keeps alive", () => {
  // 20 gemeenten × 4 wijken × 5 buurten: 500 areas, about 60,000 rows of the preset's indicators.
  const areas = syntheticAreas({ gemeenten: 20, wijkenPerGemeente: 4, buurtenPerWijk: 5 });
  const observations = parseObservations(
    alblasserdam,
    generateObservations(alblasserdam, {
      seed: 7,
      areas,
      periods: ["2023", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"],
    }),
  );

  it("lets the evaluation, and its columns, go when only one factor result is kept, explanation unread", async () => {
    let finalised = false;
    const registry = new FinalizationRegistry(() => {
      finalised = true;
    });
    let kept: FactorResult | undefined;
    // A first evaluation fills what is kept with the observations and the model on purpose
    // (the rows in series order, the compiled model): measure from there.
    evaluate(alblasserdam, observations, { period: "2024", areas });
    await settle();
    const before = process.memoryUsage().arrayBuffers;
    let during = 0;
    (() => {
      const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
      kept = evaluation.factors[evaluation.factors.length - 1];
      during = process.memoryUsage().arrayBuffers;
      registry.register(evaluation, "evaluation");
    })();
    await settle();
    expect(finalised).toBe(true);
    // The columns of an evaluation this size take megabytes; once it is gone they are freed.
    expect(during - before).toBeGreaterThan(1_000_000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan((during - before) / 10);
    // The kept result still writes its sentence, from its own figures.
    expect(kept?.explanation.nl).toMatch(/^Ervaren ontwikkelperspectief in /);
  });
});
