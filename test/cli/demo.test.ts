import { describe, expect, it } from "vitest";
import { demo } from "../../src/cli/demo.js";
import type { Output } from "../../src/cli/output/Output.js";
import { outputChunks } from "../../src/cli/output/outputChunks.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { flat } from "./fixtures.js";

const text = (output: Output) => [...outputChunks(output)].join("");

describe("demo", () => {
  it("says first that the data are synthetic, not real Alblasserdam figures", () => {
    const [, banner] = text(demo({ format: "table", language: "nl" })).split("\n");
    expect(banner).toContain("SYNTHETISCHE GEGEVENS");
    expect(banner).toContain("géén echte cijfers van Alblasserdam");
  });

  it("reports on every group of the Alblasserdam vision, in Dutch by default and in English", () => {
    const nl = flat(text(demo({ format: "table", language: "nl" })));
    const en = flat(text(demo({ format: "table", language: "en" })));
    for (const group of alblasserdam.groups) {
      expect(nl).toContain(group.label.nl);
      expect(en).toContain(group.label.en);
    }
    expect(en).toContain("SYNTHETIC DATA");
  });

  it("wraps its JSON so that the made-up figures cannot pass for real ones", () => {
    const json = JSON.parse(text(demo({ format: "json", language: "nl" }))) as {
      synthetic: unknown;
      evaluation: { factors: unknown[] };
    };
    expect(json.synthetic).toBe(true);
    expect(json.evaluation.factors.length).toBeGreaterThan(0);
  });
});
