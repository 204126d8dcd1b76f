import type { Model } from "../../model/Model.js";
import type { CompiledModel } from "./compileModel.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Spans } from "./spans.js";

/**
 * The columnar core of an evaluation: every figure of every result in typed arrays, one slot
 * per result, and no object per result. Three kinds of slot (docs/internals.md):
 *
 * - **measure slots**: one per measure of a factor and area with data for its indicator; the
 *   arrays of measure m (in `CompiledModel.measures` order) are `measures[m]`, one slot per
 *   area, sorted by area number. NaN marks a figure that is absent; codes are those of
 *   `codes.ts`.
 * - **factor slots**: one per factor and area with a result (any of its measures has data
 *   there, or the area is at the top of the hierarchy); factor f owns `factorStart[f]` to
 *   `factorStart[f + 1]`, sorted by area number. `factorMeasure[factorLink[f] + (slot −
 *   factorStart[f]) × k + j]` is the measure slot of its j-th measure there (−1: no data).
 * - **roll-up slots**: per group, sub-goal and goal, one per area where one of its factors has a
 *   result, with seven status counts each.
 */
export interface Store {
  readonly hierarchy: Hierarchy;
  readonly spans: Spans;
  readonly model: CompiledModel;
  /** The model as given, for the traceability queries. */
  readonly source: Model;

  /** The measure slots of each compiled measure, in area order. */
  readonly measures: readonly MeasureArrays[];

  readonly factorStart: Uint32Array;
  readonly factorArea: Int32Array;
  readonly factorStatus: Uint8Array;
  readonly factorReason: Uint8Array;
  readonly factorLink: Uint32Array;
  /** Per factor slot and measure of the factor: the slot in that measure's arrays, or −1. */
  readonly factorMeasure: Int32Array;

  readonly groups: RollUpColumns;
  readonly subgoals: RollUpColumns;
  readonly goals: RollUpColumns;
  /** The areas with a factor result, in area order. */
  readonly evaluated: Int32Array;
}

/** The roll-ups of one level: entity e owns slots `start[e]` to `start[e + 1]`. */
export interface RollUpColumns {
  readonly start: Uint32Array;
  readonly area: Int32Array;
  /** Seven counts per slot, in the order of `statusCodes` from code 1. */
  readonly counts: Uint32Array;
  /** The score per slot; NaN for null. */
  readonly score: Float64Array;
  /** How many factors the entity rolls up. */
  readonly factors: Uint32Array;
}

/** Allocates the columns of one measure's `slots` results. */
export function measureColumns(slots: number) {
  const figures = () => new Float64Array(slots).fill(Number.NaN);
  return {
    measureArea: new Int32Array(slots),
    status: new Uint8Array(slots),
    reason: new Uint8Array(slots),
    trend: new Uint8Array(slots),
    significant: new Uint8Array(slots),
    current: figures(),
    baseline: figures(),
    change: figures(),
    target: figures(),
    progress: figures(),
    currentNumerator: figures(),
    currentDenominator: figures(),
    baselineNumerator: figures(),
    baselineDenominator: figures(),
    cut: new Int32Array(slots),
    baselineCut: new Int32Array(slots),
    included: new Uint32Array(slots),
    of: new Uint32Array(slots),
    kind: new Uint8Array(slots),
  };
}
export type MeasureArrays = ReturnType<typeof measureColumns>;

/** The slot of `area` between `from` and `to` in a column of area numbers sorted ascending, or −1. */
export function findSlot(areas: Int32Array, from: number, to: number, area: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = areas[middle] as number;
    if (at === area) return middle;
    if (at < area) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The factor slot of factor `factor` in area number `area`, or −1. */
export function factorSlot(store: Store, factor: number, area: number): number {
  return findSlot(store.factorArea, store.factorStart[factor] as number, store.factorStart[factor + 1] as number, area);
}

/** The measure slot of the j-th measure of factor `factor` at its factor slot `slot`, or −1. */
export function linkedMeasure(store: Store, factor: number, slot: number, measure: number): number {
  const perSlot = store.model.measuresOf[factor]?.length ?? 0;
  return store.factorMeasure[
    (store.factorLink[factor] as number) + (slot - (store.factorStart[factor] as number)) * perSlot + measure
  ] as number;
}
