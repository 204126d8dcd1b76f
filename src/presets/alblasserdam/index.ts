/**
 * buurtaanpak/alblasserdam: the Alblasserdam vision as a ready model.
 *
 * @packageDocumentation
 * @module buurtaanpak/alblasserdam
 */
import { deepFreeze } from "../../internal/deepFreeze.js";
import type { Model } from "../../model/Model.js";
import { areas } from "./areas.js";
import { context } from "./context.js";
import { goals } from "./goals.js";
import { groups } from "./groups.js";
import { indicators } from "./indicators.js";
import { methods } from "./methods.js";
import { impactLevels, programme, rollout, themes, values } from "./programme.js";
import { strategyLines } from "./strategy.js";

/**
 * The Alblasserdam vision "Visie Buurtaanpak Alblasserdam" (Koersbekenners, 13 October 2023)
 * as a deeply frozen, valid model: its programme, values, themes, context figures, 4 goals with
 * 15 sub-goals, 3 strategy lines, 6 methods, and 5 groups with 27 success factors and the
 * indicators they read.
 *
 * Every element says whether it is the vision's own words (`provenance: "stated"`) or this
 * library's reading of them (`"interpreted"`), and cites the section it comes from.
 *
 * The areas are the real indeling of 2024: the gemeente GM0482, its 6 wijken and 29 buurten,
 * with CBS's codes, names and parents. Each buurt carries its inhabitants, households and age
 * bands on 1 January 2024 as `figures`; a figure CBS did not publish (Hoogendijk, Polder
 * Blokweer) is absent, never 0, and the wijken and the gemeente carry none. `geography` names the
 * source, to print with any figure: "Bron: CBS, Kerncijfers wijken en buurten 2024" (CC BY 4.0).
 * The vision prioritises nine buurten without naming them, so no area is marked as one.
 *
 * @category Presets
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 *
 * alblasserdam.gemeente;
 * //=> { code: "GM0482", name: "Alblasserdam" }
 * alblasserdam.groups.flatMap((group) => group.factors).length;
 * //=> 27
 * alblasserdam.goals.flatMap((goal) => goal.subgoals).length;
 * //=> 15
 * alblasserdam.indicators.find((indicator) => indicator.id === "mutatiegraad")?.measure;
 * //=> "ratio"
 * Object.isFrozen(alblasserdam.groups[0]?.factors[0]);
 * //=> true
 * alblasserdam.areas.filter((area) => area.kind === "buurt").length;
 * //=> 29
 * alblasserdam.areas.find((area) => area.name === "Oranjebuurt");
 * //=> { id: "BU04820404", kind: "buurt", name: "Oranjebuurt", parent: "WK048204", figures: { inhabitants: 500, households: 225, householdsWithChildren: 50, age0to14: 55, age15to24: 35, age25to44: 80, age45to64: 75, age65plus: 260 } }
 * alblasserdam.areas.find((area) => area.name === "Hoogendijk")?.figures;
 * //=> undefined
 * alblasserdam.geography?.source;
 * //=> "CBS, Kerncijfers wijken en buurten 2024"
 */
export const alblasserdam: Model = deepFreeze({
  id: "alblasserdam",
  gemeente: { code: "GM0482", name: "Alblasserdam" },
  title: { nl: "Visie Buurtaanpak Alblasserdam", en: "Alblasserdam Neighbourhood Approach vision" },
  source: {
    title: "Visie Buurtaanpak Alblasserdam",
    reference: "231013-kb23002-R01-b",
    author: "Koersbekenners",
    date: "2023-10-13",
  },
  programme,
  values,
  themes,
  context,
  goals,
  strategyLines,
  impactLevels,
  methods,
  indicators,
  groups,
  areas,
  geography: {
    year: 2024,
    source: "CBS, Kerncijfers wijken en buurten 2024",
    table: "85984NED",
    figuresDate: "2024-01-01",
    licence: "CC BY 4.0",
    url: "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED",
  },
  rollout,
} satisfies Model);
