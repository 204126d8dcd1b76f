/**
 * buurtaanpak: the typed model and pure evaluation of Buurtaanpak-style neighbourhood
 * monitoring. Data flows one way: parse → model → evaluate → report.
 *
 * @packageDocumentation
 * @module buurtaanpak
 */

export type { ErrorCode, Issue, IssueCode, IssueInput, IssueParam, IssueParams } from "./errors/BuurtaanpakError.js";
// Errors
export { BuurtaanpakError, formatPath } from "./errors/BuurtaanpakError.js";
export type {
  AreaCoverage,
  DayRange,
  Evaluation,
  FactorColumns,
  FactorResult,
  GoalRollUp,
  GroupRollUp,
  MeasureColumns,
  MeasureResult,
  Parts,
  Reason,
  RollUp,
  RollUpFigures,
  Status,
  StatusCounts,
  SubgoalRollUp,
  Trend,
  Warning,
  WarningCode,
} from "./evaluate/Evaluation.js";
export type { EvaluateOptions } from "./evaluate/evaluate.js";
// Evaluation
export { evaluate } from "./evaluate/evaluate.js";
export type { EvaluateSeriesOptions, EvaluationSeries } from "./evaluate/evaluateSeries.js";
export { evaluateSeries } from "./evaluate/evaluateSeries.js";
// The one number format of every text
export { formatChange } from "./format/formatChange.js";
export type { Comparison, FormatComparisonOptions } from "./format/formatComparison.js";
export { formatComparison } from "./format/formatComparison.js";
export { formatDay } from "./format/formatDay.js";
export type { FormatNumberOptions } from "./format/formatNumber.js";
export { formatNumber } from "./format/formatNumber.js";
export { formatValue } from "./format/formatValue.js";
export type { Language } from "./format/Language.js";
export { Area, AreaFigures, AreaKind, Geography } from "./model/area.js";
// Model: schemas (values) and their inferred types (same names)
export { Id, Label, Provenance } from "./model/common.js";
export type { DeepReadonly } from "./model/DeepReadonly.js";
export { Denominator, Indicator, Measure, Rate, Unit } from "./model/indicator.js";
export { Model, ModelSource } from "./model/Model.js";
export { parseAreas } from "./model/parseAreas.js";
export { parseModel } from "./model/parseModel.js";
export type { RuleKind } from "./model/rule.js";
export { Rule } from "./model/rule.js";
export type { ParseAreasOptions } from "./model/safeParseAreas.js";
export { safeParseAreas } from "./model/safeParseAreas.js";
export type { SafeParseResult } from "./model/safeParseModel.js";
export { safeParseModel } from "./model/safeParseModel.js";
export {
  ContextFigure,
  Factor,
  FactorMeasure,
  Goal,
  Group,
  ImpactLevel,
  Method,
  Programme,
  Rollout,
  StrategyElement,
  StrategyLine,
  SubGoal,
  Theme,
  Value,
} from "./model/vision.js";
// Observations
export { Observation } from "./observations/Observation.js";
export type { Observations } from "./observations/Observations.js";
export { parseObservations } from "./observations/parseObservations.js";
export type { ParseObservationsOptions } from "./observations/safeParseObservations.js";
export { safeParseObservations } from "./observations/safeParseObservations.js";
export { elapsedDays } from "./period/elapsedDays.js";
export { isWithin } from "./period/isWithin.js";
// Periods
export type { Granularity, Instant, Period, Span } from "./period/Period.js";
export { parsePeriod } from "./period/parsePeriod.js";
export { periodOf } from "./period/periodOf.js";
export { previousYear } from "./period/previousYear.js";
export type {
  ProtectedEvaluation,
  ProtectedFactorResult,
  ProtectedMeasureResult,
  Protection,
  WithheldFigures,
  WithholdingReason,
} from "./protect/ProtectedEvaluation.js";
export { ProtectionPolicy } from "./protect/ProtectionPolicy.js";
// Protection: small numbers withheld before publishing
export { protect } from "./protect/protect.js";
export { withheldReason } from "./protect/withheldReason.js";
export { withheldText } from "./protect/withheldText.js";
export type { CoverageGaps } from "./trace/coverageGaps.js";
// Traceability
export { coverageGaps } from "./trace/coverageGaps.js";
export { factorsFor } from "./trace/factorsFor.js";
export { goalsServedBy } from "./trace/goalsServedBy.js";
export { methodsFor } from "./trace/methodsFor.js";
export { strategyLineOf } from "./trace/strategyLineOf.js";
