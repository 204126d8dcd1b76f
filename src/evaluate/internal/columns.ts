/**
 * The aggregated values of one indicator over one span, one slot per area index, in typed
 * arrays: a national evaluation holds about a million of them, and objects would keep the
 * garbage collector busy. `state` is 0 for no data, 1 for a complete value, 2 for an incomplete
 * one (see `Reason` `incomplete-data`).
 */
export interface Column {
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly state: Uint8Array;
}

export const NO_DATA = 0;
export const COMPLETE = 1;
export const INCOMPLETE = 2;

export function createColumn(areas: number): Column {
  return { numerator: new Float64Array(areas), denominator: new Float64Array(areas), state: new Uint8Array(areas) };
}
