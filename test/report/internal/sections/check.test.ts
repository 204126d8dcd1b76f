import { describe, expect, it } from "vitest";
import {
  evaluate,
  evaluateSeries,
  type Model,
  parseAreas,
  parseModel,
  parseObservations,
} from "../../../../src/index.js";
import { alblasserdam } from "../../../../src/presets/alblasserdam/index.js";
import { renderReportHtml, renderReportMarkdown } from "../../../../src/report/index.js";
import { sectionOf, tableRows, textOf } from "../../fixtures.js";

describe("the Check section of an interim report (2025 to date)", () => {
  // Fixi per quarter: 2023 100 each, 2024 110 each, 2025 130 in Q1 and Q2. As of 1 July 2025:
  // Jan–Jun 2025 (260) against Jan–Jun 2024 (220) is +18,2%, on track for +10%.
  const rows = ["2023", "2024", "2025"].flatMap((year, index) =>
    ["Q1", "Q2", "Q3", "Q4"].slice(0, year === "2025" ? 2 : 4).map((quarter) => ({
      indicator: "fixi-meldingen",
      area: "GM0482",
      period: `${year}-${quarter}`,
      value: [100, 110, 130][index] ?? 0,
    })),
  );
  const series = evaluateSeries(alblasserdam, parseObservations(alblasserdam, rows), ["2024", "2025"], {
    asOf: "2025-07-01",
  });
  const html = renderReportHtml({ model: alblasserdam, evaluation: series }, { language: "nl" });
  const block = html.slice(html.indexOf('id="factor-fixi-meldingen"'));

  it("says it is interim, through the last day of data", () => {
    expect(textOf(html)).toContain("2025, vergeleken met 2024 (tussenstand: gegevens t/m 30-06-2025)");
  });

  it("names the windows it compared, calendar-aligned", () => {
    expect(textOf(block)).toContain("Vergeleken: 01-01-2025 – 30-06-2025 tegen 01-01-2024 – 30-06-2024.");
  });

  it("shows the figures of the window and the status on track", () => {
    expect(tableRows(block)[1]).toEqual([
      "Fixi-meldingen",
      "op koers",
      "260",
      "220",
      "+18,2%",
      "+10% (≥ 242)",
      "181,8%",
    ]);
  });

  it("draws the trend from 2023, with the partial 2025 open and dashed", () => {
    expect(block).toMatch(
      /<desc id="chart-\d+-d">Lijn van de waarde per periode: 2023 400; 2024 440; 2025 t\/m 30-06-2025 260; doel 242\.<\/desc>/,
    );
    expect(block).toContain('class="m-p m-d"');
  });
});

