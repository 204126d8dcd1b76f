import type { Evaluation, FactorResult, MeasureResult } from "../../evaluate/Evaluation.js";
import type { ProtectionPolicy } from "../ProtectionPolicy.js";

/**
 * The figures of an evaluation as the protection pass sees them (docs/privacy.md):
 *
 * - an **occurrence** is one measure of one factor result; occurrences of factor result r are
 *   `occurrenceStart[r]` to `occurrenceStart[r + 1]`.
 * - a **cell** is one indicator's current or baseline figure in one area. Factors that measure
 *   the same indicator show the same cell, so a cell is withheld everywhere or nowhere.
 * - an **equation** is a parent's cell and the cells of the children it sums. Whoever knows all
 *   but one of its cells knows the last one, so no equation may hold exactly one withheld cell.
 *
 * Everything is indexed once, in one pass over the results each; nothing scans all results
 * per result.
 */
export interface Cells {
  /** Per occurrence, the cell of its current figure (2o) and baseline figure (2o + 1); −1 where it shows none. */
  readonly occurrenceCell: Int32Array;
  readonly occurrenceStart: Uint32Array;
  readonly count: number;
  /** Per cell: SHOWN, PRIMARY or SECONDARY. */
  readonly state: Uint8Array;
  /** Per primary cell, its reason (see `reasons`). */
  readonly reason: Uint8Array;
  /** Per cell, how much a reader would learn less by withholding it: the count, numerator or respondents. */
  readonly weight: Float64Array;
  /** Equation e holds cells `equationCells[equationStart[e]]` to `equationCells[equationStart[e + 1] - 1]`. */
  readonly equationStart: Uint32Array;
  readonly equationCells: Int32Array;
}

export const SHOWN = 0;
export const PRIMARY = 1;
export const SECONDARY = 2;

/** Reason codes of primary cells; 0 is none. */
const SMALL_COUNT = 1;
const FEW_RESPONDENTS = 2;
const SMALL_CATEGORY = 3;
/** The reason each code of a primary cell stands for. */
export const reasons = {
  [SMALL_COUNT]: "small-count",
  [FEW_RESPONDENTS]: "few-respondents",
  [SMALL_CATEGORY]: "small-category",
} as const;
/** The code a primary cell holds in {@link Cells.reason}. */
export type ReasonCode = keyof typeof reasons;

/**
 * How an indicator's figures add up, read off its results (the evaluation does not carry the
 * model): a share shows respondents; a ratio shows parts without them; a count or stock shows
 * neither. An indicator with parts but no current figure anywhere cannot be told apart: it is
 * judged by both the ratio's rule and the survey's, the stricter reading.
 */
const COUNT = 0;
const RATIO = 1;
const SHARE = 2;
const RATIO_OR_SHARE = 3;

const CURRENT = 0;
const BASELINE = 1;
const windows = ["current", "baseline"] as const;
const bothWindows = [CURRENT, BASELINE] as const;

