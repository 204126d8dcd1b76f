/// <reference types="node" />
/**
 * The national benchmark, made honest (issue 11): evaluate against a fair reference and a DuckDB
 * peer on every buurt of the country (342 gemeenten, 3,078 wijken, 15,390 buurten; every
 * indicator of the Alblasserdam preset; 2024 in quarters against 2023), with the results of
 * every contender checked equal before any time is believed.
 *
 * What it runs, each in a child process (bench/phase.ts, bench/stress.ts):
 * - the edge case (bench/internal/edges.ts): every rule kind, gaps, like-for-like sets, zero
 *   baselines and parents' own rows, with all contenders checked equal;
 * - national 1×, several runs of: the fair reference (bench/reference.ts), from the row objects
 *   and from the typed columns parse keeps beside them (evaluate's own input); evaluate read
 *   through its columnar face; evaluate's plain objects fully read, with and without the
 *   explanations; the DuckDB query (one thread). The first run of each is a process of its own
 *   (its peak RSS is the phase's alone); later runs share one process per run, one result alive
 *   at a time. The references, which keep nothing between calls, repeat within each process;
 * - scaling runs at 0.25×, 0.5× and 2× (86, 171 and 684 gemeenten) of the reference (from
 *   both inputs) and the columnar face, and the time exponent from 0.5× to 2×;
 * - stress runs, each capped at 60 s, and each beside a half-size twin;
 * - the Alblasserdam demo end to end, from the built bin.
 *
 * Every time is reported as the median and the spread (min–max) of the runs, in wall time and
 * in CPU time (user + system of the process), since wall time on a shared machine stretches
 * with the load. Run with `npm run bench` (`-- --runs 5`, `-- --json`: the last line is one JSON
 * object with every figure). A mismatch between contenders is printed with its first
 * differences and makes the bench exit with code 1.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { NATIONAL_GEMEENTEN } from "./internal/data.js";
import type { Comparison } from "./internal/differences.js";
import { type Run, type Timing, timingOf } from "./internal/measure.js";

const json = process.argv.includes("--json");
const runsIndex = process.argv.indexOf("--runs");
const runs = Math.max(1, Math.round(runsIndex === -1 ? 3 : Number(process.argv[runsIndex + 1]) || 3));
const directory = new URL(".", import.meta.url).pathname;
const phaseScript = join(directory, "phase.mjs");
const stressScript = join(directory, "stress.mjs");
const started = performance.now();
const loadAtStart = loadavg();
const log = (line: string) => console.log(line);
const problems: string[] = [];
const failures: string[] = [];

interface PhaseResult {
  readonly phase: string;
  readonly run: Run;
  readonly checksum: number;
  readonly inputRssMb: number;
  readonly peakRssMb: number;
}
interface RunOutput {
  readonly gemeenten: number;
  readonly rows: number;
  readonly areas: number;
  readonly parses: readonly Run[];
  readonly results: readonly PhaseResult[];
}

/** Runs a child and returns the JSON of its last line of output; undefined when it ran out of time. */
function child(script: string, args: readonly string[], timeoutMs?: number): Record<string, unknown> | undefined {
  const result = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", script, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 2 ** 20,
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs, killSignal: "SIGKILL" as const }),
  });
  if (result.error !== undefined && (result.error as NodeJS.ErrnoException).code === "ETIMEDOUT") return undefined;
  if (result.status !== 0)
    throw new Error(
      `${script} ${args.join(" ")} failed (exit ${result.status ?? result.signal}): see its output above`,
    );
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  const parsed: unknown = JSON.parse(line);
  if (typeof parsed !== "object" || parsed === null)
    throw new Error(`${script} ${args.join(" ")} printed no JSON object`);
  return parsed as Record<string, unknown>;
}

/** Runs contenders in one child; `memory` when their peak RSS is reported (it waits for V8 to hand free pages back first). */
function runPhases(gemeenten: number, phases: readonly string[], memory = false): RunOutput {
  const args = ["run", "--gemeenten", String(gemeenten), "--phases", phases.join(","), "--repeat", String(runs)];
  const output = child(phaseScript, memory ? [...args, "--memory"] : args);
  if (output === undefined) throw new Error("a phase ran out of time");
  return output as unknown as RunOutput;
}

