import { marks } from "../../internal/statusMarks.js";
import type { Block, Cell, Inline, ReportDocument, Table } from "./document.js";
import { escapeMarkdown as md } from "./escapeMarkdown.js";

/**
 * Writes a run of inline content; every text is escaped. Links become their text: GitHub makes
 * its own heading anchors. `atLineStart` says whether the run starts a line of the Markdown
 * source (a paragraph, a list item), where a leading `-`, `+` or `1.` would start a list.
 */
function inline(content: readonly Inline[], atLineStart = false): string {
  return content.map((part, index) => inlineOne(part, atLineStart && index === 0)).join("");
}

function inlineOne(part: Inline, atLineStart: boolean): string {
  if (typeof part === "string") return md(part, atLineStart);
  switch (part.kind) {
    case "strong":
      return `**${inline(part.content)}**`;
    case "emphasis":
      return `_${inline(part.content)}_`;
    case "status":
      return `${marks[part.status]} ${md(part.text, false)}`;
    case "link":
      return inline(part.content, atLineStart);
    case "interpreted":
      return ` _(${md(part.text, false)})_`;
    case "withheld":
      return md(part.text, atLineStart);
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function cellText(value: Cell): string {
  const text = inline(value.content);
  return text === "" ? " " : value.header === true ? `**${text}**` : text;
}

function table(value: Table): string[] {
  return [
    `**${md(value.caption, false)}**`,
    "",
    row(value.head.map((item) => inline(item.content))),
    row(value.head.map((item) => (item.numeric === true ? "---:" : "---"))),
    ...value.rows.map((cells) => row(cells.map(cellText))),
  ];
}

function block(value: Block): string[] {
  switch (value.kind) {
    case "heading":
      return [`${"#".repeat(value.level)} ${inline(value.content)}`];
    case "paragraph":
      return [inline(value.content, true)];
    case "list":
      return value.items.map((item) => `- ${inline(item, true)}`);
    case "facts":
      return value.items.map((item) => `- **${md(item.label, false)}:** ${inline(item.value)}`);
    case "table":
      return table(value);
    case "chart":
      // Markdown has no safe place for inline SVG: the chart's figures stand in for it.
      return value.chart.table === undefined ? [`**${md(value.chart.title, false)}**`] : table(value.chart.table);
    case "note":
      return joined(value.blocks.map(block)).map((line) => (line === "" ? ">" : `> ${line}`));
    case "section":
      return joined(value.blocks.map(block));
  }
}

/** Blocks separated by an empty line. */
function joined(blocks: readonly (readonly string[])[]): string[] {
  return blocks.flatMap((lines, index) => (index === 0 ? [...lines] : ["", ...lines]));
}

/**
 * Writes a report as GitHub-flavoured Markdown: headings, lists, tables, and quoted notes; each
 * chart as the table of its figures.
 *
 * @param report - the report
 * @returns the Markdown text, ending in a newline
 */
export function writeMarkdown(report: ReportDocument): string {
  const banners = report.banners.map((banner) => [`> **⚠ ${md(banner.title, false)}**`, ">", `> ${md(banner.text)}`]);
  const lines = joined([
    [`# ${md(report.title)}`],
    ...banners,
    ...report.header.map(block),
    ...report.sections.map(block),
    ["---"],
    ...report.footer.map(block),
    ...banners,
  ]);
  return `${lines.join("\n")}\n`;
}
