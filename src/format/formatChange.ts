import { defaultDecimals, writeNumber } from "./internal/digits.js";
import type { Language } from "./Language.js";

/**
 * Writes a relative change (a fraction, as results carry it) as a signed percentage with one
 * decimal, and more only where a change that is not zero would otherwise read "0,0%" (its first
 * significant digit then shows).
 *
 * @param change - (current − baseline) ÷ baseline, such as 0.104
 * @param language - `nl` or `en`
 * @returns the change as text; "?" for NaN or an infinite value
 * @category Format
 * @example
 * formatChange(50 / 480, "nl");
 * //=> "+10,4%"
 * formatChange(-0.5, "en");
 * //=> "-50.0%"
 * formatChange(0, "nl");
 * //=> "0,0%"
 * formatChange(0.00001, "nl");
 * //=> "+0,001%"
 */
export function formatChange(change: number, language: Language): string {
  if (!Number.isFinite(change)) return "?";
  const shown = change * 100;
  const text = writeNumber(shown, language, defaultDecimals(shown, "percent"));
  return `${shown > 0 ? "+" : ""}${text}%`;
}