function checked(name: string, comparison: Comparison | undefined): void {
  if (comparison === undefined) return;
  if (comparison.mismatchCount > 0) {
    problems.push(`${name}: ${comparison.mismatchCount} mismatches`);
    for (const mismatch of comparison.mismatches)
      problems.push(`  ${mismatch.where}: ${mismatch.field}: expected ${mismatch.expected}, got ${mismatch.actual}`);
  }
}

const fixed = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "—";
const shown = (timing: Timing | undefined) =>
  timing === undefined
    ? "skipped"
    : `${fixed(timing.wall.median).padStart(7)} (${fixed(timing.wall.min)}–${fixed(timing.wall.max)})   ${fixed(timing.cpu.median).padStart(7)} (${fixed(timing.cpu.min)}–${fixed(timing.cpu.max)})`;
const ratio = (a: Timing | undefined, b: Timing | undefined) =>
  a === undefined || b === undefined
    ? undefined
    : {
        wall: Math.round((a.wall.median / b.wall.median) * 100) / 100,
        cpu: Math.round((a.cpu.median / b.cpu.median) * 100) / 100,
      };
const exponent = (small: Timing | undefined, large: Timing | undefined) =>
  small === undefined || large === undefined
    ? undefined
    : {
        wall: Math.round((Math.log(large.wall.median / small.wall.median) / Math.log(4)) * 100) / 100,
        cpu: Math.round((Math.log(large.cpu.median / small.cpu.median) / Math.log(4)) * 100) / 100,
      };

// 1. The inputs, generated once per scale.
const scales = [86, 171, NATIONAL_GEMEENTEN, 684];
log(
  `national bench: ${runs} runs of each timed thing; load average ${loadAtStart.map((value) => value.toFixed(1)).join(" ")} on 2 cores`,
);
const rowsAt = new Map<number, number>();
for (const gemeenten of scales)
  rowsAt.set(gemeenten, Number(child(phaseScript, ["prepare", "--gemeenten", String(gemeenten)])?.["rows"]));

// 2. The edge case: every contender on every path.
log("edge case: every rule kind, gaps, like-for-like sets, zero baselines, parents' own rows");
const edges = child(phaseScript, ["edges"]) as {
  comparisons: Record<string, Comparison>;
  statuses: Record<string, number>;
};
for (const [name, comparison] of Object.entries(edges.comparisons)) checked(`edge case, ${name}`, comparison);

// 3. National 1×: the first run of each phase in a process of its own, later runs together.
const mainPhases = ["reference", "reference-columns", "columnar", "objects-bare", "objects"] as const;
// The reference on parse's columns needs no process of its own: its memory is the reference's.
const ownProcess = ["reference", "columnar", "objects-bare", "objects"] as const;
log(`national 1×: ${mainPhases.join(", ")}`);
const national: Record<string, PhaseResult[]> = Object.fromEntries(mainPhases.map((phase) => [phase, []]));
const parses: Run[] = [];
let nationalRows = 0;
let nationalAreas = 0;
for (const phase of ownProcess) {
  const output = runPhases(NATIONAL_GEMEENTEN, [phase], true);
  nationalRows = output.rows;
  nationalAreas = output.areas;
  parses.push(...output.parses);
  for (const result of output.results) national[result.phase]?.push(result);
}
for (let index = 1; index < runs; index++) {
  const output = runPhases(NATIONAL_GEMEENTEN, mainPhases);
  parses.push(...output.parses);
  for (const result of output.results) national[result.phase]?.push(result);
}
const timing = (phase: string) => timingOf((national[phase] ?? []).map((result) => result.run));
const firstOf = (phase: string) => national[phase]?.[0];

