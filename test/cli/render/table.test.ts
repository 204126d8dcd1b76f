import { describe, expect, it } from "vitest";
import { renderTable } from "../../../src/cli/render/table.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { areas, evaluationOf, flat, reportInput } from "../fixtures.js";

describe("renderTable", () => {
  it("prints every gemeente-level explanation sentence of the evaluation, unchanged", () => {
    const input = reportInput("nl");
    const text = flat(renderTable(input));
    const sentences = input.evaluation.factors
      .filter((result) => result.area === "GM0482")
      .map((result) => result.explanation.nl);
    expect(sentences.length).toBeGreaterThan(3);
    for (const sentence of sentences) expect(text).toContain(flat(sentence));
  });

  it("prints every group title, each factor's status mark and a legend", () => {
    const text = flat(renderTable(reportInput("nl")));
    for (const group of alblasserdam.groups) expect(text).toContain(group.label.nl);
    expect(text).toContain("✔ Fixi app: Meer meldingen");
    expect(text).toContain("Legenda: ✔ gehaald");
  });

  it("shows the gemeente's figures: current, baseline, change and target", () => {
    expect(renderTable(reportInput("nl"))).toContain("2024: 530 · 2023: 480 · verandering +10,4% · doel +10% (≥ 528)");
    expect(renderTable(reportInput("en"))).toContain("2024: 530 · 2023: 480 · change +10.4% · target +10% (≥ 528)");
  });

  it("shows survey shares with their respondents and the change in percentage points", () => {
    expect(renderTable(reportInput("nl"))).toContain(
      "2024: 52,4% (n=210) · 2023: 40,0% (n=200) · verandering +12,4 %-punt",
    );
  });

  it("gives a line of marks per buurt, by name, shortening the words all names share", () => {
    expect(renderTable(reportInput("nl"))).toContain("Buurten (Testbuurt …): ✔ Noord  ✘ Zuid");
    const named = areas.map((area) =>
      area.kind === "buurt" ? { ...area, name: area.id === "test-noord" ? "Noordbuurt" : "Zuidhoek" } : area,
    );
    expect(renderTable(reportInput("nl", { areas: named }))).toContain("Buurten: ✔ Noordbuurt  ✘ Zuidhoek");
  });

  it("names the coverage gaps by their labels in the chosen language, not their ids", () => {
    const nl = renderTable(reportInput("nl"));
    const en = renderTable(reportInput("en"));
    expect(nl).toContain("- Meer klimaatadaptief & biodivers (onder: Een socialere omgeving & betrokken gemeenschap)");
    expect(en).toContain("Sub-goals without a success factor");
    expect(nl).not.toContain("- klimaatadaptief-biodivers");
  });

  it("writes all of its frame in English with --lang en, including the explanations", () => {
    const input = reportInput("en");
    const text = flat(renderTable(input));
    expect(text).toContain("Buurtaanpak report");
    expect(text).toContain("GOALS");
    for (const result of input.evaluation.factors.filter((other) => other.area === "GM0482"))
      expect(text).toContain(flat(result.explanation.en));
    expect(text).not.toContain("gehaald");
  });

  it("announces synthetic data before anything else, and again at the end", () => {
    const lines = renderTable(reportInput("nl", { synthetic: { nl: "Verzonnen.", en: "Made up." } }))
      .trimEnd()
      .split("\n");
    expect(lines[1]).toContain("SYNTHETISCHE GEGEVENS");
    expect(lines[1]).toContain("géén echte cijfers van Alblasserdam");
    expect(lines.at(-2)).toContain("synthetisch");
  });

  it("says nothing about synthetic data when the data are real", () => {
    expect(renderTable(reportInput("nl"))).not.toMatch(/synthetisch/i);
  });

  it("keeps lines within the width where the words allow", () => {
    for (const line of renderTable(reportInput("nl")).split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });

  it("marks a partial period as an interim report through its last day", () => {
    const input = { ...reportInput("nl"), evaluation: evaluationOf({ period: "2024", asOf: "2024-07-01" }) };
    expect(renderTable(input)).toContain("tussenstand: gegevens t/m 30-06-2024");
  });

  it("does not change its input", () => {
    const input = reportInput("nl");
    const before = structuredClone(input.evaluation);
    renderTable(input);
    expect(input.evaluation).toEqual(before);
  });
});
