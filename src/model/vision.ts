import { z } from "zod";
import { Id, Label, Provenance, sourced } from "./common.js";
import type { DeepReadonly } from "./DeepReadonly.js";
import { Rule } from "./rule.js";

const Name = z.string().trim().min(1).max(200);
const ids = z.array(Id).max(1000);

/**
 * A core value (kernwaarde) of the programme.
 *
 * @category Model
 * @example
 * Value.parse({ id: "open-toegankelijk", label: { nl: "OPEN & TOEGANKELIJK", en: "Open and accessible" }, provenance: "stated" }).id;
 * //=> "open-toegankelijk"
 */
export const Value = z.strictObject({ id: Id, label: Label, description: Label.optional(), ...sourced });
/** @category Model */
export interface Value extends DeepReadonly<z.output<typeof Value>> {}

/**
 * A theme the programme gives specific attention to.
 *
 * @category Model
 * @example
 * Theme.parse({ id: "veiligheid-overlast", label: { nl: "Veiligheid & overlast", en: "Safety and nuisance" }, provenance: "stated" }).id;
 * //=> "veiligheid-overlast"
 */
export const Theme = z.strictObject({ id: Id, label: Label, description: Label.optional(), ...sourced });
/** @category Model */
export interface Theme extends DeepReadonly<z.output<typeof Theme>> {}

/**
 * A context figure: a number the vision publishes to describe the situation. Context only,
 * never scored. `text` is the figure exactly as published; `bound` marks a `>` ("lower") or
 * an "almost" ("approximate").
 *
 * @category Model
 * @example
 * ContextFigure.parse({
 *   id: "aandeel-65-plus",
 *   label: { nl: "Aandeel 65+", en: "Share aged 65+" },
 *   text: { nl: "20% 65+", en: "20% aged 65+" },
 *   value: 20,
 *   unit: "percent",
 *   scope: { nl: "gemeente", en: "municipality" },
 *   source: "www.allecijfers.nl",
 *   provenance: "stated",
 * }).value;
 * //=> 20
 */
export const ContextFigure = z.strictObject({
  id: Id,
  label: Label,
  text: Label,
  value: z.number().finite(),
  unit: z.enum(["percent", "eur-per-year", "eur-per-month", "eur", "fraction"]),
  bound: z.enum(["lower", "approximate"]).optional(),
  scope: Label.optional(),
  source: Name.optional(),
  theme: Id.optional(),
  ...sourced,
});
/** @category Model */
export interface ContextFigure extends DeepReadonly<z.output<typeof ContextFigure>> {}

/**
 * A sub-goal of a goal. Its description is the vision's explanatory sentence.
 *
 * @category Model
 * @example
 * SubGoal.parse({ id: "minder-dealen", label: { nl: "Minder dealen", en: "Less drug dealing" }, provenance: "stated" }).id;
 * //=> "minder-dealen"
 */
export const SubGoal = z.strictObject({ id: Id, label: Label, description: Label.optional(), ...sourced });
/** @category Model */
export interface SubGoal extends DeepReadonly<z.output<typeof SubGoal>> {}

/**
 * A goal (doelstelling) with its sub-goals, optionally linked to a theme.
 *
 * @category Model
 * @example
 * Goal.parse({
 *   id: "criminaliteit-overlast",
 *   label: { nl: "Minder criminaliteit & escalatie overlast", en: "Less crime and escalation of nuisance" },
 *   theme: "veiligheid-overlast",
 *   subgoals: [],
 *   provenance: "stated",
 *   provenanceOf: { theme: "interpreted" },
 * }).theme;
 * //=> "veiligheid-overlast"
 */
export const Goal = z.strictObject({
  id: Id,
  label: Label,
  description: Label.optional(),
  theme: Id.optional(),
  subgoals: z.array(SubGoal).max(1000),
  ...sourced,
  provenanceOf: z.strictObject({ theme: Provenance.optional() }).optional(),
});
/** @category Model */
export interface Goal extends Omit<DeepReadonly<z.output<typeof Goal>>, "subgoals"> {
  readonly subgoals: readonly SubGoal[];
}

