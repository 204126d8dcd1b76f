import { describe, expect, it } from "vitest";
import { renderTable } from "../../../src/cli/render/table.js";
import { evaluate, parseObservations, protect } from "../../../src/index.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { areas, evaluationOf, flat, reportInput, smallInput } from "../fixtures.js";

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
      "2024: 52,4% (n=210) · 2023: 40,0% (n=200) · verandering +12,4 procentpunt",
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
    const input = { ...reportInput("nl"), evaluation: protect(evaluationOf({ period: "2024", asOf: "2024-07-01" })) };
    expect(renderTable(input)).toContain("tussenstand: gegevens t/m 30-06-2024");
  });

  it("does not change its input", () => {
    const input = reportInput("nl");
    const before = structuredClone(input.evaluation);
    renderTable(input);
    expect(input.evaluation).toEqual(before);
  });

  it("writes a ratio through the one number format, as its sentence does: 54/400 against 60/400 is 13,5% against 15,0% (-10,0%)", () => {
    const text = flat(renderTable(reportInput("nl")));
    expect(text).toContain("2024: 13,5% · 2023: 15,0% · verandering -10,0%");
    expect(text).toContain("13,5% in 2024 tegen 15,0% in 2023 (-10,0%)");
  });

  it("gives a percentage the decimals it needs to recompute its change: 5,05% against 4,75% is +6,3%, where 5,1% against 4,8% would read +6,25%", () => {
    // 5,055 moves out of 100,000 dwellings against 4,754: +6.33%.
    const observations = parseObservations(alblasserdam, [
      { indicator: "mutatiegraad", area: "GM0482", period: "2023", numerator: 4754, denominator: 100000 },
      { indicator: "mutatiegraad", area: "GM0482", period: "2024", numerator: 5055, denominator: 100000 },
    ]);
    const evaluation = protect(evaluate(alblasserdam, observations, { period: "2024" }));
    const text = flat(renderTable({ ...reportInput("nl"), evaluation, areas: alblasserdam.areas }));
    expect(text).toContain("2024: 5,05% · 2023: 4,75% · verandering +6,3%");
    expect(text).toContain("5,05% in 2024 tegen 4,75% in 2023 (+6,3%)");
  });

  it("withholds small numbers by default: a count below 5 reads '< 5', the cell that would give it away 'x', a survey of 20 'n < 30'", () => {
    const text = flat(renderTable(smallInput("nl")));
    // Zuid's 2 is withheld, and so is Oost, which with the gemeente's 102 and Noord's 60 would give it away.
    // In a line of rates, the small one is the count: "aantal < 5", not "fewer than 5 per 1,000".
    expect(text).toContain("Per 1.000 inwoners¹ (2024): Noord 60,0 per 1.000 · Zuid aantal < 5 · Oost x");
    // The gemeente's survey is Noord's 20 respondents: too few, in both years.
    expect(text).toContain("2024: n < 30 · 2023: n < 30 · doel significante toename");
    expect(text).not.toContain("60,0% (n=20)");
    // Zuid's 2 and 3, Oost's 40 and 30, and the survey's four figures: 8 cells, 2 of them (Oost) for the others.
    expect(text).toContain(
      'Afscherming: kleine aantallen afgeschermd (getoond als "< 5"): 8 cellen, waarvan 2 om andere te beschermen',
    );
  });

  it("shows a count per 1,000 inhabitants in the buurt comparison: 60 in a buurt of 1,000 reads 60,0 per 1.000; 2 of 15 unprotected 133,3", () => {
    const unprotected = flat(renderTable(smallInput("nl", true)));
    // 2 / 15 × 1,000 = 133.33; 40 / 500 × 1,000 = 80.
    expect(unprotected).toContain(
      "Per 1.000 inwoners¹ (2024): Noord 60,0 per 1.000 · Zuid 133,3 per 1.000 · Oost 80,0 per 1.000",
    );
    expect(flat(renderTable(smallInput("en", true)))).toContain(
      "Per 1,000 inhabitants¹ (2024): Noord 60.0 per 1,000 · Zuid 133.3 per 1,000 · Oost 80.0 per 1,000",
    );
  });

  it("compares a survey share per buurt as it is: Noord's 12 of 20 reads 'n < 30' (60,0% unprotected), Zuid and Oost without a survey '–'", () => {
    expect(flat(renderTable(smallInput("nl")))).toContain("Per buurt (2024): Noord n < 30 · Zuid – · Oost –");
    expect(flat(renderTable(smallInput("nl", true)))).toContain("Per buurt (2024): Noord 60,0% · Zuid – · Oost –");
    expect(flat(renderTable(smallInput("en", true)))).toContain(
      "By neighbourhood (2024): Noord 60.0% · Zuid – · Oost –",
    );
  });

  it("says whose inhabitants figures the rates divide by, in a footnote", () => {
    expect(flat(renderTable(smallInput("nl")))).toContain(
      "¹ Per 1.000 inwoners: het getoonde aantal van 2024 gedeeld door het aantal inwoners van het gebied, maal 1.000, zodat buurten van verschillende grootte te vergelijken zijn; een afgeschermd aantal geeft een afgeschermd cijfer. Inwoners: CBS, Kerncijfers wijken en buurten 2024, tabel 85984NED, per 01-01-2024.",
    );
  });

  it("shows no rates where the areas have no inhabitants figures", () => {
    const text = renderTable(reportInput("nl"));
    expect(text).not.toContain("inwoners¹");
    expect(text).toContain(
      'Afscherming: kleine aantallen afgeschermd (getoond als "< 5"); er was niets af te schermen',
    );
  });

  it("prints everything with --unprotected, under 'NIET VOOR PUBLICATIE / not for publication' at the top and the bottom", () => {
    const lines = renderTable(smallInput("en", true)).trimEnd().split("\n");
    expect(lines[1]).toBe("‼  NIET VOOR PUBLICATIE / not for publication");
    expect(lines.at(-2)).toBe("‼  NIET VOOR PUBLICATIE / not for publication");
    const text = flat(lines.join("\n"));
    expect(text).toContain("Protection: off (--unprotected): every figure is shown");
    expect(text).toContain("2024: 60.0% (n=20) · 2023: 60.0% (n=20)");
    expect(renderTable(smallInput("nl"))).not.toContain("NIET VOOR PUBLICATIE");
  });
});