describe("the trend over a series", () => {
  // Cortgene 50, 50, 60; Redersbuurt 40, 40 and nothing in 2024. 2023 against 2022 compares both
  // (90 against 90); 2024 against 2023 compares Cortgene alone, like for like (60 against 50).
  const areas = parseAreas([
    { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
    { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "GM0482" },
    { id: "BU04820102", kind: "buurt", name: "Redersbuurt", parent: "GM0482" },
  ]);
  const rows = [
    ...["2022", "2023", "2024"].map((period, year) => ({
      indicator: "fixi-meldingen",
      area: "BU04820101",
      period,
      value: [50, 50, 60][year] ?? 0,
    })),
    ...["2022", "2023"].map((period) => ({ indicator: "fixi-meldingen", area: "BU04820102", period, value: 40 })),
  ];
  const series = evaluateSeries(alblasserdam, parseObservations(alblasserdam, rows), ["2023", "2024"], { areas });
  const html = renderReportHtml({ model: alblasserdam, evaluation: series }, { language: "nl" });

  it("reads each period from one evaluation: 2023 as the baseline 2024 compares with, not 2023's own total", () => {
    // 2022 from 2023's baseline (90), 2023 from 2024's baseline (50), 2024 from its own current (60).
    // Showing 2023's total of 90 beside the like-for-like 50 would give Redersbuurt's 40 away.
    const block = html.slice(html.indexOf('id="factor-fixi-meldingen"'));
    expect(block).toMatch(
      /<desc id="chart-\d+-d">Lijn van de waarde per periode: 2022 90; 2023 50; 2024 60; doel 55\.<\/desc>/,
    );
    expect(textOf(block)).toContain("Gelijke set: de vergelijking telt 1 van de 2 buurten met gegevens");
  });
});

/** A model with a factor per rule kind that reads no baseline, one without a goal, and two buurten. */
function otherRules(): Model {
  const label = (text: string) => ({ nl: text, en: text });
  const factor = (id: string, rule: object) => ({
    id,
    what: label(`Wat ${id}`),
    objective: label(`Wat ${id}`),
    criterion: label(`Succesfactor ${id}`),
    measures: [{ indicator: id, rule, provenance: "stated" }],
    provenance: "stated",
  });
  return parseModel({
    id: "regels",
    gemeente: { code: "GM0482", name: "Alblasserdam" },
    title: label("Regels"),
    source: { title: "Regels" },
    values: [],
    themes: [],
    context: [],
    goals: [
      {
        id: "doel",
        label: label("Doel"),
        subgoals: [{ id: "sub", label: label("Sub"), provenance: "stated" }],
        provenance: "stated",
      },
    ],
    strategyLines: [],
    methods: [],
    indicators: [
      { id: "drempel", label: label("Drempel"), measure: "share", provenance: "stated" },
      { id: "gevolgd", label: label("Gevolgd"), measure: "count", provenance: "stated" },
      { id: "los", label: label("Los"), measure: "count", provenance: "stated" },
    ],
    groups: [
      {
        id: "groep",
        label: label("Groep"),
        subgoals: ["sub"],
        factors: [factor("drempel", { kind: "threshold", atLeast: 0.5 }), factor("gevolgd", { kind: "tracked" })],
        provenance: "stated",
      },
      {
        id: "zonder-doel",
        label: label("Zonder doel"),
        subgoals: [],
        factors: [factor("los", { kind: "increase" })],
        provenance: "stated",
      },
    ],
    areas: [
      { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
      { id: "WK048201", kind: "wijk", name: "Centrum", parent: "GM0482" },
      { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "WK048201" },
      { id: "BU04820102", kind: "buurt", name: "Redersbuurt", parent: "WK048201" },
    ],
  });
}

describe("the Check section with other rules", () => {
  const model = otherRules();
  const observations = parseObservations(model, [
    { indicator: "drempel", area: "BU04820101", period: "2024", respondents: 40, positive: 24 },
    { indicator: "drempel", area: "BU04820102", period: "2024", respondents: 60, positive: 26 },
    { indicator: "gevolgd", area: "BU04820101", period: "2023", value: 30 },
    { indicator: "gevolgd", area: "BU04820101", period: "2024", value: 36 },
    { indicator: "los", area: "GM0482", period: "2024", value: 7 },
  ]);
  const evaluation = evaluate(model, observations, { period: "2024" });
  const html = renderReportHtml({ model, evaluation }, { language: "nl", unprotected: true });

  it("judges a threshold on the current value alone: 50 of 100 is 50,0%, at least 50,0% met", () => {
    const block = html.slice(html.indexOf('id="factor-drempel"'));
    expect(tableRows(block)[1]).toEqual(["Drempel", "gehaald", "50,0% (n=100)", "–", "–", "minstens 50,0%", "–"]);
    // Cortgene 24 of 40 = 60,0%; Redersbuurt 26 of 60 = 43,3%: Cortgene first.
    expect(block.indexOf(">Cortgene</text>")).toBeLessThan(block.indexOf(">Redersbuurt</text>"));
  });

  it("shows a tracked factor as monitored, without a target", () => {
    const block = html.slice(html.indexOf('id="factor-gevolgd"'));
    expect(tableRows(block)[1]).toEqual([
      "Gevolgd",
      "gevolgd, geen doel",
      "36",
      "30",
      "+20,0%",
      "geen doel (gevolgd)",
      "–",
    ]);
  });

  it("shows a factor that serves no goal in a part of its own", () => {
    expect(textOf(sectionOf(html, "check-other"))).toContain("Succesfactoren zonder doel Wat los");
  });

  it("reports on a wijk when asked, breaking it down into its buurten", () => {
    const wijk = renderReportHtml({ model, evaluation }, { language: "en", area: "WK048201", unprotected: true });
    expect(textOf(wijk)).toContain("Area Centrum");
    expect(wijk).toContain(">Redersbuurt</th>");
  });
});

describe("a report without any result", () => {
  const model = otherRules();
  const bare = parseModel({ ...JSON.parse(JSON.stringify(model)), areas: [] });
  const evaluation = evaluate(bare, [], { period: "2024" });

  it("still has every section, and says there are no data", () => {
    for (const render of [renderReportHtml, renderReportMarkdown]) {
      const text = render({ model: bare, evaluation, activities: ["los"] }, { language: "nl" });
      expect(text).toContain("Samenvatting");
      expect(text).toContain("Er zijn geen activiteitencijfers aangeleverd.");
    }
  });
});

describe("the Check section at its edges", () => {
  const factorBlock = (html: string) => {
    const start = html.indexOf('id="factor-fixi-meldingen"');
    return html.slice(start, html.indexOf('id="factor-', start + 1));
  };

  it("leads the trend with the first baseline withheld, as '< 5', where the gemeente had 3 meldingen", () => {
    // 2022: 3, under the default minimum of 5, so protect withholds it; 2023: 100.
    const observations = parseObservations(alblasserdam, [
      { indicator: "fixi-meldingen", area: "GM0482", period: "2022", value: 3 },
      { indicator: "fixi-meldingen", area: "GM0482", period: "2023", value: 100 },
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2023" });
    const block = factorBlock(renderReportHtml({ model: alblasserdam, evaluation }, { language: "nl" }));
    expect(block).toMatch(/<desc id="chart-\d+-d">Lijn van de waarde per periode: 2022 &lt; 5; 2023 100/);
    expect(tableRows(block).find((row) => row[0] === "2022")?.[1]).toBe("< 5");
  });

  it("names only the current window of an interim period that has no baseline data", () => {
    // Only 2025 Q1 and Q2, as of 1 July: the current window runs 1 January – 30 June, against nothing.
    const observations = parseObservations(alblasserdam, [
      { indicator: "fixi-meldingen", area: "GM0482", period: "2025-Q1", value: 130 },
      { indicator: "fixi-meldingen", area: "GM0482", period: "2025-Q2", value: 130 },
    ]);
    const evaluation = evaluate(alblasserdam, observations, { period: "2025", asOf: "2025-07-01" });
    const block = factorBlock(renderReportHtml({ model: alblasserdam, evaluation }, { language: "nl" }));
    expect(textOf(block)).toContain("Vergeleken: 01-01-2025 – 30-06-2025.");
  });

  it("names a measure by its indicator's id where a hand-built model lacks the indicator", () => {
    const evaluation = evaluate(alblasserdam, [], { period: "2024" });
    const model: Model = {
      ...alblasserdam,
      indicators: alblasserdam.indicators.filter((indicator) => indicator.id !== "fixi-meldingen"),
    };
    const block = factorBlock(renderReportHtml({ model, evaluation }, { language: "en" }));
    expect(tableRows(block)[1]?.[0]).toBe("fixi-meldingen");
  });

  it("leaves the baseline out of the trend where a hand-built series holds that period itself", () => {
    // 2024 (against 2023) first, then 2023: 2023 is a period of the series, so no baseline point leads.
    const observations = parseObservations(
      alblasserdam,
      ["2022", "2023", "2024"].map((period, index) => ({
        indicator: "fixi-meldingen",
        area: "GM0482",
        period,
        value: [400, 480, 530][index] ?? 0,
      })),
    );
    const evaluations = ["2024", "2023"].map((period) => evaluate(alblasserdam, observations, { period }));
    const html = renderReportHtml(
      { model: alblasserdam, evaluation: { periods: ["2024", "2023"], evaluations } },
      { language: "nl" },
    );
    // 2024 read from 2024's own current (530): 2023, which follows, does not compare with 2024.
    expect(factorBlock(html)).toMatch(/<desc id="chart-\d+-d">Lijn van de waarde per periode: 2024 530; 2023 480/);
  });
});
