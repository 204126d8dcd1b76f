/**
 * The bench's equality check between contenders. Each contender's results are put in the fair
 * reference's dense layout (see bench/reference.ts), then compared field by field: every factor
 * result's status and reason, each of its measures' status, reason, trend and five figures, and
 * every roll-up's counts and score. Figures must be equal to the bit; where they differ only
 * within 1e-12 relative, that is counted apart (and shown), not hidden.
 */
import type { Evaluation, MeasureResult, Status } from "../../src/evaluate/Evaluation.js";
import { type ReferenceResult, type ReferenceRollUps, reasonNames, statusNames, trendNames } from "../reference.js";

/** One difference, readable on its own. */
export interface Mismatch {
  readonly where: string;
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
}

export interface Comparison {
  readonly factorResults: number;
  readonly measureResults: number;
  readonly figures: number;
  /** Figures equal only within 1e-12 relative, not to the bit. */
  readonly nearlyEqual: number;
  readonly nearlyEqualExamples: readonly Mismatch[];
  readonly rollUps: number;
  readonly mismatchCount: number;
  /** The first mismatches, in the order found. */
  readonly mismatches: readonly Mismatch[];
}

const FIGURES = ["current", "baseline", "change", "target", "progress"] as const;
const SHOWN = 12;
const NO_DATA = 3;

/** Results in the reference's layout; `included` and `of` only where the face shows them. */
export type Dense = Omit<ReferenceResult, "included" | "of"> & {
  readonly included?: Uint32Array;
  readonly of?: Uint32Array;
  readonly outside: string[];
};

/** An empty result in the layout of `layout`. */
export function emptyLike(layout: ReferenceResult, withCoverage: boolean): Dense {
  const areas = layout.areaIds.length;
  const measureSlots = layout.measureIndicators.length * areas;
  const nan = () => new Float64Array(measureSlots).fill(Number.NaN);
  const rollUps = (like: ReferenceRollUps): ReferenceRollUps => ({
    ids: like.ids,
    members: new Uint32Array(like.members.length),
    present: new Uint8Array(like.present.length),
    counts: new Uint32Array(like.counts.length),
    score: new Float64Array(like.score.length).fill(Number.NaN),
  });
  const base = {
    areaIds: layout.areaIds,
    areaIndex: layout.areaIndex,
    factorIds: layout.factorIds,
    measuresOf: layout.measuresOf,
    measureIndicators: layout.measureIndicators,
    measureStatus: new Uint8Array(measureSlots),
    measureReason: new Uint8Array(measureSlots),
    measureTrend: new Uint8Array(measureSlots),
    current: nan(),
    baseline: nan(),
    change: nan(),
    target: nan(),
    progress: nan(),
    factorStatus: new Uint8Array(layout.factorIds.length * areas),
    factorReason: new Uint8Array(layout.factorIds.length * areas),
    rollUps: {
      groups: rollUps(layout.rollUps.groups),
      subgoals: rollUps(layout.rollUps.subgoals),
      goals: rollUps(layout.rollUps.goals),
    },
    outside: [],
  };
  return withCoverage ? { ...base, included: new Uint32Array(measureSlots), of: new Uint32Array(measureSlots) } : base;
}

