import type { Measure } from "../../model/indicator.js";
import type { Span } from "../../period/Period.js";
import { COMPLETE, INCOMPLETE, NO_DATA, type Column } from "./columns.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Indexed } from "./indexObservations.js";

/**
 * Writes an area's own value into a column, from its entries inside one span (four numbers
 * each in `data`: start, end, numerator, denominator), by the measure's rule over time: count
 * and ratio sum (and must cover the span without gaps), stock takes the last value, share pools.
 * Entries are taken in order of start, so that the sum does not depend on input order.
 */
export function aggregateOwn(measure: Measure, data: Float64Array, from: number, to: number, span: Span, spanIsWhole: boolean, column: Column, area: number): void {
  if (measure === "stock") {
    let last = from;
    for (let at = from + 4; at < to; at += 4) {
      const end = data[at + 1] as number;
      const lastEnd = data[last + 1] as number;
      if (end > lastEnd || (end === lastEnd && (data[at] as number) > (data[last] as number))) last = at;
    }
    column.numerator[area] = data[last + 2] as number;
    column.denominator[area] = 1;
    column.state[area] = COMPLETE;
    return;
  }
  let numerator = 0;
  let denominator = 0;
  let reach = span.start;
  let contiguous = true;
  const positions = inOrder(data, from, to);
  const count = (to - from) / 4;
  for (let index = 0; index < count; index++) {
    const at = positions === undefined ? from + index * 4 : (positions[index] as number);
    numerator += data[at + 2] as number;
    denominator += data[at + 3] as number;
    if (data[at] !== reach) contiguous = false;
    reach = data[at + 1] as number;
  }
  // Counts and ratios are sums over time: a missing month is not a zero, so a gap makes the
  // sum incomplete. Surveys (shares) are samples and need not cover the span.
  const complete = measure === "share" || (contiguous && (!spanIsWhole || reach === span.end));
  column.numerator[area] = numerator;
  column.denominator[area] = measure === "count" ? 1 : denominator;
  column.state[area] = complete ? COMPLETE : INCOMPLETE;
}

/**
 * The positions of the entries from `from` to `to` in order of start (then end), or
 * `undefined` when they are in that order already, as they usually are.
 */
function inOrder(data: Float64Array, from: number, to: number): number[] | undefined {
  let sorted = true;
  for (let at = from + 4; at < to && sorted; at += 4) if ((data[at - 4] as number) > (data[at] as number)) sorted = false;
  if (sorted) return undefined;
  const positions: number[] = [];
  for (let at = from; at < to; at += 4) positions.push(at);
  return positions.sort((a, b) => (data[a] as number) - (data[b] as number) || (data[a + 1] as number) - (data[b + 1] as number));
}

/** Aggregates the own values of one indicator's entries into a column per span. */
export function aggregateIndicator(measure: Measure, indexed: Indexed, indicator: number, spans: readonly [Span, Span], spanIsWhole: boolean, columns: readonly [Column, Column]): void {
  const { offsets, data, hierarchy } = indexed;
  const areaCount = hierarchy.areas.length;
  for (let which = 0; which < 2; which++) {
    const base = (indicator * 2 + which) * areaCount;
    const span = spans[which] as Span;
    const column = columns[which] as Column;
    for (let area = 0; area < areaCount; area++) {
      const from = (offsets[base + area] as number) * 4;
      const to = (offsets[base + area + 1] as number) * 4;
      if (to > from) aggregateOwn(measure, data, from, to, span, spanIsWhole, column, area);
    }
  }
}

/**
 * Fills in every area without own data from its children, bottom-up, by the measure's rule
 * over areas: counts and stocks sum, ratios and shares sum both parts. A parent is incomplete
 * when one of its children is, or when a child has data in one span but not in the other (the
 * totals would not compare like with like). Returns how many parents that made incomplete.
 */
export function aggregateUp(measure: Measure, hierarchy: Hierarchy, current: Column, baseline: Column): number {
  let differing = 0;
  const sumsDenominators = measure === "ratio" || measure === "share";
  for (const area of hierarchy.bottomUp) {
    const children = hierarchy.children[area] ?? [];
    if (children.length === 0 || (current.state[area] !== NO_DATA && baseline.state[area] !== NO_DATA)) continue;
    let mismatch = false;
    for (const child of children) if ((current.state[child] === NO_DATA) !== (baseline.state[child] === NO_DATA)) mismatch = true;
    for (const column of [current, baseline]) {
      if (column.state[area] !== NO_DATA) continue;
      let numerator = 0;
      let denominator = 0;
      let state = NO_DATA;
      for (const child of children) {
        const childState = column.state[child];
        if (childState === NO_DATA) continue;
        numerator += column.numerator[child] as number;
        denominator += column.denominator[child] as number;
        state = state === INCOMPLETE || childState === INCOMPLETE || mismatch ? INCOMPLETE : COMPLETE;
      }
      if (state === NO_DATA) continue;
      column.numerator[area] = numerator;
      column.denominator[area] = sumsDenominators ? denominator : 1;
      column.state[area] = state;
    }
    if (mismatch && current.state[area] !== NO_DATA && baseline.state[area] !== NO_DATA) differing++;
  }
  return differing;
}
