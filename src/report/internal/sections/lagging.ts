import type { RollUpFigures } from "../../../evaluate/Evaluation.js";

/**
 * Whether a goal or sub-goal lags: at least one of its factors was not achieved, or is behind
 * schedule. A roll-up without any verdict does not lag; it cannot be judged.
 */
export function isLagging(rollUp: RollUpFigures | undefined): boolean {
  return rollUp !== undefined && rollUp.counts["not-achieved"] + rollUp.counts.behind > 0;
}
