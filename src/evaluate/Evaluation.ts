import type { Area, AreaKind } from "../model/area.js";
import type { Label } from "../model/common.js";
import type { CoverageGaps } from "../trace/coverageGaps.js";
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
 * - `incomplete-data`: the observations leave a gap in the window (a month missing with data
 *   after it), or do not cover a complete period to its end
 * - `not-finite`: the figures are too large or too small to compute with (a denominator of
 *   5e-324), so no number would be honest
 *
 * @category Evaluation
 * @example
 * const reason: Reason = "zero-baseline";
 */
export type Reason = "zero-baseline" | "too-few-respondents" | "incomplete-data" | "not-finite";

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
  /**
   * Ratio and share measures: the sums behind `current` and `baseline`, pooled over areas and
   * time, never averaged: moves and dwellings, or positives and respondents. For a ratio whose
   * denominator is a stock, the denominator is its time-weighted mean over the window.
   */
  readonly parts?: { readonly current?: Parts; readonly baseline?: Parts };
  /**
   * The days compared, when the period is partial: from the period's first day through the
   * common reach of the data (contract.md, "Common reach"), and the calendar-aligned baseline
   * days that pair with them. Days are `YYYY-MM-DD`, inclusive.
   */
  readonly window?: { readonly current: DayRange; readonly baseline?: DayRange };
  /**
   * Like-for-like: present when a parent compared only the areas with data in both periods.
   * `areas` counts the areas with data that the comparison covers, `of` those with data in
   * either period, and `kind` what they are ("7 van 9 buurten").
   */
  readonly covers?: { readonly areas: number; readonly of: number; readonly kind: AreaKind | "mixed" };
}

/**
 * The two sums of a ratio or share.
 *
 * @category Evaluation
 * @example
 * const parts: Parts = { numerator: 40, denominator: 1000 };
 */