/** Indexes an evaluation's figures and judges each against the policy. */
export function indexCells(
  evaluation: Evaluation,
  factors: readonly FactorResult[],
  policy: Required<ProtectionPolicy>,
): Cells {
  const areaIndex = new Map<string, number>();
  evaluation.areas.forEach((area, index) => {
    if (!areaIndex.has(area.id)) areaIndex.set(area.id, index);
  });
  const parents: number[] = evaluation.areas.map((area) =>
    area.parent === undefined ? -1 : (areaIndex.get(area.parent) ?? -1),
  );
  // evaluate lists every area it gives a result; one it did not list is still judged, as a top area.
  for (const result of factors) {
    if (!areaIndex.has(result.area)) {
      areaIndex.set(result.area, parents.length);
      parents.push(-1);
    }
  }
  const parentOf = Int32Array.from(parents);
  const areaCount = parentOf.length;

  // Occurrences, their series (factor and measure position) and their indicator.
  const occurrenceStart = new Uint32Array(factors.length + 1);
  let occurrences = 0;
  factors.forEach((result, index) => {
    occurrenceStart[index] = occurrences;
    occurrences += result.measures.length;
  });
  occurrenceStart[factors.length] = occurrences;
  const occurrenceMeasure: MeasureResult[] = new Array<MeasureResult>(occurrences);
  const occurrenceArea = new Int32Array(occurrences);
  const occurrenceSeries = new Int32Array(occurrences);
  const occurrenceIndicator = new Int32Array(occurrences);
  const seriesOf = new Map<string, number[]>();
  const indicatorNumber = new Map<string, number>();
  let seriesCount = 0;
  // Per indicator: 1 shows respondents, 2 shows parts with a current figure and no respondents, 4 shows parts.
  const seen: number[] = [];
  factors.forEach((result, index) => {
    let series = seriesOf.get(result.factor);
    if (series === undefined) {
      series = [];
      seriesOf.set(result.factor, series);
    }
    const area = areaIndex.get(result.area) as number;
    result.measures.forEach((measure, position) => {
      const occurrence = (occurrenceStart[index] as number) + position;
      let number = series[position];
      if (number === undefined) {
        number = seriesCount++;
        series[position] = number;
      }
      let indicator = indicatorNumber.get(measure.indicator);
      if (indicator === undefined) {
        indicator = indicatorNumber.size;
        indicatorNumber.set(measure.indicator, indicator);
        seen.push(0);
      }
      occurrenceMeasure[occurrence] = measure;
      occurrenceArea[occurrence] = area;
      occurrenceSeries[occurrence] = number;
      occurrenceIndicator[occurrence] = indicator;
      let flags = 0;
      if (measure.respondents !== undefined) flags |= 1;
      if (measure.parts !== undefined) flags |= 4;
      if (measure.parts !== undefined && measure.current !== undefined && measure.respondents === undefined) flags |= 2;
      seen[indicator] = (seen[indicator] as number) | flags;
    });
  });
  const kindOf = seen.map((flags) =>
    (flags & 1) !== 0 ? SHARE : (flags & 2) !== 0 ? RATIO : (flags & 4) !== 0 ? RATIO_OR_SHARE : COUNT,
  );

  // Cells, and the primary suppressions.
  const cellOf = new Map<number, number>();
  const occurrenceCell = new Int32Array(occurrences * 2).fill(-1);
  const state: number[] = [];
  const reason: number[] = [];
  const weight: number[] = [];
  for (let occurrence = 0; occurrence < occurrences; occurrence++) {
    const measure = occurrenceMeasure[occurrence] as MeasureResult;
    const area = occurrenceArea[occurrence] as number;
    const kind = kindOf[occurrenceIndicator[occurrence] as number] as number;
    for (const which of bothWindows) {
      const value = which === CURRENT ? measure.current : measure.baseline;
      if (value === undefined) continue;
      const key = ((occurrenceIndicator[occurrence] as number) * areaCount + area) * 2 + which;
      let cell = cellOf.get(key);
      if (cell === undefined) {
        cell = state.length;
        cellOf.set(key, cell);
        state.push(SHOWN);
        reason.push(0);
        weight.push(Number.POSITIVE_INFINITY);
      }
      occurrenceCell[occurrence * 2 + which] = cell;
      const judged = judge(measure, which, value, kind, policy);
      weight[cell] = Math.min(weight[cell] as number, judged.weight);
      if (judged.reason !== 0 && state[cell] === SHOWN) {
        state[cell] = PRIMARY;
        reason[cell] = judged.reason;
      }
    }
  }

  const equations = buildEquations();
  return {
    occurrenceCell,
    occurrenceStart,
    count: state.length,
    state: Uint8Array.from(state),
    reason: Uint8Array.from(reason),
    weight: Float64Array.from(weight),
    ...equations,
  };

  /**
   * Every parent's equations: per occurrence with children in its series, and per window, the
   * parent's cell and its children's. Which children a parent sums: where it compares like
   * with like (`covers`), those with both figures; otherwise those with the window's figure.
   * When unsure, the pass treats a parent as the sum of its children: an equation too many
   * withholds a figure too many, an equation too few could give one away.
   */
  function buildEquations(): { equationStart: Uint32Array; equationCells: Int32Array } {
    const occurrenceOf = new Map<number, number>();
    for (let occurrence = 0; occurrence < occurrences; occurrence++) {
      occurrenceOf.set(
        (occurrenceSeries[occurrence] as number) * areaCount + (occurrenceArea[occurrence] as number),
        occurrence,
      );
    }
    // Children per occurrence, as a linked list in result order.
    const firstChild = new Int32Array(occurrences).fill(-1);
    const nextSibling = new Int32Array(occurrences).fill(-1);
    for (let occurrence = occurrences - 1; occurrence >= 0; occurrence--) {
      const up = parentOf[occurrenceArea[occurrence] as number] as number;
      if (up === -1) continue;
      const parent = occurrenceOf.get((occurrenceSeries[occurrence] as number) * areaCount + up);
      if (parent === undefined) continue;
      nextSibling[occurrence] = firstChild[parent] as number;
      firstChild[parent] = occurrence;
    }
    const starts: number[] = [0];
    const members: number[] = [];
    // Per parent cell, the child sets already written: a second factor that measures the same
    // indicator adds nothing with the same set, and with another set adds the difference of the
    // two, which a reader can form by subtracting one total from the other.
    const setsOf = new Map<number, number[][]>();
    const push = (parentCell: number, cells: readonly number[]) => {
      members.push(parentCell);
      for (const cell of cells) members.push(cell);
      starts.push(members.length);
    };
    for (let parent = 0; parent < occurrences; parent++) {
      if (firstChild[parent] === -1) continue;
      const covers = (occurrenceMeasure[parent] as MeasureResult).covers !== undefined;
      for (const which of bothWindows) {
        const parentCell = occurrenceCell[parent * 2 + which] as number;
        if (parentCell === -1) continue;
        const cells: number[] = [];
        for (let child = firstChild[parent] as number; child !== -1; child = nextSibling[child] as number) {
          const current = occurrenceCell[child * 2 + CURRENT] as number;
          const baseline = occurrenceCell[child * 2 + BASELINE] as number;
          const own = which === CURRENT ? current : baseline;
          if (own !== -1 && (!covers || (current !== -1 && baseline !== -1))) cells.push(own);
        }
        if (cells.length === 0) continue;
        cells.sort((a, b) => a - b);
        const sets = setsOf.get(parentCell);
        if (sets === undefined) setsOf.set(parentCell, [cells]);
        else if (sets.some((set) => isSame(set, cells))) continue;
        push(parentCell, cells);
        if (sets === undefined) continue;
        for (const set of sets) {
          const difference = symmetricDifference(set, cells);
          if (difference.length > 0) push(parentCell, difference);
        }
        sets.push(cells);
      }
    }
    return { equationStart: Uint32Array.from(starts), equationCells: Int32Array.from(members) };
  }
}

