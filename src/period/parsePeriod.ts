import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import { readPeriod } from "./internal/readPeriod.js";
import type { Period } from "./Period.js";

/**
 * Reads a period string as calendar dates in Europe/Amsterdam: a year (`2024`), quarter
 * (`2024-Q2`), month (`2024-05`), ISO week (`2024-W18`) or inclusive date range
 * (`2024-03-01/2024-05-31`). The forms are strict: no spaces, four-digit years 1000–9999,
 * two-digit months and weeks, capital `Q` and `W`.
 *
 * @param text - the period as written
 * @returns the period, frozen
 * @throws {@link BuurtaanpakError} with code `invalid-period` and one issue whose message starts
 *   with `'<text>' is not a period: `, followed by what is wrong
 * @category Periods
 * @example
 * parsePeriod("2025-W01").firstDay;
 * //=> "2024-12-30"
 * parsePeriod("2024").days;
 * //=> 366
 * parsePeriod("2024-Q5");
 * //=> throws BuurtaanpakError: '2024-Q5' is not a period: a quarter is Q1 to Q4
 */
export function parsePeriod(text: string): Period {
  const period = readPeriod(text);
  if (typeof period === "string") {
    throw new BuurtaanpakError("invalid-period", [
      {
        code: "invalid-period",
        path: [],
        params: { text, reason: period },
        message: `'${text}' is not a period: ${period}`,
      },
    ]);
  }
  return period;
}
