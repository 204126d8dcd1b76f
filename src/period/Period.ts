/**
 * A stretch of time between two instants: from `start` (inclusive) to `end` (exclusive), both in
 * epoch milliseconds. Every {@link Period} is a span.
 *
 * @category Periods
 * @example
 * const firstHalf: Span = { start: Date.parse("2023-12-31T23:00:00Z"), end: Date.parse("2024-06-30T22:00:00Z") };
 * isWithin(firstHalf, parsePeriod("2024"));
 * //=> true
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A period, read as calendar dates in Europe/Amsterdam: a year (`2024`), quarter (`2024-Q2`),
 * month (`2024-05`), ISO week (`2024-W18`) or inclusive date range (`2024-03-01/2024-05-31`).
 *
 * It covers [first day 00:00 Amsterdam, day after the last day 00:00 Amsterdam). `start` and `end`
 * are those two Amsterdam midnights in epoch milliseconds; `end` is exclusive. `firstDay` and
 * `lastDay` are the inclusive calendar days as `YYYY-MM-DD`, and `days` counts them. `text` is the
 * canonical text: the forms are strict, so the text as given is canonical. Periods made by this
 * library are frozen.
 *
 * @category Periods
 * @example
 * const april = parsePeriod("2024-04");
 * april.start;
 * //=> Date.parse("2024-03-31T22:00:00Z")
 * april.end;
 * //=> Date.parse("2024-04-30T22:00:00Z")
 * [april.firstDay, april.lastDay, april.days];
 * //=> ["2024-04-01", "2024-04-30", 30]
 */
export interface Period extends Span {
  readonly text: string;
  readonly kind: "year" | "quarter" | "month" | "week" | "range";
  readonly start: number;
  readonly end: number;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly days: number;
}

/**
 * How finely {@link periodOf} places an instant: in a year, quarter, month, ISO week or a single
 * day (written as the one-day range `2024-05-01/2024-05-01`).
 *
 * @category Periods
 * @example
 * const granularity: Granularity = "week";
 * periodOf("2024-12-30", granularity);
 * //=> "2025-W01"
 */
export type Granularity = "year" | "quarter" | "month" | "week" | "day";

/**
 * A point in time, wherever one goes in (an evaluation's `asOf`, {@link periodOf}): a `Date`,
 * epoch milliseconds, an ISO 8601 date-time with `Z` or an offset
 * (`2024-05-01T14:00:00+02:00`), or a date `YYYY-MM-DD`, which stands for midnight in Amsterdam
 * at the start of that day.
 *
 * @category Periods
 * @example
 * const asOf: Instant = "2024-07-01";
 */
export type Instant = Date | string | number;
