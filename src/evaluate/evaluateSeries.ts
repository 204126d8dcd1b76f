import type { Model } from "../model/Model.js";
import type { Observations } from "../observations/Observations.js";
import type { Evaluation } from "./Evaluation.js";
import { type EvaluateOptions, evaluate } from "./evaluate.js";

/**
 * Options of {@link evaluateSeries}: those of `evaluate`, but for the periods.
 *
 * @category Evaluation
 * @example
 * const options: EvaluateSeriesOptions = { asOf: "2025-07-01" };
 */
export type EvaluateSeriesOptions = Omit<EvaluateOptions, "period" | "baseline">;

/**
 * Several periods of one model and one set of observations, each against the same period a
 * year earlier: the trend a report shows.
 *
 * @category Evaluation
 * @example
 * const series: EvaluationSeries = { periods: [], evaluations: [] };
 */
export interface EvaluationSeries {
  readonly periods: readonly string[];
  /** One evaluation per period, in the order given. */
  readonly evaluations: readonly Evaluation[];
}

/**
 * Evaluates a model for several periods in a row, such as 2023, 2024 and 2025 to date, each
 * against the same period a year earlier. asOf applies to all of them: the periods that ended
 * before it are complete, the one it falls in is partial (like for like, as `evaluate` does),
 * and a period that starts after it is an error. The observations are read once: their order
 * and indexes are shared by every period.
 *
 * @param model - a parsed model
 * @param observations - observations that {@link parseObservations} returned for the model
 * @param periods - the periods, oldest first, such as `["2023", "2024", "2025"]`
 * @param options - asOf, areas and unknownAreas, as for `evaluate`
 * @returns the periods and their evaluations
 * @throws {@link BuurtaanpakError} as `evaluate` does, for the first period that fails
 * @category Evaluation
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * const observations = parseObservations(alblasserdam, [
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2022", value: 400 },
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2023", value: 480 },
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 },
 * ]);
 * const series = evaluateSeries(alblasserdam, observations, ["2023", "2024"]);
 * series.evaluations.map((evaluation) => evaluation.statusOf("fixi-meldingen", "GM0482"));
 * //=> ["achieved", "achieved"]
 */
export function evaluateSeries(
  model: Model,
  observations: Observations | readonly [],
  periods: readonly string[],
  options: EvaluateSeriesOptions = {},
): EvaluationSeries {
  return {
    periods: [...periods],
    evaluations: periods.map((period) => evaluate(model, observations, { ...options, period })),
  };
}
