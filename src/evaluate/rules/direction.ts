import { compareFractions, type Fraction, fractionValue } from "../internal/Fraction.js";
import type { Judgement } from "./Judgement.js";

/**
 * `increase` / `decrease`: any strict rise (or fall) against the baseline. An equal value is
 * not met; a baseline of 0 is fine.
 */
export function direction(kind: "increase" | "decrease", current: Fraction, baseline: Fraction): Judgement {
  const comparison = compareFractions(current, baseline);
  return { met: kind === "increase" ? comparison > 0 : comparison < 0, target: fractionValue(baseline) };
}
