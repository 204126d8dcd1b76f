import type { Rule } from "../../model/rule.js";
import { compareFractions, type Fraction } from "../internal/Fraction.js";
import type { Judgement, UnitShare } from "./Judgement.js";

type PerPeriodRule = Extract<Rule, { kind: "perPeriod" }>;

/**
 * `perPeriod`: the sum over the window must reach `amount` for each `per` it covers, pro-rated
 * by the calendar days of the unit each day lies in: 1 January to 30 June 2024 at 10 per year
 * is 10 × 182 ÷ 366, and the four quarters of 2024 add up to 10. Target and progress are each
 * one division, so 12 against 10 has progress 1.2, not 1.1999….
 */
export function perPeriod(rule: PerPeriodRule, current: Fraction, share: UnitShare): Judgement {
  if (share.length === 0) return { met: true, target: 0 };
  const only = share.length === 1 ? share[0] : undefined;
  const target =
    only !== undefined
      ? (rule.amount * only.days) / only.unitDays
      : share.reduce((sum, { days, unitDays }) => sum + (rule.amount * days) / unitDays, 0);
  const met = compareFractions(current, { numerator: target, denominator: 1 }) >= 0;
  if (target === 0) return { met, target };
  const progress =
    only !== undefined
      ? (current.numerator * only.unitDays) / (current.denominator * rule.amount * only.days)
      : current.numerator / current.denominator / target;
  return { met, target, progress };
}
