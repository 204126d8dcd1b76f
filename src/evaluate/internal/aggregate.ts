import { Kind } from "./compileModel.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Series } from "./series.js";
import type { Spans } from "./spans.js";

/**
 * One indicator aggregated over the hierarchy: for every area with data (its own rows, or its
 * descendants'), in bottom-up order, three aggregates:
 *
 * - **current** (`current*`): everything the area has in the current window, for the rules that
 *   judge the current value alone (perPeriod, threshold, tracked);
 * - **baseline** (`baseline*`): the same for the baseline window;
 * - **comparison** (`compared*`): what the comparing rules read. A parent without rows of its own
 *   compares only the children that have data in both windows (like-for-like), and every
 *   partial window runs to the common reach of all the series it sums.
 *
 * An area's own rows win over its children's, per window. Sums are kept as fractions
 * (numerator, denominator) so that the rules compare exactly. Days are day numbers; a "cut" is
 * the last day a window compares, inclusive.
 */
export interface IndicatorAggregate {
  /** The areas with data, bottom-up; slot i describes `areas[i]`. */
  readonly areas: Int32Array;
  /** Slot of an area number, for the judge: −1 where the area has no data. */
  slotOf(area: number): number;
  readonly current: Aggregate;
  readonly baseline: Aggregate;
  readonly compared: Comparison;
  /** Warnings found while aggregating: children left out, areas whose data stop earlier. */
  readonly onlyCurrent: ReadonlySet<number>;
  readonly onlyBaseline: ReadonlySet<number>;
  readonly lagging: ReadonlySet<number>;
}

/** One window's aggregate per slot. `state` is 0 no data, 1 complete, 2 incomplete. */
export interface Aggregate {
  readonly state: Uint8Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  /** The last day compared (the window's last day when complete). */
  readonly cut: Int32Array;
}

/** The like-for-like comparison per slot. */
export interface Comparison {
  /** 0: not both windows; 1 complete; 2 incomplete (a gap, or no common reach). */
  readonly state: Uint8Array;
  readonly currentNumerator: Float64Array;
  readonly currentDenominator: Float64Array;
  readonly baselineNumerator: Float64Array;
  readonly baselineDenominator: Float64Array;
  /** The last current day compared, and the baseline day it pairs with. */
  readonly cut: Int32Array;
  readonly baselineCut: Int32Array;
  /** The areas with own data the comparison covers, out of those with data in either window. */
  readonly included: Uint32Array;
  readonly of: Uint32Array;
  /** The kind of those areas (see {@link kindCode}): what "7 van 9 …" counts. */
  readonly kind: Uint8Array;
}

/** Area kinds as codes, for the "7 van 9 buurten" sentence: 0 mixed or other. */
export function kindCode(kind: string): number {
  return kind === "buurt" ? 1 : kind === "wijk" ? 2 : kind === "gemeente" ? 3 : 4;
}

export const NONE = 0;
export const COMPLETE = 1;
export const INCOMPLETE = 2;

/** What one evaluation's windows look like to the aggregation of one kind of indicator. */
interface Window {
  readonly first: number;
  readonly end: number;
}

type TypedArray = Uint8Array | Int32Array | Uint32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = { new (length: number): T };

/**
 * Reusable scratch space of one evaluation, sized to its hierarchy: area → slot numbers,
 * stamped per indicator so that nothing is cleared between indicators, and the arrays of one
 * indicator's aggregate, reused by the next. A national evaluation would otherwise allocate
 * tens of megabytes of arrays it drops at once, and each burst makes the collector mark the
 * whole heap, input included.
 */
export class Scratch {
  readonly slot: Int32Array;
  readonly stamp: Uint32Array;
  readonly ownCurrent: Int32Array;
  readonly ownBaseline: Int32Array;
  private generation = 0;
  private readonly pool = new Map<string, TypedArray>();

  constructor(areas: number) {
    this.slot = new Int32Array(areas);
    this.stamp = new Uint32Array(areas);
    this.ownCurrent = new Int32Array(areas);
    this.ownBaseline = new Int32Array(areas);
  }

