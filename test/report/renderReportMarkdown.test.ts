import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { evaluateSeries, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { renderReportHtml, renderReportMarkdown } from "../../src/report/index.js";
import { tableRows, textOf } from "./fixtures.js";

const observations = parseObservations(alblasserdam, [
  { indicator: "fixi-meldingen", area: "GM0482", period: "2023", value: 480 },
  { indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 },
  { indicator: "aantal-evenementen", area: "BU04820101", period: "2024", value: 12 },
  { indicator: "aantal-evenementen", area: "BU04820102", period: "2024", value: 0 },
]);
const series = evaluateSeries(alblasserdam, observations, ["2024"], { areas: alblasserdam.areas });
const input = { model: alblasserdam, evaluation: series, activities: ["aantal-evenementen", "geen-indicator"] };
const markdown = renderReportMarkdown(input, {
  language: "nl",
  synthetic: { nl: "Verzonnen cijfers.", en: "Made up." },
});
const rendered = new MarkdownIt().render(markdown);

describe("renderReportMarkdown", () => {
  it("opens with the title and the synthetic banner as a quote, and ends with it", () => {
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("# Buurtaanpak-rapportage: Visie Buurtaanpak Alblasserdam");
    expect(lines[2]).toBe("> **⚠ SYNTHETISCHE GEGEVENS: verzonnen cijfers ter demonstratie, géén echte cijfers**");
    expect(lines.at(-2)).toBe("> Verzonnen cijfers.");
    expect(markdown.endsWith("\n")).toBe(true);
  });

  it("has the sections in PDCA order as level-2 headings", () => {
    const headings = markdown.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Samenvatting",
      "## Plan: wat de visie beoogt",
      "## Do: wat er gedaan is",
      "## Check: waar de succesfactoren staan",
      "## Act: wat de koppelingen in de visie aanreiken",
    ]);
  });

  it("writes status by mark and word, and the factor's figures in a table", () => {
    expect(markdown).toContain("| **Fixi-meldingen** | ✔ gehaald | 530 | 480 | +10,4% | +10% (≥ 528) | 104,2% |");
  });

  it("puts a chart's figures in a table instead of the SVG", () => {
    expect(markdown).not.toContain("<svg");
    expect(markdown).toContain("**Reeks: Fixi-meldingen**");
  });

  it("fills Do with the activity indicators per buurt, a real 0 as 0 and a missing one as a dash, and names the unknown ones", () => {
    const text = textOf(rendered);
    expect(text).toContain("Geen resultaten voor: geen-indicator.");
    const html = renderReportHtml(input, { language: "nl" });
    const rows = tableRows(html.slice(html.indexOf('<section id="do"'), html.indexOf('<section id="check"')));
    expect(rows[0]).toEqual(["Gebied", "Evenementen en initiatieven"]);
    expect(rows).toContainEqual(["Cortgene", "12"]);
    expect(rows).toContainEqual(["Redersbuurt", "0"]);
    expect(rows).toContainEqual(["Oranjebuurt", "–"]);
    // Of the buurten with figures (Cortgene's 12 and Redersbuurt's 0), 1 above 0: the others have
    // no figure, which is no 0.
    expect(textOf(html)).toContain("Evenementen en initiatieven: in 1 van de 2 buurten met gegevens meer dan 0.");
  });

  it("says so when no activity figures are given", () => {
    const bare = renderReportMarkdown({ model: alblasserdam, evaluation: series }, { language: "en" });
    expect(bare).toContain("No activity figures were given.");
  });

  it("renders to HTML with the report's own headings and tables only", () => {
    expect(rendered).not.toMatch(/<script|<img|<svg/);
    expect(rendered.match(/<h2>/g)).toHaveLength(5);
    expect(rendered.match(/<table>/g)?.length).toBeGreaterThan(20);
  });
});

describe("renderReportMarkdown: Do over protected and missing figures", () => {
  it("counts a count withheld as small as more than 0, one withheld for another as unknown, and no figures as none", () => {
    // Kinderdijk has 6 buurten; 3 have figures: Groene Long 2 (withheld, 1 to 4: more than 0),
    // Rivierenbuurt 30, Nieuw Kinderdijk 40. The wijk's 72 minus the shown 30 and 40 would give
    // Groene Long's 2 away, so Rivierenbuurt's 30, the smallest shown, is withheld too ("x":
    // could be anything). Dijk, Vogelbuurt and Waterland have no figure, which is no 0.
    const rows = parseObservations(alblasserdam, [
      { indicator: "aantal-evenementen", area: "BU04820204", period: "2024", value: 2 },
      { indicator: "aantal-evenementen", area: "BU04820205", period: "2024", value: 30 },
      { indicator: "aantal-evenementen", area: "BU04820206", period: "2024", value: 40 },
    ]);
    const kinderdijk = alblasserdam.areas.filter(
      (area) => area.kind === "gemeente" || area.id === "WK048202" || area.parent === "WK048202",
    );
    const evaluations = evaluateSeries(alblasserdam, rows, ["2024"], { areas: kinderdijk });
    const text = renderReportMarkdown(
      {
        model: alblasserdam,
        evaluation: evaluations,
        activities: ["aantal-evenementen", "formeel-netwerk"],
      },
      { language: "nl" },
    );
    // Groene Long and Nieuw Kinderdijk above 0, Rivierenbuurt unknown: 2 of the 3 with figures.
    expect(text).toContain(
      "Evenementen en initiatieven: in 2 van de 3 buurten met gegevens meer dan 0. Van 1 is het cijfer afgeschermd om andere te beschermen.",
    );
    // The gemeente's row is a header cell, bold once.
    expect(text).toContain("| **Alblasserdam** | 72 | – |");
    // New partners are counted for the gemeente only: no figure per buurt, which is not 0 buurten.
    expect(text).toMatch(/Nieuwe partners[^:\n]*: geen gegevens per buurt\./);
  });
});
