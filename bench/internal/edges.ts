/**
 * A small case that the national data do not reach, so that the equality check means something
 * for every path: the national "mixed" data are complete and judged by four kinds of rule only,
 * and every measure there is achieved or not achieved.
 *
 * - **Every rule kind**: a variant of the preset whose measures use threshold (on a count and
 *   on a share), tracked, decrease, relativeChange on a stock and on a flow ratio, qualitative
 *   with a lower minimum and downwards, and perPeriod per quarter and per month.
 * - **Gaps and like-for-like**: the "sparse" scenario leaves out a quarter of the rows, whole
 *   (indicator, area) pairs among them, so counts miss quarters (incomplete-data) and parents
 *   compare only the children with data in both years.
 * - **Zero baselines**, and **own rows of parents**: some wijken have rows of their own (which
 *   win over their buurten's), some only for the baseline (own rows in one window, the children's
 *   in the other), and some gemeenten a lone quarter (incomplete at the top).
 */
import type { Model } from "../../src/model/Model.js";
import { parseModel } from "../../src/model/parseModel.js";
import type { Rule } from "../../src/model/rule.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { generateObservations } from "../../src/testing/index.js";
import { nationalAreas, periods } from "./data.js";

const rules: Readonly<Record<string, Rule>> = {
  "fixi-meldingen": { kind: "threshold", atLeast: 60 },
  "politie-meldingen": { kind: "tracked" },
  "opruimacties-deelnemers": { kind: "decrease" },
  "trots-op-buurt": { kind: "threshold", atMost: 0.5 },
  "elkaar-aanspreken": { kind: "qualitative", direction: "decrease", minRespondents: 10 },
  netwerkbijeenkomsten: { kind: "relativeChange", direction: "increase", percent: 5 },
  "informeel-netwerk": { kind: "perPeriod", amount: 3, per: "quarter" },
  "formeel-netwerk": { kind: "perPeriod", amount: 1, per: "month" },
  "zichtbaarheid-in-de-buurt": { kind: "decrease" },
  "nieuwsbrief-abonnees": { kind: "relativeChange", direction: "increase", percent: 10 },
  "deelnemers-per-evenement": { kind: "relativeChange", direction: "decrease", percent: 5 },
  websitebezoekers: { kind: "tracked" },
};

/** The preset with the rules above, parsed. */
export function edgeModel(): Model {
  const json: { groups: { factors: { measures: { indicator: string; rule: Rule }[] }[] }[] } = JSON.parse(
    JSON.stringify(alblasserdam),
  );
  for (const group of json.groups)
    for (const factor of group.factors)
      for (const measure of factor.measures) measure.rule = rules[measure.indicator] ?? measure.rule;
  return parseModel(json);
}

/** The edge case: its model, areas (12 gemeenten) and raw rows. */
export function edgeCase() {
  const model = edgeModel();
  const areas = nationalAreas(12);
  const rows: Record<string, unknown>[] = generateObservations(model, {
    seed: "edges",
    areas,
    periods: [...periods],
    scenario: "sparse",
  }).map((row) => ({ ...row }));
  const buurten = areas.filter((area) => area.kind === "buurt");
  const wijken = areas.filter((area) => area.kind === "wijk");
  const gemeenten = areas.filter((area) => area.kind === "gemeente");
  // Zero baselines: a relativeChange from 0 cannot be judged.
  const zeroIn = new Set(buurten.filter((_, index) => index % 7 === 0).map((area) => area.id));
  for (const row of rows)
    if (row["indicator"] === "netwerkbijeenkomsten" && row["period"] === "2023" && zeroIn.has(String(row["area"])))
      row["value"] = 0;
  const quarters = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
  wijken.forEach((wijk, index) => {
    // Own rows in both years, which win over the buurten's.
    if (index % 3 === 0) {
      rows.push({ indicator: "fixi-meldingen", area: wijk.id, period: "2023", value: 200 + index });
      for (const period of quarters)
        rows.push({ indicator: "fixi-meldingen", area: wijk.id, period, value: 50 + (index % 11) });
      rows.push({ indicator: "nieuwsbrief-abonnees", area: wijk.id, period: "2023", value: 400 });
      rows.push({ indicator: "nieuwsbrief-abonnees", area: wijk.id, period: "2024-Q3", value: 440 + (index % 5) });
    }
    // Own rows in the baseline only: the children's current rows compare with them.
    if (index % 5 === 1)
      rows.push({ indicator: "opruimacties-deelnemers", area: wijk.id, period: "2023", value: 300 + index });
  });
  // A gemeente with a lone quarter of its own: incomplete at the top.
  gemeenten.forEach((gemeente, index) => {
    if (index % 4 === 0) rows.push({ indicator: "politie-meldingen", area: gemeente.id, period: "2024-Q2", value: 12 });
  });
  return { model, areas, rows };
}
