/// <reference types="node" />
/**
 * Stress runs for evaluate (issue 11, "hostile but valid inputs"), one shape per process;
 * bench/national.ts starts each with a 60 s cap and a half-size twin, so that the time ratio
 * shows whether it grows linearly. Prints one JSON line: the time, and the result or the error.
 *
 *   stress.mjs ring|goals|sparse [--scale 1]
 *
 * - `ring`: 16,000 areas whose parents form one ring, given as evaluate's `areas` option: a clear
 *   error is expected, not a crash.
 * - `goals`: the preset with 20,000 more goals (one sub-goal each) and 20,000 groups serving
 *   them, each with a factor; valid. Evaluated on the preset's own areas (timed), then the roll-up
 *   objects read (timed apart).
 * - `sparse`: 30,000 indicators (and factors) × 100,000 buurten (10 gemeenten × 100 wijken × 100
 *   buurten), each buurt with data for 3 indicators in 2023 and 2024: 600,000 rows. No throw is
 *   expected, and time linear in the input. evaluate is timed; reading every factor's columns
 *   is timed apart.
 */
import { BuurtaanpakError } from "../src/errors/BuurtaanpakError.js";
import type { Evaluation } from "../src/evaluate/Evaluation.js";
import { evaluate } from "../src/evaluate/evaluate.js";
import { parseModel } from "../src/model/parseModel.js";
import { parseObservations } from "../src/observations/parseObservations.js";
import { alblasserdam } from "../src/presets/alblasserdam/index.js";
import { generateObservations, syntheticAreas } from "../src/testing/index.js";
import { type Run, timeRun } from "./internal/measure.js";

const [shape = ""] = process.argv.slice(2);
const scaleIndex = process.argv.indexOf("--scale");
const scale = scaleIndex === -1 ? 1 : Number(process.argv[scaleIndex + 1]);
const label = (text: string) => ({ nl: text, en: text });

/** What a stress run reports besides its time. */
type Outcome =
  | { readonly outcome: "result"; readonly result: Record<string, number> }
  | {
      readonly outcome: "error";
      readonly error: {
        readonly name: string;
        readonly code?: string;
        readonly issues?: number;
        readonly message: string;
      };
    };

function outcomeOf(work: () => Record<string, number>): [Outcome, Run] {
  return timeRun((): Outcome => {
    try {
      return { outcome: "result", result: work() };
    } catch (error) {
      if (error instanceof BuurtaanpakError)
        return {
          outcome: "error",
          error: {
            name: error.name,
            code: error.code,
            issues: error.issues.length,
            message: (error.issues[0]?.message ?? error.message).slice(0, 300),
          },
        };
      return {
        outcome: "error",
        error: {
          name: error instanceof Error ? error.name : "thrown",
          message: String(error instanceof Error ? error.message : error).slice(0, 300),
        },
      };
    }
  });
}

function rollUpCount(evaluation: Evaluation): Record<string, number> {
  let counted = 0;
  for (const list of [evaluation.groups, evaluation.subgoals, evaluation.goals])
    for (const rollUp of list) counted += rollUp.counts["no-data"] + rollUp.factors;
  return {
    groups: evaluation.groups.length,
    subgoals: evaluation.subgoals.length,
    goals: evaluation.goals.length,
    checksum: counted,
  };
}

function ring(): void {
  const count = Math.round(16_000 * scale);
  const areas = Array.from({ length: count }, (_, index) => ({
    id: `a${index}`,
    kind: "area" as const,
    name: `Area ${index}`,
    parent: `a${(index + 1) % count}`,
  }));
  const [outcome, run] = outcomeOf(() => {
    const evaluation = evaluate(alblasserdam, [], { period: "2024", areas });
    return { factorResults: evaluation.factors.length };
  });
  print({ shape, scale, input: { areas: count, bytes: JSON.stringify(areas).length }, run, ...outcome });
}

