import { z } from "zod";
import { fieldOf } from "../internal/read.js";
import { carryIssue } from "../internal/zodIssues.js";
import { Id, Label, sourced } from "./common.js";
import type { DeepReadonly } from "./DeepReadonly.js";

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
 * How an indicator's value reads in every text: a count (`530`), a percentage (`6,3%`), a rate
 * per 100 or per 1,000 (`57,1 per 1.000`), or euros (`€ 26.900`). Results keep the natural
 * value (a share or ratio as a fraction, so 0.063); only texts scale it. The default is
 * `percent` for shares and `count` for everything else.
 *
 * @category Model
 * @example
 * Unit.parse("per-1000");
 * //=> "per-1000"
 */
export const Unit = z.enum(["count", "percent", "per-100", "per-1000", "euro"]);
/** @category Model */
export type Unit = z.output<typeof Unit>;

/**
 * How a ratio's denominator adds up over time. `flow` sums it, like the numerator (participants
 * ÷ events: both are counted per period). `stock` takes it as a level (moves ÷ dwellings: the
 * dwellings of four quarters are not four times the dwellings of the year); the library uses
 * the time-weighted mean of the denominators in the window (see docs/evaluation.md). Over areas
 * both parts always sum.
 *
 * @category Model
 * @example
 * Denominator.parse("stock");
 * //=> "stock"
 */
export const Denominator = z.enum(["flow", "stock"]);
/** @category Model */
export type Denominator = z.output<typeof Denominator>;

/**
 * A rate that the library derives instead of reading it from observations: the observations of
 * the count indicator `of`, divided by an area figure (`inhabitants` or `households`, see
 * {@link Area}) as a stock. An indicator with a `rate` has measure `ratio`, usually unit
 * `per-1000`, and takes no observations of its own.
 *
 * @category Model
 * @example
 * Rate.parse({ of: "fixi-meldingen", per: "inhabitants" }).per;
 * //=> "inhabitants"
 */
export const Rate = z.strictObject({ of: Id, per: z.enum(["inhabitants", "households"]) });
/** @category Model */
export interface Rate extends DeepReadonly<z.output<typeof Rate>> {}

/**
 * Something that is observed per area and period, such as the number of Fixi reports.
 *
 * - `unit`: how the value reads ({@link Unit}). A {@link Label} here is the older form of
 *   `noun` and is still read as one.
 * - `noun`: what is counted, for sentences: "meldingen", "deelnemers".
 * - `denominator`: for a ratio only, whether its denominator is a `flow` (the default) or a
 *   `stock`.
 * - `rate`: for a ratio derived from a count and an area figure; the indicator's measure is
 *   then `ratio`.
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
export const Indicator = z
  .strictObject({
    id: Id,
    label: Label,
    measure: Measure,
    unit: z.union([Unit, Label]).optional(),
    noun: Label.optional(),
    denominator: Denominator.optional(),
    rate: Rate.optional(),
    description: Label.optional(),
    aliases: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
    ...sourced,
  })
  // Runs even when other fields are wrong, so that a misfit shows in the same round as they do.
  .superRefine(
    (indicator: unknown, context) => {
      const measure = Measure.safeParse(fieldOf(indicator, "measure"));
      if (!measure.success || measure.data === "ratio") return;
      if (fieldOf(indicator, "denominator") !== undefined) {
        context.addIssue(
          carryIssue(["denominator"], {
            code: "field-misfit",
            params: { field: "denominator", measure: measure.data },
            message: `a denominator (flow or stock) belongs to a ratio indicator, not a ${measure.data}`,
          }),
        );
      }
      if (fieldOf(indicator, "rate") !== undefined) {
        context.addIssue(
          carryIssue(["measure"], {
            code: "field-misfit",
            params: { field: "rate", measure: measure.data },
            message: `an indicator with a rate is a ratio: write "measure": "ratio", not "${measure.data}"`,
          }),
        );
      }
    },
    { when: () => true },
  );
/** @category Model */
export interface Indicator extends Omit<DeepReadonly<z.output<typeof Indicator>>, "rate"> {
  readonly rate?: Rate | undefined;
}