  next(): number {
    this.generation += 1;
    return this.generation;
  }

  /** A zeroed array of `length` under `name`, valid until `name` is asked for again. */
  array<T extends TypedArray>(name: string, make: TypedArrayConstructor<T>, length: number): T {
    let buffer = this.pool.get(name) as T | undefined;
    if (buffer === undefined || buffer.length < length) {
      buffer = new make(Math.max(length, 64, (buffer?.length ?? 0) * 2));
      this.pool.set(name, buffer);
    }
    const view = buffer.subarray(0, length) as T;
    view.fill(0);
    return view;
  }
}

/** A growable list of series numbers, with one (start, length) range per slot. */
class Lists {
  private data = new Int32Array(256);
  private size = 0;
  readonly start: Uint32Array;
  readonly length: Uint32Array;

  constructor(slots: number) {
    this.start = new Uint32Array(slots);
    this.length = new Uint32Array(slots);
  }

  get items(): Int32Array {
    return this.data;
  }

  /** Starts the list of a slot; then push. */
  open(slot: number): void {
    this.start[slot] = this.size;
    this.length[slot] = 0;
  }

  push(slot: number, series: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = series;
    this.length[slot] = (this.length[slot] as number) + 1;
  }

  /** Appends the list of slot `from` (of these lists, or of `source`) to the open list of slot `to`. */
  append(to: number, from: number, source: Lists = this): void {
    const begin = source.start[from] as number;
    const count = source.length[from] as number;
    for (let index = 0; index < count; index++) this.push(to, source.items[begin + index] as number);
  }
}

/** The rows of each series that lie wholly inside a window, and how far they run. */
interface InWindow {
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Where the rows that count end: the unbroken chain from the window's first day for flows, all rows otherwise. */
  readonly chainTo: Int32Array;
  /** 1 where the series counts as incomplete: a gap with rows after it, or (complete periods) not reaching the end. */
  readonly incomplete: Uint8Array;
}

function inWindow(
  series: Series,
  kind: Kind,
  window: Window,
  complete: boolean,
  scratch: Scratch,
  name: string,
): InWindow {
  const { count, start, firstDay, endDay } = series;
  const from = scratch.array(`${name}.from`, Int32Array, count);
  const to = scratch.array(`${name}.to`, Int32Array, count);
  const chainTo = scratch.array(`${name}.chainTo`, Int32Array, count);
  const incomplete = scratch.array(`${name}.incomplete`, Uint8Array, count);
  for (let s = 0; s < count; s++) {
    let low = start[s] as number;
    const high = start[s + 1] as number;
    while (low < high && (firstDay[low] as number) < window.first) low++;
    let top = low;
    while (top < high && (endDay[top] as number) <= window.end && (firstDay[top] as number) >= window.first) top++;
    from[s] = low;
    to[s] = top;
    if (kind === Kind.Count || kind === Kind.Flow || kind === Kind.FlowOverStock) {
      let chain = low;
      if (low < top && firstDay[low] === window.first) {
        chain = low + 1;
        while (chain < top && firstDay[chain] === endDay[chain - 1]) chain++;
      }
      chainTo[s] = chain;
      const gap = chain < top;
      incomplete[s] = gap || (complete && low < top && (chain === low || endDay[chain - 1] !== window.end)) ? 1 : 0;
    } else {
      // A stock is its last value in the window, a survey pools what it has: neither needs to
      // cover the window.
      chainTo[s] = top;
      incomplete[s] = 0;
    }
  }
  return { from, to, chainTo, incomplete };
}

/** The last day of the latest point of series s at or before `day` (−∞ as window.first − 1). */
function pointAtOrBefore(series: Series, rows: InWindow, s: number, day: number, window: Window): number {
  const { endDay } = series;
  let point = window.first - 1;
  for (let k = rows.from[s] as number; k < (rows.chainTo[s] as number); k++) {
    const last = (endDay[k] as number) - 1;
    if (last > day) break;
    point = last;
  }
  return point;
}