/**
 * An element of a strategy line.
 *
 * @category Model
 * @example
 * StrategyElement.parse({ id: "plan-do-check-act", label: { nl: "Plan-do-check-act", en: "Plan-do-check-act" }, provenance: "stated" }).id;
 * //=> "plan-do-check-act"
 */
export const StrategyElement = z.strictObject({ id: Id, label: Label, description: Label.optional(), ...sourced });
/** @category Model */
export interface StrategyElement extends DeepReadonly<z.output<typeof StrategyElement>> {}

/**
 * A strategy line: its elements, the layer of the organisation it works in, the role the
 * programme takes there, and by whom (`by`, "door") it is carried.
 *
 * @category Model
 * @example
 * StrategyLine.parse({
 *   id: "kennisdeling-inzicht-overzicht",
 *   label: { nl: "Kennisdeling, inzicht en overzicht", en: "Knowledge sharing, insight and overview" },
 *   layer: { nl: "BESTURING & MONITORING", en: "Steering and monitoring" },
 *   role: { nl: "EIGENAAR", en: "Owner" },
 *   by: { nl: "Stuur- en projectgroep", en: "Steering and project group" },
 *   elements: [],
 *   provenance: "stated",
 * }).role.nl;
 * //=> "EIGENAAR"
 */
export const StrategyLine = z.strictObject({
  id: Id,
  label: Label,
  description: Label.optional(),
  layer: Label,
  role: Label,
  by: Label,
  elements: z.array(StrategyElement).max(1000),
  ...sourced,
  provenanceOf: z
    .strictObject({ layer: Provenance.optional(), role: Provenance.optional(), by: Provenance.optional() })
    .optional(),
});
/** @category Model */
export interface StrategyLine extends Omit<DeepReadonly<z.output<typeof StrategyLine>>, "elements"> {
  readonly elements: readonly StrategyElement[];
}

/**
 * A method (methode): a way of working, placed in one strategy line and serving sub-goals.
 *
 * @category Model
 * @example
 * Method.parse({
 *   id: "voorlichting-en-pr",
 *   label: { nl: "Voorlichting en PR", en: "Information and PR" },
 *   strategyLine: "zichtbaarheid-continuiteit",
 *   subgoals: ["meldingsbereidheid"],
 *   provenance: "stated",
 *   provenanceOf: { strategyLine: "interpreted", subgoals: "interpreted" },
 * }).subgoals;
 * //=> ["meldingsbereidheid"]
 */
export const Method = z.strictObject({
  id: Id,
  label: Label,
  description: Label.optional(),
  details: z.array(Label).max(100).optional(),
  strategyLine: Id,
  subgoals: ids,
  ...sourced,
  provenanceOf: z.strictObject({ strategyLine: Provenance.optional(), subgoals: Provenance.optional() }).optional(),
});
/** @category Model */
export interface Method extends DeepReadonly<z.output<typeof Method>> {}

/**
 * One measure of a success factor: the indicator it reads and the rule that judges it.
 *
 * @category Model
 * @example
 * FactorMeasure.parse({ indicator: "formeel-netwerk", rule: { kind: "perPeriod", amount: 10, per: "year" }, provenance: "stated" }).rule.kind;
 * //=> "perPeriod"
 */
export const FactorMeasure = z.strictObject({ indicator: Id, rule: Rule, ...sourced });
/** @category Model */
export interface FactorMeasure extends Omit<DeepReadonly<z.output<typeof FactorMeasure>>, "rule"> {
  readonly rule: Rule;
}

/**
 * A success factor (succesfactor): the three columns of Bijlage 2 — `what` (wat), `objective`
 * (doelstelling) and `criterion` (succesfactor) — and its measures. A factor with several
 * measures is met only when all of them are met.
 *
 * @category Model
 * @example
 * Factor.parse({
 *   id: "fixi-meldingen",
 *   what: { nl: "Fixi app", en: "Fixi app" },
 *   objective: { nl: "Meer meldingen", en: "More reports" },
 *   criterion: { nl: "Toename meldingen met 10%", en: "Reports up by 10%" },
 *   measures: [{ indicator: "fixi-meldingen", rule: { kind: "relativeChange", direction: "increase", percent: 10 }, provenance: "stated" }],
 *   provenance: "stated",
 * }).measures.length;
 * //=> 1
 */
