/**
 * The fair reference: evaluate's whole job on the national bench data, written by hand with
 * typed arrays and no library code, as the floor that JavaScript can reach on this machine.
 *
 * It goes from the parsed rows (the frozen objects `parseObservations` returns; their fields are
 * read here, as a caller without the library would read them) to every result evaluate gives:
 * - all indicators, with each measure's rule: relativeChange, increase / decrease, qualitative
 *   (two-sided two-proportion z-test), perPeriod, threshold and tracked;
 * - roll-ups up the area tree with the contract's rules: an area's own rows win over its
 *   children's, and a comparing rule compares only the children with data in both periods
 *   (like-for-like);
 * - every figure (current, baseline, change, target, progress, trend), the statuses and reasons
 *   of measures and factors, and the roll-ups per group, sub-goal and goal (counts and score).
 *
 * It can also start from the typed columns parse keeps beside the rows, which is where evaluate
 * starts (see {@link parsedColumns}): then the two differ only in the work after parsing.
 *
 * It knows the bench's layout: the period 2024, complete, in quarterly rows, against the
 * baseline 2023 in one yearly row; so it has no partial windows, common reach, on-track or
 * behind. It still checks what a complete period needs: a count or ratio without all four
 * quarters is `incomplete-data`. Rows of other periods, areas outside the hierarchy and derived
 * rates are outside what it handles, and it says so instead of guessing. It writes no
 * explanations and no warnings.
 *
 * The arithmetic follows the contract to the bit (exact cross-multiplied comparisons with a
 * relative tolerance of 1e-12, sums rounded to 15 significant digits when they are not whole),
 * so that the bench can require its figures to equal evaluate's. Its arrays are dense
 * (indicators × areas): at national scale nearly every area has data for nearly every
 * indicator, so dense is the fastest layout here, not a general design.
 */
import type { Area } from "../src/model/area.js";
import type { Model } from "../src/model/Model.js";
import type { Rule } from "../src/model/rule.js";
import type { Observation } from "../src/observations/Observation.js";

/** Status codes, worst first for a factor, as the columnar face numbers them (0: no result). */
export const statusNames = [
  "none",
  "not-achieved",
  "behind",
  "no-data",
  "not-evaluable",
  "on-track",
  "achieved",
  "monitored",
] as const;
export const reasonNames = ["none", "zero-baseline", "too-few-respondents", "incomplete-data", "not-finite"] as const;
export const trendNames = ["none", "up", "down", "flat"] as const;

const NOT_ACHIEVED = 1;
const NO_DATA = 3;
const NOT_EVALUABLE = 4;
const ACHIEVED = 6;
const MONITORED = 7;
const ZERO_BASELINE = 1;
const TOO_FEW_RESPONDENTS = 2;
const INCOMPLETE_DATA = 3;
const NOT_FINITE = 4;

// How an indicator adds up: counts sum; a flow ratio sums both parts; a stock is its last
// value; a ratio over a stock weighs each denominator by the days it stood; a share pools.
const COUNT = 0;
const FLOW = 1;
const STOCK = 2;
const FLOW_OVER_STOCK = 3;
const SHARE = 4;

// A window's state per (indicator, area).
const NONE = 0;
const COMPLETE = 1;
const INCOMPLETE = 2;

