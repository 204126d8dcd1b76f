import type { Evaluation } from "../../index.js";

/**
 * Renders an evaluation as JSON: the object exactly as `evaluate` returns it, indented by two
 * spaces, so that scripts and dashboards read the same figures the reports show.
 *
 * @param evaluation - the evaluation
 * @returns the JSON text, ending in a newline
 */
export function renderJson(evaluation: Evaluation): string {
  return `${JSON.stringify(evaluation, null, 2)}\n`;
}
