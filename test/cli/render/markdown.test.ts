import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../../src/cli/escape/markdown.js";
import { renderMarkdown } from "../../../src/cli/render/markdown.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { reportInput, smallInput } from "../fixtures.js";

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

  it("withholds small numbers in the cells and adds a column per 1,000 inhabitants where the buurten have inhabitants", () => {
    const text = renderMarkdown(smallInput("nl"));
    expect(text).toContain(
      "| Factor | Gebied | Status | Nu (2024) | Nu per 1.000 inwoners¹ | Basis (2023) | Verandering | Doel | Toelichting |",
    );
    // 102 against 83 in the gemeente: +22,9%, target 83 × 1,1 = 91,3; the gemeente has no inhabitants figure.
    expect(text).toContain(
      "| Fixi app: Meer meldingen | Alblasserdam | ✔ gehaald | 102 | – | 83 | +22,9% | +10% (≥ 91,3) |",
    );
    // 60 against 50: +20,0%, target 55; 60 of 1,000 inhabitants.
    expect(text).toContain("|  | Testbuurt Noord | ✔ gehaald | 60 | 60,0 per 1.000 | 50 | +20,0% | +10% (≥ 55) |");
    // 2 against 3, both below 5; the status (-33%) stays.
    expect(text).toContain(
      "|  | Testbuurt Zuid | ✘ niet gehaald | < 5 | aantal < 5 | < 5 | – | +10% | Fixi-meldingen in Testbuurt Zuid: te weinig waarnemingen om te tonen (minder dan 5); doel +10% niet gehaald. |",
    );
    expect(text).toContain("|  | Testbuurt Oost | ✔ gehaald | x | x | x | – | +10% |");
    // A qualitative rule needs 30 respondents to judge at all: not judged, and not shown.
    expect(text).toContain("| Alblasserdam | ? niet te beoordelen | n < 30 | – | n < 30 | – | significante toename |");
    expect(text).toContain(
      "¹ Per 1.000 inwoners: het getoonde aantal van 2024 gedeeld door het aantal inwoners van het gebied",
    );
  });

  it("prints everything with --unprotected, under 'NIET VOOR PUBLICATIE / not for publication' at the top and the bottom", () => {
    const lines = renderMarkdown(smallInput("nl", true)).trimEnd().split("\n");
    expect(lines[2]).toBe("> **‼ NIET VOOR PUBLICATIE / not for publication**");
    expect(lines.at(-1)).toBe("> **‼ NIET VOOR PUBLICATIE / not for publication**");
    // 2 of 15 inhabitants: 133,3 per 1,000; 2 against 3 is -33,3%.
    expect(lines).toContain(
      "|  | Testbuurt Zuid | ✘ niet gehaald | 2 | 133,3 per 1.000 | 3 | -33,3% | +10% (≥ 3,3) | Fixi-meldingen in Testbuurt Zuid: 2 in 2024 tegen 3 in 2023 (-33,3%); doel +10% niet gehaald. |",
    );
    expect(lines).toContain("- **Afscherming:** uit (--unprotected): alle cijfers worden getoond");
  });
});
