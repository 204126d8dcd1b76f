import type { Warning } from "../../evaluate/Evaluation.js";
import type { Area } from "../../model/area.js";
import type { ReportEvaluation } from "./ReportEvaluation.js";

/** The areas a warning names, by its `areas` and its `area`; none for a warning about no area in particular. */
export function namedAreas(warning: Warning): readonly string[] {
  return [...(warning.areas ?? []), ...(warning.area === undefined ? [] : [warning.area])];
}

/** Appends an item to its key's list, starting the list with the key's first item. */
function add<Item>(lists: Map<string, Item[]>, key: string, item: Item): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
}

/**
 * Splits an evaluation into one per target area, each holding only the target's subtree: its
 * areas, results, roll-ups and coverage, and the warnings that name one of its areas (or none).
 * One pass over the results, however many targets: the reports of 342 gemeenten of a national
 * evaluation then cost one scan, not 342. An area under no target is in no part.
 *
 * @param evaluation - the evaluation, protected or not
 * @param targets - the area ids, such as every gemeente
 * @returns the part of a target; a target the hierarchy does not have gets an empty part
 */
export function partition(
  evaluation: ReportEvaluation,
  targets: readonly string[],
): (target: string) => ReportEvaluation {
  const parents = new Map(evaluation.areas.map((area) => [area.id, area.parent]));
  const wanted = new Set(targets);
  const owner = new Map<string, string | null>();
  // The target an area lies under, or null; memoised, so that every area is walked up once.
  const ownerOf = (id: string): string | null => {
    const known = owner.get(id);
    if (known !== undefined) return known;
    const path: string[] = [];
    let found: string | null = null;
    for (let current: string | undefined = id; current !== undefined; current = parents.get(current)) {
      if (wanted.has(current)) {
        found = current;
        break;
      }
      const cached = owner.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      // A hand-built hierarchy may loop (parseAreas refuses that): its areas are under no target.
      if (path.includes(current)) break;
      path.push(current);
    }
    for (const step of path) owner.set(step, found);
    return found;
  };
  const buckets = <Item>(items: readonly Item[], areaOf: (item: Item) => string): Map<string, Item[]> => {
    const out = new Map<string, Item[]>();
    for (const item of items) {
      const target = ownerOf(areaOf(item));
      if (target !== null) add(out, target, item);
    }
    return out;
  };
  const areas = buckets(evaluation.areas, (area: Area) => area.id);
  const factors = buckets(evaluation.factors, (result) => result.area);
  const groups = buckets(evaluation.groups, (rollUp) => rollUp.area);
  const subgoals = buckets(evaluation.subgoals, (rollUp) => rollUp.area);
  const goals = buckets(evaluation.goals, (rollUp) => rollUp.area);
  const coverage = buckets(evaluation.coverage.areas, (entry) => entry.area);
  const warnings = new Map<string, Warning[]>();
  for (const warning of evaluation.warnings) {
    const named = namedAreas(warning);
    const owners = named.length === 0 ? wanted : new Set(named.map(ownerOf));
    for (const target of owners) if (target !== null) add(warnings, target, warning);
  }
  return (target) => ({
    period: evaluation.period,
    baseline: evaluation.baseline,
    asOf: evaluation.asOf,
    complete: evaluation.complete,
    areas: areas.get(target) ?? [],
    factors: factors.get(target) ?? [],
    groups: groups.get(target) ?? [],
    subgoals: subgoals.get(target) ?? [],
    goals: goals.get(target) ?? [],
    coverage: { gaps: evaluation.coverage.gaps, areas: coverage.get(target) ?? [] },
    warnings: warnings.get(target) ?? [],
    ...(evaluation.protection === undefined ? {} : { protection: evaluation.protection }),
  });
}
