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

// Beyond these, products of two parts could overflow or underflow: such a fraction is
// compared by its value instead (1e-170 ÷ 2e-170 is 0.5, though 1e-170 × 1e-170 is 0).
const SMALL = 1e-150;
const LARGE = 1e150;

/** The fraction with parts whose products stay in range, or `undefined` when its value is not finite. */
export function normalise(fraction: Fraction): Fraction | undefined {
  const { numerator, denominator } = fraction;
  const value = numerator / denominator;
  if (!Number.isFinite(value)) return undefined;
  const magnitude = Math.abs(numerator);
  if (denominator >= SMALL && denominator <= LARGE && (magnitude === 0 || (magnitude >= SMALL && magnitude <= LARGE)))
    return fraction;
  return { numerator: value, denominator: 1 };
}

/**
 * Compares a with b × factor (a, b normalised fractions with positive denominators),
 * cross-multiplied so that no division rounds first: -1 below, 0 equal within tolerance, 1
 * above. `factorNumerator / factorDenominator` lets 110% be passed as 110 / 100, exactly.
 */
export function compareFractions(a: Fraction, b: Fraction, factorNumerator = 1, factorDenominator = 1): -1 | 0 | 1 {
  const left = a.numerator * b.denominator * factorDenominator;
  const right = b.numerator * a.denominator * factorNumerator;
  const scale = Math.max(Math.abs(left), Math.abs(right));
  if (Math.abs(left - right) <= TOLERANCE * scale) return 0;
  return left < right ? -1 : 1;
}

/** The value of a fraction. */
export function fractionValue(fraction: Fraction): number {
  return fraction.numerator / fraction.denominator;
}

/** (a − b) ÷ b in one division, so that 480 → 530 is exactly 50 ÷ 480; b's numerator is not 0. */
export function changeOf(a: Fraction, b: Fraction): number {
  return (a.numerator * b.denominator - b.numerator * a.denominator) / (b.numerator * a.denominator);
}

/**
 * A sum of inputs with decimals, without the float noise that adding them leaves
 * (0.1 + 0.2 is 0.30000000000000004): rounded to 15 significant digits, the precision of the
 * inputs. Whole numbers are exact already and stay as they are.
 */
export function withoutNoise(sum: number): number {
  return Number.isInteger(sum) ? sum : Number(sum.toPrecision(15));
}
