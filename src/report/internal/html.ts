import type { Status } from "../../evaluate/Evaluation.js";
import { marks, statusOrder } from "../../internal/statusMarks.js";
import type { Block, Cell, Inline, ReportDocument, Table } from "./document.js";
import { cssString } from "./escapeCss.js";
import { escapeHtml as h } from "./escapeHtml.js";
import { palette, statusColours } from "./palette.js";

/** The short class of each status's mark. */
const statusClass = {
  achieved: "sa",
  "not-achieved": "sn",
  "on-track": "so",
  behind: "sb",
  monitored: "sm",
  "no-data": "sd",
  "not-evaluable": "se",
} as const satisfies Record<Status, string>;

/** Writes a run of inline content; every text is escaped. */
function inline(content: readonly Inline[]): string {
  return content.map(inlineOne).join("");
}

function inlineOne(part: Inline): string {
  if (typeof part === "string") return h(part);
  switch (part.kind) {
    case "strong":
      return `<strong>${inline(part.content)}</strong>`;
    case "emphasis":
      return `<em>${inline(part.content)}</em>`;
    case "status":
      // The mark comes from the stylesheet (one rule per status), which keeps a report of 30
      // factors in 30 buurten small; assistive technology reads the word.
      return `<span class="s ${statusClass[part.status]}">${h(part.text)}</span>`;
    case "link":
      return `<a href="#${h(part.target)}">${inline(part.content)}</a>`;
    case "interpreted":
      return `<span class="ip">${h(part.text)}</span>`;
    case "withheld":
      return `<span class="wh">${h(part.text)}</span>`;
  }
}

function cell(value: Cell, tag: "td" | "th", aligned: boolean): string {
  const scope = tag === "th" ? ` scope="${value.header === true ? "row" : "col"}"` : "";
  const className = value.numeric === true && !aligned ? ' class="n"' : "";
  return `<${tag}${scope}${className}>${inline(value.content)}</${tag}>`;
}

/** The columns (1-based) that the stylesheet right-aligns by class: at most this many. */
const alignedColumns = 8;

function table(value: Table): string {
  // A numeric column is right-aligned by a class on the table ("r3" for the third column), not
  // by a class on each of its cells: a report's tables have thousands of numeric cells.
  const numeric = new Set(
    value.head.flatMap((item, index) => (item.numeric === true && index < alignedColumns ? [index] : [])),
  );
  const classes = [...numeric].map((index) => `r${index + 1}`).join(" ");
  const aligned = (index: number) => numeric.has(index);
  const head = `<thead><tr>${value.head.map((item, index) => cell(item, "th", aligned(index))).join("")}</tr></thead>`;
  const body = value.rows
    .map(
      (row) =>
        `<tr>${row.map((item, index) => cell(item, item.header === true ? "th" : "td", aligned(index) && item.numeric === true)).join("")}</tr>`,
    )
    .join("");
  // A wide table scrolls on its own on a phone; the region can take focus, so that a keyboard can scroll it.
  const grid = `<div class="tw" role="region" aria-label="${h(value.caption)}" tabindex="0"><table${classes === "" ? "" : ` class="${classes}"`}><caption>${h(value.caption)}</caption>${head}<tbody>${body}</tbody></table></div>`;
  return value.folded === true ? `<details><summary>${h(value.caption)}</summary>${grid}</details>` : grid;
}

function block(value: Block): string {
  switch (value.kind) {
    case "heading":
      return `<h${value.level}${value.id === undefined ? "" : ` id="${h(value.id)}"`}>${inline(value.content)}</h${value.level}>`;
    case "paragraph":
      return `<p>${inline(value.content)}</p>`;
    case "list":
      return `<ul>${value.items.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`;
    case "facts":
      return `<dl class="facts">${value.items.map((item) => `<div><dt>${h(item.label)}</dt><dd>${inline(item.value)}</dd></div>`).join("")}</dl>`;
    case "table":
      return table(value);
    case "chart":
      // On a phone the chart keeps a readable size and scrolls sideways, rather than shrinking
      // its text to a few pixels; the region can take focus, so that a keyboard can scroll it.
      return `<figure><div class="cw" role="region" aria-label="${h(value.chart.title)}" tabindex="0">${value.chart.svg}</div><figcaption>${h(value.chart.title)}</figcaption>${value.chart.table === undefined ? "" : table({ ...value.chart.table, folded: true })}</figure>`;
    case "note":
      return `<div class="note note-${value.tone}" role="note">${value.blocks.map(block).join("")}</div>`;
    case "section":
      return `<section id="${h(value.id)}"${value.pageBreak === true ? ' class="pb"' : ""}>${value.blocks.map(block).join("")}</section>`;
  }
}

