import type { ObservationColumns, SortedRows } from "../../internal/observationColumns.js";

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
 * The rows in the order every evaluation of these observations needs: by indicator, then area,
 * then first day. A two-digit radix sort (area, then indicator, both stable counting sorts) is
 * linear; only rows of one indicator and area that came out of order are sorted by day. It is
 * computed once per set of observations and kept with them, so that a series of evaluations
 * over several periods pays for it once, and each evaluation reads its series as views.
 */
export function sortedRows(columns: ObservationColumns): SortedRows {
  if (columns.sorted !== undefined) return columns.sorted;
  const rows = columns.indicator.length;
  const byArea = countingSort(columns.area, columns.areaIds.length, identity(rows));
  const order = countingSort(columns.indicator, columns.indicatorIds.length, byArea);
  // Scatter, not gather: read every column in the order given (sequentially) and write each row
  // to its sorted place; random writes cost far less than random reads.
  const place = new Uint32Array(rows);
  for (let k = 0; k < rows; k++) place[order[k] as number] = k;
  const area = new Uint32Array(rows);
  const firstDay = new Int32Array(rows);
  const endDay = new Int32Array(rows);
  const first = new Float64Array(rows);
  const second = new Float64Array(rows);
  const indicatorOf = new Uint32Array(rows);
  for (let index = 0; index < rows; index++) {
    const k = place[index] as number;
    area[k] = columns.area[index] as number;
    indicatorOf[k] = columns.indicator[index] as number;
    firstDay[k] = columns.firstDay[index] as number;
    endDay[k] = columns.endDay[index] as number;
    first[k] = columns.first[index] as number;
    second[k] = columns.second[index] as number;
  }
  const runs: number[] = [];
  const indicatorRuns = new Uint32Array(columns.indicatorIds.length + 1);
  let previousIndicator = -1;
  let previousArea = -1;
  for (let k = 0; k < rows; k++) {
    const indicator = indicatorOf[k] as number;
    const rowArea = area[k] as number;
    if (indicator !== previousIndicator || rowArea !== previousArea) {
      runs.push(k);
      for (let next = previousIndicator + 1; next <= indicator; next++) indicatorRuns[next] = runs.length - 1;
      previousIndicator = indicator;
      previousArea = rowArea;
    }
  }
  for (let next = previousIndicator + 1; next < indicatorRuns.length; next++) indicatorRuns[next] = runs.length;
  runs.push(rows);
  const runStart = Uint32Array.from(runs);
  // Rows of one run that came out of day order (rare): sort the run and its columns by day.
  for (let run = 0; run + 1 < runStart.length; run++) {
    const from = runStart[run] as number;
    const to = runStart[run + 1] as number;
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k++) sorted = (firstDay[k - 1] as number) <= (firstDay[k] as number);
    if (sorted) continue;
    const positions = Array.from({ length: to - from }, (_, offset) => from + offset).sort(
      (a, b) => (firstDay[a] as number) - (firstDay[b] as number),
    );
    for (const column of [order, firstDay, endDay, first, second] as const) {
      const copy = positions.map((position) => column[position] as number);
      copy.forEach((value, offset) => {
        column[from + offset] = value;
      });
    }
  }
  const result: SortedRows = { row: order, area, firstDay, endDay, first, second, runStart, indicatorRuns };
  columns.sorted = result;
  return result;
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
  for (let bucket = 1; bucket <= buckets; bucket++)
    starts[bucket] = (starts[bucket] as number) + (starts[bucket - 1] as number);
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
 * The series of the observations' indicator `indicator` (its number in the observations),
 * as views on the sorted rows: one series per area. `areaMap` maps the observations' area
 * numbers to the hierarchy's. With `figure` (a rate), each row's second figure is replaced by
 * its area's figure, and areas without one are left out: that one copies.
 */
export function seriesOf(
  sorted: SortedRows,
  indicator: number,
  areaMap: Int32Array,
  figure?: (area: number) => number | undefined,
): Series {
  const firstRun = sorted.indicatorRuns[indicator] as number;
  const lastRun = sorted.indicatorRuns[indicator + 1] as number;
  const from = sorted.runStart[firstRun] as number;
  const to = sorted.runStart[lastRun] as number;
  const count = lastRun - firstRun;
  if (figure === undefined) {
    const areaOf = new Int32Array(count);
    const start = new Uint32Array(count + 1);
    for (let run = 0; run < count; run++) {
      const begin = sorted.runStart[firstRun + run] as number;
      areaOf[run] = areaMap[sorted.area[begin] as number] as number;
      start[run] = begin - from;
    }
    start[count] = to - from;
    return {
      count,
      areaOf,
      start,
      row: sorted.row.subarray(from, to),
      firstDay: sorted.firstDay.subarray(from, to),
      endDay: sorted.endDay.subarray(from, to),
      first: sorted.first.subarray(from, to),
      second: sorted.second.subarray(from, to),
    };
  }
  const keep: number[] = [];
  const figures: number[] = [];
  for (let run = firstRun; run < lastRun; run++) {
    const value = figure(areaMap[sorted.area[sorted.runStart[run] as number] as number] as number);
    if (value === undefined) continue;
    keep.push(run);
    figures.push(value);
  }
  const length = keep.reduce(
    (sum, run) => sum + (sorted.runStart[run + 1] as number) - (sorted.runStart[run] as number),
    0,
  );
  const series = {
    count: keep.length,
    areaOf: new Int32Array(keep.length),
    start: new Uint32Array(keep.length + 1),
    row: new Uint32Array(length),
    firstDay: new Int32Array(length),
    endDay: new Int32Array(length),
    first: new Float64Array(length),
    second: new Float64Array(length),
  };
  let at = 0;
  keep.forEach((run, index) => {
    const begin = sorted.runStart[run] as number;
    const end = sorted.runStart[run + 1] as number;
    series.areaOf[index] = areaMap[sorted.area[begin] as number] as number;
    series.start[index] = at;
    series.row.set(sorted.row.subarray(begin, end), at);
    series.firstDay.set(sorted.firstDay.subarray(begin, end), at);
    series.endDay.set(sorted.endDay.subarray(begin, end), at);
    series.first.set(sorted.first.subarray(begin, end), at);
    series.second.fill(figures[index] as number, at, at + end - begin);
    at += end - begin;
  });
  series.start[keep.length] = at;
  return series;
}
