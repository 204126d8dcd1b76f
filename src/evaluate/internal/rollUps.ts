import type { Model } from "../../model/Model.js";
import type { FactorResult, RollUp, Status, StatusCounts } from "../Evaluation.js";

/**
 * Rolls factor statuses up to groups, sub-goals and goals, per area. A factor without a result
 * in an area counts as `no-data` there; a factor that serves a goal through two sub-goals counts
 * once for the goal.
 */
export function rollUps(model: Model, factors: readonly FactorResult[], areas: readonly string[]) {
  const byArea = new Map<string, Map<string, Status>>();
  for (const result of factors) {
    let statusOf = byArea.get(result.area);
    if (statusOf === undefined) byArea.set(result.area, (statusOf = new Map()));
    statusOf.set(result.factor, result.status);
  }
  const statusOf = (factor: string, area: string): Status | undefined => byArea.get(area)?.get(factor);

  const factorsOfSubgoal = new Map<string, Set<string>>();
  for (const group of model.groups) {
    for (const subgoal of group.subgoals) {
      let set = factorsOfSubgoal.get(subgoal);
      if (set === undefined) factorsOfSubgoal.set(subgoal, (set = new Set()));
      for (const factor of group.factors) set.add(factor.id);
    }
  }
  const roll = <Key extends "group" | "subgoal" | "goal">(key: Key, id: string, members: readonly string[]) =>
    areas.map((area) => {
      const counts: Record<Status, number> = { achieved: 0, "not-achieved": 0, "on-track": 0, behind: 0, monitored: 0, "no-data": 0, "not-evaluable": 0 };
      for (const factor of members) counts[statusOf(factor, area) ?? "no-data"]++;
      const met = counts.achieved + counts["on-track"];
      const judged = met + counts.behind + counts["not-achieved"];
      const rollUp = { [key]: id, area, factors: members.length, counts: counts satisfies StatusCounts, score: judged === 0 ? null : met / judged };
      return rollUp as RollUp;
    });

  const groups = model.groups.flatMap((group) => roll("group", group.id, group.factors.map((factor) => factor.id)));
  const subgoals = model.goals.flatMap((goal) =>
    goal.subgoals.flatMap((subgoal) => roll("subgoal", subgoal.id, [...(factorsOfSubgoal.get(subgoal.id) ?? [])])),
  );
  const goals = model.goals.flatMap((goal) => {
    const members = new Set(goal.subgoals.flatMap((subgoal) => [...(factorsOfSubgoal.get(subgoal.id) ?? [])]));
    return roll("goal", goal.id, [...members]);
  });
  return { groups, subgoals, goals, statusOf };
}
