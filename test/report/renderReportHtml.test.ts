import { describe, expect, it } from "vitest";
import { evaluate, evaluateSeries, methodsFor, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { protect } from "../../src/protect/protect.js";
import { renderReportHtml } from "../../src/report/index.js";
import { sectionOf, tableRows, textOf } from "./fixtures.js";

// Fixi: 400 → 480 → 530; politie: 100 → 100 → 120, all for the gemeente. Both factors are in
// group 1, which serves "Beter onderhouden, schoner & veiliger" (goal "Een socialere omgeving")
// and "Vergroten meldingsbereidheid" (goal "Minder criminaliteit").
const rows = [
  { indicator: "fixi-meldingen", area: "GM0482", period: "2022", value: 400 },
  { indicator: "fixi-meldingen", area: "GM0482", period: "2023", value: 480 },
  { indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 },
  { indicator: "politie-meldingen", area: "GM0482", period: "2022", value: 100 },
  { indicator: "politie-meldingen", area: "GM0482", period: "2023", value: 100 },
  { indicator: "politie-meldingen", area: "GM0482", period: "2024", value: 120 },
];
const observations = parseObservations(alblasserdam, rows);
const series = evaluateSeries(alblasserdam, observations, ["2023", "2024"]);
const html = renderReportHtml({ model: alblasserdam, evaluation: series }, { language: "nl" });
const english = renderReportHtml({ model: alblasserdam, evaluation: series }, { language: "en" });

describe("renderReportHtml", () => {
  it("is one document with the landmarks, in PDCA order, with no script and a policy that forbids them", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(english).toContain('<html lang="en">');
    const order = [
      "<header>",
      "<nav ",
      '<main id="main">',
      '<section id="summary"',
      '<section id="plan"',
      '<section id="do"',
      '<section id="check"',
      '<section id="act"',
      "<footer>",
    ].map((mark) => html.indexOf(mark));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).not.toContain("<script");
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it("has a print stylesheet for A4 with the period in the running header and page breaks between goals", () => {
    expect(html).toContain("@page{size:A4;");
    expect(html).toMatch(/@top-left\{content:"Buurtaanpak-rapportage 2024 · Alblasserdam"/);
    expect(html).toContain(".pb{break-before:page}");
    for (const goal of alblasserdam.goals) expect(html).toContain(`<section id="check-${goal.id}" class="pb">`);
  });

  it("shows in the summary each goal's score, its change since 2023 and its factors per status", () => {
    const summary = tableRows(sectionOf(html, "summary"));
    expect(summary[0]).toEqual(["Doel", "Score", "Sinds 2023", "Succesfactoren per status"]);
    // Een socialere omgeving: 2023 fixi +20% achieved, politie 0% not: 1 of 2 = 50%; 2024 both met
    // (+10,4% and +20%): 100%, so +50,0 points. Tolerantie has no factor with data: no score.
    expect(summary).toContainEqual([
      "Een socialere omgeving & betrokken gemeenschap",
      "100,0%",
      "+50,0 procentpunt",
      expect.stringContaining("2 gehaald"),
    ]);
    expect(summary).toContainEqual([
      "Meer tolerantie & solidariteit",
      "geen score",
      "–",
      expect.stringContaining("geen gegevens"),
    ]);
  });

  it("shows per factor the status by mark and word, current, baseline, change, target and progress, and the sentence", () => {
    const block = html.slice(html.indexOf('id="factor-fixi-meldingen"'));
    const [head, fixi] = tableRows(block);
    expect(head).toEqual(["Meting", "Status", "Nu (2024)", "Basis (2023)", "Verandering", "Doel", "Voortgang"]);
    // 530 against 480: +10,4%; the target is 480 × 1,1 = 528; progress 0,104 ÷ 0,1 = 104,2%.
    expect(fixi).toEqual(["Fixi-meldingen", "gehaald", "530", "480", "+10,4%", "+10% (≥ 528)", "104,2%"]);
    expect(block).toContain('<span class="s sa">gehaald</span>');
    expect(textOf(block)).toContain(
      "Fixi-meldingen in Alblasserdam: 530 in 2024 tegen 480 in 2023 (+10,4%); doel +10% gehaald.",
    );
  });

  it("draws the trend over the series from the first baseline, each chart with its title and desc", () => {
    const block = html.slice(html.indexOf('id="factor-fixi-meldingen"'));
    expect(block).toContain("<title id=");
    expect(block).toMatch(
      /<desc id="chart-\d+-d">Lijn van de waarde per periode: 2022 400; 2023 480; 2024 530; doel 528\.<\/desc>/,
    );
  });

  it("says which window it compared, and in English with English numbers", () => {
    expect(textOf(html)).toContain("Vergeleken: 2024 tegen 2023.");
    const block = english.slice(english.indexOf('id="factor-fixi-meldingen"'));
    expect(tableRows(block)[1]).toEqual(["Fixi reports", "achieved", "530", "480", "+10.4%", "+10% (≥ 528)", "104.2%"]);
  });

  it("shows no data as a dash and 'geen gegevens', never as a zero", () => {
    const block = html.slice(html.indexOf('id="factor-trots-op-buurt"'));
    expect(tableRows(block)[1]).toEqual([
      "Trots op de buurt",
      "geen gegevens",
      "–",
      "–",
      "–",
      "significante toename",
      "–",
    ]);
  });

  it("lists in Act, for each lagging goal, the methods that serve it by the vision's links, marked as derived", () => {
    // 2024 has nothing unmet: no goal lags. 2023 alone (politie not achieved) makes two goals lag.
    expect(textOf(sectionOf(html, "act"))).toContain("Geen doel blijft achter in deze periode.");
    const earlier = renderReportHtml(
      { model: alblasserdam, evaluation: series.evaluations[0] ?? series },
      { language: "nl" },
    );
    for (const goal of ["socialere-omgeving", "criminaliteit-overlast"]) {
      const section = sectionOf(earlier, `act-${goal}`);
      const methods = tableRows(section)
        .slice(1)
        .map((row) => row[0]);
      expect(methods).toEqual(methodsFor(alblasserdam, goal).map((method) => method.label.nl));
      expect(section).toContain("(afgeleid uit de koppelingen in de visie)");
    }
    expect(sectionOf(earlier, "act-tolerantie-solidariteit")).toBe("");
  });

  it("lists the coverage gaps as items for the agenda", () => {
    const agenda = textOf(sectionOf(html, "act-agenda"));
    expect(agenda).toContain(
      "Minder dealen (Minder criminaliteit & escalatie overlast): geen succesfactor. Afspreken hoe dit gemeten wordt.",
    );
    expect(agenda).toContain("Minder dealen (Minder criminaliteit & escalatie overlast): geen methode.");
  });

  it("shows in Plan the strategy lines with their role and who acts, marking the interpreted ones", () => {
    const rows = tableRows(sectionOf(html, "plan"));
    expect(rows).toContainEqual([
      "Kennisdeling, inzicht en overzicht",
      expect.stringContaining("BESTURING & MONITORING"),
      "EIGENAAR interpretatie",
      "Stuur- en projectgroep interpretatie",
      "Kennis en geleerde lessen; Plan-do-check-act",
      "–",
    ]);
  });

  it("does not change its input, and gives the same text for the same input", () => {
    const before = JSON.stringify(series.evaluations.map((evaluation) => evaluation.factors));
    expect(renderReportHtml({ model: alblasserdam, evaluation: series }, { language: "nl" })).toBe(html);
    expect(JSON.stringify(series.evaluations.map((evaluation) => evaluation.factors))).toBe(before);
  });
});

describe("renderReportHtml and small numbers", () => {
  // Groene Long: 3 then 2 meldingen; its siblings in Kinderdijk have 40/45 and 60/70 (as in protect's example).
  const small = parseObservations(alblasserdam, [
    { indicator: "fixi-meldingen", area: "BU04820204", period: "2023", value: 3 },
    { indicator: "fixi-meldingen", area: "BU04820204", period: "2024", value: 2 },
    { indicator: "fixi-meldingen", area: "BU04820205", period: "2023", value: 40 },
    { indicator: "fixi-meldingen", area: "BU04820205", period: "2024", value: 45 },
    { indicator: "fixi-meldingen", area: "BU04820206", period: "2023", value: 60 },
    { indicator: "fixi-meldingen", area: "BU04820206", period: "2024", value: 70 },
  ]);
  const evaluation = evaluate(alblasserdam, small, { period: "2024" });

  it("protects by default: Groene Long's 2 and 3 read '< 5', its sibling 'x', and the header says how many were withheld", () => {
    const report = renderReportHtml({ model: alblasserdam, evaluation }, { language: "nl" });
    const figures = tableRows(report.slice(report.indexOf("Cijfers per gebied: Fixi-meldingen")));
    expect(figures).toContainEqual(["Groene Long", "niet gehaald", "< 5", "< 5", "< 5"]);
    expect(figures).toContainEqual(["Rivierenbuurt", "gehaald", "x", "x", "x"]);
    expect(figures).toContainEqual(["Nieuw Kinderdijk", "gehaald", "70", "60", "+16,7%"]);
    expect(textOf(report)).toContain(
      'kleine aantallen afgeschermd (getoond als "< 5"): 4 cellen, waarvan 2 om andere te beschermen',
    );
    expect(report).not.toContain("NIET VOOR PUBLICATIE");
  });

  it("shows a protected evaluation as it is, with its own policy", () => {
    const protectedEvaluation = protect(evaluation, { minimumCount: 50 });
    const report = renderReportHtml({ model: alblasserdam, evaluation: protectedEvaluation }, { language: "nl" });
    expect(textOf(report)).toContain('getoond als "< 50"');
  });

  it("shows every figure when unprotected, under a 'niet voor publicatie' banner at the top, the bottom and on every printed page", () => {
    const report = renderReportHtml({ model: alblasserdam, evaluation }, { language: "nl", unprotected: true });
    const figures = tableRows(report.slice(report.indexOf("Cijfers per gebied: Fixi-meldingen")));
    expect(figures).toContainEqual(["Groene Long", "niet gehaald", "2", "3", "-33,3%"]);
    expect(report.match(/<div class="banner banner-unprotected" role="note">NIET VOOR PUBLICATIE/g)).toHaveLength(2);
    expect(report).toMatch(/@top-left\{content:"[^"]*NIET VOOR PUBLICATIE"/);
  });

  it("says on every printed page, at the top and at the bottom that synthetic data are synthetic", () => {
    const report = renderReportHtml(
      { model: alblasserdam, evaluation },
      { language: "en", synthetic: { nl: "Verzonnen.", en: "Made up." } },
    );
    expect(report.match(/banner-synthetic" role="note">SYNTHETIC DATA/g)).toHaveLength(2);
    expect(report).toMatch(/@top-left\{content:"[^"]*SYNTHETIC"/);
    expect(textOf(report)).toContain("Note: all figures in this report are synthetic (made up), not real.");
  });
});
