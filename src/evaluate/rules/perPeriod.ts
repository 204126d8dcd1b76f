import type { Rule } from "../../model/rule.js";
import { compareFractions, valueOf } from "../internal/Fraction.js";
import type { Figures, Judgement } from "./Judgement.js";

type PerPeriodRule = Extract<Rule, { kind: "perPeriod" }>;

/**
 * `perPeriod`: the sum over the span must reach `amount` for each `per` it covers, pro-rated
 * by calendar days for a partial span (10 per year over 182 of 366 days: 10 × 182 ÷ 366).
 */
export function perPeriod(rule: PerPeriodRule, figures: Figures): Judgement {
  const target = rule.amount * figures.units(rule.per);
  const met = compareFractions(figures.current, { numerator: target, denominator: 1 }) >= 0;
  return { met, target, progress: target === 0 ? 1 : valueOf(figures.current) / target };
}
