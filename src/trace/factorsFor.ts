import type { Model } from "../model/Model.js";
import type { Factor } from "../model/vision.js";
import { subgoalsOf } from "./internal/subgoalsOf.js";

/**
 * The success factors that measure a goal (through any of its sub-goals) or a sub-goal: the
 * factors of every group that serves it. Reads each group once, with the sub-goals the id stands
 * for in a set: linear in the size of the model.
 *
 * @param model - any parsed model
 * @param goalOrSubgoal - a goal id or a sub-goal id
 * @returns the factors, in model order, each once; empty for an unknown id
 * @category Traceability
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * factorsFor(alblasserdam, "ontwikkelperspectief").map((factor) => factor.id);
 * //=> ["talentontwikkelplekken", "uitstroom-uitkering", "ervaren-ontwikkelperspectief"]
 */
export function factorsFor(model: Model, goalOrSubgoal: string): Factor[] {
  const subgoals = subgoalsOf(model, goalOrSubgoal);
  return model.groups
    .filter((group) => group.subgoals.some((id) => subgoals.has(id)))
    .flatMap((group) => group.factors);
}