// 4. The DuckDB peer, with the national check of every contender.
log("national 1×: DuckDB peer, and the check of every contender");
type Checks = { fromColumns?: Comparison; columns?: Comparison; objects?: Comparison; comparison?: Comparison };
const duckdb = child(phaseScript, [
  "duckdb",
  "--gemeenten",
  String(NATIONAL_GEMEENTEN),
  "--runs",
  String(runs),
  "--memory",
]) as Checks & {
  skipped?: string;
  queries?: Run[];
  load?: Run;
  fetch?: Run;
  inputRssMb?: number;
  peakRssMb?: number;
};
let nationalCheck: Checks = duckdb;
if (duckdb.skipped !== undefined) {
  log(`DuckDB peer skipped: ${duckdb.skipped}`);
  nationalCheck = child(phaseScript, ["check", "--gemeenten", String(NATIONAL_GEMEENTEN)]) as Checks;
}
checked("national, the reference on parse's columns against it on the rows", nationalCheck.fromColumns);
checked("national, DuckDB against the columnar face", nationalCheck.comparison);
checked("national, columnar face against the fair reference", nationalCheck.columns);
checked("national, plain objects against the fair reference", nationalCheck.objects);
const duckdbTiming = duckdb.queries === undefined ? undefined : timingOf(duckdb.queries);

// 5. Scaling: the reference (both inputs) and the columnar face at 0.25×, 0.5× and 2×.
const scaled = ["reference", "reference-columns", "columnar"] as const;
log("scaling: 0.25×, 0.5×, 2×");
const scaling = new Map<number, Record<string, Timing>>();
scaling.set(NATIONAL_GEMEENTEN, Object.fromEntries(scaled.map((phase) => [phase, timing(phase)])));
for (const gemeenten of scales.filter((value) => value !== NATIONAL_GEMEENTEN)) {
  const collected: Record<string, Run[]> = Object.fromEntries(scaled.map((phase) => [phase, []]));
  for (let index = 0; index < runs; index++) {
    for (const result of runPhases(gemeenten, scaled).results) collected[result.phase]?.push(result.run);
  }
  scaling.set(gemeenten, Object.fromEntries(scaled.map((phase) => [phase, timingOf(collected[phase] ?? [])])));
}
const exponents = Object.fromEntries(
  scaled.map((phase) => [phase, exponent(scaling.get(171)?.[phase], scaling.get(684)?.[phase])]),
);

// 6. Stress runs, capped at 60 s each, beside their half-size twins.
log(
  "stress: 16,000-area ring, 20,000 goals × 20,000 groups, 30,000 indicators × 100,000 sparse areas; each beside its half",
);
const stress: Record<string, Record<string, unknown>> = {};
for (const shape of ["ring", "goals", "sparse"]) {
  for (const scale of [0.5, 1]) {
    const output = child(stressScript, [shape, "--scale", String(scale)], 60_000);
    stress[`${shape}@${scale}`] = output ?? { shape, scale, outcome: "timed out after 60 s" };
  }
}
const stressRun = (key: string) => stress[key]?.["run"] as Run | undefined;
const stressExponent = (shape: string) => {
  const half = stressRun(`${shape}@0.5`);
  const whole = stressRun(`${shape}@1`);
  return half === undefined || whole === undefined
    ? undefined
    : {
        wall: Math.round(Math.log2(whole.wallMs / half.wallMs) * 100) / 100,
        cpu: Math.round(Math.log2(whole.cpuMs / half.cpuMs) * 100) / 100,
      };
};

// 7. The Alblasserdam demo end to end, as a user runs it (scripts/bench.mjs builds the bin first).
const demoRuns: Run[] = [];
// Another build in the same checkout may have cleared dist/ since scripts/bench.mjs built it.
if (!existsSync("dist/cli.js")) spawnSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
for (let index = 0; index < runs; index++) {
  const before = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, ["dist/cli.js", "demo"], { encoding: "utf8" });
  const wallMs = performance.now() - start;
  if (run.status !== 0 || !run.stdout.includes("SYNTHETISCH"))
    failures.push(`the demo failed: ${run.stderr.slice(0, 300)}`);
  demoRuns.push({ wallMs, cpuMs: childrenCpuMs() - before });
}

