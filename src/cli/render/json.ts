import type { ShownEvaluation } from "./ReportInput.js";

/** The mark an unprotected JSON output carries, in both languages, as the other formats do. */
export const notForPublication = "NIET VOOR PUBLICATIE / not for publication";

/**
 * The value `--format json` writes for an evaluation: a protected one exactly as `protect`
 * returned it (plain data, with `protection` saying what was withheld); an unprotected one
 * (`--unprotected`) with every field of the `Evaluation`, after a first, top-level field
 * `"notForPublication"`, so that a script that passes the file on cannot miss what it is.
 *
 * @param evaluation - a `ProtectedEvaluation`, or an `Evaluation` when `--unprotected` was given
 * @returns the value to write as JSON
 */
export function jsonOf(evaluation: ShownEvaluation): unknown {
  return evaluation.protection === undefined ? { notForPublication, ...evaluation } : evaluation;
}
