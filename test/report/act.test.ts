/**
 * Acceptance: the Act section of the demo report lists, for each lagging goal, exactly the
 * methods that serve it by the vision's links (`methodsFor`), each with its strategy line and
 * who acts (`strategyLineOf`).
 */
import { describe, expect, it } from "vitest";
import { demoReport } from "../../src/cli/report.js";
import { methodsFor, strategyLineOf } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { sectionOf, tableRows, textOf } from "./fixtures.js";

describe.each(["nl", "en"] as const)("the Act section of the demo report, in %s", (language) => {
  const html = demoReport({ format: "html", language });
  const act = sectionOf(html, "act");
  // The goals the summary says lag: at least one success factor not achieved (or behind).
  const summary = tableRows(sectionOf(html, "summary")).slice(1);
  const lagging = alblasserdam.goals.filter((goal) => {
    const row = summary.find((cells) => cells[0] === goal.label[language]);
    return row?.[3]?.includes(language === "nl" ? "niet gehaald" : "not achieved") === true;
  });

  it("has a part for every lagging goal, and for no other", () => {
    expect(lagging.length).toBeGreaterThan(0);
    for (const goal of alblasserdam.goals) {
      expect(sectionOf(act, `act-${goal.id}`) !== "", goal.id).toBe(lagging.includes(goal));
    }
  });

  it("lists for each lagging goal exactly the methods methodsFor gives, with their strategy line, role and who acts", () => {
    for (const goal of lagging) {
      const rows = tableRows(sectionOf(act, `act-${goal.id}`)).slice(1);
      const expected = methodsFor(alblasserdam, goal.id).map((method) => {
        const line = strategyLineOf(alblasserdam, method.id);
        return [method.label[language], line?.label[language], line?.role[language], line?.by[language]];
      });
      const interpreted = language === "nl" ? " interpretatie" : " interpretation";
      expect(
        rows.map((row) => [row[0], row[1], row[2]?.replace(interpreted, ""), row[3]?.replace(interpreted, "")]),
      ).toEqual(expected);
    }
  });

  it("marks every suggestion as derived from the links in the vision", () => {
    const mark = language === "nl" ? "afgeleid uit de koppelingen in de visie" : "derived from the links in the vision";
    for (const goal of lagging) expect(textOf(sectionOf(act, `act-${goal.id}`))).toContain(`(${mark})`);
    expect(textOf(sectionOf(act, "act-agenda"))).toContain(`(${mark})`);
  });

  it("puts the seven sub-goals without a success factor on the agenda", () => {
    const items = textOf(sectionOf(act, "act-agenda"));
    const word = language === "nl" ? "geen succesfactor" : "no success factor";
    expect(items.split(word).length - 1).toBe(7);
  });
});
