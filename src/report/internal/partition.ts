import type { Area } from "../../model/area.js";
import type { ReportEvaluation } from "./ReportEvaluation.js";

/**
 * Splits an evaluation into one per target area, each holding only the target's subtree: its
 * areas, results, roll-ups and coverage, and the warnings that name one of its areas (or none).
 * One pass over the results, however many targets: the reports of 342 gemeenten of a national
 * evaluation then cost one scan, not 342. An area under no target is in no part.
 *
 * @param evaluation - the evaluation, protected or not
 * @param targets - the area ids, such as every gemeente
 * @returns the parts, by target id; a target the hierarchy does not have gets an empty part
 */
export function partition(evaluation: ReportEvaluation, targets: readonly string[]): Map<string, ReportEvaluation> {
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
      if (path.includes(current)) break;
      path.push(current);
    }
    for (const step of path) owner.set(step, found);
    return found;
  };
  const buckets = <Item extends { readonly area: string }>(items: readonly Item[]): Map<string, Item[]> => {
    const out = new Map<string, Item[]>(targets.map((target) => [target, []]));
    for (const item of items) {
      const target = ownerOf(item.area);
      if (target !== null) out.get(target)?.push(item);
    }
    return out;
  };
  const areas = new Map<string, Area[]>(targets.map((target) => [target, []]));
  for (const area of evaluation.areas) {
    const target = ownerOf(area.id);
    if (target !== null) areas.get(target)?.push(area);
  }
  const factors = buckets(evaluation.factors);
  const groups = buckets(evaluation.groups);
  const subgoals = buckets(evaluation.subgoals);
  const goals = buckets(evaluation.goals);
  const coverage = buckets(evaluation.coverage.areas);
  const warnings = new Map(targets.map((target) => [target, [] as (typeof evaluation.warnings)[number][]]));
  for (const warning of evaluation.warnings) {
    const named = [...(warning.areas ?? []), ...(warning.area === undefined ? [] : [warning.area])];
    const owners = named.length === 0 ? targets : [...new Set(named.map(ownerOf).filter((target) => target !== null))];
    for (const target of owners) warnings.get(target)?.push(warning);
  }
  return new Map(
    targets.map((target) => [
      target,
      {
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
      },
    ]),
  );
}
