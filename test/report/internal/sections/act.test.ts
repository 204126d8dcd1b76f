import { describe, expect, it } from "vitest";
import { evaluate, type Model, parseModel, parseObservations } from "../../../../src/index.js";
import { renderReportHtml } from "../../../../src/report/index.js";
import { sectionOf, tableRows, textOf } from "../../fixtures.js";

const label = (text: string) => ({ nl: text, en: `${text} (en)` });

/**
 * Goal "a" lags in both sub-goals: "a1" is served by a method, "a2" by none. Goal "b" has no
 * data, so it cannot be judged. Goal "c" lags and no method serves it at all.
 */
function model(): Model {
  const factor = (id: string) => ({
    id,
    what: label(`Wat ${id}`),
    objective: label(`Doel ${id}`),
    criterion: label(id),
    measures: [{ indicator: id, rule: { kind: "increase" }, provenance: "stated" }],
    provenance: "stated",
  });
  return parseModel({
    id: "act",
    gemeente: { code: "GM0482", name: "Alblasserdam" },
    title: label("Act"),
    source: { title: "Act" },
    values: [],
    themes: [],
    context: [],
    goals: [
      {
        id: "a",
        label: label("Doel A"),
        subgoals: [
          { id: "a1", label: label("Sub A1"), provenance: "stated" },
          { id: "a2", label: label("Sub A2"), provenance: "stated" },
        ],
        provenance: "stated",
      },
      {
        id: "b",
        label: label("Doel B"),
        subgoals: [{ id: "b1", label: label("Sub B1"), provenance: "stated" }],
        provenance: "stated",
      },
      {
        id: "c",
        label: label("Doel C"),
        subgoals: [{ id: "c1", label: label("Sub C1"), provenance: "stated" }],
        provenance: "stated",
      },
    ],
    strategyLines: [
      {
        id: "lijn",
        label: label("Lijn"),
        layer: label("Laag"),
        role: label("VERBINDER"),
        by: label("Projectgroep"),
        elements: [],
        provenance: "stated",
        provenanceOf: { by: "interpreted" },
      },
    ],
    methods: [
      { id: "m1", label: label("Methode 1"), strategyLine: "lijn", subgoals: ["a1", "b1"], provenance: "stated" },
    ],
    indicators: ["f1", "f2", "f3", "f4"].map((id) => ({
      id,
      label: label(id),
      measure: "count",
      provenance: "stated",
    })),
    groups: [
      { id: "g1", label: label("G1"), subgoals: ["a1"], factors: [factor("f1")], provenance: "stated" },
      { id: "g2", label: label("G2"), subgoals: ["a2"], factors: [factor("f2")], provenance: "stated" },
      { id: "g3", label: label("G3"), subgoals: ["b1"], factors: [factor("f3")], provenance: "stated" },
      { id: "g4", label: label("G4"), subgoals: ["c1"], factors: [factor("f4")], provenance: "stated" },
    ],
    areas: [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }],
  });
}

const vision = model();
// f1, f2 and f4 fall from 10 to 8: not achieved (an increase was asked). f3 has no data.
const observations = parseObservations(
  vision,
  ["f1", "f2", "f4"].flatMap((indicator) => [
    { indicator, area: "GM0482", period: "2023", value: 10 },
    { indicator, area: "GM0482", period: "2024", value: 8 },
  ]),
);
const html = renderReportHtml(
  { model: vision, evaluation: evaluate(vision, observations, { period: "2024" }) },
  { language: "nl" },
);
const act = sectionOf(html, "act");

describe("the Act section", () => {
  it("has a part per lagging goal only", () => {
    expect(sectionOf(act, "act-a")).not.toBe("");
    expect(sectionOf(act, "act-b")).toBe("");
    expect(sectionOf(act, "act-c")).not.toBe("");
  });

  it("lists the lagging sub-goals and the methods with their line, role and door, and which lagging sub-goals each serves", () => {
    const part = sectionOf(act, "act-a");
    expect(textOf(part)).toContain("Achterblijvende subdoelen Sub A1: 1 niet gehaald Sub A2: 1 niet gehaald");
    expect(tableRows(part).slice(1)).toEqual([
      ["Methode 1", "Lijn", "VERBINDER", "Projectgroep interpretatie", "Sub A1"],
    ]);
  });

  it("puts a lagging sub-goal that no method serves on the list, marked as derived", () => {
    expect(textOf(sectionOf(act, "act-a"))).toContain(
      "Sub A2: blijft achter, maar geen methode dient het. (afgeleid uit de koppelingen in de visie)",
    );
  });

  it("says when the vision links no method to a lagging goal", () => {
    expect(textOf(sectionOf(act, "act-c"))).toContain(
      "De visie koppelt geen methode aan dit doel. (afgeleid uit de koppelingen in de visie)",
    );
  });

  it("names the goals that cannot be judged, and the sub-goals without a method on the agenda", () => {
    const agenda = textOf(sectionOf(act, "act-agenda"));
    expect(agenda).toContain("Niet te beoordelen (geen succesfactor met een oordeel): Doel B.");
    expect(agenda).toContain("Sub A2 (Doel A): geen methode.");
    expect(agenda).toContain("Sub C1 (Doel C): geen methode.");
    expect(agenda).not.toContain("geen succesfactor.");
  });

  it("says so when nothing lags and the vision has no gaps", () => {
    const rising = parseObservations(
      vision,
      ["f1", "f2", "f3", "f4"].flatMap((indicator) => [
        { indicator, area: "GM0482", period: "2023", value: 10 },
        { indicator, area: "GM0482", period: "2024", value: 12 },
      ]),
    );
    const full = parseModel({
      ...JSON.parse(JSON.stringify(vision)),
      methods: [
        {
          id: "m1",
          label: label("Methode 1"),
          strategyLine: "lijn",
          subgoals: ["a1", "a2", "b1", "c1"],
          provenance: "stated",
        },
      ],
    });
    const report = sectionOf(
      renderReportHtml({ model: full, evaluation: evaluate(full, rising, { period: "2024" }) }, { language: "en" }),
      "act",
    );
    expect(textOf(report)).toContain("No goal lags in this period.");
    expect(textOf(sectionOf(report, "act-agenda"))).toMatch(/\(derived from the links in the vision\) none$/);
  });
});
