import type { Measure } from "../../model/indicator.js";
import type { Span } from "../../period/Period.js";
import type { Fraction } from "./Fraction.js";
import type { Hierarchy } from "./hierarchy.js";

/** An observation reduced to what aggregation needs. */
export interface Entry {
  readonly start: number;
  readonly end: number;
  readonly numerator: number;
  readonly denominator: number;
}

/** The aggregated value of one indicator in one area over one span. */
export interface Aggregate extends Fraction {
  /** False when the value does not stand for the whole span (see `Reason` `incomplete-data`). */
  readonly complete: boolean;
  /** True when the value comes from the area's own observations, not its children's. */
  readonly own: boolean;
}

/**
 * The area's own value from the entries inside one span, by the measure's rule over time:
 * count and ratio sum (and must cover the span without gaps), stock takes the last value,
 * share pools. Entries are sorted by start first, so the sum does not depend on input order.
 */
export function aggregateOwn(measure: Measure, entries: Entry[], span: Span, spanIsWhole: boolean): Aggregate {
  if (entries.length > 1) entries.sort((a, b) => a.start - b.start || a.end - b.end);
  if (measure === "stock") {
    let last = entries[0] as Entry;
    for (const entry of entries) if (entry.end > last.end || (entry.end === last.end && entry.start > last.start)) last = entry;
    return { numerator: last.numerator, denominator: 1, complete: true, own: true };
  }
  let numerator = 0;
  let denominator = 0;
  let reach = span.start;
  let contiguous = true;
  for (const entry of entries) {
    numerator += entry.numerator;
    denominator += entry.denominator;
    if (entry.start !== reach) contiguous = false;
    reach = entry.end;
  }
  // Counts and ratios are sums over time: a missing month is not a zero, so a gap makes the
  // sum incomplete. Surveys (shares) are samples and need not cover the span.
  const complete = measure === "share" || (contiguous && (!spanIsWhole || reach === span.end));
  return { numerator, denominator: measure === "count" ? 1 : denominator, complete, own: true };
}

/**
 * Fills in every area without own data from its children, bottom-up, by the measure's rule
 * over areas: counts and stocks sum, ratios and shares sum both parts. Returns, per area, the
 * value for each span; a parent is incomplete when one of its children is, or when a child has
 * data in one span but not in the other (the totals would not compare like with like).
 */
export function aggregateUp(
  measure: Measure,
  hierarchy: Hierarchy,
  own: readonly [(Aggregate | undefined)[], (Aggregate | undefined)[]],
): { values: readonly [(Aggregate | undefined)[], (Aggregate | undefined)[]]; differing: number } {
  const [current, baseline] = own;
  let differing = 0;
  for (const area of hierarchy.bottomUp) {
    const children = hierarchy.children[area] ?? [];
    if (children.length === 0 || (current[area] !== undefined && baseline[area] !== undefined)) continue;
    let mismatch = false;
    for (const child of children) if ((current[child] === undefined) !== (baseline[child] === undefined)) mismatch = true;
    const fromChildren = (values: (Aggregate | undefined)[]) => {
      if (values[area] !== undefined) return;
      let numerator = 0;
      let denominator = 0;
      let complete = !mismatch;
      let any = false;
      for (const child of children) {
        const value = values[child];
        if (value === undefined) continue;
        any = true;
        numerator += value.numerator;
        denominator += value.denominator;
        complete &&= value.complete;
      }
      if (any) values[area] = { numerator, denominator: measure === "count" || measure === "stock" ? 1 : denominator, complete, own: false };
    };
    fromChildren(current);
    fromChildren(baseline);
    if (mismatch && current[area] !== undefined && baseline[area] !== undefined) differing++;
  }
  return { values: own, differing };
}
