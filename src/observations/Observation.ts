import { z } from "zod";
import { checkAreaCode } from "../internal/checkAreaCode.js";
import { readPeriod } from "../period/read.js";

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
 * This schema checks what a row can be checked for without a model, as the parser does: one
 * group of figures, a readable period, an area id that is a well-formed CBS code where it looks
 * like one, and no more positives than respondents. Read rows with {@link parseObservations},
 * which also checks them against a model's indicators.
 *
 * @category Observations
 * @example
 * Observation.parse({ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 }).value;
 * //=> 530
 */
export const Observation = z
  .strictObject({
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
  })
  .superRefine((row, context) => {
    const groups = [
      row.value !== undefined,
      row.numerator !== undefined || row.denominator !== undefined,
      row.respondents !== undefined || row.positive !== undefined,
    ].filter(Boolean).length;
    if (groups !== 1)
      context.addIssue({
        code: "custom",
        path: [],
        message: "a row holds one group of figures: value, or numerator and denominator, or respondents and positive",
      });
    else if ((row.numerator === undefined) !== (row.denominator === undefined))
      context.addIssue({
        code: "custom",
        path: [row.numerator === undefined ? "numerator" : "denominator"],
        message: "missing: a ratio needs numerator and denominator",
      });
    else if ((row.respondents === undefined) !== (row.positive === undefined))
      context.addIssue({
        code: "custom",
        path: [row.respondents === undefined ? "respondents" : "positive"],
        message: "missing: a share needs respondents and positive",
      });
    if (row.positive !== undefined && row.respondents !== undefined && row.positive > row.respondents) {
      context.addIssue({
        code: "custom",
        path: ["positive"],
        message: `positive (${row.positive}) must not exceed respondents (${row.respondents})`,
      });
    }
    if (!/^[\w.-]+$/.test(row.area))
      context.addIssue({
        code: "custom",
        path: ["area"],
        message: "an area id holds letters, digits, '-', '_' and '.'",
      });
    else {
      const problem =
        /^(gm|wk|bu)\d/i.test(row.area) && row.area !== row.area.toUpperCase()
          ? `'${row.area.slice(0, 40)}' is a CBS code in lower case: write '${row.area.slice(0, 40).toUpperCase()}'`
          : checkAreaCode(row.area, "area", false);
      if (problem !== undefined) context.addIssue({ code: "custom", path: ["area"], message: problem });
    }
    const period = readPeriod(row.period);
    if (typeof period === "string")
      context.addIssue({
        code: "custom",
        path: ["period"],
        message: `'${row.period.slice(0, 40)}' is not a period: ${period}`,
      });
  });
/** @category Observations */
export type Observation = z.output<typeof Observation>;
