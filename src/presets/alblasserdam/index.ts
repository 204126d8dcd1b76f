/**
 * buurtaanpak/alblasserdam: the Alblasserdam vision as a ready model.
 *
 * @packageDocumentation
 * @module buurtaanpak/alblasserdam
 */
import { deepFreeze } from "../../internal/deepFreeze.js";
import type { Model } from "../../model/Model.js";
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
 * library's reading of them (`"interpreted"`), and cites the section it comes from. The only
 * area is the gemeente itself (GM0482): the buurten come from your data.
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
  // contract.md: the preset's only area is the gemeente; its buurten come from the user's data.
  areas: [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }],
  rollout,
} satisfies Model);
