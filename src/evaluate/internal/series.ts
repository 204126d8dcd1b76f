import type { ObservationColumns } from "../../internal/observationColumns.js";

/**
 * The rows of one indicator, grouped by area and ordered by first day: `areaOf[s]` is series
 * s's area (a number in the evaluation's hierarchy), its rows run from `start[s]` to
 * `start[s + 1]` in the row arrays, which hold each row's days and figures in that order.
 * `row[k]` is the index of the k-th row in the observations as given.
 */
export interface Series {
  readonly count: number;
  readonly areaOf: Int32Array;
  readonly start: Uint32Array;
  readonly row: Uint32Array;
  readonly firstDay: Int32Array;
  readonly endDay: Int32Array;
  readonly first: Float64Array;
  readonly second: Float64Array;
}

/**
 * The row order every evaluation of these observations needs: by indicator, then area, then
 * first day. A two-digit radix sort (area, then indicator, both stable counting sorts) is
 * linear; only rows of one indicator and area that came out of order are sorted by day. It is
 * computed once per set of observations and kept with them, so that a series of evaluations
 * over several periods pays for it once.
 */
export function rowOrder(columns: ObservationColumns): { readonly order: Uint32Array; readonly indicatorStart: Uint32Array } {
  const cached = columns.order;
  const rows = columns.indicator.length;
  const indicatorStart = new Uint32Array(columns.indicatorIds.length + 1);
  for (let row = 0; row < rows; row++) {
    const slot = (columns.indicator[row] as number) + 1;
    indicatorStart[slot] = (indicatorStart[slot] as number) + 1;
  }
  for (let index = 1; index < indicatorStart.length; index++) indicatorStart[index] = (indicatorStart[index] as number) + (indicatorStart[index - 1] as number);
  if (cached !== undefined) return { order: cached, indicatorStart };

  const byArea = countingSort(columns.area, columns.areaIds.length, identity(rows));
  const order = countingSort(columns.indicator, columns.indicatorIds.length, byArea);
  const { area, firstDay } = columns;
  let runStart = 0;
  for (let at = 1; at <= rows; at++) {
    const previous = order[at - 1] as number;
    const current = at < rows ? (order[at] as number) : -1;
    if (current !== -1 && columns.indicator[current] === columns.indicator[previous] && area[current] === area[previous]) continue;
    let sorted = true;
    for (let index = runStart + 1; index < at && sorted; index++) sorted = (firstDay[order[index - 1] as number] as number) <= (firstDay[order[index] as number] as number);
    if (!sorted) order.subarray(runStart, at).sort((a, b) => (firstDay[a] as number) - (firstDay[b] as number));
    runStart = at;
  }
  columns.order = order;
  return { order, indicatorStart };
}

function identity(length: number): Uint32Array {
  const result = new Uint32Array(length);
  for (let index = 0; index < length; index++) result[index] = index;
  return result;
}

/** A stable counting sort of `items` by `keys[item]` (0 ≤ key < buckets). */
function countingSort(keys: Uint32Array, buckets: number, items: Uint32Array): Uint32Array {
  const starts = new Uint32Array(buckets + 1);
  for (let index = 0; index < items.length; index++) {
    const slot = (keys[items[index] as number] as number) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let bucket = 1; bucket <= buckets; bucket++) starts[bucket] = (starts[bucket] as number) + (starts[bucket - 1] as number);
  const sorted = new Uint32Array(items.length);
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as number;
    const key = keys[item] as number;
    sorted[starts[key] as number] = item;
    starts[key] = (starts[key] as number) + 1;
  }
  return sorted;
}

/**
 * The series of one indicator: rows `from` to `to` of `order`, regrouped by area. `areaOf`
 * maps the observations' area numbers to the hierarchy's (−1 to leave a row out). With
 * `figure` (a rate), each row's second figure is replaced by its area's figure, and areas
 * without one are left out.
 */
export function seriesOf(columns: ObservationColumns, order: Uint32Array, from: number, to: number, areaMap: Int32Array, figure?: (area: number) => number | undefined): Series {
  const length = to - from;
  const row = new Uint32Array(length);
  const firstDay = new Int32Array(length);
  const endDay = new Int32Array(length);
  const first = new Float64Array(length);
  const second = new Float64Array(length);
  const areaOfSeries: number[] = [];
  const startOf: number[] = [];
  let kept = 0;
  let lastArea = -2;
  let lastFigure: number | undefined;
  for (let at = from; at < to; at++) {
    const index = order[at] as number;
    const area = areaMap[columns.area[index] as number] as number;
    if (area === -1) continue;
    if (area !== lastArea) {
      lastFigure = figure?.(area);
      lastArea = area;
      if (figure !== undefined && lastFigure === undefined) continue;
      areaOfSeries.push(area);
      startOf.push(kept);
    } else if (figure !== undefined && lastFigure === undefined) continue;
    row[kept] = index;
    firstDay[kept] = columns.firstDay[index] as number;
    endDay[kept] = columns.endDay[index] as number;
    first[kept] = columns.first[index] as number;
    second[kept] = lastFigure ?? (columns.second[index] as number);
    kept++;
  }
  startOf.push(kept);
  return {
    count: areaOfSeries.length,
    areaOf: Int32Array.from(areaOfSeries),
    start: Uint32Array.from(startOf),
    row: row.subarray(0, kept),
    firstDay: firstDay.subarray(0, kept),
    endDay: endDay.subarray(0, kept),
    first: first.subarray(0, kept),
    second: second.subarray(0, kept),
  };
}