// The report.
const reference = timing("reference");
const referenceColumns = timing("reference-columns");
const columnar = timing("columnar");
const objects = timing("objects");
const objectsBare = timing("objects-bare");
const parse = timingOf(parses);
log("");
log(
  `national 1×: ${nationalRows.toLocaleString("en")} rows, ${nationalAreas.toLocaleString("en")} areas; ms, median (min–max) of ${runs} runs`,
);
log(`${"".padEnd(40)}${"wall".padStart(7)}${"".padEnd(16)}${"CPU".padStart(7)}`);
const rows: [string, Timing | undefined][] = [
  ["parseObservations", parse],
  ["fair reference, from the row objects", reference],
  ["fair reference, from parse's columns", referenceColumns],
  ["evaluate, columnar face", columnar],
  ["evaluate, plain objects, bare", objectsBare],
  ["evaluate, plain objects, full", objects],
  ["DuckDB query, 1 thread", duckdbTiming],
];
for (const [name, value] of rows) log(`  ${name.padEnd(38)}${shown(value)}`);
if (duckdb.load !== undefined && duckdb.fetch !== undefined) {
  log(
    `  (DuckDB load ${fixed(duckdb.load.wallMs)} wall / ${fixed(duckdb.load.cpuMs)} CPU, not timed; fetch of the results ${fixed(duckdb.fetch.wallMs)} / ${fixed(duckdb.fetch.cpuMs)})`,
  );
}
const sum = (a: Timing, b: Timing): Timing => ({
  wall: { ...a.wall, median: a.wall.median + b.wall.median },
  cpu: { ...a.cpu, median: a.cpu.median + b.cpu.median },
});
const ratios = {
  columnarToReference: ratio(columnar, reference),
  objectsToReference: ratio(objects, reference),
  objectsBareToReference: ratio(objectsBare, reference),
  duckdbToColumnar: ratio(duckdbTiming, columnar),
  // Both start from parse's columns: evaluate's own work against the floor's.
  columnarToReferenceColumns: ratio(columnar, referenceColumns),
  // The other bound: parse did evaluate's reading of the rows, and more (it validates them).
  parseAndColumnarToReference: ratio(sum(parse, columnar), reference),
};
for (const [name, value] of Object.entries(ratios)) {
  if (value !== undefined)
    log(`  ${name.padEnd(38)}${fixed(value.wall, 2).padStart(7)} wall, ${fixed(value.cpu, 2)} CPU`);
}
const parseRowsPerSecond = Math.round(nationalRows / (parse.wall.median / 1000));
const parseRowsPerCpuSecond = Math.round(nationalRows / (parse.cpu.median / 1000));
log(
  `  parse: ${parseRowsPerSecond.toLocaleString("en")} rows/s wall, ${parseRowsPerCpuSecond.toLocaleString("en")} rows per CPU second`,
);
const peakRssMb: Record<string, number | undefined> = {
  ...Object.fromEntries(ownProcess.map((phase) => [phase, firstOf(phase)?.peakRssMb])),
  duckdb: duckdb.peakRssMb,
};
const inputRssMb: Record<string, number | undefined> = {
  ...Object.fromEntries(ownProcess.map((phase) => [phase, firstOf(phase)?.inputRssMb])),
  duckdb: duckdb.inputRssMb,
};
log(
  `  peak RSS, MB (resident before the run, input alive): ${Object.entries(peakRssMb)
    .map(([name, value]) => `${name} ${value ?? "—"} (${inputRssMb[name] ?? "—"})`)
    .join(", ")}`,
);

log("");
log(
  `scaling, ms median wall / CPU: ${scales.map((gemeenten) => `${gemeenten} gemeenten (${(rowsAt.get(gemeenten) ?? 0).toLocaleString("en")} rows)`).join(", ")}`,
);
for (const phase of scaled) {
  const figures = scales.map(
    (gemeenten) =>
      `${fixed(scaling.get(gemeenten)?.[phase]?.wall.median ?? Number.NaN)} / ${fixed(scaling.get(gemeenten)?.[phase]?.cpu.median ?? Number.NaN)}`,
  );
  log(
    `  ${phase.padEnd(18)} ${figures.join("   ")}; exponent 0.5× → 2×: ${exponents[phase]?.wall} wall, ${exponents[phase]?.cpu} CPU`,
  );
}

