import type { Model } from "../model/Model.js";
import type { Goal, SubGoal } from "../model/vision.js";

/**
 * The goals and sub-goals a method serves.
 *
 * @param model - any parsed model
 * @param method - a method id
 * @returns the sub-goals the method links to and the goals they belong to, in model order;
 *   both empty for an unknown method
 * @category Traceability
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * goalsServedBy(alblasserdam, "aanbieden-ontwikkelperspectief").goals.map((goal) => goal.id);
 * //=> ["tolerantie-solidariteit"]
 */
export function goalsServedBy(model: Model, method: string): { goals: Goal[]; subgoals: SubGoal[] } {
  const linked = new Set(model.methods.find((candidate) => candidate.id === method)?.subgoals);
  const goals = model.goals.filter((goal) => goal.subgoals.some((subgoal) => linked.has(subgoal.id)));
  const subgoals = model.goals.flatMap((goal) => goal.subgoals.filter((subgoal) => linked.has(subgoal.id)));
  return { goals, subgoals };
}
