import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../../src/cli/escape/markdown.js";
import { renderMarkdown } from "../../../src/cli/render/markdown.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { reportInput } from "../fixtures.js";

describe("renderMarkdown", () => {
  it("has a heading and a table with the fixed columns per group", () => {
    const text = renderMarkdown(reportInput("nl"));
    for (const [index, group] of alblasserdam.groups.entries())
      expect(text).toContain(`## ${index + 1}. ${group.label.nl}`);
    expect(text).toContain(
      "| Factor | Gebied | Status | Nu (2024) | Basis (2023) | Verandering | Doel | Toelichting |",
    );
  });

  it("gives a row per factor and area, with every explanation of the evaluation", () => {
    const input = reportInput("nl");
    const text = renderMarkdown(input);
    for (const result of input.evaluation.factors) expect(text).toContain(escapeMarkdown(result.explanation.nl));
    expect(text).toContain(
      "| Fixi app: Meer meldingen | Alblasserdam | ✔ gehaald | 530 | 480 | +10,4% | +10% (≥ 528) |",
    );
    expect(text).toContain("|  | Testbuurt Noord | ✔ gehaald | 240 | 200 | +20,0% |");
  });

  it("puts each measure of a multi-measure factor on its own line in the cell", () => {
    expect(renderMarkdown(reportInput("en"))).toContain(
      "Newsletter subscribers: 1,200<br>Website visitors: –<br>Article clicks: –",
    );
  });

  it("escapes pipes inside cells so that the table stays intact", () => {
    const text = renderMarkdown(reportInput("nl", { dataSource: "a|b.csv" }));
    expect(text).toContain("a\\|b.csv");
  });

  it("lists goal roll-ups per area and the coverage gaps by label", () => {
    const text = renderMarkdown(reportInput("en"));
    expect(text).toContain("## Goals");
    expect(text).toMatch(/\| More tolerance and solidarity \| Alblasserdam \| \d+ \|/);
    expect(text).toContain("- More climate-adaptive and biodiverse");
  });

  it("states that synthetic data are synthetic, at the top", () => {
    const text = renderMarkdown(reportInput("en", { synthetic: { nl: "Verzonnen.", en: "Made up." } }));
    expect(text.split("\n")[2]).toContain("SYNTHETIC DATA");
  });
});
