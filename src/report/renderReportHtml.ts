import { composeReport } from "./internal/compose.js";
import { writeHtml } from "./internal/html.js";
import { prepareEvaluations } from "./internal/prepare.js";
import type { ReportInput, ReportOptions } from "./ReportInput.js";

/**
 * Renders a PDCA report as one self-contained HTML file for a stuurgroep, a projectgroep or a
 * gemeenteraad, on screen or printed on A4:
 *
 * 1. a one-page summary: per goal the score, the change since the previous period and the
 *    factors per status;
 * 2. **Plan**: goals, sub-goals, factors with their targets, and the strategy lines with their
 *    roles and who acts ("door");
 * 3. **Do**: the activity figures per buurt, where `activities` names them;
 * 4. **Check**: per factor its status and figures with the sentence, baseline against current per
 *    buurt (sorted, target drawn), the trend over the series, and notes on the data;
 * 5. **Act**: for each lagging goal the methods that serve it by the vision's links, their
 *    strategy line and who acts, and the coverage gaps as agenda items, marked as derived.
 *
 * Small-number protection (`protect`) is applied unless `unprotected` is set. The file has inline
 * CSS and SVG, no script and no external request; every text from the model, the areas or the
 * data is escaped, every number goes through the library's number format, and status is shown by
 * mark and word, never by colour alone. Pure: it runs in Node, Deno, Bun, browsers and workers.
 *
 * @param input - the model, its evaluation or series, and the activity indicators
 * @param options - the language, the synthetic banner, the protection policy
 * @returns the HTML document
 * @category Report
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import { renderReportHtml } from "buurtaanpak/report";
 * const observations = parseObservations(alblasserdam, [
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2023", value: 480 },
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 },
 * ]);
 * const html = renderReportHtml(
 *   { model: alblasserdam, evaluation: evaluate(alblasserdam, observations, { period: "2024" }) },
 *   { language: "nl" },
 * );
 * html.startsWith("<!doctype html>");
 * //=> true
 * html.includes("<script");
 * //=> false
 */
export function renderReportHtml(input: ReportInput, options: ReportOptions): string {
  return writeHtml(composeReport(input, prepareEvaluations(input, options), options));
}