/** Adds the figures of series s up to (and including) last day `cut` into `sums`. */
function addUpTo(series: Series, rows: InWindow, kind: Kind, s: number, cut: number, sums: Float64Array): void {
  const { firstDay, endDay, first, second } = series;
  const to = rows.chainTo[s] as number;
  if (kind === Kind.Stock) {
    // The last value at or before the cut.
    let last = -1;
    for (let k = rows.from[s] as number; k < to && (endDay[k] as number) - 1 <= cut; k++) last = k;
    if (last !== -1) sums[0] = (sums[0] as number) + (first[last] as number);
    return;
  }
  for (let k = rows.from[s] as number; k < to && (endDay[k] as number) - 1 <= cut; k++) {
    sums[0] = (sums[0] as number) + (first[k] as number);
    // A stock denominator counts for the days it stood: weighted by the row's days.
    sums[1] =
      (sums[1] as number) +
      (kind === Kind.FlowOverStock
        ? (second[k] as number) * ((endDay[k] as number) - (firstDay[k] as number))
        : (second[k] as number));
  }
}

/**
 * Aggregates one indicator over the hierarchy (see {@link IndicatorAggregate}).
 * `comparative` says whether some rule compares it with its baseline. The aggregate's arrays
 * live in `scratch`: read it before aggregating the next indicator.
 */
