import type { Rule } from "../../model/rule.js";
import type { Fraction } from "../internal/Fraction.js";
import type { Judgement } from "./Judgement.js";

type QualitativeRule = Extract<Rule, { kind: "qualitative" }>;

/** The two-sided 95% critical value of the standard normal distribution. */
const Z_95 = 1.959963984540054;
const DEFAULT_MIN_RESPONDENTS = 30;

/**
 * `qualitative`: a survey share (positive ÷ respondents) must change in the rule's direction,
 * significantly at the 95% level by a two-sided two-proportion z-test with pooled variance.
 * Fewer than `minRespondents` (default 30) in either span cannot be judged.
 */
export function qualitative(rule: QualitativeRule, current: Fraction, baseline: Fraction): Judgement {
  const minimum = rule.minRespondents ?? DEFAULT_MIN_RESPONDENTS;
  if (current.denominator < minimum || baseline.denominator < minimum) return { reason: "too-few-respondents" };
  const significant = isSignificant(current, baseline);
  const rising = current.numerator * baseline.denominator > baseline.numerator * current.denominator;
  const falling = current.numerator * baseline.denominator < baseline.numerator * current.denominator;
  const met = significant && (rule.direction === "increase" ? rising : falling);
  return { met, significant, target: baseline.numerator / baseline.denominator };
}

/** Two-proportion z-test, pooled: |z| ≥ 1.96. Both shares at 0% or at 100% differ by nothing. */
export function isSignificant(current: Fraction, baseline: Fraction): boolean {
  const pooled = (current.numerator + baseline.numerator) / (current.denominator + baseline.denominator);
  const variance = pooled * (1 - pooled) * (1 / current.denominator + 1 / baseline.denominator);
  if (variance <= 0) return false;
  const z = (current.numerator / current.denominator - baseline.numerator / baseline.denominator) / Math.sqrt(variance);
  return Math.abs(z) >= Z_95;
}
