import { composeReport } from "./internal/compose.js";
import { writeMarkdown } from "./internal/markdown.js";
import { prepareEvaluations } from "./internal/prepare.js";
import type { ReportInput, ReportOptions } from "./ReportInput.js";

/**
 * Renders the same PDCA report as {@link renderReportHtml} as GitHub-flavoured Markdown, for a
 * wiki or a repository: the same sections and figures, each chart replaced by the table of its
 * figures. Every text from the model, the areas or the data is escaped, so that a `#`, a `|` or
 * a `<script>` in a name reads as text.
 *
 * @param input - the model, its evaluation or series, and the activity indicators
 * @param options - the language, the synthetic banner, the protection policy
 * @returns the Markdown text, ending in a newline
 * @category Report
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import { renderReportMarkdown } from "buurtaanpak/report";
 * const markdown = renderReportMarkdown(
 *   { model: alblasserdam, evaluation: evaluate(alblasserdam, [], { period: "2024" }) },
 *   { language: "en" },
 * );
 * markdown.split("\n")[0];
 * //=> "# Buurtaanpak report: Alblasserdam Neighbourhood Approach vision"
 */
export function renderReportMarkdown(input: ReportInput, options: ReportOptions): string {
  return writeMarkdown(composeReport(input, prepareEvaluations(input, options), options));
}
