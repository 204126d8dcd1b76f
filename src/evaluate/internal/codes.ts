import type { Reason, Status, Trend } from "../Evaluation.js";

/**
 * Statuses as small numbers, from worst to best for a factor (contract.md): not-achieved,
 * behind, no-data, not-evaluable, on-track, achieved; then monitored, which never lowers a
 * factor. Code 0 is "no result", so that typed arrays can hold them.
 */
export const statusCodes = [
  "none",
  "not-achieved",
  "behind",
  "no-data",
  "not-evaluable",
  "on-track",
  "achieved",
  "monitored",
] as const;
export const NOT_ACHIEVED = 1;
export const BEHIND = 2;
export const NO_DATA = 3;
export const NOT_EVALUABLE = 4;
export const ON_TRACK = 5;
export const ACHIEVED = 6;
export const MONITORED = 7;

/** The status of a code; undefined for 0, "no result". */
export function statusOf(code: number): Status | undefined {
  const status = statusCodes[code];
  return status === undefined || status === "none" ? undefined : status;
}

/** Reasons as codes; 0 is none. */
export const reasonCodes = ["none", "zero-baseline", "too-few-respondents", "incomplete-data", "not-finite"] as const;
export const ZERO_BASELINE = 1;
export const TOO_FEW_RESPONDENTS = 2;
export const INCOMPLETE_DATA = 3;
export const NOT_FINITE = 4;

export function reasonOf(code: number): Reason | undefined {
  const reason = reasonCodes[code];
  return reason === undefined || reason === "none" ? undefined : reason;
}

/** Trends as codes; 0 is none. */
export const trendCodes = ["none", "up", "down", "flat"] as const;

export function trendOf(code: number): Trend | undefined {
  const trend = trendCodes[code];
  return trend === undefined || trend === "none" ? undefined : trend;
}
