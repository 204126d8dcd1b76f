import type { Unit } from "../model/indicator.js";
import { defaultDecimals, scaleOf, trimZeros, withUnit, writeNumber } from "./internal/digits.js";
import type { Language } from "./Language.js";

/**
 * Writes a natural value in its unit ({@link Unit}): a share or ratio is kept as a fraction in
 * results and only scaled here, so 0.063 as a percentage reads "6,3%". Percentages and rates
 * show one decimal (more where a small value needs them to not read as zero), counts as whole
 * numbers or with two significant digits, euros as whole euros or with cents.
 *
 * @param value - the natural value, as results carry it
 * @param unit - how the value reads
 * @param language - `nl` or `en`
 * @returns the value with its unit; "?" for NaN or an infinite value
 * @category Format
 * @example
 * formatValue(0.063, "percent", "nl");
 * //=> "6,3%"
 * formatValue(0.4, "percent", "en");
 * //=> "40.0%"
 * formatValue(0.0571, "per-1000", "nl");
 * //=> "57,1 per 1.000"
 * formatValue(530, "count", "nl");
 * //=> "530"
 * formatValue(26900, "euro", "nl");
 * //=> "€ 26.900"
 */
export function formatValue(value: number, unit: Unit, language: Language): string {
  if (!Number.isFinite(value)) return "?";
  const shown = value * scaleOf(unit);
  const text = writeNumber(shown, language, defaultDecimals(shown, unit));
  return withUnit(unit === "count" ? trimZeros(text, language) : text, unit, language);
}
