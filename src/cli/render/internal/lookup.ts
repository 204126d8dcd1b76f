import {
  type Area,
  formatDay,
  type Indicator,
  type Label,
  type ProtectedFactorResult,
  type RollUp,
} from "../../../index.js";
import type { Language, ReportInput } from "../ReportInput.js";

/** What the renderers look up, built once per report from the evaluation and the model. */
export interface Lookup {
  readonly language: Language;
  /** The area the report leads with: the gemeente when it has results, else the first area with results. */
  readonly mainArea: string | undefined;
  /** The other areas with results, in the evaluation's order. */
  readonly otherAreas: readonly string[];
  /** Whether every other area is a buurt. */
  readonly othersAreBuurten: boolean;
  readonly areaName: (id: string) => string;
  /**
   * The words every other area's name starts with ("Synthetische buurt" for "Synthetische buurt
   * A", "… B"), or "" when they share none; the short names are the rest.
   */
  readonly sharedPrefix: string;
  readonly shortName: (id: string) => string;
  readonly indicator: (id: string) => Indicator | undefined;
  /** The result of a factor in an area, if the evaluation has one. */
  readonly result: (factor: string, area: string) => ProtectedFactorResult | undefined;
  /** The area's inhabitants figure, where the hierarchy has one. */
  readonly inhabitants: (id: string) => number | undefined;
  /**
   * The areas whose counts are also shown per 1,000 inhabitants, in the report's order: every
   * listed area of a kind (buurt, wijk, …) of which at least one area has an inhabitants figure.
   * An area of that kind without a figure stays in the list, to say that its figure is unknown.
   */
  readonly rateAreas: readonly string[];
  readonly goalRollUp: (goal: string, area: string) => RollUp | undefined;
  readonly groupRollUp: (group: string, area: string) => RollUp | undefined;
  readonly subgoalLabel: (id: string) => { readonly subgoal: Label; readonly goal: Label } | undefined;
  /** A factor's short name: its "wat", with its objective when several factors share the "wat". */
  readonly factorName: (id: string) => string;
}

/** Builds the {@link Lookup} of a report. */
export function lookup(input: ReportInput): Lookup {
  const { model, evaluation, areas } = input;
  const areaById = new Map<string, Area>();
  for (const area of [...model.areas, ...areas]) areaById.set(area.id, area);
  const resultAreas = evaluation.coverage.areas.map((coverage) => coverage.area);
  for (const result of evaluation.factors) if (!resultAreas.includes(result.area)) resultAreas.push(result.area);
  const mainArea = resultAreas.includes(model.gemeente.code) ? model.gemeente.code : resultAreas[0];
  const otherAreas = resultAreas.filter((area) => area !== mainArea);

  const factorResults: readonly ProtectedFactorResult[] = evaluation.factors;
  const results = new Map(factorResults.map((result) => [`${result.factor}\u0000${result.area}`, result]));
  const goals = new Map(
    evaluation.goals.flatMap((rollUp) =>
      "goal" in rollUp ? [[`${rollUp.goal}\u0000${rollUp.area}`, rollUp] as const] : [],
    ),
  );
  const groups = new Map(
    evaluation.groups.flatMap((rollUp) =>
      "group" in rollUp ? [[`${rollUp.group}\u0000${rollUp.area}`, rollUp] as const] : [],
    ),
  );
  const indicators = new Map(model.indicators.map((indicator) => [indicator.id, indicator]));
  const factors = model.groups.flatMap((group) => group.factors);
  const language = input.language;
  const whatCount = new Map<string, number>();
  for (const factor of factors) whatCount.set(factor.what[language], (whatCount.get(factor.what[language]) ?? 0) + 1);
  const factorNames = new Map(
    factors.map((factor) => [
      factor.id,
      (whatCount.get(factor.what[language]) ?? 0) > 1
        ? `${factor.what[language]} (${factor.objective[language]})`
        : factor.what[language],
    ]),
  );
  const subgoals = new Map(
    model.goals.flatMap((goal) =>
      goal.subgoals.map((subgoal) => [subgoal.id, { subgoal: subgoal.label, goal: goal.label }] as const),
    ),
  );

  const inhabitants = (id: string) => areaById.get(id)?.figures?.inhabitants;
  const name = (id: string) => areaById.get(id)?.name ?? (id === model.gemeente.code ? model.gemeente.name : id);
  const sharedPrefix = commonWords(otherAreas.map(name));
  return {
    language,
    mainArea,
    otherAreas,
    // An area missing from the hierarchy is a buurt when its id is a CBS buurt code.
    othersAreBuurten:
      otherAreas.length > 0 &&
      otherAreas.every((id) => (areaById.get(id)?.kind ?? (/^BU\d/.test(id) ? "buurt" : "area")) === "buurt"),
    areaName: name,
    sharedPrefix,
    shortName: (id) => name(id).slice(sharedPrefix.length).trimStart(),
    indicator: (id) => indicators.get(id),
    result: (factor, area) => results.get(`${factor}\u0000${area}`),
    inhabitants,
    rateAreas: rateAreasOf(mainArea === undefined ? otherAreas : [mainArea, ...otherAreas], areaById),
    goalRollUp: (goal, area) => goals.get(`${goal}\u0000${area}`),
    groupRollUp: (group, area) => groups.get(`${group}\u0000${area}`),
    subgoalLabel: (id) => subgoals.get(id),
    factorName: (id) => factorNames.get(id) ?? id,
  };
}

/** The last day the evaluation counts, as the language writes dates: "30-06-2024" or "2024-06-30". */
export function lastDay(asOf: string, language: Language): string {
  // The day before asOf as Amsterdam's calendar has it: asOf is the first instant not counted.
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(Date.parse(asOf) - 1));
  return formatDay(day, language);
}

function rateAreasOf(listed: readonly string[], areaById: ReadonlyMap<string, Area>): readonly string[] {
  const kinds = new Set<string>();
  for (const id of listed) {
    const area = areaById.get(id);
    if (area?.figures?.inhabitants !== undefined) kinds.add(area.kind);
  }
  return listed.filter((id) => kinds.has(areaById.get(id)?.kind ?? ""));
}

/** The whole words all names start with, when at least two names share them and each has more. */
function commonWords(names: readonly string[]): string {
  const [first, ...rest] = names;
  if (first === undefined || rest.length === 0) return "";
  let words = first.split(" ").slice(0, -1);
  for (const other of rest) {
    const otherWords = other.split(" ");
    let shared = 0;
    while (shared < words.length && shared < otherWords.length - 1 && words[shared] === otherWords[shared]) shared++;
    words = words.slice(0, shared);
  }
  return words.join(" ");
}
