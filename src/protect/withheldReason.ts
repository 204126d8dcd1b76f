import type { WithheldFigures, WithholdingReason } from "./ProtectedEvaluation.js";

/**
 * Why one figure of a withheld measure was withheld: its own reason where the two figures have
 * different ones (`withheld.reasons`), else the measure's `reason`. A dashboard asks this before
 * it treats a withheld count as "1 to 4": a figure withheld to protect another (`secondary`)
 * could be anything.
 *
 * @param withheld - the measure's `withheld`
 * @param figure - `current` or `baseline`
 * @returns the figure's reason
 * @category Protection
 * @example
 * const withheld: WithheldFigures = {
 *   current: true,
 *   baseline: true,
 *   reason: "small-count",
 *   reasons: { current: "secondary", baseline: "small-count" },
 * };
 * withheldReason(withheld, "current");
 * //=> "secondary"
 * withheldReason({ current: true, reason: "few-respondents" }, "current");
 * //=> "few-respondents"
 */
export function withheldReason(withheld: WithheldFigures, figure: "current" | "baseline"): WithholdingReason {
  return withheld.reasons?.[figure] ?? withheld.reason;
}
