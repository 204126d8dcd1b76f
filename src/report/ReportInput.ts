import type { Evaluation } from "../evaluate/Evaluation.js";
import type { Language } from "../format/Language.js";
import type { Label } from "../model/common.js";
import type { Model } from "../model/Model.js";
import type { ProtectedEvaluation } from "../protect/ProtectedEvaluation.js";
import type { ProtectionPolicy } from "../protect/ProtectionPolicy.js";

/**
 * Several evaluations in a row, oldest first, as `evaluateSeries` returns them (an
 * `EvaluationSeries` is one), or their protected copies.
 *
 * @category Report
 * @example
 * import type { ReportSeries } from "buurtaanpak/report";
 * const series: ReportSeries = { periods: [], evaluations: [] };
 * series.evaluations.length;
 * //=> 0
 */
export interface ReportSeries {
  readonly periods: readonly string[];
  readonly evaluations: readonly (Evaluation | ProtectedEvaluation)[];
}

/**
 * What a report is made of: the model, its evaluation (one period, or a series from
 * `evaluateSeries`, oldest first, whose last period the report is about), and optionally the
 * indicators whose results fill the "Do" section.
 *
 * - `evaluation`: an `Evaluation`, a `ProtectedEvaluation` (shown as it is protected), or a
 *   series ({@link ReportSeries}, such as an `EvaluationSeries`) of either.
 * - `activities`: indicator ids of what was done (activities, partners, presence in the
 *   buurten), such as `aantal-evenementen`; each is shown per buurt with its current value.
 *   Without them the Do section says that no activity figures were given.
 *
 * @category Report
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import type { ReportInput } from "buurtaanpak/report";
 * const input: ReportInput = {
 *   model: alblasserdam,
 *   evaluation: evaluate(alblasserdam, [], { period: "2024" }),
 *   activities: ["aantal-evenementen", "formeel-netwerk"],
 * };
 * input.activities?.length;
 * //=> 2
 */
export interface ReportInput {
  readonly model: Model;
  readonly evaluation: Evaluation | ProtectedEvaluation | ReportSeries;
  readonly activities?: readonly string[];
}

/**
 * How a report is written.
 *
 * - `language`: `nl` or `en`, for every text and number.
 * - `synthetic`: set when the data are made up; a banner with this text opens and closes the
 *   report, and the running header of every printed page says so.
 * - `protection`: the small-number policy of `protect` (defaults: counts below 5, surveys below
 *   30 respondents or 5 per answer). Protection is always applied, unless `unprotected`.
 * - `unprotected`: show every figure, under a "niet voor publicatie" banner on every page.
 * - `area`: the area the report is about; defaults to the model's gemeente.
 * - `dataSource`: where the observations came from, as the reader knows it.
 *
 * @category Report
 * @example
 * import type { ReportOptions } from "buurtaanpak/report";
 * const options: ReportOptions = { language: "nl", protection: { minimumCount: 10 } };
 * options.language;
 * //=> "nl"
 */
export interface ReportOptions {
  readonly language: Language;
  readonly synthetic?: Label;
  readonly protection?: ProtectionPolicy;
  readonly unprotected?: boolean;
  readonly area?: string;
  readonly dataSource?: string;
}
