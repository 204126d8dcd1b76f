import type {
  ProtectedEvaluation,
  ProtectedFactorResult,
  ProtectedMeasureResult,
  Protection,
} from "../../protect/ProtectedEvaluation.js";

// What the report reads of an evaluation: its plain fields, which an `Evaluation` and a
// protected one (from `protect`) both have. A protected measure result has lost the figures
// small-number protection withheld, and says which in `withheld`.

export type ReportMeasure = ProtectedMeasureResult;
export type ReportFactor = ProtectedFactorResult;

export interface ReportEvaluation extends Omit<ProtectedEvaluation, "protection"> {
  readonly protection?: Protection;
}
