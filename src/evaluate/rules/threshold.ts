import type { Rule } from "../../model/rule.js";
import { compareFractions, type Fraction } from "../internal/Fraction.js";
import type { Judgement } from "./Judgement.js";

type ThresholdRule = Extract<Rule, { kind: "threshold" }>;

/**
 * `threshold`: the current value must lie within the bounds, which are inclusive and written in
 * the natural value (a share of 50% is 0.5).
 */
export function threshold(rule: ThresholdRule, current: Fraction): Judgement {
  const above =
    rule.atLeast === undefined || compareFractions(current, { numerator: rule.atLeast, denominator: 1 }) >= 0;
  const below = rule.atMost === undefined || compareFractions(current, { numerator: rule.atMost, denominator: 1 }) <= 0;
  const target = rule.atLeast ?? rule.atMost;
  return target === undefined ? { met: above && below } : { met: above && below, target };
}