/** The bench's layout: the baseline year in one row, the current year in four quarters. */
const BASELINE = 4;
const periodSlot = new Map<string, number>([
  ["2024-Q1", 0],
  ["2024-Q2", 1],
  ["2024-Q3", 2],
  ["2024-Q4", 3],
  ["2023", BASELINE],
]);
/** Days of each slot: 2024 is a leap year, so its quarters have 91, 91, 92 and 92 days. */
const slotDays = [91, 91, 92, 92, 365];
const CURRENT_DAYS = 366;
const ALL_QUARTERS = 0b1111;
/** The perPeriod units that the complete year 2024 covers: each whole, as days of the unit. */
const unitsOf = {
  year: [366],
  quarter: [91, 91, 92, 92],
  month: [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
} as const;

const TOLERANCE = 1e-12;
const SMALL = 1e-150;
const LARGE = 1e150;
const Z_95 = 1.959963984540054;

/** What the reference computes: dense columns, one slot per (measure or factor, area). */
export interface ReferenceResult {
  /** The areas in hierarchy order; slot `x × areas.length + area` below. */
  readonly areaIds: readonly string[];
  readonly areaIndex: ReadonlyMap<string, number>;
  readonly factorIds: readonly string[];
  /** For each factor, the positions of its measures in the measure columns. */
  readonly measuresOf: readonly (readonly number[])[];
  readonly measureIndicators: readonly string[];
  /** Per (measure, area): status code (0 where the measure has no result there), reason, trend. */
  readonly measureStatus: Uint8Array;
  readonly measureReason: Uint8Array;
  readonly measureTrend: Uint8Array;
  /** Per (measure, area); NaN where a figure is absent. */
  readonly current: Float64Array;
  readonly baseline: Float64Array;
  readonly change: Float64Array;
  readonly target: Float64Array;
  readonly progress: Float64Array;
  /** Like-for-like per (measure, area) where compared: areas covered, out of those with data. */
  readonly included: Uint32Array;
  readonly of: Uint32Array;
  /** Per (factor, area): status code (0: no result) and reason. */
  readonly factorStatus: Uint8Array;
  readonly factorReason: Uint8Array;
  readonly rollUps: {
    readonly groups: ReferenceRollUps;
    readonly subgoals: ReferenceRollUps;
    readonly goals: ReferenceRollUps;
  };
}

/** Roll-ups of one level: per (entity, area), seven counts in status-code order (code 1 first) and the score (NaN for null). */
export interface ReferenceRollUps {
  readonly ids: readonly string[];
  readonly members: Uint32Array;
  /** 1 where the entity has a roll-up in the area. */
  readonly present: Uint8Array;
  readonly counts: Uint32Array;
  readonly score: Float64Array;
}

interface Fraction {
  numerator: number;
  denominator: number;
}

/**
 * What the reference reads: the parsed rows' objects (the bench's boundary for every
 * contender), or the typed columns that `parseObservations` keeps beside them, which are what
 * evaluate itself reads (see {@link parsedColumns}).
 */
export type ReferenceInput = { readonly rows: readonly Observation[] } | { readonly columns: ParsedColumns };

/** The columns parse keeps beside its rows (src/internal/observationColumns.ts), as far as the reference reads them. */
export interface ParsedColumns {
  readonly indicatorIds: readonly string[];
  readonly indicator: Uint32Array;
  readonly areaIds: readonly string[];
  readonly area: Uint32Array;
  readonly firstDay: Int32Array;
  readonly endDay: Int32Array;
  readonly first: Float64Array;
  readonly second: Float64Array;
}

/**
 * The columns of parsed rows, read as data under the registered symbol they hang on: no library
 * code runs. This gives the reference evaluate's own starting point, so that the two differ only
 * in the work after parsing.
 */
export function parsedColumns(rows: readonly Observation[]): ParsedColumns {
  const columns: unknown = Reflect.get(rows, Symbol.for("buurtaanpak.observations"));
  if (
    typeof columns !== "object" ||
    columns === null ||
    !("first" in columns) ||
    !(columns.first instanceof Float64Array)
  ) {
    throw new Error("reference: these rows carry no parsed columns (they did not come from parseObservations)");
  }
  return columns as ParsedColumns;
}

// The bench's periods as day numbers (days since 1970-01-01 on the zone-free calendar).
const day = (year: number, month: number) => Math.round(Date.UTC(year, month, 1) / 86_400_000);
const slotStarts = [day(2024, 0), day(2024, 3), day(2024, 6), day(2024, 9), day(2025, 0)];
const baselineFirstDay = day(2023, 0);

/** The slot of a row by its days: a quarter of 2024 (0–3), the year 2023, or −1. */
function slotOfDays(first: number, end: number): number {
  if (first === baselineFirstDay && end === slotStarts[0]) return BASELINE;
  for (let quarter = 0; quarter < 4; quarter++)
    if (first === slotStarts[quarter] && end === slotStarts[quarter + 1]) return quarter;
  return -1;
}

/** Evaluates the model on the parsed rows of the bench layout (see the top of this file). */
export function referenceEvaluate(model: Model, input: ReferenceInput, areas: readonly Area[]): ReferenceResult {
  // The model, as numbers.
  const indicatorIndex = new Map<string, number>();
  const kinds: number[] = [];
  model.indicators.forEach((indicator, index) => {
    if (indicator.rate !== undefined)
      throw new Error(`reference: the rate indicator '${indicator.id}' is outside the bench layout`);
    indicatorIndex.set(indicator.id, index);
    kinds.push(
      indicator.measure === "count"
        ? COUNT
        : indicator.measure === "stock"
          ? STOCK
          : indicator.measure === "share"
            ? SHARE
            : indicator.denominator === "stock"
              ? FLOW_OVER_STOCK
              : FLOW,
    );
  });
  const factors = model.groups.flatMap((group) => group.factors);
  const measureIndicator: number[] = [];
  const measureRule: Rule[] = [];
  const measuresOf = factors.map((factor) =>
    factor.measures.flatMap((measure) => {
      const indicator = indicatorIndex.get(measure.indicator);
      if (indicator === undefined) return [];
      measureIndicator.push(indicator);
      measureRule.push(measure.rule);
      return [measureIndicator.length - 1];
    }),
  );
  const measuresOfIndicator: number[][] = model.indicators.map(() => []);
  measureIndicator.forEach((indicator, measure) => {
    measuresOfIndicator[indicator]?.push(measure);
  });

  // The hierarchy: numbers, parents, and an order that visits every area after its descendants.
  const areaCount = areas.length;
  const areaIndex = new Map<string, number>();
  areas.forEach((area, index) => {
    if (!areaIndex.has(area.id)) areaIndex.set(area.id, index);
  });
  const parent = new Int32Array(areaCount).fill(-1);
  const areaKind = new Uint8Array(areaCount);
  for (let area = 0; area < areaCount; area++) {
    const { parent: up, kind } = areas[area] as Area;
    if (up !== undefined) parent[area] = areaIndex.get(up) ?? -1;
    areaKind[area] = kind === "buurt" ? 1 : kind === "wijk" ? 2 : kind === "gemeente" ? 3 : 4;
  }
  const depth = new Int32Array(areaCount).fill(-1);
  const trail = new Int32Array(areaCount);
  let deepest = 0;
  for (let area = 0; area < areaCount; area++) {
    let length = 0;
    let at = area;
    while (at !== -1 && depth[at] === -1) {
      if (length === areaCount) throw new Error(`reference: the areas form a cycle through '${areas[area]?.id}'`);
      trail[length++] = at;
      at = parent[at] as number;
    }
    let level = at === -1 ? -1 : (depth[at] as number);
    while (length > 0) depth[trail[--length] as number] = ++level;
    deepest = Math.max(deepest, level);
  }
  const bottomUp = new Uint32Array(areaCount);
  const levelStart = new Uint32Array(deepest + 2);
  for (let area = 0; area < areaCount; area++)
    levelStart[deepest - (depth[area] as number) + 1] =
      (levelStart[deepest - (depth[area] as number) + 1] as number) + 1;
  for (let level = 1; level < levelStart.length; level++)
    levelStart[level] = (levelStart[level] as number) + (levelStart[level - 1] as number);
  for (let area = 0; area < areaCount; area++) {
    const level = deepest - (depth[area] as number);
    bottomUp[levelStart[level] as number] = area;
    levelStart[level] = (levelStart[level] as number) + 1;
  }
  const roots: number[] = [];
  for (let area = 0; area < areaCount; area++) if (parent[area] === -1) roots.push(area);

  // One pass over the rows into each (indicator, area)'s own sums per window.
  const indicatorCount = model.indicators.length;
  const cells = indicatorCount * areaCount;
  const quarters = new Uint8Array(cells);
  const currentFirst = new Float64Array(cells);
  const currentSecond = new Float64Array(cells);
  const latestQuarter = new Int8Array(cells).fill(-1);
  const hasBaseline = new Uint8Array(cells);
  const baselineFirst = new Float64Array(cells);
  const baselineSecond = new Float64Array(cells);
  const add = (indicator: number, area: number, slot: number, first: number, rawSecond: number): void => {
    const kind = kinds[indicator] as number;
    // A stock denominator counts for the days it stood.
    const second = kind === FLOW_OVER_STOCK ? rawSecond * (slotDays[slot] as number) : rawSecond;
    const cell = indicator * areaCount + area;
    if (slot === BASELINE) {
      hasBaseline[cell] = 1;
      baselineFirst[cell] = first;
      baselineSecond[cell] = second;
    } else {
      quarters[cell] = (quarters[cell] as number) | (1 << slot);
      if (kind === STOCK) {
        // A stock is its last value in the window: the latest quarter's.
        if (slot > (latestQuarter[cell] as number)) {
          latestQuarter[cell] = slot;
          currentFirst[cell] = first;
        }
      } else {
        currentFirst[cell] = (currentFirst[cell] as number) + first;
        currentSecond[cell] = (currentSecond[cell] as number) + second;
      }
    }
  };
  if ("rows" in input) {
    const rows = input.rows;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as Observation;
      const indicator = indicatorIndex.get(row.indicator);
      if (indicator === undefined)
        throw new Error(`reference: row ${index} has the indicator '${row.indicator}', which the model does not have`);
      const area = areaIndex.get(row.area);
      if (area === undefined)
        throw new Error(`reference: row ${index} has the area '${row.area}', which is outside the hierarchy`);
      const slot = periodSlot.get(row.period);
      if (slot === undefined)
        throw new Error(
          `reference: row ${index} has the period '${row.period}', outside the bench layout (2023, 2024-Q1 to 2024-Q4)`,
        );
      const kind = kinds[indicator] as number;
      if (kind === COUNT || kind === STOCK) add(indicator, area, slot, row.value ?? Number.NaN, 1);
      else if (kind === SHARE) add(indicator, area, slot, row.positive ?? Number.NaN, row.respondents ?? Number.NaN);
      else add(indicator, area, slot, row.numerator ?? Number.NaN, row.denominator ?? Number.NaN);
    }
  } else {
    // The columns already hold each row's figures and days; ids are mapped once per distinct id.
    const { columns } = input;
    const indicatorOf = Int32Array.from(columns.indicatorIds, (id) => indicatorIndex.get(id) ?? -1);
    const areaOf = Int32Array.from(columns.areaIds, (id) => areaIndex.get(id) ?? -1);
    for (let index = 0; index < columns.indicator.length; index++) {
      const indicator = indicatorOf[columns.indicator[index] as number] as number;
      if (indicator === -1) throw new Error(`reference: row ${index} has an indicator the model does not have`);
      const area = areaOf[columns.area[index] as number] as number;
      if (area === -1) throw new Error(`reference: row ${index} has an area outside the hierarchy`);
      const slot = slotOfDays(columns.firstDay[index] as number, columns.endDay[index] as number);
      if (slot === -1)
        throw new Error(`reference: row ${index} has a period outside the bench layout (2023, 2024-Q1 to 2024-Q4)`);
      add(indicator, area, slot, columns.first[index] as number, columns.second[index] as number);
    }
  }

  // Results, dense per (measure, area) and (factor, area).
  const measureCount = measureIndicator.length;
  const measureSlots = measureCount * areaCount;
  const measureStatus = new Uint8Array(measureSlots);
  const measureReason = new Uint8Array(measureSlots);
  const measureTrend = new Uint8Array(measureSlots);
  const current = new Float64Array(measureSlots).fill(Number.NaN);
  const baseline = new Float64Array(measureSlots).fill(Number.NaN);
  const change = new Float64Array(measureSlots).fill(Number.NaN);
  const target = new Float64Array(measureSlots).fill(Number.NaN);
  const progress = new Float64Array(measureSlots).fill(Number.NaN);
  const measureIncluded = new Uint32Array(measureSlots);
  const measureOf = new Uint32Array(measureSlots);

  // Scratch per area, reused for each indicator.
  const hasData = new Uint8Array(areaCount);
  const currentState = new Uint8Array(areaCount);
  const currentNumerator = new Float64Array(areaCount);
  const currentDenominator = new Float64Array(areaCount);
  const baselineState = new Uint8Array(areaCount);
  const baselineNumerator = new Float64Array(areaCount);
  const baselineDenominator = new Float64Array(areaCount);
  const comparedState = new Uint8Array(areaCount);
  const comparedCurrentNumerator = new Float64Array(areaCount);
  const comparedCurrentDenominator = new Float64Array(areaCount);
  const comparedBaselineNumerator = new Float64Array(areaCount);
  const comparedBaselineDenominator = new Float64Array(areaCount);
  const included = new Uint32Array(areaCount);
  const of = new Uint32Array(areaCount);
  // What the children hand up, per window and for the comparison.
  const childCurrentState = new Uint8Array(areaCount);
  const childCurrentNumerator = new Float64Array(areaCount);
  const childCurrentDenominator = new Float64Array(areaCount);
  const childBaselineState = new Uint8Array(areaCount);
  const childBaselineNumerator = new Float64Array(areaCount);
  const childBaselineDenominator = new Float64Array(areaCount);
  const childComparedState = new Uint8Array(areaCount);
  const childComparedCurrentNumerator = new Float64Array(areaCount);
  const childComparedCurrentDenominator = new Float64Array(areaCount);
  const childComparedBaselineNumerator = new Float64Array(areaCount);
  const childComparedBaselineDenominator = new Float64Array(areaCount);
  const childIncluded = new Uint32Array(areaCount);
  const childOf = new Uint32Array(areaCount);
  const now: Fraction = { numerator: 0, denominator: 1 };
  const before: Fraction = { numerator: 0, denominator: 1 };

  for (let indicator = 0; indicator < indicatorCount; indicator++) {
    const measures = measuresOfIndicator[indicator] as number[];
    if (measures.length === 0) continue;
    const kind = kinds[indicator] as number;
    const flows = kind === COUNT || kind === FLOW || kind === FLOW_OVER_STOCK;
    const whole = kind === COUNT || kind === STOCK;
    const base = indicator * areaCount;
    hasData.fill(0);
    childCurrentState.fill(0);
    childCurrentNumerator.fill(0);
    childCurrentDenominator.fill(0);
    childBaselineState.fill(0);
    childBaselineNumerator.fill(0);
    childBaselineDenominator.fill(0);
    childComparedState.fill(0);
    childComparedCurrentNumerator.fill(0);
    childComparedCurrentDenominator.fill(0);
    childComparedBaselineNumerator.fill(0);
    childComparedBaselineDenominator.fill(0);
    childIncluded.fill(0);
    childOf.fill(0);

    for (let position = 0; position < areaCount; position++) {
      const area = bottomUp[position] as number;
      const cell = base + area;
      const ownQuarters = quarters[cell] as number;
      const ownCurrent = ownQuarters !== 0;
      const ownBaseline = hasBaseline[cell] === 1;
      if (!ownCurrent && !ownBaseline && hasData[area] === 0) continue;
      hasData[area] = 1;

      // Each window on its own: the area's own rows win over its children's.
      if (ownCurrent) {
        currentState[area] = flows && ownQuarters !== ALL_QUARTERS ? INCOMPLETE : COMPLETE;
        currentNumerator[area] =
          kind === FLOW_OVER_STOCK ? (currentFirst[cell] as number) * CURRENT_DAYS : (currentFirst[cell] as number);
        currentDenominator[area] = whole ? 1 : (currentSecond[cell] as number);
      } else {
        currentState[area] = childCurrentState[area] as number;
        currentNumerator[area] = childCurrentNumerator[area] as number;
        currentDenominator[area] = whole ? 1 : (childCurrentDenominator[area] as number);
      }
      if (ownBaseline) {
        baselineState[area] = COMPLETE;
        baselineNumerator[area] =
          kind === FLOW_OVER_STOCK
            ? (baselineFirst[cell] as number) * (slotDays[BASELINE] as number)
            : (baselineFirst[cell] as number);
        baselineDenominator[area] = whole ? 1 : (baselineSecond[cell] as number);
      } else {
        baselineState[area] = childBaselineState[area] as number;
        baselineNumerator[area] = childBaselineNumerator[area] as number;
        baselineDenominator[area] = whole ? 1 : (childBaselineDenominator[area] as number);
      }

      // The comparison: the area itself where it has rows, else its like-for-like children.
      if (ownCurrent || ownBaseline) {
        const both = currentState[area] !== NONE && baselineState[area] !== NONE;
        included[area] = both ? 1 : 0;
        of[area] = 1;
        comparedState[area] = both ? Math.max(currentState[area] as number, baselineState[area] as number) : NONE;
        comparedCurrentNumerator[area] = currentNumerator[area] as number;
        comparedCurrentDenominator[area] = currentDenominator[area] as number;
        comparedBaselineNumerator[area] = baselineNumerator[area] as number;
        comparedBaselineDenominator[area] = baselineDenominator[area] as number;
      } else {
        included[area] = childIncluded[area] as number;
        of[area] = childOf[area] as number;
        comparedState[area] = childComparedState[area] as number;
        comparedCurrentNumerator[area] = childComparedCurrentNumerator[area] as number;
        comparedCurrentDenominator[area] = whole ? 1 : (childComparedCurrentDenominator[area] as number);
        comparedBaselineNumerator[area] = childComparedBaselineNumerator[area] as number;
        comparedBaselineDenominator[area] = whole ? 1 : (childComparedBaselineDenominator[area] as number);
      }

      // Hand up to the parent; INCOMPLETE (2) outranks COMPLETE (1), so the state is a maximum.
      const up = parent[area] as number;
      if (up !== -1) {
        hasData[up] = 1;
        if (currentState[area] !== NONE) {
          childCurrentState[up] = Math.max(childCurrentState[up] as number, currentState[area] as number);
          childCurrentNumerator[up] = (childCurrentNumerator[up] as number) + (currentNumerator[area] as number);
          childCurrentDenominator[up] = (childCurrentDenominator[up] as number) + (currentDenominator[area] as number);
        }
        if (baselineState[area] !== NONE) {
          childBaselineState[up] = Math.max(childBaselineState[up] as number, baselineState[area] as number);
          childBaselineNumerator[up] = (childBaselineNumerator[up] as number) + (baselineNumerator[area] as number);
          childBaselineDenominator[up] =
            (childBaselineDenominator[up] as number) + (baselineDenominator[area] as number);
        }
        childOf[up] = (childOf[up] as number) + (of[area] as number);
        if ((included[area] as number) > 0) {
          childIncluded[up] = (childIncluded[up] as number) + (included[area] as number);
          if (comparedState[area] !== NONE) {
            childComparedState[up] = Math.max(childComparedState[up] as number, comparedState[area] as number);
            childComparedCurrentNumerator[up] =
              (childComparedCurrentNumerator[up] as number) + (comparedCurrentNumerator[area] as number);
            childComparedCurrentDenominator[up] =
              (childComparedCurrentDenominator[up] as number) + (comparedCurrentDenominator[area] as number);
            childComparedBaselineNumerator[up] =
              (childComparedBaselineNumerator[up] as number) + (comparedBaselineNumerator[area] as number);
            childComparedBaselineDenominator[up] =
              (childComparedBaselineDenominator[up] as number) + (comparedBaselineDenominator[area] as number);
          }
        }
      }

      // Judge every measure of this indicator here.
      for (const measure of measures) {
        const at = measure * areaCount + area;
        const rule = measureRule[measure] as Rule;
        const comparing =
          rule.kind === "relativeChange" ||
          rule.kind === "increase" ||
          rule.kind === "decrease" ||
          rule.kind === "qualitative";
        if (comparing) {
          const state = comparedState[area] as number;
          if (state === NONE) {
            measureStatus[at] = NO_DATA;
            if (currentState[area] === COMPLETE)
              current[at] = (currentNumerator[area] as number) / (currentDenominator[area] as number);
            if (baselineState[area] === COMPLETE)
              baseline[at] = (baselineNumerator[area] as number) / (baselineDenominator[area] as number);
            continue;
          }
          if (state === INCOMPLETE) {
            measureStatus[at] = NOT_EVALUABLE;
            measureReason[at] = INCOMPLETE_DATA;
            continue;
          }
          measureIncluded[at] = included[area] as number;
          measureOf[at] = of[area] as number;
          if (
            !fractionOf(now, comparedCurrentNumerator[area] as number, comparedCurrentDenominator[area] as number) ||
            !fractionOf(before, comparedBaselineNumerator[area] as number, comparedBaselineDenominator[area] as number)
          ) {
            measureStatus[at] = NOT_EVALUABLE;
            measureReason[at] = NOT_FINITE;
            continue;
          }
          current[at] = now.numerator / now.denominator;
          baseline[at] = before.numerator / before.denominator;
          writeComparison(at);
          judgeComparing(rule, at);
          continue;
        }

        // perPeriod, threshold and tracked read the current window alone.
        const state = currentState[area] as number;
        if (state === NONE) {
          measureStatus[at] = NO_DATA;
          if (baselineState[area] === COMPLETE)
            baseline[at] = (baselineNumerator[area] as number) / (baselineDenominator[area] as number);
          continue;
        }
        if (state === INCOMPLETE) {
          measureStatus[at] = NOT_EVALUABLE;
          measureReason[at] = INCOMPLETE_DATA;
          continue;
        }
        if (!fractionOf(now, currentNumerator[area] as number, currentDenominator[area] as number)) {
          measureStatus[at] = NOT_EVALUABLE;
          measureReason[at] = NOT_FINITE;
          continue;
        }
        current[at] = now.numerator / now.denominator;
        // The baseline shows beside it only when it compares the same areas.
        if (comparedState[area] === COMPLETE && included[area] === of[area]) {
          if (
            fractionOf(before, comparedBaselineNumerator[area] as number, comparedBaselineDenominator[area] as number)
          ) {
            baseline[at] = before.numerator / before.denominator;
            writeComparison(at);
          }
        }
        judgeCurrent(rule, at);
      }
    }
  }

  // Factors: a result in every area where one of its measures has one, and in every top area.
  const factorCount = factors.length;
  const factorStatus = new Uint8Array(factorCount * areaCount);
  const factorReason = new Uint8Array(factorCount * areaCount);
  const isRoot = new Uint8Array(areaCount);
  for (const root of roots) isRoot[root] = 1;
  for (let factor = 0; factor < factorCount; factor++) {
    const own = measuresOf[factor] as number[];
    const base = factor * areaCount;
    for (let area = 0; area < areaCount; area++) {
      let any = isRoot[area] === 1;
      let worst = MONITORED;
      let worstReason = 0;
      for (const measure of own) {
        const at = measure * areaCount + area;
        const status = measureStatus[at] as number;
        if (status !== 0) any = true;
        const effective = status === 0 ? NO_DATA : status;
        if (effective < worst) {
          worst = effective;
          worstReason = effective === NOT_EVALUABLE && status !== 0 ? (measureReason[at] as number) : 0;
        }
      }
      if (!any) continue;
      factorStatus[base + area] = own.length === 0 ? NO_DATA : worst;
      factorReason[base + area] = worstReason;
    }
  }

  // Roll-ups: sub-goals read the factors of the groups that serve them; goals their sub-goals'.
  const factorNumber = new Map(factors.map((factor, index) => [factor.id, index]));
  const membersOf = (ids: readonly string[]) =>
    Uint32Array.from([...new Set(ids.flatMap((id) => factorNumber.get(id) ?? []))].sort((a, b) => a - b));
  const groupsServing = new Map<string, string[]>();
  for (const group of model.groups) {
    for (const subgoal of group.subgoals) {
      const list = groupsServing.get(subgoal) ?? [];
      list.push(...group.factors.map((factor) => factor.id));
      groupsServing.set(subgoal, list);
    }
  }
  const subgoals = model.goals.flatMap((goal) => goal.subgoals);
  const rollUps = {
    groups: rollUp(
      model.groups.map((group) => group.id),
      model.groups.map((group) => membersOf(group.factors.map((factor) => factor.id))),
    ),
    subgoals: rollUp(
      subgoals.map((subgoal) => subgoal.id),
      subgoals.map((subgoal) => membersOf(groupsServing.get(subgoal.id) ?? [])),
    ),
    goals: rollUp(
      model.goals.map((goal) => goal.id),
      model.goals.map((goal) => membersOf(goal.subgoals.flatMap((subgoal) => groupsServing.get(subgoal.id) ?? []))),
    ),
  };

  return {
    areaIds: areas.map((area) => area.id),
    areaIndex,
    factorIds: factors.map((factor) => factor.id),
    measuresOf,
    measureIndicators: measureIndicator.map((indicator) => model.indicators[indicator]?.id ?? ""),
    measureStatus,
    measureReason,
    measureTrend,
    current,
    baseline,
    change,
    target,
    progress,
    included: measureIncluded,
    of: measureOf,
    factorStatus,
    factorReason,
    rollUps,
  };

  function rollUp(ids: readonly string[], members: readonly Uint32Array[]): ReferenceRollUps {
    const entities = ids.length;
    const present = new Uint8Array(entities * areaCount);
    const counts = new Uint32Array(entities * areaCount * 7);
    const score = new Float64Array(entities * areaCount).fill(Number.NaN);
    const withResult = new Uint32Array(areaCount);
    for (let entity = 0; entity < entities; entity++) {
      const list = members[entity] as Uint32Array;
      withResult.fill(0);
      const base = entity * areaCount;
      for (const factor of list) {
        const from = factor * areaCount;
        for (let area = 0; area < areaCount; area++) {
          const status = factorStatus[from + area] as number;
          if (status === 0) continue;
          withResult[area] = (withResult[area] as number) + 1;
          const at = (base + area) * 7 + status - 1;
          counts[at] = (counts[at] as number) + 1;
        }
      }
      for (let area = 0; area < areaCount; area++) {
        if (withResult[area] === 0 && isRoot[area] === 0) continue;
        present[base + area] = 1;
        const at = (base + area) * 7;
        // Members without a result here count as no data.
        counts[at + NO_DATA - 1] = (counts[at + NO_DATA - 1] as number) + list.length - (withResult[area] as number);
        const met = (counts[at + ACHIEVED - 1] as number) + (counts[at + 4] as number);
        const judged = met + (counts[at + 1] as number) + (counts[at + NOT_ACHIEVED - 1] as number);
        score[base + area] = judged === 0 ? Number.NaN : met / judged;
      }
    }
    return { ids, members: Uint32Array.from(members, (list) => list.length), present, counts, score };
  }

  function writeComparison(at: number): void {
    if (before.numerator !== 0) {
      const difference =
        (now.numerator * before.denominator - before.numerator * now.denominator) /
        (before.numerator * now.denominator);
      if (Number.isFinite(difference)) change[at] = difference;
    }
    const comparison = compare(now, before, 1, 1);
    measureTrend[at] = comparison > 0 ? 1 : comparison < 0 ? 2 : 3;
  }

  function judgeComparing(rule: Rule, at: number): void {
    switch (rule.kind) {
      case "relativeChange": {
        if (before.numerator === 0) return reason(at, ZERO_BASELINE);
        const sign = rule.direction === "increase" ? 1 : -1;
        const factor = 100 + sign * rule.percent;
        const comparison = compare(now, before, factor, 100);
        const met = rule.direction === "increase" ? comparison >= 0 : comparison <= 0;
        const difference = now.numerator * before.denominator - before.numerator * now.denominator;
        let figure =
          comparison === 0 ? 1 : (difference * 100) / (before.numerator * now.denominator * sign * rule.percent);
        if (!Number.isFinite(figure)) {
          const relative =
            (now.numerator * before.denominator - before.numerator * now.denominator) /
            (before.numerator * now.denominator);
          figure = relative / ((sign * rule.percent) / 100);
        }
        return record(at, met, (before.numerator * factor) / (before.denominator * 100), figure);
      }
      case "increase":
      case "decrease": {
        const comparison = compare(now, before, 1, 1);
        return record(
          at,
          rule.kind === "increase" ? comparison > 0 : comparison < 0,
          before.numerator / before.denominator,
          Number.NaN,
        );
      }
      case "qualitative": {
        const minimum = rule.minRespondents ?? 30;
        if (now.denominator < minimum || before.denominator < minimum) return reason(at, TOO_FEW_RESPONDENTS);
        const pooled = (now.numerator + before.numerator) / (now.denominator + before.denominator);
        const variance = pooled * (1 - pooled) * (1 / now.denominator + 1 / before.denominator);
        const significant =
          variance > 0 &&
          Math.abs((now.numerator / now.denominator - before.numerator / before.denominator) / Math.sqrt(variance)) >=
            Z_95;
        const rising = now.numerator * before.denominator > before.numerator * now.denominator;
        const falling = now.numerator * before.denominator < before.numerator * now.denominator;
        return record(
          at,
          significant && (rule.direction === "increase" ? rising : falling),
          before.numerator / before.denominator,
          Number.NaN,
        );
      }
      case "perPeriod":
      case "threshold":
      case "tracked":
        return record(at, false, Number.NaN, Number.NaN);
    }
  }

  function judgeCurrent(rule: Rule, at: number): void {
    switch (rule.kind) {
      case "tracked":
        measureStatus[at] = MONITORED;
        return;
      case "perPeriod": {
        // A complete year: every unit is covered whole, at its own number of days.
        const units = unitsOf[rule.per];
        const only = units.length === 1 ? (units[0] as number) : 0;
        let amount = 0;
        if (only !== 0) amount = (rule.amount * only) / only;
        else for (const days of units) amount += (rule.amount * days) / days;
        const met = compare(now, { numerator: amount, denominator: 1 }, 1, 1) >= 0;
        if (amount === 0) return record(at, met, amount, Number.NaN);
        const figure =
          only !== 0
            ? (now.numerator * only) / (now.denominator * rule.amount * only)
            : now.numerator / now.denominator / amount;
        return record(at, met, amount, figure);
      }
      case "threshold": {
        const above =
          rule.atLeast === undefined || compare(now, { numerator: rule.atLeast, denominator: 1 }, 1, 1) >= 0;
        const below = rule.atMost === undefined || compare(now, { numerator: rule.atMost, denominator: 1 }, 1, 1) <= 0;
        return record(at, above && below, rule.atLeast ?? rule.atMost ?? Number.NaN, Number.NaN);
      }
      case "relativeChange":
      case "increase":
      case "decrease":
      case "qualitative":
        return record(at, false, Number.NaN, Number.NaN);
    }
  }

  function record(at: number, met: boolean, goal: number, figure: number): void {
    measureStatus[at] = met ? ACHIEVED : NOT_ACHIEVED;
    if (!Number.isNaN(goal)) target[at] = goal;
    if (Number.isFinite(figure)) progress[at] = figure;
  }

  function reason(at: number, code: number): void {
    measureStatus[at] = NOT_EVALUABLE;
    measureReason[at] = code;
  }
}

