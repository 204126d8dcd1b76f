import type { Model } from "../../model/Model.js";

/**
 * The sub-goal ids an id stands for: a goal stands for all its sub-goals, a sub-goal for
 * itself. Unknown ids stand for nothing.
 */
export function subgoalsOf(model: Model, goalOrSubgoal: string): ReadonlySet<string> {
  for (const goal of model.goals) {
    if (goal.id === goalOrSubgoal) return new Set(goal.subgoals.map((subgoal) => subgoal.id));
    if (goal.subgoals.some((subgoal) => subgoal.id === goalOrSubgoal)) return new Set([goalOrSubgoal]);
  }
  return new Set();
}
