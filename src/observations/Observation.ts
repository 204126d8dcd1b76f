import { z } from "zod";

const amount = z.number().finite().min(0).max(1e15);
const count = z.number().int().min(0).max(1e15);

/**
 * One observed value of an indicator, for one area and one period. Which fields it holds
 * depends on the indicator's measure:
 *
 * | measure | fields |
 * |---|---|
 * | `count`, `stock` | `value` (≥ 0) |
 * | `ratio` | `numerator` (≥ 0), `denominator` (> 0) |
 * | `share` | `respondents` (whole, ≥ 1), `positive` (whole, 0..respondents) |
 *
 * A missing row is not a zero: "no data" and `0` stay different all the way to the output.
 * Read rows with {@link parseObservations}, which checks them against a model.
 *
 * @category Observations
 * @example
 * Observation.parse({ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 }).value;
 * //=> 530
 */
export const Observation = z.strictObject({
  indicator: z.string().min(1).max(100),
  area: z.string().min(1).max(100),
  period: z.string().min(1).max(100),
  value: amount.optional(),
  numerator: amount.optional(),
  denominator: amount.positive().optional(),
  respondents: count.min(1).optional(),
  positive: count.optional(),
  source: z.string().max(1000).optional(),
  note: z.string().max(4000).optional(),
});
/** @category Observations */
export type Observation = z.output<typeof Observation>;
