import { z } from "zod";
import { idSchema, optional, textSchema, timestampSchema } from "./internal/fields.js";

/**
 * A tenancy change (a move out of a dwelling), as Woonkracht10 records them: the area and the
 * date, and optionally an id.
 *
 * @category Records
 * @example
 * import { Move } from "buurtaanpak/records";
 *
 * Move.parse({ area: "BU04820101", date: "2024-05-01" }).date;
 * //=> "2024-05-01"
 */
export const Move = z.strictObject({
  id: optional(idSchema),
  area: textSchema(100),
  date: timestampSchema,
});
/** @category Records */
export type Move = z.input<typeof Move>;

/**
 * The dwelling stock of an area from a day on: `dwellings` on `date` and after, until the
 * area's next count. Periods before an area's first count have no known stock.
 *
 * @category Records
 * @example
 * import { DwellingCount } from "buurtaanpak/records";
 *
 * DwellingCount.parse({ area: "BU04820101", date: "2024-01-01", dwellings: "430" }).dwellings;
 * //=> 430
 */
export const DwellingCount = z.strictObject({
  area: textSchema(100),
  date: timestampSchema,
  dwellings: z.union([
    z.number().int().min(0).max(999_999_999),
    z
      .string()
      .trim()
      .regex(/^\d{1,9}$/, "expected a whole number ≥ 0")
      .transform(Number),
  ]),
});
/** @category Records */
export type DwellingCount = z.input<typeof DwellingCount>;

/**
 * What an indicator reads from tenancy changes:
 *
 * | figure | measure | row |
 * |---|---|---|
 * | `count` | count | the moves in the period |
 * | `turnover` | ratio, stock denominator | moves ÷ dwellings, the dwellings as the mean of the daily stock over the period |
 *
 * The turnover's denominator is a stock: the engine takes the time-weighted mean of the
 * denominators, so four quarterly rows give the rate of the year.
 *
 * @category Records
 * @example
 * import { MoveFigure } from "buurtaanpak/records";
 *
 * MoveFigure.parse({ figure: "turnover", granularity: "quarter" }).granularity;
 * //=> "quarter"
 */
export const MoveFigure = z.discriminatedUnion("figure", [
  z.strictObject({ figure: z.literal("count"), granularity: z.enum(["month", "quarter", "year"]).optional() }),
  z.strictObject({ figure: z.literal("turnover"), granularity: z.enum(["month", "quarter", "year"]).optional() }),
]);
/** @category Records */
export type MoveFigure = z.input<typeof MoveFigure>;
