import type {
  AreaCoverage,
  FactorResult,
  GoalRollUp,
  GroupRollUp,
  MeasureResult,
  SubgoalRollUp,
  Warning,
} from "../evaluate/Evaluation.js";
import type { Area } from "../model/area.js";
import type { CoverageGaps } from "../trace/coverageGaps.js";
import type { ProtectionPolicy } from "./ProtectionPolicy.js";

/**
 * Why {@link protect} withheld a measure's figures:
 * - `small-count`: a count or stock, or a ratio's numerator, below `minimumCount` (but not 0);
 * - `few-respondents`: a survey share with fewer than `minimumRespondents` respondents;
 * - `small-category`: a survey share with fewer than `minimumCategory` positive, or not positive;
 * - `secondary`: the figure itself is not small, but with it shown a small figure elsewhere could
 *   be recomputed as a parent's total minus its published children.
 *
 * @category Protection
 * @example
 * const reason: WithholdingReason = "secondary";
 */
export type WithholdingReason = "small-count" | "few-respondents" | "small-category" | "secondary";

/**
 * Which figures of a measure were withheld, and why. `reason` is the current figure's reason
 * when it has one of its own, else the baseline's, else `secondary`: the measure's reason, as
 * its sentence gives it. Where both figures are withheld for different reasons (a baseline of
 * 3, a current figure of 6 withheld to protect another), `reasons` gives each figure its own,
 * so that the 6 is never shown as "< 5"; {@link withheldText} reads it.
 *
 * @category Protection
 * @example
 * const withheld: WithheldFigures = { current: true, reason: "small-count" };
 * const both: WithheldFigures = {
 *   current: true,
 *   baseline: true,
 *   reason: "small-count",
 *   reasons: { current: "secondary", baseline: "small-count" },
 * };
 */
export interface WithheldFigures {
  readonly current?: true;
  readonly baseline?: true;
  readonly reason: WithholdingReason;
  /** Each figure's own reason, where both are withheld and their reasons differ. */
  readonly reasons?: { readonly current: WithholdingReason; readonly baseline: WithholdingReason };
}

/**
 * A {@link MeasureResult} after protection. Where `withheld` is present, the figures it names
 * are gone, and with them everything they could be read back from: `change`, `target`,
 * `progress`, `trend` and `significant` always, and `parts` and `respondents` of the withheld
 * window. `status`, `window` and `covers` stay (docs/privacy.md, "Statuses").
 *
 * @category Protection
 * @example
 * const result: ProtectedMeasureResult = { indicator: "fixi-meldingen", status: "not-achieved", withheld: { current: true, baseline: true, reason: "small-count" } };
 */
export interface ProtectedMeasureResult extends MeasureResult {
  readonly withheld?: WithheldFigures;
}

/**
 * A {@link FactorResult} after protection: the same fields, measures that may be withheld, and
 * an explanation that names no withheld figure.
 *
 * @category Protection
 * @example
 * const result: ProtectedFactorResult = {
 *   factor: "fixi-meldingen",
 *   area: "BU04820204",
 *   status: "not-achieved",
 *   measures: [{ indicator: "fixi-meldingen", status: "not-achieved", withheld: { current: true, baseline: true, reason: "small-count" } }],
 *   explanation: {
 *     nl: "Fixi-meldingen in Groene Long: te weinig waarnemingen om te tonen (minder dan 5); doel +10% niet gehaald.",
 *     en: "Fixi reports in Groene Long: too few observations to show (fewer than 5); target +10% not achieved.",
 *   },
 * };
 */
export interface ProtectedFactorResult extends Omit<FactorResult, "measures"> {
  readonly measures: readonly ProtectedMeasureResult[];
}

/**
 * What {@link protect} did: the policy it applied, with every default filled in, and how many
 * figures it withheld. A figure is one `current` or `baseline` of one measure result, as a
 * table shows it; `secondary` counts those of them withheld only to protect others.
 *
 * @category Protection
 * @example
 * const protection: Protection = { policy: { minimumCount: 5, minimumRespondents: 30, minimumCategory: 5 }, withheld: 4, secondary: 1 };
 */
export interface Protection {
  readonly policy: Required<ProtectionPolicy>;
  readonly withheld: number;
  readonly secondary: number;
}

/**
 * An evaluation that is safe to publish: the fields of an {@link Evaluation} as plain data
 * (no methods, so `JSON.stringify` and `structuredClone` see all of it), with small numbers
 * withheld, and `protection` saying how.
 *
 * @category Protection
 * @example
 * const keys: (keyof ProtectedEvaluation)[] = ["period", "baseline", "asOf", "complete", "areas", "factors", "groups", "subgoals", "goals", "coverage", "warnings", "protection"];
 */
export interface ProtectedEvaluation {
  readonly period: string;
  readonly baseline: string;
  readonly asOf: string;
  readonly complete: boolean;
  readonly areas: readonly Area[];
  readonly factors: readonly ProtectedFactorResult[];
  readonly groups: readonly GroupRollUp[];
  readonly subgoals: readonly SubgoalRollUp[];
  readonly goals: readonly GoalRollUp[];
  readonly coverage: { readonly gaps: CoverageGaps; readonly areas: readonly AreaCoverage[] };
  readonly warnings: readonly Warning[];
  readonly protection: Protection;
}