function goals(): void {
  const count = Math.round(20_000 * scale);
  const json = JSON.parse(JSON.stringify(alblasserdam));
  for (let index = 0; index < count; index++) {
    json.goals.push({
      id: `doel-${index}`,
      label: label(`Doel ${index}`),
      subgoals: [{ id: `subdoel-${index}`, label: label(`Subdoel ${index}`), provenance: "stated" }],
      provenance: "stated",
    });
    json.groups.push({
      id: `groep-${index}`,
      label: label(`Groep ${index}`),
      subgoals: [`subdoel-${index}`],
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
  const [model, parseModelRun] = timeRun(() => parseModel(json));
  const observations = parseObservations(
    model,
    generateObservations(model, { seed: "goals", areas: model.areas, periods: ["2023", "2024"] }),
  );
  let evaluation: Evaluation | undefined;
  const [outcome, run] = outcomeOf(() => {
    evaluation = evaluate(model, observations, { period: "2024" });
    return { factors: model.groups.length };
  });
  // The roll-up objects, read apart: their construction is where a quadratic filter once was.
  const done = evaluation;
  const [rollUps, rollUpsRun] = done === undefined ? [undefined, undefined] : timeRun(() => rollUpCount(done));
  print({
    shape,
    scale,
    input: {
      goals: model.goals.length,
      groups: model.groups.length,
      areas: model.areas.length,
      rows: observations.length,
    },
    parseModel: parseModelRun,
    run,
    rollUpsRun,
    rollUps,
    ...outcome,
  });
}

function sparse(): void {
  const indicators = Math.round(30_000 * scale);
  // The top areas stay 10 at every scale: each has a result for every factor (contract.md), so
  // scaling them too would grow the output with the square of the scale.
  const wijken = Math.max(1, Math.round(100 * scale));
  const json = JSON.parse(JSON.stringify(alblasserdam));
  const subgoal: string = alblasserdam.goals[0]?.subgoals[0]?.id ?? "";
  const ids = Array.from({ length: indicators }, (_, index) => `indicator-${index}`);
  for (const id of ids) json.indicators.push({ id, label: label(id), measure: "count", provenance: "interpreted" });
  // A group holds at most 1,000 factors.
  for (let start = 0; start < indicators; start += 1000) {
    json.groups.push({
      id: `groep-${start}`,
      label: label(`Groep ${start}`),
      subgoals: [subgoal],
      factors: ids.slice(start, start + 1000).map((id) => ({
        id: `factor-${id}`,
        what: label("Wat"),
        objective: label("Doel"),
        criterion: label("Succesfactor"),
        measures: [{ indicator: id, rule: { kind: "increase" }, provenance: "stated" }],
        provenance: "stated",
      })),
      provenance: "stated",
    });
  }
  const [model, parseModelRun] = timeRun(() => parseModel(json));
  const areas = syntheticAreas({ gemeenten: 10, wijkenPerGemeente: wijken, buurtenPerWijk: 100 });
  const rows: { indicator: string; area: string; period: string; value: number }[] = [];
  let buurt = 0;
  for (const area of areas) {
    if (area.kind !== "buurt") continue;
    for (let pick = 0; pick < 3; pick++) {
      const indicator = ids[(buurt * 7919 + pick * 10_007) % indicators] as string;
      rows.push({ indicator, area: area.id, period: "2023", value: 10 + ((buurt + pick) % 17) });
      rows.push({ indicator, area: area.id, period: "2024", value: 10 + ((buurt * 3 + pick) % 19) });
    }
    buurt++;
  }
  const [observations, parseRun] = timeRun(() => parseObservations(model, rows));
  let evaluation: Evaluation | undefined;
  const [outcome, run] = outcomeOf(() => {
    evaluation = evaluate(model, observations, { period: "2024", areas });
    return { rows: observations.length };
  });
  let columnsRun: Run | undefined;
  let results = 0;
  if (evaluation !== undefined) {
    const done = evaluation;
    columnsRun = timeRun(() => {
      for (const group of model.groups)
        for (const factor of group.factors) results += done.columns(factor.id)?.areas.length ?? 0;
    })[1];
  }
  print({
    shape,
    scale,
    input: { indicators: model.indicators.length, areas: areas.length, rows: rows.length },
    parseModel: parseModelRun,
    parse: parseRun,
    run,
    columns: columnsRun,
    factorResults: results,
    ...outcome,
  });
}

function print(value: object): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

if (shape === "ring") ring();
else if (shape === "goals") goals();
else if (shape === "sparse") sparse();
else throw new Error(`unknown stress shape '${shape}': ring, goals or sparse`);
