import { BuurtaanpakError } from "../../errors/BuurtaanpakError.js";
import type { Evaluation } from "../../evaluate/Evaluation.js";
import type { ProtectedEvaluation } from "../../protect/ProtectedEvaluation.js";
import type { ProtectionPolicy } from "../../protect/ProtectionPolicy.js";
import { protect } from "../../protect/protect.js";
import type { ReportInput, ReportOptions, ReportSeries } from "../ReportInput.js";
import type { ReportEvaluation } from "./ReportEvaluation.js";

function isSeries(value: ReportInput["evaluation"]): value is ReportSeries {
  return "evaluations" in value;
}

/** Protects an evaluation, unless it is protected already (then its own policy stands). */
function protectOnce(
  evaluation: Evaluation | ProtectedEvaluation,
  policy: ProtectionPolicy | undefined,
): ReportEvaluation {
  return "protection" in evaluation ? evaluation : protect(evaluation, policy);
}

/** The evaluations of a report, oldest first, and the last of them, which the report is about. */
export interface Prepared {
  readonly evaluations: readonly ReportEvaluation[];
  readonly last: ReportEvaluation;
}

/**
 * The evaluations a report shows, oldest first: protected (unless `unprotected`), each once.
 *
 * @throws {@link BuurtaanpakError} `invalid-options` for a series without evaluations
 */
export function prepareEvaluations(input: ReportInput, options: ReportOptions): Prepared {
  const given = isSeries(input.evaluation) ? input.evaluation.evaluations : [input.evaluation];
  const evaluations =
    options.unprotected === true ? given : given.map((evaluation) => protectOnce(evaluation, options.protection));
  const last = evaluations.at(-1);
  if (last === undefined) {
    throw new BuurtaanpakError("invalid-options", [
      {
        path: ["evaluation", "evaluations"],
        code: "empty",
        params: { field: "evaluations" },
        message: "a report needs at least one evaluation",
      },
    ]);
  }
  return { evaluations, last };
}
