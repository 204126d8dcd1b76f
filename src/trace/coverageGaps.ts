import type { Model } from "../model/Model.js";

/**
 * The sub-goals a model leaves unmeasured or unworked: those no success-factor group serves,
 * and those no method serves. A gap is a finding for the gemeente, not an error.
 *
 * @category Traceability
 * @example
 * const gaps: CoverageGaps = { subgoalsWithoutFactor: ["minder-dealen"], subgoalsWithoutMethod: [] };
 */
export interface CoverageGaps {
  /** Sub-goal ids, in model order, that no group of success factors serves. */
  readonly subgoalsWithoutFactor: readonly string[];
  /** Sub-goal ids, in model order, that no method serves. */
  readonly subgoalsWithoutMethod: readonly string[];
}

/**
 * Finds the sub-goals without a success factor and those without a method.
 *
 * @param model - any parsed model
 * @returns the gaps, each list in model order
 * @category Traceability
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * coverageGaps(alblasserdam).subgoalsWithoutFactor;
 * //=> ["klimaatadaptief-biodivers", "afhandeling-meldingen", "minder-woonfraude", "minder-dealen", "minder-ondermijning", "zichtbaarheid-wijkagenten", "hulpverlening-overlast"]
 */
export function coverageGaps(model: Model): CoverageGaps {
  const measured = new Set(model.groups.filter((group) => group.factors.length > 0).flatMap((group) => group.subgoals));
  const worked = new Set(model.methods.flatMap((method) => method.subgoals));
  const subgoals = model.goals.flatMap((goal) => goal.subgoals.map((subgoal) => subgoal.id));
  return {
    subgoalsWithoutFactor: subgoals.filter((id) => !measured.has(id)),
    subgoalsWithoutMethod: subgoals.filter((id) => !worked.has(id)),
  };
}
