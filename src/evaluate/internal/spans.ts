import { BuurtaanpakError } from "../../errors/BuurtaanpakError.js";
import { dayOf, dayOfInstant, dayOfText, daysInMonth, partsOfDay, readInstant, textOfDay } from "../../period/days.js";
import type { Instant, Period } from "../../period/Period.js";
import { parsePeriod } from "../../period/parsePeriod.js";
import { previousYear } from "../../period/previousYear.js";

/**
 * The two windows one evaluation compares, in day numbers (see src/period/days.ts): the
 * current window [currentFirst, currentEnd) and the baseline window [baselineFirst,
 * baselineEnd), both with an exclusive end.
 *
 * A partial period (asOf inside it) compares the days that have passed, [period start, the
 * Amsterdam day of asOf), with the same calendar stretch of the baseline: the current window
 * moved back by the calendar distance between the period and its baseline (contract.md,
 * "Calendar-aligned baseline"). `shift` maps a current last day to its baseline last day;
 * common reach and like-for-like sets may compare less than these windows, never more.
 */
export interface Spans {
  readonly period: Period;
  readonly baseline: Period;
  /** The instant of asOf, epoch ms. */
  readonly asOf: number;
  readonly complete: boolean;
  readonly currentFirst: number;
  readonly currentEnd: number;
  readonly baselineFirst: number;
  readonly baselineEnd: number;
  /** The ends of the whole period and baseline, exclusive: rows after the windows lie here. */
  readonly periodEnd: number;
  readonly baselinePeriodEnd: number;
  /** The baseline last day that pairs with a current last day (current first − 1 maps to baseline first − 1). */
  readonly shift: (lastDay: number) => number;
  /** The latest current last day whose baseline pair is at or before `baselineLastDay`. */
  readonly unshift: (baselineLastDay: number) => number;
}

/** The options that fix the spans. */
export interface SpanOptions {
  readonly period: string;
  readonly baseline?: string | undefined;
  readonly asOf?: Instant | undefined;
}

/**
 * Reads the period, baseline and asOf options into the two windows. Throws a
 * {@link BuurtaanpakError} `invalid-options` for an unreadable option or an asOf before the
 * period starts.
 */
export function resolveSpans(options: SpanOptions): Spans {
  const period = read(options.period, "period");
  const baseline = options.baseline === undefined ? previousYear(period) : read(options.baseline, "baseline");
  const periodFirst = dayOfText(period.firstDay);
  const periodEnd = periodFirst + period.days;
  const baselineFirst = dayOfText(baseline.firstDay);
  const baselinePeriodEnd = baselineFirst + baseline.days;
  let asOf = period.end;
  if (options.asOf !== undefined) {
    const instant = readInstant(options.asOf);
    if (typeof instant === "string") throw invalid("asOf", "invalid-option", instant);
    asOf = instant;
  }
  if (asOf < period.start) {
    throw invalid(
      "asOf",
      "as-of-before-period",
      `asOf (${textOfDay(dayOfInstant(asOf))} in Amsterdam) is before the period ${period.text} starts (${period.firstDay})`,
    );
  }
  const complete = asOf >= period.end;
  const shift = shiftOf(periodFirst, baselineFirst, baselinePeriodEnd);
  const unshift = (baselineLastDay: number): number => {
    // The largest c in [first − 1, end − 1] with shift(c) ≤ baselineLastDay; shift never falls.
    let low = periodFirst - 1;
    let high = periodEnd - 1;
    if (shift(high) <= baselineLastDay) return high;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (shift(middle) <= baselineLastDay) low = middle;
      else high = middle;
    }
    return low;
  };
  const currentEnd = complete ? periodEnd : Math.max(periodFirst, Math.min(periodEnd, dayOfInstant(asOf)));
  const baselineEnd = complete ? baselinePeriodEnd : shift(currentEnd - 1) + 1;
  return {
    period,
    baseline,
    asOf,
    complete,
    currentFirst: periodFirst,
    currentEnd,
    baselineFirst,
    baselineEnd,
    periodEnd,
    baselinePeriodEnd,
    shift,
    unshift,
  };
}

/**
 * The calendar shift from the period to its baseline, on last days. When both start on the same
 * day of the month (years, quarters, months, most ranges), the shift is a whole number of months
 * and the last day of a month maps to the last day of the other month: Jan–Jun 2025 pairs with
 * Jan–Jun 2024, Jan–Feb 2025 with Jan 1–Feb 29 2024, and 29 February with 28 February. Other
 * periods (ISO weeks) shift by a whole number of days. The result never passes the baseline.
 */
function shiftOf(periodFirst: number, baselineFirst: number, baselineEnd: number): (lastDay: number) => number {
  const [periodYear, periodMonth, periodDate] = partsOfDay(periodFirst);
  const [baselineYear, baselineMonth, baselineDate] = partsOfDay(baselineFirst);
  const clamp = (day: number) => Math.min(Math.max(day, baselineFirst - 1), baselineEnd - 1);
  if (periodDate !== baselineDate) {
    const days = periodFirst - baselineFirst;
    return (lastDay) => (lastDay < periodFirst ? baselineFirst - 1 : clamp(lastDay - days));
  }
  const months = (periodYear - baselineYear) * 12 + (periodMonth - baselineMonth);
  return (lastDay) => {
    if (lastDay < periodFirst) return baselineFirst - 1;
    const [year, month, date] = partsOfDay(lastDay);
    const targetMonth = month - months;
    const targetYear = year + Math.floor(targetMonth / 12);
    const monthIndex = ((targetMonth % 12) + 12) % 12;
    const length = daysInMonth(targetYear, monthIndex);
    const isLastOfMonth = date === daysInMonth(year, month);
    return clamp(dayOf(targetYear, monthIndex, isLastOfMonth ? length : Math.min(date, length)));
  };
}

function read(text: unknown, field: "period" | "baseline"): Period {
  if (typeof text !== "string")
    throw invalid(
      field,
      "invalid-option",
      `'${String(text)}' is not a period: a period is a text such as 2024 or 2024-Q2`,
    );
  try {
    return parsePeriod(text);
  } catch (error) {
    if (error instanceof BuurtaanpakError)
      throw invalid(field, "invalid-period", error.issues[0]?.message ?? `'${text}' is not a period`);
    throw error;
  }
}

function invalid(
  field: string,
  code: "invalid-option" | "as-of-before-period" | "invalid-period",
  message: string,
): BuurtaanpakError {
  return new BuurtaanpakError("invalid-options", [{ path: [field], code, message }]);
}
