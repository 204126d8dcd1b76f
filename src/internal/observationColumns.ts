/**
 * What `parseObservations` finds out about its rows, kept beside them so that nothing after
 * the boundary reads a row again: one slot per row in typed arrays, in the order given.
 *
 * - `indicator[row]` indexes `indicatorIds` (the model's indicators when the rows were parsed);
 * - `area[row]` indexes `areaIds`, the distinct area ids in order of first appearance;
 * - `firstDay[row]` and `endDay[row]` are the period's first day and the day after its last,
 *   as day numbers (days since 1970-01-01 on the zone-free calendar; see src/period);
 * - `first[row]` and `second[row]` are the two figures the measure adds up: the value and 1
 *   (count, stock), numerator and denominator (ratio), positive and respondents (share).
 *
 * The columns hang on the frozen array under a registered symbol, invisible to `JSON.stringify`,
 * `toEqual` and `structuredClone`: a copied array is plain rows again, and `evaluate` says so.
 */
export interface ObservationColumns {
  readonly version: 1;
  readonly indicatorIds: readonly string[];
  /** The measure each indicator had when the rows were parsed: rows read as one measure do not fit another. */
  readonly measures: readonly string[];
  readonly indicator: Uint32Array;
  readonly areaIds: readonly string[];
  readonly area: Uint32Array;
  readonly firstDay: Int32Array;
  readonly endDay: Int32Array;
  readonly first: Float64Array;
  readonly second: Float64Array;
  /** The rows ordered by indicator, area and first day: the series, sorted once, when first needed. */
  sorted?: SortedRows;
}

/**
 * The rows in series order: by indicator, then area, then first day. `row[k]` is the index of
 * the k-th row as given; the other arrays hold its days, figures and area in that order. Runs of
 * one indicator and area start at `runStart[r]` (ascending, ending with the row count);
 * `indicatorRuns[i]` to `indicatorRuns[i + 1]` are the runs of indicator i.
 */
export interface SortedRows {
  readonly row: Uint32Array;
  readonly area: Uint32Array;
  readonly firstDay: Int32Array;
  readonly endDay: Int32Array;
  readonly first: Float64Array;
  readonly second: Float64Array;
  readonly runStart: Uint32Array;
  readonly indicatorRuns: Uint32Array;
}

// Symbol.for, so that two copies of the library (an ESM and a CJS build in one app) agree.
const key = Symbol.for("buurtaanpak.observations");

/** Hangs the columns on the array of parsed rows; call before freezing it. */
export function attachColumns(rows: readonly unknown[], columns: ObservationColumns): void {
  Object.defineProperty(rows, key, { value: columns, enumerable: false, writable: false, configurable: false });
}

/** The columns of parsed rows, or `undefined` for rows that did not come from `parseObservations`. */
export function columnsOf(rows: unknown): ObservationColumns | undefined {
  if (!Array.isArray(rows)) return undefined;
  const columns: unknown = (rows as { [key]?: unknown })[key];
  return typeof columns === "object" && columns !== null && (columns as { version?: unknown }).version === 1
    ? (columns as ObservationColumns)
    : undefined;
}
