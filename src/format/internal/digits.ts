import type { Unit } from "../../model/indicator.js";
import type { Language } from "../Language.js";

const separators = { nl: { group: ".", decimal: "," }, en: { group: ",", decimal: "." } } as const;

/** The most decimals any text shows: beyond this, a figure is noise, not information. */
export const MAXIMUM_DECIMALS = 10;

/** What one unit of the natural value is on the page: 0.063 as a percentage is 6.3. */
export function scaleOf(unit: Unit): number {
  switch (unit) {
    case "percent":
    case "per-100":
      return 100;
    case "per-1000":
      return 1000;
    case "count":
    case "euro":
      return 1;
  }
}

/**
 * The fewest decimals that show a value honestly in its unit: whole numbers as they are,
 * percentages and rates with one decimal, other fractions with two significant digits — and
 * always enough that a value that is not zero never reads as zero (0.0004 → "0,0004",
 * 0.04% → "0,04%").
 */
export function defaultDecimals(shown: number, unit: Unit): number {
  const magnitude = Math.abs(shown);
  if (magnitude === 0) return unit === "count" || unit === "euro" ? 0 : 1;
  const order = Math.floor(Math.log10(magnitude));
  switch (unit) {
    case "count":
      return Number.isInteger(shown) ? 0 : Math.min(MAXIMUM_DECIMALS, Math.max(1, 1 - order));
    case "euro":
      return Number.isInteger(shown) ? 0 : Math.min(MAXIMUM_DECIMALS, Math.max(2, 1 - order));
    case "percent":
    case "per-100":
    case "per-1000":
      return Math.min(MAXIMUM_DECIMALS, Math.max(1, -order));
  }
}

/**
 * Writes a number with exactly `decimals` decimals in a language's format, grouping thousands:
 * 1234.5 → "1.234,5" (nl) or "1,234.5" (en). Rounds as `toFixed` does, so that every text
 * rounds the same value the same way. `-0` and values that round to zero read without a sign.
 */
export function writeNumber(value: number, language: Language, decimals: number): string {
  const { group, decimal } = separators[language];
  const magnitude = Math.abs(value);
  // Whole numbers without decimals (most counts) skip toFixed.
  const fixed =
    decimals === 0 && Number.isInteger(magnitude) && magnitude < 1e21 ? String(magnitude) : magnitude.toFixed(decimals);
  const point = fixed.indexOf(".");
  const whole = point === -1 ? fixed : fixed.slice(0, point);
  const fraction = point === -1 ? "" : fixed.slice(point + 1);
  const negative = value < 0 && fixed !== "0" && !/^0\.0*$/.test(fixed);
  return `${negative ? "-" : ""}${groupThousands(whole, group)}${fraction === "" ? "" : decimal + fraction}`;
}

/** Puts the group separator between every three digits from the right: 1234567 → "1.234.567". */
function groupThousands(digits: string, separator: string): string {
  if (digits.length <= 3) return digits;
  let first = digits.length % 3;
  if (first === 0) first = 3;
  let grouped = digits.slice(0, first);
  for (let at = first; at < digits.length; at += 3) grouped += separator + digits.slice(at, at + 3);
  return grouped;
}

/** The value a text of `decimals` decimals stands for: what a reader recomputes with. */
export function roundedTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/** Drops trailing zeros of the decimals: "4,50" → "4,5", "12,0" → "12". */
export function trimZeros(text: string, language: Language): string {
  const { decimal } = separators[language];
  if (!text.includes(decimal)) return text;
  const trimmed = text.replace(/0+$/, "");
  return trimmed.endsWith(decimal) ? trimmed.slice(0, -1) : trimmed;
}

/** Puts the unit around a written number: "6,3%", "57,1 per 1.000", "€ 26.900". */
export function withUnit(number: string, unit: Unit, language: Language): string {
  switch (unit) {
    case "count":
      return number;
    case "percent":
      return `${number}%`;
    case "per-100":
      return `${number} per 100`;
    case "per-1000":
      return `${number} per ${language === "nl" ? "1.000" : "1,000"}`;
    case "euro":
      return language === "nl" ? `€ ${number}` : `€${number}`;
  }
}
