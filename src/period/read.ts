/**
 * Reading periods without throwing, for the library's other modules (observations, the
 * testing kit): the same reader `parsePeriod` uses. Not exported from the package.
 *
 * @internal
 * @packageDocumentation
 */
export { readPeriod } from "./internal/readPeriod.js";
