import { z } from "zod";
import { Id, Label, sourced } from "./common.js";

/**
 * How an indicator's observations are recorded and aggregated.
 *
 * | measure | fields | over time | over areas |
 * |---|---|---|---|
 * | `count` | `value` | sum | sum |
 * | `stock` | `value` | the last value | sum |
 * | `ratio` | `numerator`, `denominator` | sum both, then divide | sum both, then divide |
 * | `share` | `respondents`, `positive` | pool | pool |
 *
 * @category Model
 * @example
 * Measure.parse("ratio");
 * //=> "ratio"
 */
export const Measure = z.enum(["count", "stock", "ratio", "share"]);
/** @category Model */
export type Measure = z.output<typeof Measure>;

/**
 * Something that is observed per area and period, such as the number of Fixi reports.
 *
 * @category Model
 * @example
 * Indicator.parse({
 *   id: "fixi-meldingen",
 *   label: { nl: "Fixi-meldingen", en: "Fixi reports" },
 *   measure: "count",
 *   provenance: "interpreted",
 * }).measure;
 * //=> "count"
 */
export const Indicator = z.strictObject({
  id: Id,
  label: Label,
  measure: Measure,
  unit: Label.optional(),
  description: Label.optional(),
  aliases: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  ...sourced,
});
/** @category Model */
export type Indicator = z.output<typeof Indicator>;
