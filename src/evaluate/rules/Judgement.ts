import type { Reason } from "../Evaluation.js";
import type { Fraction } from "../internal/Fraction.js";

/** What a rule makes of the figures: met or not, with the numbers that show why, or a reason it cannot tell. */
export type Judgement =
  | { readonly met: boolean; readonly target?: number; readonly progress?: number; readonly significant?: boolean }
  | { readonly reason: Reason };

/** The figures a rule judges. `units` is how many of a perPeriod rule's `per` the current span covers. */
export interface Figures {
  readonly current: Fraction;
  readonly baseline: Fraction | undefined;
  readonly units: (per: "year" | "quarter" | "month") => number;
}
