import { composeReport } from "./internal/compose.js";
import { writeHtml } from "./internal/html.js";
import { writeMarkdown } from "./internal/markdown.js";
import { partition } from "./internal/partition.js";
import { prepareEvaluations } from "./internal/prepare.js";
import type { ReportInput, ReportOptions } from "./ReportInput.js";

/**
 * Options of {@link renderReports}: those of a report, the format, and the areas to report on.
 *
 * @category Report
 * @example
 * import type { RenderReportsOptions } from "buurtaanpak/report";
 * const options: RenderReportsOptions = { language: "nl", format: "html", areas: ["GM0482", "GM0505"] };
 * options.areas.length;
 * //=> 2
 */
export interface RenderReportsOptions extends Omit<ReportOptions, "area"> {
  readonly format: "html" | "md";
  /** One report per area, in this order: every gemeente of a national evaluation, or the wijken of one. */
  readonly areas: readonly string[];
}

/**
 * Writes one report per area from one evaluation (or series), such as a report for every
 * gemeente of a national data set. Each report is the one {@link renderReportHtml} (or
 * {@link renderReportMarkdown}) writes with that `area`, but the evaluation is protected once
 * and split into the areas' subtrees in one pass, so that each report costs about what a
 * report of one gemeente costs. The reports come one at a time, as the caller asks for them.
 *
 * @param input - the model, its evaluation or series, and the activity indicators
 * @param options - the report's options, the format and the areas
 * @returns the reports, each with its area, in the order of `options.areas`
 * @category Report
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import { renderReports } from "buurtaanpak/report";
 * const evaluation = evaluate(alblasserdam, [], { period: "2024" });
 * const reports = [...renderReports({ model: alblasserdam, evaluation }, { language: "en", format: "md", areas: ["WK048201", "WK048204"] })];
 * reports.map((report) => report.area);
 * //=> ["WK048201", "WK048204"]
 */
export function* renderReports(
  input: ReportInput,
  options: RenderReportsOptions,
): Generator<{ readonly area: string; readonly text: string }, void, undefined> {
  const { format, areas, ...reportOptions } = options;
  const prepared = prepareEvaluations(input, reportOptions);
  // Each area gets one evaluation per period of the series; the last is the report's period.
  const earlier = prepared.evaluations.slice(0, -1).map((evaluation) => partition(evaluation, areas));
  const lastPart = partition(prepared.last, areas);
  const write = format === "html" ? writeHtml : writeMarkdown;
  for (const area of areas) {
    const last = lastPart(area);
    const evaluations = [...earlier.map((part) => part(area)), last];
    yield { area, text: write(composeReport(input, { evaluations, last }, { ...reportOptions, area })) };
  }
}