log("");
log("stress (capped at 60 s; exponent from the half-size twin, 1 is linear):");
for (const shape of ["ring", "goals", "sparse"]) {
  const whole = stress[`${shape}@1`] ?? {};
  const run = stressRun(`${shape}@1`);
  const detail =
    whole["outcome"] === "error"
      ? `error: ${JSON.stringify(whole["error"])}`
      : whole["outcome"] === "result"
        ? `result: ${JSON.stringify(whole["result"])}`
        : String(whole["outcome"]);
  log(
    `  ${shape.padEnd(7)} ${run === undefined ? "—" : `${fixed(run.wallMs)} ms wall, ${fixed(run.cpuMs)} ms CPU`}; exponent ${JSON.stringify(stressExponent(shape))}; ${detail}`,
  );
}
const demo = timingOf(demoRuns);
log(`demo end to end: ${shown(demo)}`);
log(`edge case statuses: ${JSON.stringify(edges.statuses)}`);
const wallMs = performance.now() - started;
log(
  `bench took ${fixed(wallMs / 1000)} s; load average at the end ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" ")}`,
);

if (problems.length > 0) {
  log("");
  log("MISMATCHES between contenders: their figures measure different jobs until these are fixed");
  for (const problem of problems) log(problem);
  process.exitCode = 1;
}
if (failures.length > 0) {
  log("");
  log("FAILED:");
  for (const failure of failures) log(failure);
  process.exitCode = 1;
}

if (json) {
  const summary = {
    observations: nationalRows,
    areas: nationalAreas,
    runs,
    fairReferenceMs: reference.wall.median,
    fairReferenceCpuMs: reference.cpu.median,
    fairReferenceColumnsMs: referenceColumns.wall.median,
    fairReferenceColumnsCpuMs: referenceColumns.cpu.median,
    columnarMs: columnar.wall.median,
    columnarCpuMs: columnar.cpu.median,
    objectsMs: objects.wall.median,
    objectsCpuMs: objects.cpu.median,
    objectsBareMs: objectsBare.wall.median,
    objectsBareCpuMs: objectsBare.cpu.median,
    duckdbMs: duckdbTiming?.wall.median ?? null,
    duckdbCpuMs: duckdbTiming?.cpu.median ?? null,
    duckdbSkipped: duckdb.skipped ?? null,
    duckdbLoadMs: duckdb.load?.wallMs ?? null,
    duckdbFetchMs: duckdb.fetch?.wallMs ?? null,
    parseMs: parse.wall.median,
    parseCpuMs: parse.cpu.median,
    parseRowsPerSecond,
    parseRowsPerCpuSecond,
    ratios,
    peakRssMb,
    inputRssMb,
    spreads: { reference, referenceColumns, columnar, objects, objectsBare, duckdb: duckdbTiming ?? null, parse, demo },
    scaling: {
      gemeenten: scales,
      rows: scales.map((gemeenten) => rowsAt.get(gemeenten)),
      ...Object.fromEntries(scaled.map((phase) => [phase, scales.map((gemeenten) => scaling.get(gemeenten)?.[phase])])),
      exponents,
    },
    stress: {
      ...stress,
      exponents: { ring: stressExponent("ring"), goals: stressExponent("goals"), sparse: stressExponent("sparse") },
    },
    checks: { edges: edges.comparisons, national: nationalCheck, edgeStatuses: edges.statuses },
    mismatches: problems.length,
    failures,
    demoMs: demo.wall.median,
    demoCpuMs: demo.cpu.median,
    loadAverage: { start: loadAtStart, end: loadavg() },
    benchMs: Math.round(wallMs),
  };
  console.log(JSON.stringify(summary));
}

/** The CPU time of the children this process has waited for, ms (Linux: /proc/self/stat, in ticks of 10 ms). */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
    // After the name: state is field 3, so cutime and cstime (fields 16 and 17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}
