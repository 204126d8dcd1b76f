import type { Model } from "../../model/Model.js";
import type { RollUp, Status } from "../Evaluation.js";
import { decodeStatus } from "./statuses.js";

/**
 * Rolls factor statuses up to groups, sub-goals and goals, per area with results. `statusOf`
 * holds a status code per factor (model order) and area: `statusOf[factor * areaCount + area]`,
 * 0 where the factor has no result, which counts as `no-data`. A factor that serves a goal
 * through two sub-goals counts once for it.
 */
export function rollUps(model: Model, statusOf: Uint8Array, areaIds: readonly string[], evaluated: readonly number[]) {
  const factorIndex = new Map(model.groups.flatMap((group) => group.factors).map((factor, index) => [factor.id, index]));
  const membersOf = (factors: Iterable<{ id: string }>) => [...new Set([...factors].map((factor) => factorIndex.get(factor.id) ?? -1))];
  const factorsOfSubgoal = (subgoal: string) => model.groups.filter((group) => group.subgoals.includes(subgoal)).flatMap((group) => group.factors);
  const areaCount = areaIds.length;

  const roll = (key: "group" | "subgoal" | "goal", id: string, members: readonly number[]): RollUp[] =>
    evaluated.map((index) => {
      const counts: Record<Status, number> = { achieved: 0, "not-achieved": 0, "on-track": 0, behind: 0, monitored: 0, "no-data": 0, "not-evaluable": 0 };
      for (const factor of members) counts[decodeStatus(statusOf[factor * areaCount + index] ?? 0) ?? "no-data"]++;
      const met = counts.achieved + counts["on-track"];
      const judged = met + counts.behind + counts["not-achieved"];
      const score = judged === 0 ? null : met / judged;
      const area = areaIds[index] ?? "";
      const factors = members.length;
      // One literal per key: no intermediate object for each of a national evaluation's roll-ups.
      if (key === "group") return { group: id, area, factors, counts, score };
      if (key === "subgoal") return { subgoal: id, area, factors, counts, score };
      return { goal: id, area, factors, counts, score };
    });

  return {
    groups: model.groups.flatMap((group) => roll("group", group.id, membersOf(group.factors))),
    subgoals: model.goals.flatMap((goal) => goal.subgoals.flatMap((subgoal) => roll("subgoal", subgoal.id, membersOf(factorsOfSubgoal(subgoal.id))))),
    goals: model.goals.flatMap((goal) => roll("goal", goal.id, membersOf(goal.subgoals.flatMap((subgoal) => factorsOfSubgoal(subgoal.id))))),
  };
}
