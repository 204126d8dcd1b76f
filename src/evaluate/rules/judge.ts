import type { Rule } from "../../model/rule.js";
import { direction } from "./direction.js";
import type { Figures, Judgement } from "./Judgement.js";
import { perPeriod } from "./perPeriod.js";
import { qualitative } from "./qualitative.js";
import { relativeChange } from "./relativeChange.js";
import { threshold } from "./threshold.js";

/** Whether a rule compares against a baseline; without one it has no data to judge. */
export function needsBaseline(rule: Rule): boolean {
  switch (rule.kind) {
    case "relativeChange":
    case "increase":
    case "decrease":
    case "qualitative":
      return true;
    case "perPeriod":
    case "threshold":
    case "tracked":
      return false;
  }
}

/**
 * Judges figures by a rule. The caller has checked that the figures the rule needs are there.
 * Returns `undefined` for `tracked`, which has no target.
 */
export function judge(rule: Rule, figures: Figures): Judgement | undefined {
  const { current, baseline = { numerator: 0, denominator: 1 } } = figures;
  switch (rule.kind) {
    case "relativeChange":
      return relativeChange(rule, current, baseline);
    case "increase":
    case "decrease":
      return direction(rule.kind, current, baseline);
    case "qualitative":
      return qualitative(rule, current, baseline);
    case "perPeriod":
      return perPeriod(rule, figures);
    case "threshold":
      return threshold(rule, current);
    case "tracked":
      return undefined;
  }
}