export const Factor = z.strictObject({
  id: Id,
  what: Label,
  objective: Label,
  criterion: Label,
  measures: z.array(FactorMeasure).min(1, "a factor needs at least one measure").max(100),
  aliases: z.array(Name).max(20).optional(),
  ...sourced,
  provenanceOf: z
    .strictObject({ what: Provenance.optional(), objective: Provenance.optional(), criterion: Provenance.optional() })
    .optional(),
});
/** @category Model */
export interface Factor extends Omit<DeepReadonly<z.output<typeof Factor>>, "measures"> {
  readonly measures: readonly FactorMeasure[];
}

/**
 * A group of success factors, serving one or more sub-goals.
 *
 * @category Model
 * @example
 * Group.parse({
 *   id: "signalering-netwerk",
 *   label: { nl: "Betere signalering via het netwerk", en: "Better early warning through the network" },
 *   subgoals: ["signalering-omzien"],
 *   factors: [],
 *   provenance: "stated",
 * }).subgoals;
 * //=> ["signalering-omzien"]
 */
export const Group = z.strictObject({
  id: Id,
  label: Label,
  subgoals: ids,
  factors: z.array(Factor).max(1000),
  ...sourced,
  provenanceOf: z.strictObject({ subgoals: Provenance.optional() }).optional(),
});
/** @category Model */
export interface Group extends Omit<DeepReadonly<z.output<typeof Group>>, "factors"> {
  readonly factors: readonly Factor[];
}

const Party = z.strictObject({ id: Id, name: Name, description: Label.optional(), ...sourced });
const Named = z.strictObject({ id: Id, label: Label, description: Label.optional(), ...sourced });

/**
 * Who carries the programme: initiators, partners, governance bodies, the programme's role and
 * the policy it is part of.
 *
 * @category Model
 * @example
 * Programme.parse({
 *   role: { nl: "verbinder, aanjager en vaandeldrager", en: "connector, driver and standard-bearer" },
 *   initiators: [{ id: "woonkracht10", name: "Woonkracht10", provenance: "stated" }],
 *   partners: [],
 *   governance: [],
 *   policyFrame: [],
 * }).initiators[0]?.name;
 * //=> "Woonkracht10"
 */
export const Programme = z.strictObject({
  role: Label,
  initiators: z.array(Party).max(1000),
  partners: z.array(Party).max(1000),
  /** True when the vision says the list of partners goes on ("en vele anderen"). */
  morePartners: z.boolean().optional(),
  governance: z.array(Named).max(100),
  policyFrame: z.array(Named).max(100),
});
/** @category Model */
export interface Programme extends DeepReadonly<z.output<typeof Programme>> {}

/**
 * A level at which an intervention has impact, from the individual to the wijk.
 *
 * @category Model
 * @example
 * ImpactLevel.parse({ id: "straat", label: { nl: "straat", en: "street" }, provenance: "stated" }).id;
 * //=> "straat"
 */
export const ImpactLevel = z.strictObject({ id: Id, label: Label, ...sourced });
/** @category Model */
export interface ImpactLevel extends DeepReadonly<z.output<typeof ImpactLevel>> {}

/**
 * The roll-out intent: how many buurten are prioritised, and how the area widens.
 *
 * @category Model
 * @example
 * Rollout.parse({ prioritisedBuurten: 9, steps: [], provenance: "stated" }).prioritisedBuurten;
 * //=> 9
 */
export const Rollout = z.strictObject({
  prioritisedBuurten: z.number().int().min(0).max(100_000).optional(),
  steps: z.array(Label).max(100),
  meetingForms: z.array(Label).max(100).optional(),
  ...sourced,
});
/** @category Model */
export interface Rollout extends DeepReadonly<z.output<typeof Rollout>> {}
