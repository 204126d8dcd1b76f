import type { Area } from "../../src/model/area.js";
import type { Indicator } from "../../src/model/indicator.js";
import type { Model } from "../../src/model/Model.js";
import { parseModel } from "../../src/model/parseModel.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";

/** A small hierarchy: the gemeente, two wijken, three buurten (two in the first wijk). */
export const areas: Area[] = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048201", kind: "wijk", name: "Wijk 01 Centrum", parent: "GM0482" },
  { id: "WK048202", kind: "wijk", name: "Wijk 02 Kinderdijk", parent: "GM0482" },
  { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "WK048201" },
  { id: "BU04820102", kind: "buurt", name: "Redersbuurt", parent: "WK048201" },
  { id: "BU04820201", kind: "buurt", name: "Dijk", parent: "WK048202" },
];

const indicator = (id: string, measure: Indicator["measure"], extra: Partial<Indicator> = {}): Indicator => ({
  id,
  label: { nl: id, en: id },
  measure,
  provenance: "interpreted",
  ...extra,
});

/** The preset with the indicators the records can feed beyond it. */
export const model: Model = parseModel({
  ...alblasserdam,
  indicators: [
    ...alblasserdam.indicators,
    indicator("meldingen", "count"),
    indicator("geannuleerde-meldingen", "count"),
    indicator("openstaande-meldingen", "stock"),
    indicator("doorlooptijd-kalenderdagen", "ratio"),
    indicator("doorlooptijd-werkdagen", "ratio"),
    indicator("afhandeling-binnen-termijn", "ratio", { unit: "percent" }),
    indicator("actieve-partners", "stock"),
    indicator("verhuizingen", "count"),
    indicator("meldingen-per-1000", "ratio", { unit: "per-1000", rate: { of: "meldingen", per: "inhabitants" } }),
  ],
});

export { alblasserdam };