/** Evaluate's results read through the columnar face (`columns()`), roll-ups from the plain objects (the columnar face has none). */
export function denseFromColumns(evaluation: Evaluation, layout: ReferenceResult): Dense {
  const dense = emptyLike(layout, false);
  const areas = layout.areaIds.length;
  layout.factorIds.forEach((factor, factorIndex) => {
    const columns = evaluation.columns(factor);
    if (columns === undefined) {
      dense.outside.push(`columns('${factor}') is undefined`);
      return;
    }
    const positions = layout.measuresOf[factorIndex] ?? [];
    if (columns.measures.length !== positions.length)
      dense.outside.push(
        `factor ${factor}: ${columns.measures.length} measure columns, the model has ${positions.length}`,
      );
    columns.areas.forEach((id, index) => {
      const area = layout.areaIndex.get(id);
      if (area === undefined) {
        dense.outside.push(`factor ${factor} has a result for the area '${id}', outside the hierarchy`);
        return;
      }
      dense.factorStatus[factorIndex * areas + area] = columns.status[index] as number;
      dense.factorReason[factorIndex * areas + area] = columns.reason[index] as number;
      columns.measures.forEach((measure, position) => {
        const at = (positions[position] ?? 0) * areas + area;
        dense.measureStatus[at] = measure.status[index] as number;
        dense.measureReason[at] = measure.reason[index] as number;
        dense.measureTrend[at] = measure.trend[index] as number;
        dense.current[at] = measure.current[index] as number;
        dense.baseline[at] = measure.baseline[index] as number;
        dense.change[at] = measure.change[index] as number;
        dense.target[at] = measure.target[index] as number;
        dense.progress[at] = measure.progress[index] as number;
      });
    });
  });
  rollUpsFromObjects(evaluation, dense);
  return dense;
}

/** Evaluate's results read from the contract's plain objects, `covers` included. */
export function denseFromObjects(evaluation: Evaluation, layout: ReferenceResult): Dense {
  const dense = emptyLike(layout, true);
  const areas = layout.areaIds.length;
  const factorIndex = new Map(layout.factorIds.map((id, index) => [id, index]));
  const statusCode = new Map<string, number>(statusNames.map((name, code) => [name, code]));
  const reasonCode = new Map<string, number>(reasonNames.map((name, code) => [name, code]));
  const trendCode = new Map<string, number>(trendNames.map((name, code) => [name, code]));
  for (const result of evaluation.factors) {
    const factor = factorIndex.get(result.factor);
    const area = layout.areaIndex.get(result.area);
    if (factor === undefined || area === undefined) {
      dense.outside.push(`a factor result for ${result.factor} in ${result.area}, outside the layout`);
      continue;
    }
    dense.factorStatus[factor * areas + area] = statusCode.get(result.status) ?? 255;
    dense.factorReason[factor * areas + area] =
      result.reason === undefined ? 0 : (reasonCode.get(result.reason) ?? 255);
    const positions = layout.measuresOf[factor] ?? [];
    result.measures.forEach((measure: MeasureResult, position) => {
      const at = (positions[position] ?? 0) * areas + area;
      dense.measureStatus[at] = statusCode.get(measure.status) ?? 255;
      dense.measureReason[at] = measure.reason === undefined ? 0 : (reasonCode.get(measure.reason) ?? 255);
      dense.measureTrend[at] = measure.trend === undefined ? 0 : (trendCode.get(measure.trend) ?? 255);
      dense.current[at] = measure.current ?? Number.NaN;
      dense.baseline[at] = measure.baseline ?? Number.NaN;
      dense.change[at] = measure.change ?? Number.NaN;
      dense.target[at] = measure.target ?? Number.NaN;
      dense.progress[at] = measure.progress ?? Number.NaN;
      if (dense.included !== undefined && dense.of !== undefined && measure.covers !== undefined) {
        dense.included[at] = measure.covers.areas;
        dense.of[at] = measure.covers.of;
      }
    });
  }
  rollUpsFromObjects(evaluation, dense);
  return dense;
}

