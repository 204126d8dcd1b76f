// Writes the bundled demo data set, src/cli/demo/alblasserdam-demo.json, with the generator of
// buurtaanpak/testing. Build first (`npx tsup`): this script reads the built package in dist/.
//
// The file is synthetic from end to end: the vision names no buurten (domain.md §9), so the nine
// buurten here are made up, marked `synthetic: true`, and carry no CBS codes.
// test/testing/demoData.test.ts regenerates the observations and fails when the file drifts.
import { writeFileSync } from "node:fs";
import { alblasserdam } from "../dist/alblasserdam.js";
import { parseObservations } from "../dist/index.js";
import { generateObservations } from "../dist/testing.js";

const seed = "alblasserdam-demo";
const scenario = "mixed";
const periods = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
const letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
const areas = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  ...letters.map((letter) => ({
    id: `synthetische-buurt-${letter}`,
    kind: "buurt",
    name: `Synthetische buurt ${letter.toUpperCase()}`,
    parent: "GM0482",
    synthetic: true,
  })),
];

const observations = generateObservations(alblasserdam, { seed, areas, periods, scenario });
parseObservations(alblasserdam, observations); // throws if the generator ever made a bad row

const data = {
  synthetic: true,
  description: {
    nl: "Volledig synthetische gegevens voor de demo: negen verzonnen buurten in Alblasserdam, per kwartaal over 2023 en 2024, gemaakt met generateObservations uit buurtaanpak/testing. Geen echte cijfers.",
    en: "Entirely synthetic data for the demo: nine made-up neighbourhoods in Alblasserdam, per quarter over 2023 and 2024, made with generateObservations from buurtaanpak/testing. No real figures.",
  },
  model: "alblasserdam",
  period: "2024",
  baseline: "2023",
  seed,
  scenario,
  areas,
  observations,
};

// Two-space JSON, but one line per area and per observation: a quarter of the size, and a
// regenerated file diffs row by row.
const lines = Object.entries(data).map(([key, value]) => {
  const name = JSON.stringify(key);
  if (!Array.isArray(value)) return `  ${name}: ${JSON.stringify(value, null, 2).replaceAll("\n", "\n  ")}`;
  return `  ${name}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(",\n")}\n  ]`;
});
const text = `{\n${lines.join(",\n")}\n}\n`;
JSON.parse(text); // the hand-made layout must still be JSON
const target = new URL("../src/cli/demo/alblasserdam-demo.json", import.meta.url);
writeFileSync(target, text);
console.log(`${target.pathname}: ${observations.length} observations, ${(text.length / 1024).toFixed(0)} KB`);
