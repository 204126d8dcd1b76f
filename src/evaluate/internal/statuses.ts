import type { Status } from "../Evaluation.js";

/**
 * Statuses as small numbers, from worst to best for a factor (contract.md): not-achieved,
 * behind, no-data, not-evaluable, on-track, achieved; then monitored, which never lowers a
 * factor. Code 0 is "no result", so that typed arrays can hold them.
 */
export const statusCodes = ["none", "not-achieved", "behind", "no-data", "not-evaluable", "on-track", "achieved", "monitored"] as const;
export type StatusCode = number;

const codeOf = new Map(statusCodes.map((status, code) => [status, code]));

export function encodeStatus(status: Status): StatusCode {
  return codeOf.get(status) ?? 0;
}

export function decodeStatus(code: StatusCode): Status | undefined {
  const status = statusCodes[code];
  return status === undefined || status === "none" ? undefined : status;
}

/** The worst of the measures' statuses; `monitored` measures do not lower it. */
export function worstStatus(statuses: readonly Status[]): Status {
  let worst = encodeStatus("monitored");
  for (const status of statuses) worst = Math.min(worst, encodeStatus(status));
  return decodeStatus(worst) ?? "monitored";
}