/** The stylesheet: screen from 320 px up, and A4 print with a running header and page numbers. */
function style(runningHeader: string): string {
  const status = statusOrder
    .map(
      (name) =>
        `.${statusClass[name]}::before{content:${cssString(`${marks[name]}\u00a0`)};color:${statusColours[name]};font-weight:700}`,
    )
    .join("");
  return [
    `:root{color-scheme:light}`,
    `*{box-sizing:border-box}`,
    `body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:${palette.text};background:${palette.background}}`,
    `header,nav,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}`,
    `h1{font-size:1.75rem;line-height:1.2;margin:1.5rem 0 .5rem}h2{font-size:1.4rem;margin:2.5rem 0 .5rem;border-bottom:2px solid ${palette.rule}}h3{font-size:1.15rem;margin:2rem 0 .5rem}h4{font-size:1rem;margin:1.5rem 0 .25rem}`,
    `a{color:${palette.current}}`,
    `.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}`,
    `.banner{margin:1rem 0;padding:.75rem 1rem;border:2px solid ${palette.text};font-weight:600}.banner p{margin:.25rem 0;font-weight:400}`,
    `.banner-synthetic{background:${palette.synthetic}}.banner-unprotected{background:${palette.unprotected}}`,
    `.facts{display:grid;grid-template-columns:1fr;gap:.25rem 2rem;margin:1rem 0}.facts dt{display:inline;font-weight:600;margin-right:.5rem}.facts dd{display:inline;margin:0}`,
    `nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0}`,
    `.tw{overflow-x:auto;margin:.5rem 0 1rem}table{border-collapse:collapse;font-size:.875rem;min-width:100%}caption{text-align:left;font-weight:600;padding:.25rem 0}`,
    `th,td{border-bottom:1px solid #c8c8c8;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th{border-bottom:2px solid ${palette.rule}}.n{text-align:right;white-space:nowrap}`,
    `${Array.from({ length: alignedColumns }, (_, index) => `.r${index + 1} :is(td,th):nth-child(${index + 1})`).join(",")}{text-align:right}`,
    // Figures stay on one line; headers may wrap, so that a table of seven columns fits a desktop.
    `${Array.from({ length: alignedColumns }, (_, index) => `.r${index + 1} td:nth-child(${index + 1})`).join(",")}{white-space:nowrap}`,
    `.s{white-space:nowrap}${status}`,
    `.ip{font-size:.75rem;border:1px solid ${palette.muted};border-radius:.25rem;padding:0 .25rem;margin-left:.25rem;color:${palette.muted};white-space:nowrap}`,
    `.wh{font-style:italic}`,
    `.note{border-left:4px solid ${palette.rule};background:${palette.panel};padding:.5rem 1rem;margin:1rem 0}.note p{margin:.25rem 0}.note-derived{border-left-color:${palette.target}}`,
    `figure{margin:1rem 0}figcaption{font-size:.875rem;color:${palette.muted}}`,
    `.cw{overflow-x:auto}svg.chart{display:block;width:100%;min-width:30rem;max-width:560px;height:auto;font:11px system-ui,Arial,sans-serif}`,
    `.t-s{fill:${palette.muted};font-size:10px}.t-l{fill:${palette.text}}.g{stroke:#d9d9d9;stroke-width:1}`,
    `.m-b{fill:#fff;stroke:${palette.baseline};stroke-width:1.5}.m-c{fill:${palette.current}}.m-l{stroke:#8c8c8c;stroke-width:1.5}.m-t{stroke:${palette.target};stroke-width:2}`,
    `.d-c{stroke-linecap:round;fill:none;stroke:${palette.current};stroke-width:9}.d-r{fill:none;stroke:${palette.baseline};stroke-width:1.5}`,
    `.m-p{fill:none;stroke:${palette.current};stroke-width:2}.m-d{stroke-dasharray:4 3}.m-bar{fill:${palette.current}}`,
    `details summary{cursor:pointer;font-size:.875rem;color:${palette.muted}}`,
    `footer{margin-top:3rem;padding-bottom:2rem;border-top:2px solid ${palette.rule};font-size:.875rem}`,
    `@media (min-width:40rem){.facts{grid-template-columns:1fr 1fr}}`,
    `@page{size:A4;margin:20mm 15mm 18mm;@top-left{content:${cssString(runningHeader)};font:8pt system-ui,Arial,sans-serif;color:#333}@bottom-right{content:counter(page) " / " counter(pages);font:8pt system-ui,Arial,sans-serif;color:#333}}`,
    `@media print{body{font-size:10pt}nav,.skip{display:none}header,main,footer{max-width:none;padding:0}.pb{break-before:page}h2,h3,h4{break-after:avoid}figure,tr,.note{break-inside:avoid}.tw,.cw{overflow:visible}svg.chart{min-width:0}details{display:none}a{color:inherit;text-decoration:none}}`,
  ].join("\n");
}

/**
 * Writes a report as one self-contained HTML document: inline CSS and SVG, no script, no font or
 * request beyond the file; a Content-Security-Policy that forbids scripts and every fetch, as a
 * second wall behind the escaping.
 *
 * @param report - the report
 * @returns the HTML text
 */
export function writeHtml(report: ReportDocument): string {
  const banners = report.banners
    .map(
      (banner) =>
        `<div class="banner banner-${banner.tone}" role="note">${h(banner.title)}<p>${h(banner.text)}</p></div>`,
    )
    .join("");
  const navigation = `<nav aria-label="${h(report.navigationLabel)}"><ul>${report.navigation.map((item) => `<li><a href="#${h(item.target)}">${h(item.content)}</a></li>`).join("")}</ul></nav>`;
  return [
    "<!doctype html>",
    `<html lang="${report.language}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(report.title)}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>\n${style(report.runningHeader)}\n</style>`,
    "</head>",
    "<body>",
    `<a class="skip" href="#main">${h(report.skipLabel)}</a>`,
    `<header>${banners}<h1>${h(report.title)}</h1>${report.header.map(block).join("")}</header>`,
    navigation,
    `<main id="main">${report.sections.map(block).join("\n")}</main>`,
    `<footer>${report.footer.map(block).join("")}${banners}</footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