function rollUpsFromObjects(evaluation: Evaluation, dense: Dense): void {
  const areas = dense.areaIds.length;
  const fill = (
    list: readonly {
      readonly area: string;
      readonly factors: number;
      readonly counts: Readonly<Record<Status, number>>;
      readonly score: number | null;
    }[],
    ids: (rollUp: never) => string,
    target: ReferenceRollUps,
    level: string,
  ) => {
    const index = new Map(target.ids.map((id, position) => [id, position]));
    for (const rollUp of list) {
      const id = ids(rollUp as never);
      const entity = index.get(id);
      const area = dense.areaIndex.get(rollUp.area);
      if (entity === undefined || area === undefined) {
        dense.outside.push(`a ${level} roll-up for ${id} in ${rollUp.area}, outside the layout`);
        continue;
      }
      const slot = entity * areas + area;
      target.present[slot] = 1;
      target.members[entity] = rollUp.factors;
      const counts = rollUp.counts;
      statusNames.slice(1).forEach((name, offset) => {
        target.counts[slot * 7 + offset] = counts[name as Status];
      });
      target.score[slot] = rollUp.score ?? Number.NaN;
    }
  };
  fill(evaluation.groups, (rollUp: { group: string }) => rollUp.group, dense.rollUps.groups, "group");
  fill(evaluation.subgoals, (rollUp: { subgoal: string }) => rollUp.subgoal, dense.rollUps.subgoals, "sub-goal");
  fill(evaluation.goals, (rollUp: { goal: string }) => rollUp.goal, dense.rollUps.goals, "goal");
}

/**
 * Compares two results of one layout. A measure without a result where its factor has one
 * reads as no-data, as the columnar face shows it.
 */
