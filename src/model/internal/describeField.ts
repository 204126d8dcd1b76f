import type { FieldWords } from "../../internal/zodIssues.js";

type Path = readonly (string | number)[];

// The element an entry of each list is, by the list's field name.
const listEntries: Readonly<Record<string, string>> = {
  values: "a value",
  themes: "a theme",
  context: "a context figure",
  goals: "a goal",
  subgoals: "a sub-goal",
  strategyLines: "a strategy line",
  elements: "a strategy element",
  impactLevels: "an impact level",
  methods: "a method",
  indicators: "an indicator",
  groups: "a group",
  factors: "a factor",
  measures: "a measure",
  areas: "an area",
  initiators: "a party",
  partners: "a party",
  governance: "a governance body",
  policyFrame: "a policy document",
  details: "a label",
  steps: "a label",
  meetingForms: "a label",
};

// The element an object field is, by its name. Every other object field holds a label.
const objectFields: Readonly<Record<string, string>> = {
  gemeente: "the gemeente",
  source: "the source",
  programme: "the programme",
  rollout: "the roll-out",
  geography: "the geography",
  rule: "a rule",
  rate: "a rate",
  figures: "the figures of an area",
  provenanceOf: "a provenanceOf",
};

const label = 'a label: { "nl": …, "en": … }';

// What a missing field should hold, by its name.
const needs: Readonly<Record<string, string>> = {
  id: "an id",
  kind: "a kind",
  label: label,
  title: `a title, ${label}`,
  name: "a name",
  code: "a code, such as GM0482",
  nl: 'its Dutch text ("nl")',
  en: 'its English text ("en")',
  provenance: 'a provenance: "stated" or "interpreted"',
  what: "a what (the wat column)",
  objective: "an objective (the doelstelling column)",
  criterion: "a criterion (the succesfactor column)",
  measures: "measures: at least one indicator with its rule",
  indicator: "an indicator: the id of the indicator it reads",
  rule: 'a rule, such as { "kind": "relativeChange", "direction": "increase", "percent": 10 }',
  measure: "a measure: count, stock, ratio or share",
  direction: 'a direction: "increase" or "decrease"',
  percent: "a percent",
  amount: "an amount",
  per: "a per",
  of: "an of: the count indicator the rate is derived from",
  strategyLine: "a strategy line: the id of the strategy line it belongs to",
  subgoals: "sub-goals: a list of ids, possibly empty",
  factors: "factors: a list, possibly empty",
  elements: "elements: a list, possibly empty",
  layer: `a layer, ${label}`,
  role: `a role, ${label}`,
  by: `a by ("door"), ${label}`,
  text: `a text: the figure as published, ${label}`,
  value: "a value",
  unit: "a unit",
  gemeente: 'a gemeente: { "code": "GM…", "name": … }',
  source: 'a source: { "title": … }',
  initiators: "initiators: a list, possibly empty",
  partners: "partners: a list, possibly empty",
  governance: "governance: a list, possibly empty",
  policyFrame: "policyFrame: a list, possibly empty",
  steps: "steps: a list, possibly empty",
  year: "a year",
};

const modelLists = new Set([
  "values",
  "themes",
  "context",
  "goals",
  "strategyLines",
  "methods",
  "indicators",
  "groups",
  "areas",
]);

// The fields that hold a label, wherever they are (the source's title is text, handled above).
const labelFields = new Set([
  "label",
  "title",
  "description",
  "what",
  "objective",
  "criterion",
  "layer",
  "role",
  "by",
  "text",
  "scope",
  "noun",
]);

const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/**
 * Words for the field at `path` of a model (or, with `root` "areas", of a list of areas): the
 * element that holds it, and what it needs there. "missing: a factor needs a criterion (the
 * succesfactor column)".
 */
export function describeField(path: Path, root: "model" | "areas" = "model"): FieldWords {
  let element = root === "model" ? "the model" : "the list of areas";
  let list = root === "model" ? "" : "areas";
  path.slice(0, -1).forEach((segment, index) => {
    if (typeof segment === "number") {
      element = own(listEntries, list) ?? element;
    } else {
      list = segment;
      if (typeof path[index + 1] !== "number") element = own(objectFields, segment) ?? "a label";
    }
  });
  const field = path.at(-1);
  const name = typeof field === "string" ? field : "";
  if (element === "the source" && name === "title") return { element, needs: "a title: the document's title" };
  if (element === "an area" && name === "kind")
    return { element, needs: 'a kind: "gemeente", "wijk", "buurt" or "area"' };
  if (element === "a rule" && name === "kind")
    return { element, needs: 'a kind, such as "relativeChange" or "threshold"' };
  if (element === "the model" && modelLists.has(name)) return { element, needs: `${name}: a list, possibly empty` };
  const fieldNeeds = own(needs, name) ?? `'${name}'`;
  return labelFields.has(name) ? { element, needs: fieldNeeds, is: label } : { element, needs: fieldNeeds };
}
