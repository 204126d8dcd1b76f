/// <reference types="node" />
/**
 * One phase of the national bench, in a process of its own so that one result is alive at a
 * time and the peak resident memory is the phase's own. bench/national.ts starts it; it prints
 * its notes on stderr and one JSON line on stdout.
 *
 *   phase.mjs <phase> [--gemeenten 342] [--runs 3] [--phases reference,columnar] [--repeat 3] [--memory]
 *
 * Phases:
 * - `run --phases reference,columnar,… [--repeat 3]`: times the contenders listed, one after
 *   the other, each with the result of the one before dropped (the references `--repeat` times): `reference` (the fair reference, reading the row
 *   objects), `reference-columns` (the same, reading the typed columns parse keeps, as evaluate
 *   does), `columnar` (evaluate, then every status and figure through `columns()`), `objects`
 *   (evaluate, then every field of the plain objects, explanations included), `objects-bare` (the
 *   same without the explanations);
 * - `duckdb`: loads the DuckDB peer, times its query `--runs` times, and checks its results;
 * - `check`: the fair reference against both of evaluate's faces, at this scale;
 * - `edges`: every contender on the small hostile case of internal/edges.ts;
 * - `prepare`: writes the input of one scale.
 *
 * Every contender starts from the same point: the parsed rows (`parseObservations` output),
 * read from JSON in this process and parsed here (timed apart as parse). The raw rows are
 * dropped before the timed run, and the heap is collected and given a second to hand its free
 * pages back; the parsed rows stay alive in the run, as a dashboard holds them.
 * Before the timed run, the contender runs once on a small input (4 gemeenten), so that it is
 * compiled by the time it is timed, alike for every contender.
 */

import type { Evaluation } from "../src/evaluate/Evaluation.js";
import { evaluate } from "../src/evaluate/evaluate.js";
import type { Area } from "../src/model/area.js";
import type { Model } from "../src/model/Model.js";
import type { Observations } from "../src/observations/Observations.js";
import { parseObservations } from "../src/observations/parseObservations.js";
import { alblasserdam } from "../src/presets/alblasserdam/index.js";
import { generateObservations } from "../src/testing/index.js";
import { DUCKDB_VERSION, dropResults, fetchResults, loadDuckDB, loadPeer, runQuery } from "./duckdb.js";
import { nationalAreas, periods, readInput, writeInput } from "./internal/data.js";
import {
  type Comparison,
  denseFromColumns,
  denseFromObjects,
  denseFromReference,
  describe,
  differences,
} from "./internal/differences.js";
import { edgeCase } from "./internal/edges.js";
import { readColumns, readObjects } from "./internal/faces.js";
import { collectGarbage, peakRssMb, type Run, resetPeak, rssMb, timeRun, timeRunAsync } from "./internal/measure.js";
import { parsedColumns, type ReferenceResult, referenceEvaluate } from "./reference.js";

const [phase = ""] = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const gemeenten = Math.round(option("gemeenten", 342));
const runs = Math.round(option("runs", 3));
const repeat = Math.round(option("repeat", 1));
const memory = process.argv.includes("--memory");
const note = (line: string) => process.stderr.write(`    ${line}\n`);
const factorIds = alblasserdam.groups.flatMap((group) => group.factors.map((factor) => factor.id));

/** The contenders, each doing the whole job from parsed rows and reading what a consumer reads. */
const contenders = {
  reference: (observations: Observations, areas: readonly Area[]) =>
    checksumOf(referenceEvaluate(alblasserdam, { rows: observations }, areas)),
  "reference-columns": (observations: Observations, areas: readonly Area[]) =>
    checksumOf(referenceEvaluate(alblasserdam, { columns: parsedColumns(observations) }, areas)),
  columnar: (observations: Observations, areas: readonly Area[]) =>
    readColumns(evaluate(alblasserdam, observations, { period: "2024", areas }), factorIds),
  objects: (observations: Observations, areas: readonly Area[]) =>
    readObjects(evaluate(alblasserdam, observations, { period: "2024", areas }), true),
  "objects-bare": (observations: Observations, areas: readonly Area[]) =>
    readObjects(evaluate(alblasserdam, observations, { period: "2024", areas }), false),
} as const;
type Contender = keyof typeof contenders;

function isContender(name: string): name is Contender {
  return Object.hasOwn(contenders, name);
}

