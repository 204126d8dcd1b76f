import type { Span } from "./Period.js";

/**
 * Tells whether one span lies wholly inside another. The edges count as inside, so a period lies
 * within itself. An observation counts towards a span only when its period lies within it.
 *
 * @param inner - the span that should fit, such as an observation's period
 * @param outer - the span it should fit in, such as the evaluated period
 * @returns `true` when `inner` starts no earlier and ends no later than `outer`
 * @category Periods
 * @example
 * isWithin(parsePeriod("2024-05"), parsePeriod("2024-Q2"));
 * //=> true
 * isWithin(parsePeriod("2025-W01"), parsePeriod("2025")); // the week starts on 30 December 2024
 * //=> false
 */
export function isWithin(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
