import type { Rule } from "../../model/rule.js";
import { changeOf, compareFractions, type Fraction } from "../internal/Fraction.js";
import type { Judgement } from "./Judgement.js";

type RelativeChangeRule = Extract<Rule, { kind: "relativeChange" }>;

/**
 * `relativeChange`: current against baseline, at least +percent % (increase) or at least
 * −percent % (decrease). A value exactly at the target is met; the comparison is
 * cross-multiplied, so 100 → 110 meets +10% and 60/400 → 54/400 meets −10%. Target and
 * progress are each one division of exact products: 100 → 110 has progress exactly 1.
 */
export function relativeChange(rule: RelativeChangeRule, current: Fraction, baseline: Fraction): Judgement {
  if (baseline.numerator === 0) return { reason: "zero-baseline" };
  const sign = rule.direction === "increase" ? 1 : -1;
  // current ≥ baseline × (100 + p) / 100, or ≤ baseline × (100 − p) / 100.
  const factor = 100 + sign * rule.percent;
  const comparison = compareFractions(current, baseline, factor, 100);
  const met = rule.direction === "increase" ? comparison >= 0 : comparison <= 0;
  const difference = current.numerator * baseline.denominator - baseline.numerator * current.denominator;
  const progress =
    comparison === 0 ? 1 : (difference * 100) / (baseline.numerator * current.denominator * sign * rule.percent);
  return {
    met,
    target: (baseline.numerator * factor) / (baseline.denominator * 100),
    progress: Number.isFinite(progress) ? progress : changeOf(current, baseline) / ((sign * rule.percent) / 100),
  };
}