export function differences(expected: Dense, actual: Dense): Comparison {
  const mismatches: Mismatch[] = [];
  const nearlyEqualExamples: Mismatch[] = [];
  let mismatchCount = 0;
  const differ = (where: string, field: string, wanted: string, got: string) => {
    mismatchCount++;
    if (mismatches.length < SHOWN) mismatches.push({ where, field, expected: wanted, actual: got });
  };
  for (const problem of [...expected.outside, ...actual.outside])
    differ("layout", "result", "inside the layout", problem);
  const areas = expected.areaIds.length;
  let factorResults = 0;
  let measureResults = 0;
  let figures = 0;
  let nearlyEqual = 0;
  expected.factorIds.forEach((factor, factorIndex) => {
    const positions = expected.measuresOf[factorIndex] ?? [];
    for (let area = 0; area < areas; area++) {
      const slot = factorIndex * areas + area;
      const wanted = expected.factorStatus[slot] as number;
      const got = actual.factorStatus[slot] as number;
      if (wanted === 0 && got === 0) continue;
      const where = `${factor} in ${expected.areaIds[area]}`;
      factorResults++;
      if (wanted !== got) {
        differ(where, "status", statusNames[wanted] ?? String(wanted), statusNames[got] ?? String(got));
        continue;
      }
      if (expected.factorReason[slot] !== actual.factorReason[slot])
        differ(
          where,
          "reason",
          reasonNames[expected.factorReason[slot] as number] ?? "?",
          reasonNames[actual.factorReason[slot] as number] ?? "?",
        );
      for (const measure of positions) {
        const at = measure * areas + area;
        const measureWhere = `${where}, measure ${expected.measureIndicators[measure]}`;
        measureResults++;
        const wantedStatus = (expected.measureStatus[at] as number) || NO_DATA;
        const gotStatus = (actual.measureStatus[at] as number) || NO_DATA;
        if (wantedStatus !== gotStatus)
          differ(measureWhere, "status", statusNames[wantedStatus] ?? "?", statusNames[gotStatus] ?? "?");
        if (expected.measureReason[at] !== actual.measureReason[at])
          differ(
            measureWhere,
            "reason",
            reasonNames[expected.measureReason[at] as number] ?? "?",
            reasonNames[actual.measureReason[at] as number] ?? "?",
          );
        if (expected.measureTrend[at] !== actual.measureTrend[at])
          differ(
            measureWhere,
            "trend",
            trendNames[expected.measureTrend[at] as number] ?? "?",
            trendNames[actual.measureTrend[at] as number] ?? "?",
          );
        for (const field of FIGURES) {
          const a = expected[field][at] as number;
          const b = actual[field][at] as number;
          if (Number.isNaN(a) && Number.isNaN(b)) continue;
          figures++;
          if (Object.is(a, b)) continue;
          if (Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))) {
            nearlyEqual++;
            if (nearlyEqualExamples.length < 3)
              nearlyEqualExamples.push({ where: measureWhere, field, expected: String(a), actual: String(b) });
            continue;
          }
          differ(measureWhere, field, Number.isNaN(a) ? "absent" : String(a), Number.isNaN(b) ? "absent" : String(b));
        }
        if (
          expected.included !== undefined &&
          actual.included !== undefined &&
          expected.of !== undefined &&
          actual.of !== undefined
        ) {
          // The plain objects show `covers` only where a parent compared fewer areas than have data.
          const wantedCovers =
            (expected.included[at] as number) < (expected.of[at] as number)
              ? `${expected.included[at]} of ${expected.of[at]}`
              : "all";
          const gotCovers =
            (actual.included[at] as number) < (actual.of[at] as number)
              ? `${actual.included[at]} of ${actual.of[at]}`
              : "all";
          if (wantedCovers !== gotCovers) differ(measureWhere, "covers", wantedCovers, gotCovers);
        }
      }
    }
  });
  let rollUps = 0;
  for (const level of ["groups", "subgoals", "goals"] as const) {
    const wanted = expected.rollUps[level];
    const got = actual.rollUps[level];
    wanted.ids.forEach((id, entity) => {
      for (let area = 0; area < areas; area++) {
        const slot = entity * areas + area;
        if (wanted.present[slot] === 0 && got.present[slot] === 0) continue;
        rollUps++;
        const where = `${level.slice(0, -1)} ${id} in ${expected.areaIds[area]}`;
        if (wanted.present[slot] !== got.present[slot]) {
          differ(
            where,
            "roll-up",
            wanted.present[slot] === 1 ? "present" : "absent",
            got.present[slot] === 1 ? "present" : "absent",
          );
          continue;
        }
        for (let offset = 0; offset < 7; offset++) {
          if (wanted.counts[slot * 7 + offset] !== got.counts[slot * 7 + offset])
            differ(
              where,
              `counts.${statusNames[offset + 1]}`,
              String(wanted.counts[slot * 7 + offset]),
              String(got.counts[slot * 7 + offset]),
            );
        }
        const a = wanted.score[slot] as number;
        const b = got.score[slot] as number;
        if (!Object.is(a, b))
          differ(where, "score", Number.isNaN(a) ? "null" : String(a), Number.isNaN(b) ? "null" : String(b));
      }
      if (got.members[entity] !== 0 && got.members[entity] !== wanted.members[entity])
        differ(`${level.slice(0, -1)} ${id}`, "factors", String(wanted.members[entity]), String(got.members[entity]));
    });
  }
  return {
    factorResults,
    measureResults,
    figures,
    nearlyEqual,
    nearlyEqualExamples,
    rollUps,
    mismatchCount,
    mismatches,
  };
}

/** The comparison as lines for the console. */
export function describe(name: string, comparison: Comparison): string[] {
  const head = `${name}: ${comparison.factorResults.toLocaleString("en")} factor results, ${comparison.measureResults.toLocaleString("en")} measure results, ${comparison.figures.toLocaleString("en")} figures, ${comparison.rollUps.toLocaleString("en")} roll-ups compared`;
  const tail =
    comparison.mismatchCount === 0
      ? `all equal${comparison.nearlyEqual > 0 ? ` (${comparison.nearlyEqual} figures equal only within 1e-12)` : " to the bit"}`
      : `${comparison.mismatchCount.toLocaleString("en")} MISMATCHES`;
  const line = (mismatch: Mismatch) =>
    `  ${mismatch.where}: ${mismatch.field}: expected ${mismatch.expected}, got ${mismatch.actual}`;
  return [
    `${head}: ${tail}`,
    ...comparison.mismatches.map(line),
    ...comparison.nearlyEqualExamples.map((example) => `${line(example)} (equal within 1e-12)`),
  ];
}

/** The fair reference's own result, as a {@link Dense} to compare with. */
export function denseFromReference(reference: ReferenceResult): Dense {
  return { ...reference, outside: [] };
}
