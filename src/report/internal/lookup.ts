import type { GoalRollUp, SubgoalRollUp, Warning } from "../../evaluate/Evaluation.js";
import type { Area } from "../../model/area.js";
import type { Indicator, Unit } from "../../model/indicator.js";
import type { Model } from "../../model/Model.js";
import { namedAreas } from "./partition.js";
import type { ReportEvaluation, ReportFactor } from "./ReportEvaluation.js";

/** Quick access to one evaluation's results, built once per report: no scan per cell. */
export interface Lookup {
  readonly evaluation: ReportEvaluation;
  /** The evaluation's warnings that concern the report's area: those that name none, or one in its subtree. */
  readonly warnings: readonly Warning[];
  /** The area's name, or its id when the hierarchy does not know it. */
  readonly areaName: (id: string) => string;
  readonly result: (factor: string, area: string) => ReportFactor | undefined;
  readonly goal: (goal: string, area: string) => GoalRollUp | undefined;
  readonly subgoal: (subgoal: string, area: string) => SubgoalRollUp | undefined;
  /** The areas the report breaks its figures down into: the buurten under `area`, else its children, in hierarchy order. */
  readonly partsOf: (area: string) => readonly Area[];
}

const key = (first: string, second: string) => `${first}\u0000${second}`;

/**
 * Indexes an evaluation's results by factor and area, and its roll-ups by goal and area, for the
 * area a report is about and its descendants only: a report for one gemeente of a national
 * evaluation then indexes that gemeente's results, not the country's.
 *
 * @param evaluation - the evaluation, protected or not
 * @param areas - the areas to name them by: the evaluation's, else the model's
 * @param mainArea - the area the report is about; undefined indexes every result
 * @returns the lookup
 */
export function lookup(evaluation: ReportEvaluation, areas: readonly Area[], mainArea: string | undefined): Lookup {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const children = new Map<string, Area[]>();
  for (const area of areas) {
    if (area.parent === undefined) continue;
    const list = children.get(area.parent) ?? [];
    list.push(area);
    children.set(area.parent, list);
  }
  const descendants = (id: string): Area[] => {
    const found: Area[] = [];
    const seen = new Set<string>([id]);
    const stack = [...(children.get(id) ?? [])];
    // Depth first; a cycle (which parseAreas refuses) cannot loop here.
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (seen.has(next.id)) continue;
      seen.add(next.id);
      found.push(next);
      stack.push(...(children.get(next.id) ?? []));
    }
    return found;
  };
  const below = mainArea === undefined ? [] : descendants(mainArea);
  // A report on the whole hierarchy (a gemeente's own evaluation) needs no filter at all.
  const scope =
    mainArea === undefined || below.length + 1 >= areas.length
      ? undefined
      : new Set([mainArea, ...below.map((area) => area.id)]);
  const inScope = (area: string) => scope === undefined || scope.has(area);
  const results = new Map<string, ReportFactor>();
  for (const result of evaluation.factors)
    if (inScope(result.area)) results.set(key(result.factor, result.area), result);
  const goals = new Map<string, GoalRollUp>();
  for (const rollUp of evaluation.goals) if (inScope(rollUp.area)) goals.set(key(rollUp.goal, rollUp.area), rollUp);
  const subgoals = new Map<string, SubgoalRollUp>();
  for (const rollUp of evaluation.subgoals)
    if (inScope(rollUp.area)) subgoals.set(key(rollUp.subgoal, rollUp.area), rollUp);
  const parts = new Map<string, readonly Area[]>();
  const partsOf = (id: string): readonly Area[] => {
    const known = parts.get(id);
    if (known !== undefined) return known;
    const below = new Set(descendants(id));
    // In hierarchy order: the order of `areas`, in which the children lists are built as well.
    const buurten = areas.filter((area) => area.kind === "buurt" && below.has(area));
    const found = buurten.length > 0 ? buurten : (children.get(id) ?? []);
    parts.set(id, found);
    return found;
  };
  // A warning about areas elsewhere only is not this report's; one about no area in particular is.
  const warnings = evaluation.warnings.filter((warning) => {
    const named = namedAreas(warning);
    return named.length === 0 || named.some(inScope);
  });
  return {
    evaluation,
    warnings,
    areaName: (id) => byId.get(id)?.name ?? id,
    result: (factor, area) => results.get(key(factor, area)),
    goal: (goal, area) => goals.get(key(goal, area)),
    subgoal: (subgoal, area) => subgoals.get(key(subgoal, area)),
    partsOf,
  };
}

/**
 * The area a report is about: the one asked for, else the model's gemeente when the hierarchy
 * has it, else the first area without a parent, else the area of the first result.
 */
export function mainAreaOf(
  model: Model,
  evaluation: ReportEvaluation,
  areas: readonly Area[],
  asked: string | undefined,
): string | undefined {
  if (asked !== undefined) return asked;
  if (areas.some((area) => area.id === model.gemeente.code)) return model.gemeente.code;
  return areas.find((area) => area.parent === undefined)?.id ?? evaluation.factors[0]?.area;
}

/** How an indicator's value reads; a Label in `unit` is the older form of `noun` (see Indicator). */
export function unitOf(indicator: Indicator | undefined): Unit {
  if (typeof indicator?.unit === "string") return indicator.unit;
  return indicator?.measure === "share" ? "percent" : "count";
}