function isSame(left: readonly number[], right: readonly number[]): boolean {
  return left.length === right.length && left.every((cell, index) => cell === right[index]);
}

/** The cells in one sorted list and not the other. */
function symmetricDifference(left: readonly number[], right: readonly number[]): number[] {
  const result: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const a = left[i];
    const b = right[j];
    if (b === undefined || (a !== undefined && a < b)) {
      result.push(a as number);
      i++;
    } else if (a === undefined || b < a) {
      result.push(b);
      j++;
    } else {
      i++;
      j++;
    }
  }
  return result;
}

/**
 * Whether one figure is too small to show, and its weight (what withholding it hides). A 0 in a
 * count or a numerator is shown: a register that counts nothing identifies nobody; a survey in
 * which nobody (or everybody) answered yes is withheld, as the GGD does.
 */
function judge(
  measure: MeasureResult,
  which: 0 | 1,
  value: number,
  kind: number,
  policy: Required<ProtectionPolicy>,
): { readonly reason: number; readonly weight: number } {
  if (kind === COUNT) return { reason: value > 0 && value < policy.minimumCount ? SMALL_COUNT : 0, weight: value };
  const parts = measure.parts?.[windows[which]];
  // A ratio or share without its parts cannot be checked: it is withheld rather than trusted.
  if (parts === undefined) return { reason: kind === RATIO ? SMALL_COUNT : FEW_RESPONDENTS, weight: 0 };
  const { numerator, denominator } = parts;
  if (kind === RATIO || kind === RATIO_OR_SHARE) {
    if (numerator > 0 && numerator < policy.minimumCount) return { reason: SMALL_COUNT, weight: numerator };
    if (kind === RATIO) return { reason: 0, weight: numerator };
  }
  if (denominator < policy.minimumRespondents) return { reason: FEW_RESPONDENTS, weight: denominator };
  if (numerator < policy.minimumCategory || denominator - numerator < policy.minimumCategory)
    return { reason: SMALL_CATEGORY, weight: denominator };
  return { reason: 0, weight: kind === SHARE ? denominator : numerator };
}
