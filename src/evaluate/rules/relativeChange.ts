import type { Rule } from "../../model/rule.js";
import { compareFractions, valueOf, type Fraction } from "../internal/Fraction.js";
import type { Judgement } from "./Judgement.js";

type RelativeChangeRule = Extract<Rule, { kind: "relativeChange" }>;

/**
 * `relativeChange`: current against baseline, at least +percent % (increase) or at least
 * −percent % (decrease). A value exactly at the target is met; the comparison is
 * cross-multiplied, so 100 → 110 meets +10% and 60/400 → 54/400 meets −10%.
 */
export function relativeChange(rule: RelativeChangeRule, current: Fraction, baseline: Fraction): Judgement {
  if (baseline.numerator === 0) return { reason: "zero-baseline" };
  const sign = rule.direction === "increase" ? 1 : -1;
  // current ≥ baseline × (100 + p) / 100, or ≤ baseline × (100 − p) / 100.
  const factor = 100 + sign * rule.percent;
  const comparison = compareFractions(current, baseline, factor, 100);
  const met = rule.direction === "increase" ? comparison >= 0 : comparison <= 0;
  const change = (current.numerator * baseline.denominator - baseline.numerator * current.denominator) / (baseline.numerator * current.denominator);
  return { met, target: (valueOf(baseline) * factor) / 100, progress: change / ((sign * rule.percent) / 100) };
}