/**
 * Sets `into` to the sums as a fraction fit to compare: rounded to 15 significant digits when not
 * whole, and as its value over 1 when the parts' products could overflow. False when the value
 * is not finite.
 */
function fractionOf(into: Fraction, numeratorSum: number, denominatorSum: number): boolean {
  const numerator = Number.isInteger(numeratorSum) ? numeratorSum : Number(numeratorSum.toPrecision(15));
  const denominator = Number.isInteger(denominatorSum) ? denominatorSum : Number(denominatorSum.toPrecision(15));
  const value = numerator / denominator;
  if (!Number.isFinite(value)) return false;
  const magnitude = Math.abs(numerator);
  if (denominator >= SMALL && denominator <= LARGE && (magnitude === 0 || (magnitude >= SMALL && magnitude <= LARGE))) {
    into.numerator = numerator;
    into.denominator = denominator;
  } else {
    into.numerator = value;
    into.denominator = 1;
  }
  return true;
}

/** a against b × factor, cross-multiplied: −1, 0 (equal within 1e-12 relative) or 1. */
function compare(a: Fraction, b: Fraction, factorNumerator: number, factorDenominator: number): number {
  const left = a.numerator * b.denominator * factorDenominator;
  const right = b.numerator * a.denominator * factorNumerator;
  const scale = Math.max(Math.abs(left), Math.abs(right));
  if (Math.abs(left - right) <= TOLERANCE * scale) return 0;
  return left < right ? -1 : 1;
}
