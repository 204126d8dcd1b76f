/**
 * An aggregated value kept as the two sums it came from, so that comparisons stay exact:
 * counts and stocks have denominator 1, ratios sum both parts, shares are positive ÷ respondents.
 */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

// Relative tolerance for comparisons. The sums are exact for whole numbers below 2^53; the
// tolerance only absorbs the rounding of non-integer inputs and percentages such as 10.1,
// so that a value exactly at its target is never flipped by float noise.
const TOLERANCE = 1e-12;

/**
 * Compares a with b × factor (a, b fractions with positive denominators), cross-multiplied so
 * that no division rounds first: -1 below, 0 equal within tolerance, 1 above.
 * `factorNumerator / factorDenominator` lets 110% be passed as 110 / 100, exactly.
 */
export function compareFractions(a: Fraction, b: Fraction, factorNumerator = 1, factorDenominator = 1): -1 | 0 | 1 {
  const left = a.numerator * b.denominator * factorDenominator;
  const right = b.numerator * a.denominator * factorNumerator;
  const scale = Math.max(Math.abs(left), Math.abs(right));
  if (Math.abs(left - right) <= TOLERANCE * scale) return 0;
  return left < right ? -1 : 1;
}

/** The value of a fraction. */
export function valueOf(fraction: Fraction): number {
  return fraction.numerator / fraction.denominator;
}
