/**
 * The national-scale benchmark: every buurt of the country (about 15,000 in 3,000 wijken in
 * 342 gemeenten), every indicator of the Alblasserdam preset, the baseline year plus four
 * quarters of the current year. Times parsing, evaluation and a hand-written reference loop on
 * the same data, in the same process, and reports the peak resident memory.
 *
 * Run with `npm run bench` (`npm run bench -- --json` ends with one JSON line).
 */
import { spawnSync } from "node:child_process";
import { evaluate, parseObservations } from "../src/index.js";
import { alblasserdam } from "../src/presets/alblasserdam/index.js";
import { generateObservations, syntheticAreas } from "../src/testing/index.js";
import { referenceStatuses, type ReferenceRow } from "./reference.js";

const json = process.argv.includes("--json");
const log = (line: string) => {
  if (!json) console.log(line);
};
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
const best = <T>(runs: number, run: () => T): [T, number] => {
  let fastest: [T, number] = time(run);
  for (let index = 1; index < runs; index++) {
    const next = time(run);
    if (next[1] < fastest[1]) fastest = next;
  }
  return fastest;
};

// 342 gemeenten × 9 wijken × 5 buurten: 3,078 wijken and 15,390 buurten.
const areas = syntheticAreas({ gemeenten: 342, wijkenPerGemeente: 9, buurtenPerWijk: 5 });
const periods = ["2023", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
// What a dashboard parses: plain, unfrozen rows as they come from JSON.
const [input, generateMs] = time((): unknown[] => generateObservations(alblasserdam, { seed: "national", areas, periods, scenario: "mixed" }).map((row) => ({ ...row })));
log(`${areas.length.toLocaleString("en")} areas, ${input.length.toLocaleString("en")} rows (generated in ${generateMs.toFixed(0)} ms)`);

const runs = json ? 3 : 2;
const [observations, parseMs] = best(runs, () => parseObservations(alblasserdam, input));
log(`parseObservations: ${parseMs.toFixed(0)} ms (${Math.round(input.length / (parseMs / 1000)).toLocaleString("en")} rows/s)`);

const [evaluation, evaluateMs] = best(runs, () => evaluate(alblasserdam, observations, { period: "2024", areas }));
log(`evaluate: ${evaluateMs.toFixed(0)} ms (${evaluation.factors.length.toLocaleString("en")} factor results, ${(evaluation.groups.length + evaluation.subgoals.length + evaluation.goals.length).toLocaleString("en")} roll-ups)`);

// The reference: the relativeChange statuses of the count indicators, with plain objects.
const counted = alblasserdam.groups
  .flatMap((group) => group.factors)
  .flatMap((factor) => factor.measures)
  .filter((measure) => measure.rule.kind === "relativeChange" && alblasserdam.indicators.find((indicator) => indicator.id === measure.indicator)?.measure === "count")
  .map((measure) => ({ indicator: measure.indicator, percent: measure.rule.kind === "relativeChange" ? measure.rule.percent : 0 }));
const parents = new Map(areas.map((area) => [area.id, area.parent]));
const [reference, referenceMs] = best(runs, () => referenceStatuses(input as ReferenceRow[], counted, parents));

// The reference must agree with the library, or it measures something else.
let compared = 0;
for (const result of evaluation.factors) {
  const expected = reference.get(`${result.factor}\u0000${result.area}`);
  if (expected === undefined) continue;
  compared++;
  if (expected !== result.status) throw new Error(`reference and library disagree on ${result.factor} in ${result.area}: ${expected} vs ${result.status}`);
}
if (compared === 0) throw new Error("the reference loop judged nothing");
log(`reference loop: ${referenceMs.toFixed(0)} ms (${compared.toLocaleString("en")} statuses, all equal to the library's)`);

const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

// The Alblasserdam demo end to end, as a user runs it: a fresh Node process and the built bin
// (scripts/bench.mjs builds it first).
const demoMs = best(3, () => {
  const run = spawnSync(process.execPath, ["dist/cli.js", "demo"], { encoding: "utf8" });
  if (run.status !== 0 || !run.stdout.includes("SYNTHETISCH")) throw new Error(`the demo failed: ${run.stderr}`);
})[1];
log(`demo end to end: ${demoMs.toFixed(0)} ms`);
const summary = {
  observations: input.length,
  areas: areas.length,
  parseMs: Math.round(parseMs),
  parseRowsPerSecond: Math.round(input.length / (parseMs / 1000)),
  evaluateMs: Math.round(evaluateMs),
  referenceMs: Math.round(referenceMs),
  ratio: Math.round((evaluateMs / referenceMs) * 100) / 100,
  factorResults: evaluation.factors.length,
  peakRssMb,
  demoMs: Math.round(demoMs),
};
log(`evaluate / reference: ${summary.ratio}; peak RSS ${peakRssMb} MB`);
if (json) console.log(JSON.stringify(summary));
