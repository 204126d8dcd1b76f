/**
 * buurtaanpak/report: the PDCA report of an evaluation, as one self-contained HTML file
 * ({@link renderReportHtml}) or as GitHub-flavoured Markdown ({@link renderReportMarkdown}).
 * Pure: no DOM, no I/O, so it runs in Node, Deno, Bun, browsers and workers. Its charts are SVG
 * drawn with d3-scale and d3-shape, which only this entry point loads.
 *
 * @packageDocumentation
 * @module buurtaanpak/report
 */

export type { ReportInput, ReportOptions, ReportSeries } from "./ReportInput.js";
export { renderReportHtml } from "./renderReportHtml.js";
export { renderReportMarkdown } from "./renderReportMarkdown.js";
export type { RenderReportsOptions } from "./renderReports.js";
export { renderReports } from "./renderReports.js";
