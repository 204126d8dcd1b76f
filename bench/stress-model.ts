/**
 * Stress runs for reading models and area lists (issue 11, "hostile but valid inputs"): each
 * must finish in time linear in its input, with a clear result or error.
 *
 *   node bench/run.mjs stress-model [--scale 1] [--runs 5] [--json]
 *
 * - a ring of 16,000 areas (a 0.9 MB file), read by safeParseAreas and inside a model;
 * - 20,000 goals × 20,000 groups, valid and with a problem in every one of them;
 * - factorsFor, methodsFor and coverageGaps over 20,000 groups.
 *
 * `--scale 2` doubles every size: the time ratio to `--scale 1` should be near 2.
 */
import { safeParseAreas } from "../src/model/safeParseAreas.js";
import { safeParseModel } from "../src/model/safeParseModel.js";
import { alblasserdam } from "../src/presets/alblasserdam/index.js";
import { coverageGaps } from "../src/trace/coverageGaps.js";
import { factorsFor } from "../src/trace/factorsFor.js";
import { methodsFor } from "../src/trace/methodsFor.js";

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const scale = argument("scale", 1);
const runs = Math.round(argument("runs", 5));
const json = process.argv.includes("--json");

const label = (text: string) => ({ nl: text, en: text });

function ring(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `a${index}`,
    kind: "area",
    name: `Area ${index}`,
    parent: `a${(index + 1) % count}`,
  }));
}

/** The preset as JSON, with `count` more goals (one sub-goal each) and `count` groups serving them, each with a factor. */
function large(count: number, broken: boolean) {
  const model = JSON.parse(JSON.stringify(alblasserdam));
  for (let index = 0; index < count; index++) {
    model.goals.push({
      id: `doel-${index}`,
      label: broken ? { nl: "", en: "x" } : label(`Doel ${index}`),
      subgoals: [{ id: `subdoel-${index}`, label: label(`Subdoel ${index}`), provenance: "stated" }],
      provenance: "stated",
    });
    model.groups.push({
      id: `groep-${index}`,
      label: label(`Groep ${index}`),
      subgoals: [broken ? `elders-${index}` : `subdoel-${index}`],
      factors: [
        {
          id: `factor-${index}`,
          what: label("Wat"),
          objective: label("Doel"),
          criterion: label("Succesfactor"),
          measures: [{ indicator: "fixi-meldingen", rule: { kind: "increase" }, provenance: "stated" }],
          provenance: "stated",
        },
      ],
      provenance: "stated",
    });
  }
  return model;
}

/** The median and the spread (min–max) of `runs` timings of `run`, in milliseconds. */
function time(run: () => unknown): { median: number; min: number; max: number } {
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, max: times.at(-1) ?? 0 };
}

const areas = ring(Math.round(16_000 * scale));
const count = Math.round(20_000 * scale);
const valid = large(count, false);
const broken = large(count, true);
const parsed = safeParseModel(valid);
if (!parsed.success) throw parsed.error;
const model = parsed.data;

const results = {
  scale,
  runs,
  ringBytes: JSON.stringify(areas).length,
  ringAreasMs: time(() => {
    const result = safeParseAreas(areas);
    if (result.success || result.error.issues.length !== 1) throw new Error("expected one cycle");
  }),
  ringInModelMs: time(() => {
    const result = safeParseModel({ ...valid, goals: [], groups: [], methods: [], areas });
    if (result.success || result.error.issues.length !== 1) throw new Error("expected one cycle");
  }),
  validModelMs: time(() => {
    if (!safeParseModel(valid).success) throw new Error("expected the model to parse");
  }),
  brokenModelMs: time(() => {
    const result = safeParseModel(broken);
    if (result.success || result.error.issues.length !== 2 * count) throw new Error(`expected ${2 * count} issues`);
  }),
  factorsForMs: time(() => {
    if (factorsFor(model, "doel-0").length !== 1) throw new Error("expected one factor");
  }),
  methodsForMs: time(() => methodsFor(model, `subdoel-${count - 1}`)),
  coverageGapsMs: time(() => coverageGaps(model)),
};

if (json) console.log(JSON.stringify(results));
else {
  console.log(`stress-model, scale ${scale}, ${runs} runs (median, min–max ms)`);
  for (const [name, value] of Object.entries(results)) {
    if (typeof value === "object")
      console.log(
        `  ${name.padEnd(16)} ${value.median.toFixed(1).padStart(8)}  (${value.min.toFixed(1)}–${value.max.toFixed(1)})`,
      );
    else console.log(`  ${name.padEnd(16)} ${value}`);
  }
}
