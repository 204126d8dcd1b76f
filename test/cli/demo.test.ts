import { describe, expect, it } from "vitest";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { demo } from "../../src/cli/demo.js";
import { flat } from "./fixtures.js";

describe("demo", () => {
  it("says first that the data are synthetic, not real Alblasserdam figures", () => {
    const [, banner] = demo({ format: "table", language: "nl" }).split("\n");
    expect(banner).toContain("SYNTHETISCHE GEGEVENS");
    expect(banner).toContain("géén echte cijfers van Alblasserdam");
  });

  it("reports on every group of the Alblasserdam vision, in Dutch by default and in English", () => {
    const nl = flat(demo({ format: "table", language: "nl" }));
    const en = flat(demo({ format: "table", language: "en" }));
    for (const group of alblasserdam.groups) {
      expect(nl).toContain(group.label.nl);
      expect(en).toContain(group.label.en);
    }
    expect(en).toContain("SYNTHETIC DATA");
  });

  it("wraps its JSON so that the made-up figures cannot pass for real ones", () => {
    const json = JSON.parse(demo({ format: "json", language: "nl" })) as { synthetic: unknown; evaluation: { factors: unknown[] } };
    expect(json.synthetic).toBe(true);
    expect(json.evaluation.factors.length).toBeGreaterThan(0);
  });
});
