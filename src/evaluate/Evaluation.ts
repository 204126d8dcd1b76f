import type { CoverageGaps } from "../trace/coverageGaps.js";
import type { Label } from "../model/common.js";
import type { Area } from "../model/area.js";
import type { EvaluateOptions } from "./evaluate.js";

/**
 * The status of a measure or factor.
 *
 * | status | meaning |
 * |---|---|
 * | `achieved` | period complete, target met |
 * | `not-achieved` | period complete, target not met |
 * | `on-track` | partial period, pro-rated or year-to-date comparison met |
 * | `behind` | partial period, not met |
 * | `monitored` | `tracked` rule: no target |
 * | `no-data` | current or (where the rule needs it) baseline missing |
 * | `not-evaluable` | data present but the rule cannot be computed; see `reason` |
 *
 * @category Evaluation
 * @example
 * const status: Status = "on-track";
 */
export type Status = "achieved" | "not-achieved" | "on-track" | "behind" | "monitored" | "no-data" | "not-evaluable";

/**
 * Why a result is `not-evaluable`:
 * - `zero-baseline`: a relative change from 0 cannot be computed
 * - `too-few-respondents`: a survey has fewer respondents than the rule's `minRespondents`
 * - `incomplete-data`: the observations do not cover the whole span, or a parent's areas with
 *   data differ between current and baseline, so the totals would not compare like with like
 *
 * @category Evaluation
 * @example
 * const reason: Reason = "zero-baseline";
 */
export type Reason = "zero-baseline" | "too-few-respondents" | "incomplete-data";

/**
 * The direction of a change between baseline and current.
 *
 * @category Evaluation
 * @example
 * const trend: Trend = "flat";
 */
export type Trend = "up" | "down" | "flat";

/**
 * The result for one measure of a factor, in one area.
 *
 * @category Evaluation
 * @example
 * const result: MeasureResult = { indicator: "fixi-meldingen", status: "achieved", current: 530, baseline: 480, change: 0.1042, target: 528, progress: 1.04, trend: "up" };
 */
export interface MeasureResult {
  readonly indicator: string;
  readonly status: Status;
  readonly reason?: Reason;
  /** The aggregated current value: a sum, the last value of a stock, a ratio, or a share between 0 and 1. */
  readonly current?: number;
  /** The aggregated baseline value, in the same terms as `current`. */
  readonly baseline?: number;
  /** (current − baseline) ÷ baseline, as a fraction: 0.104, not 10.4. */
  readonly change?: number;
  /** The value `current` had to reach (or stay within): for example baseline × 1.1, or a pro-rated amount. */
  readonly target?: number;
  /** How far towards the target: change ÷ target change, or current ÷ target amount. 1 or more is met. */
  readonly progress?: number;
  readonly trend?: Trend;
  /** Survey measures: the respondents in the current and baseline span. */
  readonly respondents?: { readonly current: number; readonly baseline?: number };
  /** Survey measures: whether the change is significant at the 95% level (two-sided). */
  readonly significant?: boolean;
}

/**
 * The result for one success factor in one area.
 *
 * @category Evaluation
 * @example
 * const result: FactorResult = {
 *   factor: "fixi-meldingen",
 *   area: "GM0482",
 *   status: "no-data",
 *   measures: [{ indicator: "fixi-meldingen", status: "no-data" }],
 *   explanation: { nl: "Fixi-meldingen in Alblasserdam: geen gegevens voor 2023.", en: "Fixi reports in Alblasserdam: no data for 2023." },
 * };
 */
export interface FactorResult {
  readonly factor: string;
  readonly area: string;
  /** The worst of the measures' statuses; `monitored` measures do not lower it. */
  readonly status: Status;
  readonly reason?: Reason;
  readonly measures: readonly MeasureResult[];
  /** One plain sentence in each language, with numbers in that language's format. */
  readonly explanation: Label;
}

/**
 * How many results have each status.
 *
 * @category Evaluation
 * @example
 * const counts: StatusCounts = { achieved: 2, "not-achieved": 1, "on-track": 0, behind: 0, monitored: 0, "no-data": 4, "not-evaluable": 0 };
 */
export type StatusCounts = { readonly [S in Status]: number };

/**
 * A roll-up of factor statuses to a group, sub-goal or goal, in one area. Factors without a
 * result in the area count as `no-data`. `score` is (achieved + on-track) ÷ (achieved +
 * on-track + behind + not-achieved), or `null` when that divisor is 0.
 *
 * @category Evaluation
 * @example
 * const rollUp: RollUp = { goal: "socialere-omgeving", area: "GM0482", factors: 1, counts: { achieved: 1, "not-achieved": 0, "on-track": 0, behind: 0, monitored: 0, "no-data": 0, "not-evaluable": 0 }, score: 1 };
 */
export type RollUp = ({ readonly group: string } | { readonly subgoal: string } | { readonly goal: string }) & {
  readonly area: string;
  /** The number of factors rolled up. */
  readonly factors: number;
  readonly counts: StatusCounts;
  readonly score: number | null;
};

/**
 * How many factors have data in an area.
 *
 * @category Evaluation
 * @example
 * const coverage: AreaCoverage = { area: "GM0482", factors: 27, withData: 25, withoutData: ["fixi-meldingen", "mutatiegraad"] };
 */
export interface AreaCoverage {
  readonly area: string;
  readonly factors: number;
  /** Factors whose status is anything but `no-data`. */
  readonly withData: number;
  /** The ids of the other factors, in model order. */
  readonly withoutData: readonly string[];
}

/**
 * Something the caller should know that did not stop the evaluation, such as observations that
 * straddle the edge of a span and were left out. Alike warnings are counted, not repeated.
 *
 * @category Evaluation
 * @example
 * const warning: Warning = {
 *   code: "straddles-span",
 *   indicator: "fixi-meldingen",
 *   period: "2024-06",
 *   count: 9,
 *   message: { nl: "9 observaties …", en: "9 observations …" },
 * };
 */
export interface Warning {
  readonly code: "straddles-span" | "unreadable-period" | "unknown-indicator" | "missing-figures" | "areas-differ";
  readonly indicator?: string;
  readonly area?: string;
  readonly period?: string;
  /** How many observations or areas the warning stands for. */
  readonly count: number;
  readonly message: Label;
}

/**
 * The evaluation of a model on observations, for one period against a baseline.
 *
 * @category Evaluation
 * @example
 * const keys: (keyof Evaluation)[] = ["period", "baseline", "asOf", "complete", "areas", "factors", "groups", "subgoals", "goals", "coverage", "warnings"];
 */
export interface Evaluation {
  /** The evaluated period, as written. */
  readonly period: string;
  /** The baseline period, as written. */
  readonly baseline: string;
  /** The instant the evaluation is as of, ISO 8601 in UTC. */
  readonly asOf: string;
  /** True when `asOf` is at or after the end of the period. */
  readonly complete: boolean;
  /**
   * The area hierarchy that was evaluated: the given areas (or the model's), then the areas
   * that appear only in the observations, as they were added (see {@link EvaluateOptions.areas}).
   */
  readonly areas: readonly Area[];
  readonly factors: readonly FactorResult[];
  readonly groups: readonly RollUp[];
  readonly subgoals: readonly RollUp[];
  readonly goals: readonly RollUp[];
  readonly coverage: { readonly gaps: CoverageGaps; readonly areas: readonly AreaCoverage[] };
  readonly warnings: readonly Warning[];
}
