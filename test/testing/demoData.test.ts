import { describe, expect, it } from "vitest";
import { z } from "zod";
import demo from "../../src/cli/demo/alblasserdam-demo.json" with { type: "json" };
import { Area } from "../../src/model/area.js";
import { parseObservations } from "../../src/observations/parseObservations.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { generateObservations, type Scenario } from "../../src/testing/generateObservations.js";

// The bundled demo data set, written by scripts/make-demo-data.mjs. These tests keep it
// honest: labelled synthetic, valid, and exactly what the generator makes from its own recipe.
const quarters = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
const areas = z.array(Area).parse(demo.areas);

describe("the bundled demo data set (src/cli/demo/alblasserdam-demo.json)", () => {
  it("is labelled synthetic, in both languages", () => {
    expect(demo.synthetic).toBe(true);
    expect(demo.description.nl).toMatch(/synthetische gegevens/i);
    expect(demo.description.en).toMatch(/synthetic data/i);
  });

  it("is for the Alblasserdam preset, 2024 against 2023", () => {
    expect(demo.model).toBe(alblasserdam.id);
    expect([demo.period, demo.baseline]).toEqual(["2024", "2023"]);
  });

  it("invents no buurt codes: its buurten are marked synthetic and only the gemeente has a CBS code", () => {
    expect(areas[0]).toEqual({ id: "GM0482", kind: "gemeente", name: "Alblasserdam" });
    const buurten = areas.slice(1);
    expect(buurten.map((area) => area.id)).toEqual("abcdefghi".split("").map((letter) => `synthetische-buurt-${letter}`));
    for (const buurt of buurten) expect(buurt).toMatchObject({ kind: "buurt", parent: "GM0482", synthetic: true });
  });

  it("holds observations that parse against the preset", () => {
    expect(parseObservations(alblasserdam, demo.observations)).toHaveLength(demo.observations.length);
  });

  it("covers the eight quarters of 2023 and 2024", () => {
    expect([...new Set(demo.observations.map((row) => row.period))]).toEqual(quarters);
  });

  it("is exactly what generateObservations makes from its seed, areas, periods and scenario", () => {
    const regenerated = generateObservations(alblasserdam, { seed: demo.seed, areas, periods: quarters, scenario: demo.scenario as Scenario });
    expect(demo.observations).toEqual(regenerated);
  });

  it("stays small enough to ship", () => {
    expect(JSON.stringify(demo).length).toBeLessThan(500_000);
  });
});