/** A few of the reference's figures: its results are arrays it wrote, so nothing can be optimised away. */
function checksumOf(result: ReferenceResult): number {
  return result.measureStatus.length + result.factorStatus.length + (result.rollUps.goals.score[0] ?? 0);
}

/** The input of this scale, parsed (timed), with the raw rows dropped afterwards. */
function parsedInput(): { observations: Observations; areas: readonly Area[]; rows: number; parse: Run } {
  let raw: unknown[] | undefined = readInput(gemeenten);
  const rows = raw.length;
  const areas = nationalAreas(gemeenten);
  const [observations, parse] = timeRun(() => parseObservations(alblasserdam, raw));
  raw = undefined;
  return { observations, areas, rows, parse };
}

/** A small input for the warm-up run. */
function warmUpInput(): { observations: Observations; areas: readonly Area[] } {
  const areas = nationalAreas(4);
  return {
    observations: parseObservations(
      alblasserdam,
      generateObservations(alblasserdam, { seed: "national", areas, periods: [...periods], scenario: "mixed" }),
    ),
    areas,
  };
}

/**
 * Collects the heap before a run. With `--memory`, also waits a second, so that V8 hands free
 * pages back before a phase's resident memory is read: otherwise the garbage of the set-up
 * counts as the phase's.
 */
async function settle(): Promise<void> {
  collectGarbage();
  if (memory) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    collectGarbage();
  }
  // The collector sweeps on other threads after a full collection; that CPU time is not the run's.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

function print(value: object): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** The same job done from both of the reference's inputs must give the same results. */
function referenceBothWays(model: Model, observations: Observations, areas: readonly Area[]) {
  const reference = referenceEvaluate(model, { rows: observations }, areas);
  const fromColumns = differences(
    denseFromReference(reference),
    denseFromReference(referenceEvaluate(model, { columns: parsedColumns(observations) }, areas)),
  );
  return { reference, fromColumns };
}

/** The reference and both of evaluate's faces, compared; the notes go to stderr. */
function checkEvaluate(model: Model, observations: Observations, areas: readonly Area[], evaluation: Evaluation) {
  const { reference, fromColumns } = referenceBothWays(model, observations, areas);
  const columnsFace = denseFromColumns(evaluation, reference);
  const columns = differences(denseFromReference(reference), columnsFace);
  const objects = differences(denseFromReference(reference), denseFromObjects(evaluation, reference));
  for (const line of [
    ...describe("the fair reference on parse's columns against it on the rows", fromColumns),
    ...describe("evaluate's columnar face against the fair reference", columns),
    ...describe("evaluate's plain objects against the fair reference", objects),
  ])
    note(line);
  return { reference, columnsFace, comparisons: { fromColumns, columns, objects } };
}