export function aggregateIndicator(
  series: Series,
  kind: Kind,
  hierarchy: Hierarchy,
  spans: Spans,
  scratch: Scratch,
  comparative: boolean,
): IndicatorAggregate {
  const { complete, shift, unshift } = spans;
  const currentWindow = { first: spans.currentFirst, end: spans.currentEnd };
  const baselineWindow = { first: spans.baselineFirst, end: spans.baselineEnd };
  const currentRows = inWindow(series, kind, currentWindow, complete, scratch, "current");
  const baselineRows = inWindow(series, kind, baselineWindow, complete, scratch, "baseline");

  // The areas with data: every series' area and its ancestors, in bottom-up order.
  const generation = scratch.next();
  const touched: number[] = [];
  for (let s = 0; s < series.count; s++) {
    const hasCurrent = (currentRows.to[s] as number) > (currentRows.from[s] as number);
    const hasBaseline = (baselineRows.to[s] as number) > (baselineRows.from[s] as number);
    if (!hasCurrent && !hasBaseline) continue;
    let area = series.areaOf[s] as number;
    if (scratch.stamp[area] !== generation) {
      scratch.stamp[area] = generation;
      scratch.ownCurrent[area] = -1;
      scratch.ownBaseline[area] = -1;
      touched.push(area);
    }
    if (hasCurrent) scratch.ownCurrent[area] = s;
    if (hasBaseline) scratch.ownBaseline[area] = s;
    for (
      area = hierarchy.parent[area] as number;
      area !== -1 && scratch.stamp[area] !== generation;
      area = hierarchy.parent[area] as number
    ) {
      scratch.stamp[area] = generation;
      scratch.ownCurrent[area] = -1;
      scratch.ownBaseline[area] = -1;
      touched.push(area);
    }
  }
  // Deepest first, then by area number: children before parents, in a fixed order. A numeric
  // sort of (reversed depth, area) packed into one number; no comparator in the hot path.
  const keys = scratch.array("keys", Float64Array, touched.length);
  for (let index = 0; index < touched.length; index++) {
    const area = touched[index] as number;
    // Exact below 2^53: depth under 2^21, area numbers under 2^31.
    keys[index] = (0x1fffff - Math.min(hierarchy.depth[area] as number, 0x1fffff)) * 0x80000000 + area;
  }
  keys.sort();
  for (let index = 0; index < touched.length; index++) touched[index] = (keys[index] as number) % 0x80000000;
  const slots = touched.length;
  const areas = scratch.array("areas", Int32Array, touched.length);
  areas.set(touched);
  for (let slot = 0; slot < slots; slot++) scratch.slot[areas[slot] as number] = slot;
  const slotOf = (area: number) => (scratch.stamp[area] === generation ? (scratch.slot[area] as number) : -1);
  // Children per slot, as linked lists in area order (slots of one depth are in area order).
  const firstChild = scratch.array("firstChild", Int32Array, slots).fill(-1);
  const lastChild = scratch.array("lastChild", Int32Array, slots).fill(-1);
  const nextSibling = scratch.array("nextSibling", Int32Array, slots).fill(-1);
  for (let slot = 0; slot < slots; slot++) {
    const up = hierarchy.parent[areas[slot] as number] as number;
    if (up === -1) continue;
    const parentSlot = scratch.slot[up] as number;
    if (firstChild[parentSlot] === -1) firstChild[parentSlot] = slot;
    else nextSibling[lastChild[parentSlot] as number] = slot;
    lastChild[parentSlot] = slot;
  }

  // A partial period cuts every sum at a common reach, so it keeps the list of series each
  // slot sums; a complete one sums whole series, so parents add up their children's sums.
  const currentLists = new Lists(complete ? 0 : slots);
  const baselineLists = new Lists(complete ? 0 : slots);
  const comparedCurrent = new Lists(complete ? 0 : slots);
  const comparedBaseline = new Lists(complete ? 0 : slots);
  const current = newAggregate(scratch, "current", slots);
  const baseline = newAggregate(scratch, "baseline", slots);
  const compared: Comparison = {
    state: scratch.array("compared.state", Uint8Array, slots),
    currentNumerator: scratch.array("compared.currentNumerator", Float64Array, slots),
    currentDenominator: scratch.array("compared.currentDenominator", Float64Array, slots),
    baselineNumerator: scratch.array("compared.baselineNumerator", Float64Array, slots),
    baselineDenominator: scratch.array("compared.baselineDenominator", Float64Array, slots),
    cut: scratch.array("compared.cut", Int32Array, slots),
    baselineCut: scratch.array("compared.baselineCut", Int32Array, slots),
    included: scratch.array("compared.included", Uint32Array, slots),
    of: scratch.array("compared.of", Uint32Array, slots),
    kind: scratch.array("compared.kind", Uint8Array, slots),
  };
  const onlyCurrent = new Set<number>();
  const onlyBaseline = new Set<number>();
  const lagging = new Set<number>();
  const sums = new Float64Array(2);
  const left: number[] = [];

  for (let slot = 0; slot < slots; slot++) {
    const area = areas[slot] as number;
    const ownCurrent = scratch.ownCurrent[area] as number;
    const ownBaseline = scratch.ownBaseline[area] as number;

    // Each window on its own: the own series, or every child's.
    if (complete) {
      settleWhole(current, slot, ownCurrent, currentRows, currentWindow);
      settleWhole(baseline, slot, ownBaseline, baselineRows, baselineWindow);
    } else {
      currentLists.open(slot);
      if (ownCurrent !== -1) currentLists.push(slot, ownCurrent);
      else
        for (let child = firstChild[slot] as number; child !== -1; child = nextSibling[child] as number)
          currentLists.append(slot, child);
      settle(current, slot, currentLists, currentRows, currentWindow);
      baselineLists.open(slot);
      if (ownBaseline !== -1) baselineLists.push(slot, ownBaseline);
      else
        for (let child = firstChild[slot] as number; child !== -1; child = nextSibling[child] as number)
          baselineLists.append(slot, child);
      settle(baseline, slot, baselineLists, baselineRows, baselineWindow);
    }
    if (!comparative) continue;

    // The comparison: own rows where there are, else the like-for-like set of children.
    if (!complete) {
      comparedCurrent.open(slot);
      comparedBaseline.open(slot);
    }
    let included = 0;
    let of = 0;
    let kinds = -1;
    if (ownCurrent !== -1 || ownBaseline !== -1) {
      // Own rows in one window and the children's in the other still compare the whole area.
      if (!complete) {
        comparedCurrent.append(slot, slot, currentLists);
        comparedBaseline.append(slot, slot, baselineLists);
      }
      included = current.state[slot] !== NONE && baseline.state[slot] !== NONE ? 1 : 0;
      of = 1;
      kinds = kindCode(hierarchy.areas[area]?.kind ?? "area");
    } else {
      for (let child = firstChild[slot] as number; child !== -1; child = nextSibling[child] as number) {
        const both = (compared.included[child] as number) > 0;
        of += compared.of[child] as number;
        const childKind = compared.kind[child] as number;
        kinds = kinds === -1 ? childKind : kinds === childKind ? kinds : 0;
        if (both) {
          if (!complete) {
            comparedCurrent.append(slot, child);
            comparedBaseline.append(slot, child);
          }
          included += compared.included[child] as number;
        } else if (hasOwnData(areas[child] as number)) left.push(child);
      }
      // Name the areas whose own rows were left out of a comparison (a parent left out is named
      // through them); where no child compares, the parent has no data, and nothing was left out.
      if (included > 0) {
        for (const child of left) {
          const childArea = areas[child] as number;
          if (current.state[child] !== NONE) onlyCurrent.add(childArea);
          if (baseline.state[child] !== NONE) onlyBaseline.add(childArea);
        }
      }
      left.length = 0;
    }
    compared.included[slot] = included;
    compared.of[slot] = of;
    compared.kind[slot] = Math.max(kinds, 0);
    if (complete) settleWholeComparison(slot, ownCurrent !== -1 || ownBaseline !== -1);
    else settleComparison(slot, ownCurrent !== -1 || ownBaseline !== -1);
  }

  return { areas, slotOf, current, baseline, compared, onlyCurrent, onlyBaseline, lagging };

  /** A complete window: the own series' whole sums, or the children's sums added up. */
  function settleWhole(aggregate: Aggregate, slot: number, own: number, rows: InWindow, window: Window): void {
    const cut = window.end - 1;
    if (own !== -1) {
      sums[0] = 0;
      sums[1] = 0;
      addUpTo(series, rows, kind, own, cut, sums);
      aggregate.state[slot] = rows.incomplete[own] === 1 ? INCOMPLETE : COMPLETE;
      aggregate.cut[slot] = cut;
      writeFraction(aggregate.numerator, aggregate.denominator, slot, cut - window.first + 1);
      return;
    }
    let numerator = 0;
    let denominator = 0;
    let state: number = NONE;
    for (let child = firstChild[slot] as number; child !== -1; child = nextSibling[child] as number) {
      const childState = aggregate.state[child] as number;
      if (childState === NONE) continue;
      numerator += aggregate.numerator[child] as number;
      denominator += aggregate.denominator[child] as number;
      state = state === INCOMPLETE || childState === INCOMPLETE ? INCOMPLETE : COMPLETE;
    }
    if (state === NONE) return;
    aggregate.state[slot] = state;
    aggregate.cut[slot] = cut;
    aggregate.numerator[slot] = numerator;
    aggregate.denominator[slot] = kind === Kind.Count || kind === Kind.Stock ? 1 : denominator;
  }

  /** A complete comparison: the slot's own two windows, or the like-for-like children's comparisons added up. */
  function settleWholeComparison(slot: number, own: boolean): void {
    compared.cut[slot] = currentWindow.end - 1;
    compared.baselineCut[slot] = baselineWindow.end - 1;
    if (own) {
      const currentState = current.state[slot] as number;
      const baselineState = baseline.state[slot] as number;
      if (currentState === NONE || baselineState === NONE) return;
      compared.state[slot] = currentState === INCOMPLETE || baselineState === INCOMPLETE ? INCOMPLETE : COMPLETE;
      compared.currentNumerator[slot] = current.numerator[slot] as number;
      compared.currentDenominator[slot] = current.denominator[slot] as number;
      compared.baselineNumerator[slot] = baseline.numerator[slot] as number;
      compared.baselineDenominator[slot] = baseline.denominator[slot] as number;
      return;
    }
    let state: number = NONE;
    let currentNumerator = 0;
    let currentDenominator = 0;
    let baselineNumerator = 0;
    let baselineDenominator = 0;
    for (let child = firstChild[slot] as number; child !== -1; child = nextSibling[child] as number) {
      const childState = compared.state[child] as number;
      if (childState === NONE || (compared.included[child] as number) === 0) continue;
      currentNumerator += compared.currentNumerator[child] as number;
      currentDenominator += compared.currentDenominator[child] as number;
      baselineNumerator += compared.baselineNumerator[child] as number;
      baselineDenominator += compared.baselineDenominator[child] as number;
      state = state === INCOMPLETE || childState === INCOMPLETE ? INCOMPLETE : COMPLETE;
    }
    if (state === NONE) return;
    const one = kind === Kind.Count || kind === Kind.Stock;
    compared.state[slot] = state;
    compared.currentNumerator[slot] = currentNumerator;
    compared.currentDenominator[slot] = one ? 1 : currentDenominator;
    compared.baselineNumerator[slot] = baselineNumerator;
    compared.baselineDenominator[slot] = one ? 1 : baselineDenominator;
  }

  /** Sums one window's list of a slot at its cut, and marks it complete or not. */
  function settle(aggregate: Aggregate, slot: number, lists: Lists, rows: InWindow, window: Window): void {
    const count = lists.length[slot] as number;
    if (count === 0) return;
    const begin = lists.start[slot] as number;
    const items = lists.items;
    let incomplete = false;
    let cut = window.end - 1;
    if (!complete) {
      // The common reach: the latest day every series has a point at, found by stepping down.
      for (let index = 0; index < count; index++)
        cut = Math.min(cut, lastPoint(rows, items[begin + index] as number, window));
      // A stock reads its last value at or before the cut; sums must end exactly on it.
      for (let changed = kind !== Kind.Stock; changed; ) {
        changed = false;
        for (let index = 0; index < count; index++) {
          const point = pointAtOrBefore(series, rows, items[begin + index] as number, cut, window);
          if (point < cut) {
            cut = point;
            changed = true;
          }
        }
      }
    }
    sums[0] = 0;
    sums[1] = 0;
    for (let index = 0; index < count; index++) {
      const s = items[begin + index] as number;
      if (rows.incomplete[s] === 1) incomplete = true;
      addUpTo(series, rows, kind, s, cut, sums);
    }
    if (cut < window.first) incomplete = true;
    aggregate.state[slot] = incomplete ? INCOMPLETE : COMPLETE;
    aggregate.cut[slot] = cut;
    writeFraction(aggregate.numerator, aggregate.denominator, slot, cut - window.first + 1);
  }

  /** Sums the comparison of a slot at the common reach of both windows. */
  function settleComparison(slot: number, own: boolean): void {
    const currentCount = comparedCurrent.length[slot] as number;
    const baselineCount = comparedBaseline.length[slot] as number;
    if (currentCount === 0 || baselineCount === 0) return;
    const currentBegin = comparedCurrent.start[slot] as number;
    const baselineBegin = comparedBaseline.start[slot] as number;
    const currentItems = comparedCurrent.items;
    const baselineItems = comparedBaseline.items;
    let cut = currentWindow.end - 1;
    if (!complete) {
      let furthest = currentWindow.first - 1;
      for (let index = 0; index < currentCount; index++) {
        const reach = lastPoint(currentRows, currentItems[currentBegin + index] as number, currentWindow);
        cut = Math.min(cut, reach);
        furthest = Math.max(furthest, reach);
      }
      for (let index = 0; index < baselineCount; index++) {
        const reach = unshift(lastPoint(baselineRows, baselineItems[baselineBegin + index] as number, baselineWindow));
        cut = Math.min(cut, reach);
        furthest = Math.max(furthest, reach);
      }
      for (let changed = kind !== Kind.Stock; changed; ) {
        changed = false;
        for (let index = 0; index < currentCount; index++) {
          const point = pointAtOrBefore(
            series,
            currentRows,
            currentItems[currentBegin + index] as number,
            cut,
            currentWindow,
          );
          if (point < cut) {
            cut = point;
            changed = true;
          }
        }
        for (let index = 0; index < baselineCount; index++) {
          const point = unshift(
            pointAtOrBefore(
              series,
              baselineRows,
              baselineItems[baselineBegin + index] as number,
              shift(cut),
              baselineWindow,
            ),
          );
          if (point < cut) {
            cut = point;
            changed = true;
          }
        }
      }
      // Across areas (not within one area's own two windows), a series that stops earlier holds
      // the others back: say which.
      if (!own && cut < furthest) {
        for (let index = 0; index < currentCount; index++) {
          const s = currentItems[currentBegin + index] as number;
          if (lastPoint(currentRows, s, currentWindow) === cut) lagging.add(series.areaOf[s] as number);
        }
        for (let index = 0; index < baselineCount; index++) {
          const s = baselineItems[baselineBegin + index] as number;
          if (unshift(lastPoint(baselineRows, s, baselineWindow)) === cut) lagging.add(series.areaOf[s] as number);
        }
      }
    }
    const baselineCut = complete ? baselineWindow.end - 1 : shift(cut);
    let incomplete = cut < currentWindow.first || baselineCut < baselineWindow.first;
    sums[0] = 0;
    sums[1] = 0;
    for (let index = 0; index < currentCount; index++) {
      const s = currentItems[currentBegin + index] as number;
      if (currentRows.incomplete[s] === 1) incomplete = true;
      addUpTo(series, currentRows, kind, s, cut, sums);
    }
    writeFraction(compared.currentNumerator, compared.currentDenominator, slot, cut - currentWindow.first + 1);
    sums[0] = 0;
    sums[1] = 0;
    for (let index = 0; index < baselineCount; index++) {
      const s = baselineItems[baselineBegin + index] as number;
      if (baselineRows.incomplete[s] === 1) incomplete = true;
      addUpTo(series, baselineRows, kind, s, baselineCut, sums);
    }
    writeFraction(
      compared.baselineNumerator,
      compared.baselineDenominator,
      slot,
      baselineCut - baselineWindow.first + 1,
    );
    compared.state[slot] = incomplete ? INCOMPLETE : COMPLETE;
    compared.cut[slot] = cut;
    compared.baselineCut[slot] = baselineCut;
  }

  /** The sums as a fraction: counts over 1, a stock-denominator ratio as Σnumerator × days ÷ Σ(denominator × days). */
  function writeFraction(numerators: Float64Array, denominators: Float64Array, slot: number, days: number): void {
    switch (kind) {
      case Kind.Count:
        numerators[slot] = sums[0] as number;
        denominators[slot] = 1;
        break;
      case Kind.Flow:
        numerators[slot] = sums[0] as number;
        denominators[slot] = sums[1] as number;
        break;
      case Kind.FlowOverStock:
        numerators[slot] = (sums[0] as number) * days;
        denominators[slot] = sums[1] as number;
        break;
      case Kind.Stock:
        numerators[slot] = sums[0] as number;
        denominators[slot] = 1;
        break;
      case Kind.Share:
        numerators[slot] = sums[0] as number;
        denominators[slot] = sums[1] as number;
        break;
    }
  }

  function hasOwnData(area: number): boolean {
    return scratch.ownCurrent[area] !== -1 || scratch.ownBaseline[area] !== -1;
  }

  /** The last point of series s in a window: where its rows that count end. */
  function lastPoint(rows: InWindow, s: number, window: Window): number {
    const to = rows.chainTo[s] as number;
    return to > (rows.from[s] as number) ? (series.endDay[to - 1] as number) - 1 : window.first - 1;
  }
}

function newAggregate(scratch: Scratch, name: string, slots: number): Aggregate {
  return {
    state: scratch.array(`${name}.state`, Uint8Array, slots),
    numerator: scratch.array(`${name}.numerator`, Float64Array, slots),
    denominator: scratch.array(`${name}.denominator`, Float64Array, slots),
    cut: scratch.array(`${name}.cut`, Int32Array, slots),
  };
}
