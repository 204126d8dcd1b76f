import { defaultDecimals, MAXIMUM_DECIMALS, trimZeros, writeNumber } from "./internal/digits.js";
import type { Language } from "./Language.js";

/**
 * Options of {@link formatNumber}.
 *
 * @category Format
 * @example
 * const options: FormatNumberOptions = { decimals: 1 };
 */
export interface FormatNumberOptions {
  /**
   * Exactly this many decimals (0 to 10), zeros kept. Without it, whole numbers show none and
   * other numbers two significant digits, at least one decimal, trailing zeros dropped.
   */
  readonly decimals?: number;
}

/**
 * Writes a plain number in a language's format, grouping thousands: `1234.5` reads "1.234,5" in
 * Dutch and "1,234.5" in English. A number that is not zero never reads as zero: 0.0004 is
 * "0,0004". Every text of the library — sentences, tables, Markdown, reports — writes numbers
 * through this module, so a figure never reads one way in a sentence and another in a table.
 *
 * @param value - a finite number
 * @param language - `nl` or `en`
 * @param options - a fixed number of decimals
 * @returns the number as text; "?" for NaN or an infinite value, which no result carries
 * @category Format
 * @example
 * formatNumber(4509, "nl");
 * //=> "4.509"
 * formatNumber(4509, "en");
 * //=> "4,509"
 * formatNumber(23.4666, "nl");
 * //=> "23,5"
 * formatNumber(0.0004, "nl");
 * //=> "0,0004"
 * formatNumber(2.5, "en", { decimals: 2 });
 * //=> "2.50"
 */
export function formatNumber(value: number, language: Language, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) return "?";
  const { decimals } = options;
  if (decimals !== undefined)
    return writeNumber(value, language, Math.min(MAXIMUM_DECIMALS, Math.max(0, Math.trunc(decimals))));
  return trimZeros(writeNumber(value, language, defaultDecimals(value, "count")), language);
}
