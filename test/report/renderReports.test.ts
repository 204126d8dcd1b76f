import { describe, expect, it } from "vitest";
import { evaluateSeries, parseAreas, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { renderReportHtml, renderReportMarkdown, renderReports } from "../../src/report/index.js";

// Two gemeenten, each with a wijk and a buurt; Fixi 100 → 120 in one, 200 → 190 in the other.
const areas = parseAreas([
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048201", kind: "wijk", name: "Centrum", parent: "GM0482" },
  { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "WK048201" },
  { id: "GM0505", kind: "gemeente", name: "Dordrecht" },
  { id: "WK050501", kind: "wijk", name: "Binnenstad", parent: "GM0505" },
  { id: "BU05050101", kind: "buurt", name: "Statenkwartier", parent: "WK050501" },
]);
const observations = parseObservations(alblasserdam, [
  { indicator: "fixi-meldingen", area: "BU04820101", period: "2023", value: 100 },
  { indicator: "fixi-meldingen", area: "BU04820101", period: "2024", value: 120 },
  { indicator: "fixi-meldingen", area: "BU05050101", period: "2023", value: 200 },
  { indicator: "fixi-meldingen", area: "BU05050101", period: "2024", value: 190 },
]);
const series = evaluateSeries(alblasserdam, observations, ["2023", "2024"], { areas });
const input = { model: alblasserdam, evaluation: series };

describe("renderReports", () => {
  it("writes one report per area, in the order given, each the report renderReportHtml writes for that area", () => {
    const reports = [...renderReports(input, { language: "nl", format: "html", areas: ["GM0505", "GM0482"] })];
    expect(reports.map((report) => report.area)).toEqual(["GM0505", "GM0482"]);
    expect(reports[0]?.text).toBe(renderReportHtml(input, { language: "nl", area: "GM0505" }));
    expect(reports[1]?.text).toBe(renderReportHtml(input, { language: "nl", area: "GM0482" }));
  });

  it("keeps each report to its own area: Dordrecht's names no buurt of Alblasserdam", () => {
    const [dordrecht] = renderReports(input, { language: "en", format: "md", areas: ["GM0505"] });
    expect(dordrecht?.text).toBe(renderReportMarkdown(input, { language: "en", area: "GM0505" }));
    expect(dordrecht?.text).toContain("Statenkwartier");
    expect(dordrecht?.text).not.toContain("Cortgene");
    // 190 against 200: -5,0%, where +10% was asked.
    expect(dordrecht?.text).toContain("| **Fixi reports** | ✘ not achieved | 190 | 200 | -5.0% | +10% (≥ 220) |");
  });

  it("writes a report for an area the hierarchy does not have, with no data in it", () => {
    const [unknown] = renderReports(input, { language: "nl", format: "md", areas: ["GM9999"] });
    expect(unknown?.text).toContain("| **Fixi-meldingen** | – geen gegevens | – | – | – |");
  });

  it("writes nothing until asked, and nothing for no areas", () => {
    expect([...renderReports(input, { language: "nl", format: "html", areas: [] })]).toEqual([]);
  });

  it("refuses a series without evaluations", () => {
    expect(() => [
      ...renderReports(
        { model: alblasserdam, evaluation: { periods: [], evaluations: [] } },
        { language: "nl", format: "html", areas: ["GM0482"] },
      ),
    ]).toThrow("a report needs at least one evaluation");
  });
});