async function main(): Promise<void> {
  if (phase === "prepare") {
    print({ rows: writeInput(gemeenten) });
    return;
  }
  if (phase === "run") {
    // One or more contenders, in the order given, each timed once with the one before dropped.
    const names = (process.argv[process.argv.indexOf("--phases") + 1] ?? "").split(",").filter(isContender);
    if (names.length === 0) throw new Error(`--phases lists none of ${Object.keys(contenders).join(", ")}`);
    const warm = warmUpInput();
    for (const name of names) contenders[name](warm.observations, warm.areas);
    let input = parsedInput();
    const parses = [input.parse];
    let evaluated = false;
    const results: {
      phase: Contender;
      run: Run;
      checksum: number;
      inputRssMb: number;
      peakRssMb: number;
      peakResets: boolean;
    }[] = [];
    for (const name of names) {
      const isReference = name === "reference" || name === "reference-columns";
      // evaluate keeps its sort of the rows with the observations, and its checked hierarchy with
      // the frozen areas: each evaluate contender gets rows and areas of its own, parsed anew, so
      // that none skips work another one did.
      if (!isReference) {
        if (evaluated) {
          input = parsedInput();
          parses.push(input.parse);
        }
        evaluated = true;
      }
      const { observations, areas } = input;
      await settle();
      const inputRssMb = rssMb();
      const resets = resetPeak();
      const [checksum, run] = timeRun(() => contenders[name](observations, areas));
      results.push({ phase: name, run, checksum, inputRssMb, peakRssMb: peakRssMb(), peakResets: resets });
      // The reference keeps nothing between calls, so it can repeat in this process; evaluate
      // cannot: a second call on the same rows would skip the sort.
      if (isReference) {
        for (let again = 1; again < repeat; again++) {
          await settle();
          const [sum, more] = timeRun(() => contenders[name](observations, areas));
          results.push({
            phase: name,
            run: more,
            checksum: sum,
            inputRssMb: rssMb(),
            peakRssMb: Number.NaN,
            peakResets: false,
          });
        }
      }
    }
    print({ gemeenten, rows: input.rows, areas: input.areas.length, parses, results });
    return;
  }
  if (phase === "check") {
    const { observations, areas } = parsedInput();
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const { comparisons } = checkEvaluate(alblasserdam, observations, areas, evaluation);
    print({
      phase,
      gemeenten,
      ...comparisons,
      statuses: statusCounts(evaluation),
      warnings: evaluation.warnings.length,
    });
    return;
  }
  if (phase === "edges") {
    const { model, areas, rows } = edgeCase();
    const observations = parseObservations(model, rows);
    const evaluation = evaluate(model, observations, { period: "2024", areas });
    note(
      `edge case: ${rows.length.toLocaleString("en")} rows, ${areas.length.toLocaleString("en")} areas; measure statuses ${JSON.stringify(statusCounts(evaluation, model))}`,
    );
    const { reference, comparisons } = checkEvaluate(model, observations, areas, evaluation);
    const all: Record<string, Comparison> = { ...comparisons };
    const duckdb = loadDuckDB(process.cwd());
    if (duckdb !== undefined) {
      const peer = await loadPeer(duckdb, model, observations, areas);
      await runQuery(peer);
      const peerComparison = differences(denseFromReference(reference), await fetchResults(peer, reference));
      all["duckdb"] = peerComparison;
      peer.close();
      for (const line of describe("DuckDB against the fair reference", peerComparison)) note(line);
    }
    print({
      phase,
      rows: rows.length,
      areas: areas.length,
      statuses: statusCounts(evaluation, model),
      warnings: [...new Set(evaluation.warnings.map((warning) => warning.code))],
      comparisons: all,
    });
    return;
  }
  if (phase === "duckdb") {
    const duckdb = loadDuckDB(process.cwd());
    if (duckdb === undefined) {
      print({
        phase,
        skipped: `@duckdb/node-api is not installed: run \`npm run bench:peers\` (it installs ${DUCKDB_VERSION} into .tools/duckdb)`,
      });
      return;
    }
    const { observations, areas, rows } = parsedInput();
    const [peer, load] = await timeRunAsync(() => loadPeer(duckdb, alblasserdam, observations, areas));
    // A warm-up run, as for every contender; the timed runs follow, each from the loaded input alone.
    await runQuery(peer);
    await dropResults(peer);
    await settle();
    const inputRssMb = rssMb();
    const resets = resetPeak();
    const queries: Run[] = [];
    for (let index = 0; index < runs; index++) {
      if (index > 0) await dropResults(peer);
      queries.push((await timeRunAsync(() => runQuery(peer)))[1]);
    }
    const queryPeakRssMb = peakRssMb();
    // The check of every contender at once: DuckDB against the columnar face, the reference
    // from both its inputs, and both of evaluate's faces against the reference.
    const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
    const { reference, columnsFace, comparisons } = checkEvaluate(alblasserdam, observations, areas, evaluation);
    const [dense, fetch] = await timeRunAsync(() => fetchResults(peer, reference));
    peer.close();
    const comparison = differences(columnsFace, dense);
    for (const line of describe("DuckDB against evaluate's columnar face", comparison)) note(line);
    print({
      phase,
      gemeenten,
      rows,
      load,
      queries,
      fetch,
      inputRssMb,
      peakRssMb: queryPeakRssMb,
      peakResets: resets,
      comparison,
      ...comparisons,
      statuses: statusCounts(evaluation),
    });
    return;
  }
  throw new Error(`unknown phase '${phase}'`);
}

/** How many measure results have each status (and reason), to show which paths a case reaches. */
function statusCounts(evaluation: Evaluation, model: Model = alblasserdam): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const group of model.groups) {
    for (const factor of group.factors) {
      const columns = evaluation.columns(factor.id);
      if (columns === undefined) continue;
      for (const measure of columns.measures) {
        measure.status.forEach((status, index) => {
          const reason = measure.reason[index] as number;
          const key = `${columns.codes.status[status]}${reason === 0 ? "" : `/${columns.codes.reason[reason]}`}`;
          counts[key] = (counts[key] ?? 0) + 1;
        });
      }
    }
  }
  return counts;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
