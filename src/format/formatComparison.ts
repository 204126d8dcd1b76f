import type { Unit } from "../model/indicator.js";
import { formatChange } from "./formatChange.js";
import { defaultDecimals, MAXIMUM_DECIMALS, roundedTo, scaleOf, withUnit, writeNumber } from "./internal/digits.js";
import type { Language } from "./Language.js";

/**
 * A current value and its baseline written side by side, with the change between them.
 *
 * @category Format
 * @example
 * const comparison: Comparison = { current: "530", baseline: "480", change: "+10,4%" };
 */
export interface Comparison {
  readonly current: string;
  readonly baseline: string;
  /** The relative change, "+10,4%"; absent when the baseline is 0. */
  readonly change?: string;
  /** With `points: true`: the difference in percentage points, "+0,9". */
  readonly points?: string;
}

/**
 * Options of {@link formatComparison}.
 *
 * @category Format
 * @example
 * const options: FormatComparisonOptions = { points: true };
 */
export interface FormatComparisonOptions {
  /** Compare in percentage points (survey shares) instead of a relative change. */
  readonly points?: boolean;
}

/**
 * Writes a current value, its baseline and the change between them so that a reader can
 * recompute the shown change from the shown figures: both values get the same decimals, as
 * many as that takes. 0.0004 against 0.0002 reads "0,0004 tegen 0,0002 (+100,0%)", never
 * "0 tegen 0"; a mutatiegraad of 0.05055 against 0.04754 (+6,33%) reads "5,05% tegen 4,75%
 * (+6,3%)", because "5,1% tegen 4,8%" would recompute to +6,25%, which reads +6,2 or +6,3.
 *
 * @param current - the current natural value
 * @param baseline - the baseline natural value
 * @param unit - how both read
 * @param language - `nl` or `en`
 * @param options - `points` for percentage points
 * @returns the three texts
 * @category Format
 * @example
 * formatComparison(1200, 1234.5, "count", "nl");
 * //=> { current: "1.200", baseline: "1.234,5", change: "-2,8%" }
 * formatComparison(530, 480, "count", "nl");
 * //=> { current: "530", baseline: "480", change: "+10,4%" }
 * formatComparison(0.0002, 0.0004, "count", "nl");
 * //=> { current: "0,0002", baseline: "0,0004", change: "-50,0%" }
 * formatComparison(0.05055, 0.04754, "percent", "nl");
 * //=> { current: "5,05%", baseline: "4,75%", change: "+6,3%" }
 * formatComparison(0.495, 0.486, "percent", "en", { points: true });
 * //=> { current: "49.5%", baseline: "48.6%", points: "+0.9" }
 */
export function formatComparison(
  current: number,
  baseline: number,
  unit: Unit,
  language: Language,
  options?: FormatComparisonOptions,
): Comparison {
  if (!Number.isFinite(current) || !Number.isFinite(baseline)) return { current: "?", baseline: "?" };
  const scale = scaleOf(unit);
  const shownCurrent = current * scale;
  const shownBaseline = baseline * scale;
  const points = options?.points === true;
  const target = points
    ? pointsText(shownCurrent - shownBaseline, language)
    : baseline === 0
      ? undefined
      : formatChange((current - baseline) / baseline, language);
  let decimals = Math.max(defaultDecimals(shownCurrent, unit), defaultDecimals(shownBaseline, unit));
  // Whole figures are shown exactly, so a reader recomputes exactly the change shown.
  const exact = Number.isInteger(shownCurrent) && Number.isInteger(shownBaseline);
  // Add decimals until the change a reader recomputes from the two texts is the change shown.
  for (let extra = 0; !exact && target !== undefined && extra < 6 && decimals < MAXIMUM_DECIMALS; extra++) {
    const readCurrent = roundedTo(shownCurrent, decimals);
    const readBaseline = roundedTo(shownBaseline, decimals);
    if (readCurrent === shownCurrent && readBaseline === shownBaseline) break;
    // The loop runs only for a baseline that is not 0, and defaultDecimals never shows such a
    // value as 0, so readBaseline is not 0 either.
    const difference = points ? readCurrent - readBaseline : ((readCurrent - readBaseline) / readBaseline) * 100;
    const recomputed = points ? pointsText(difference, language) : formatChange(difference / 100, language);
    // A recomputed 6.25 could be read as 6.2 or 6.3: only an unambiguous match counts.
    if (recomputed === target && !isTie(difference, decimalsOf(target))) break;
    decimals++;
  }
  // Counts drop the trailing zeros both texts share: "0,0002 tegen 0,0004", not "0,00020".
  if (unit === "count")
    while (decimals > 0 && endsInZero(shownCurrent, decimals) && endsInZero(shownBaseline, decimals)) decimals--;
  // A whole count is exact as it is: "1.200 tegen 1.234,5", not "1.200,0".
  const currentText = withUnit(
    writeNumber(shownCurrent, language, unit === "count" && Number.isInteger(shownCurrent) ? 0 : decimals),
    unit,
    language,
  );
  const baselineText = withUnit(
    writeNumber(shownBaseline, language, unit === "count" && Number.isInteger(shownBaseline) ? 0 : decimals),
    unit,
    language,
  );
  // Literals, not spreads: a sentence for each of a national evaluation's results comes here.
  if (target === undefined) return { current: currentText, baseline: baselineText };
  return points
    ? { current: currentText, baseline: baselineText, points: target }
    : { current: currentText, baseline: baselineText, change: target };
}

/** Whether a value written with `decimals` decimals ends in a 0 that can go. */
function endsInZero(shown: number, decimals: number): boolean {
  return Math.abs(shown).toFixed(decimals).endsWith("0");
}

/** The decimals of a written number: "+10,4%" has 1. */
function decimalsOf(text: string): number {
  const match = /[.,](\d+)/.exec(text);
  return match?.[1]?.length ?? 0;
}

/** Whether a value lies (within float noise) halfway between two texts of `decimals` decimals. */
function isTie(value: number, decimals: number): boolean {
  const scaled = Math.abs(value) * 10 ** decimals;
  return Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-9 * Math.max(1, scaled);
}

/** A difference in percentage points with one decimal and a sign: "+0,9", "-3,1", "0,0". */
function pointsText(difference: number, language: Language): string {
  const text = writeNumber(difference, language, 1);
  return `${difference > 0 && text !== writeNumber(0, language, 1) ? "+" : ""}${text}`;
}
