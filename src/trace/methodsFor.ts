import type { Model } from "../model/Model.js";
import type { Method } from "../model/vision.js";
import { subgoalsOf } from "./internal/subgoalsOf.js";

/**
 * The methods that serve a goal (through any of its sub-goals) or a sub-goal. Reads each method
 * once, with the sub-goals the id stands for in a set: linear in the size of the model.
 *
 * @param model - any parsed model
 * @param goalOrSubgoal - a goal id or a sub-goal id
 * @returns the methods, in model order; empty for an unknown id
 * @category Traceability
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * methodsFor(alblasserdam, "meldingsbereidheid").map((method) => method.id);
 * //=> ["voorlichting-en-pr"]
 */
export function methodsFor(model: Model, goalOrSubgoal: string): Method[] {
  const subgoals = subgoalsOf(model, goalOrSubgoal);
  return model.methods.filter((method) => method.subgoals.some((id) => subgoals.has(id)));
}