export interface Parts {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * An inclusive range of calendar days, `YYYY-MM-DD`.
 *
 * @category Evaluation
 * @example
 * const days: DayRange = { from: "2024-01-01", through: "2024-05-31" };
 */
export interface DayRange {
  readonly from: string;
  readonly through: string;
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
export type RollUp = GroupRollUp | SubgoalRollUp | GoalRollUp;

/**
 * What every roll-up holds, whatever it rolls up to.
 *
 * @category Evaluation
 * @example
 * const shared: RollUpFigures = { area: "GM0482", factors: 6, counts: { achieved: 2, "not-achieved": 1, "on-track": 0, behind: 0, monitored: 0, "no-data": 3, "not-evaluable": 0 }, score: 2 / 3 };
 */
export interface RollUpFigures {
  readonly area: string;
  /** The number of factors rolled up. */
  readonly factors: number;
  readonly counts: StatusCounts;
  readonly score: number | null;
}

/**
 * The roll-up of a success-factor group in one area.
 *
 * @category Evaluation
 * @example
 * const rollUp: GroupRollUp = { group: "signalering-netwerk", area: "GM0482", factors: 6, counts: { achieved: 2, "not-achieved": 0, "on-track": 0, behind: 0, monitored: 0, "no-data": 4, "not-evaluable": 0 }, score: 1 };
 */
export interface GroupRollUp extends RollUpFigures {
  readonly group: string;
}

/**
 * The roll-up of a sub-goal in one area: the factors of the groups that serve it.
 *
 * @category Evaluation
 * @example
 * const rollUp: SubgoalRollUp = { subgoal: "signalering-omzien", area: "GM0482", factors: 6, counts: { achieved: 2, "not-achieved": 0, "on-track": 0, behind: 0, monitored: 0, "no-data": 4, "not-evaluable": 0 }, score: 1 };
 */
export interface SubgoalRollUp extends RollUpFigures {
  readonly subgoal: string;
}

/**
 * The roll-up of a goal in one area: the factors of its sub-goals, each counted once.
 *
 * @category Evaluation
 * @example
 * const rollUp: GoalRollUp = { goal: "socialere-omgeving", area: "GM0482", factors: 7, counts: { achieved: 1, "not-achieved": 0, "on-track": 0, behind: 0, monitored: 0, "no-data": 6, "not-evaluable": 0 }, score: 1 };
 */
export interface GoalRollUp extends RollUpFigures {
  readonly goal: string;
}

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
 * Something the caller should know that did not stop the evaluation. Alike warnings are
 * counted, not repeated; warnings about areas name them.
 *
 * | code | what |
 * |---|---|
 * | `straddles-span` | observations whose period crosses the edge of a window were left out of it (never split, never read as 0) |
 * | `after-as-of` | observations inside the period but after asOf were left out |
 * | `areas-differ` | areas with data in one period only (`period` names it) were left out of their parents' comparison: the parents compare like with like |
 * | `reach-differs` | the data of these areas stop earlier than their siblings'; their parents compare up to where all of them reach |
 * | `unknown-area` | an area in the observations is not in the hierarchy; it was added (under its CBS parent where known) |
 * | `unknown-indicator` | observations of an indicator this model does not have (they were parsed against another model) were left out |
 * | `measure-differs` | observations parsed against a model where the indicator had another measure were left out |
 * | `no-area-figure` | a rate per inhabitant (or household) left out areas that have no such figure |
 *
 * @category Evaluation
 * @example
 * const warning: Warning = {
 *   code: "areas-differ",
 *   indicator: "fixi-meldingen",
 *   period: "2024",
 *   count: 2,
 *   areas: ["BU04820101", "BU04820102"],
 *   message: { nl: "…", en: "…" },
 * };
 */
export interface Warning {
  readonly code: WarningCode;
  readonly indicator?: string;
  readonly area?: string;
  readonly period?: string;
  /** How many observations or areas the warning stands for. */
  readonly count: number;
  /** The areas it is about, by id, in hierarchy order. */
  readonly areas?: readonly string[];
  readonly message: Label;
}

/**
 * The codes of {@link Warning}.
 *
 * @category Evaluation
 * @example
 * const code: WarningCode = "unknown-area";
 */
export type WarningCode =
  | "straddles-span"
  | "after-as-of"
  | "areas-differ"
  | "reach-differs"
  | "unknown-area"
  | "unknown-indicator"
  | "measure-differs"
  | "no-area-figure";

/**
 * The results of one factor over all areas, as columns (one entry per area with a result, in
 * hierarchy order), for bulk consumers such as national dashboards and exports: no object per
 * result. Statuses, reasons and trends are codes: decode them with `statuses`, `reasons` and
 * `trends` (code 0 means none). An absent figure is NaN.
 *
 * @category Evaluation
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * const observations = parseObservations(alblasserdam, [
 *   { indicator: "fixi-meldingen", area: "BU04820101", period: "2023", value: 50 },
 *   { indicator: "fixi-meldingen", area: "BU04820101", period: "2024", value: 60 },
 * ]);
 * const columns = evaluate(alblasserdam, observations, { period: "2024" }).columns("fixi-meldingen");
 * columns?.areas;
 * //=> ["GM0482", "WK048201", "BU04820101"]
 * columns ? Array.from(columns.status, (code) => columns.codes.status[code]) : [];
 * //=> ["achieved", "achieved", "achieved"]
 */
export interface FactorColumns {
  readonly factor: string;
  readonly areas: readonly string[];
  readonly status: Uint8Array;
  readonly reason: Uint8Array;
  readonly measures: readonly MeasureColumns[];
  /** What the codes stand for: `codes.status[3]` is `"no-data"`; index 0 is none. */
  readonly codes: {
    readonly status: readonly string[];
    readonly reason: readonly string[];
    readonly trend: readonly string[];
  };
}

/**
 * The results of one measure of a factor over all areas of its {@link FactorColumns}, aligned
 * with them.
 *
 * @category Evaluation
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * const observations = parseObservations(alblasserdam, [
 *   { indicator: "fixi-meldingen", area: "BU04820101", period: "2023", value: 50 },
 *   { indicator: "fixi-meldingen", area: "BU04820101", period: "2024", value: 60 },
 * ]);
 * const measure = evaluate(alblasserdam, observations, { period: "2024" }).columns("fixi-meldingen")?.measures[0];
 * measure ? [...measure.current] : [];
 * //=> [60, 60, 60]
 */
export interface MeasureColumns {
  readonly indicator: string;
  readonly status: Uint8Array;
  readonly reason: Uint8Array;
  readonly trend: Uint8Array;
  readonly current: Float64Array;
  readonly baseline: Float64Array;
  readonly change: Float64Array;
  readonly target: Float64Array;
  readonly progress: Float64Array;
}

/**
 * The evaluation of a model on observations, for one period against a baseline.
 *
 * Its lists (`factors`, `groups`, `subgoals`, `goals`, `coverage`) are plain, own, enumerable
 * data, built when first read: `toEqual`, `JSON.stringify` and `structuredClone` see the same
 * objects. Bulk consumers read {@link Evaluation.statusOf} and {@link Evaluation.columns}
 * instead, which build no object per result. See docs/internals.md.
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
  readonly groups: readonly GroupRollUp[];
  readonly subgoals: readonly SubgoalRollUp[];
  readonly goals: readonly GoalRollUp[];
  readonly coverage: { readonly gaps: CoverageGaps; readonly areas: readonly AreaCoverage[] };
  readonly warnings: readonly Warning[];
  /**
   * The status of a factor in an area, read from the columns without building result objects;
   * `undefined` where the factor has no result (the area has no data for it).
   */
  statusOf(factor: string, area: string): Status | undefined;
  /** The results of one factor as columns; `undefined` for a factor the model does not have. */
  columns(factor: string): FactorColumns | undefined;
}
