import { z } from "zod";
import { areaCodeProblem } from "../internal/checkAreaCode.js";
import { areaIdPattern } from "../internal/patterns.js";
import { carryIssue } from "../internal/zodIssues.js";
import type { DeepReadonly } from "./DeepReadonly.js";

/**
 * The level of an area. `gemeente`, `wijk` and `buurt` follow CBS; `area` is any other
 * grouping, such as a district a gemeente draws itself.
 *
 * @category Model
 * @example
 * AreaKind.parse("buurt");
 * //=> "buurt"
 */
export const AreaKind = z.enum(["gemeente", "wijk", "buurt", "area"]);
/** @category Model */
export type AreaKind = z.output<typeof AreaKind>;

/**
 * Figures about an area that rates are computed over, such as inhabitants on 1 January. Each is
 * a whole number; a figure that is not known is left out, never written as 0. Where the figures
 * come from is said once, in the model's {@link Geography}.
 *
 * @category Model
 * @example
 * AreaFigures.parse({ inhabitants: 980, households: 430 }).inhabitants;
 * //=> 980
 */
export const AreaFigures = z.strictObject({
  inhabitants: z.number().int().min(0).max(1e9).optional(),
  households: z.number().int().min(0).max(1e9).optional(),
  householdsWithChildren: z.number().int().min(0).max(1e9).optional(),
  age0to14: z.number().int().min(0).max(1e9).optional(),
  age15to24: z.number().int().min(0).max(1e9).optional(),
  age25to44: z.number().int().min(0).max(1e9).optional(),
  age45to64: z.number().int().min(0).max(1e9).optional(),
  age65plus: z.number().int().min(0).max(1e9).optional(),
});
/** @category Model */
export interface AreaFigures extends DeepReadonly<z.output<typeof AreaFigures>> {}

/**
 * Where a model's areas come from: the year of the indeling (CBS codes change over the years)
 * and the source of the areas' figures.
 *
 * @category Model
 * @example
 * Geography.parse({ year: 2024, source: "CBS, Kerncijfers wijken en buurten 2024", table: "85984NED", figuresDate: "2024-01-01" }).year;
 * //=> 2024
 */
export const Geography = z.strictObject({
  /** The year of the indeling the codes belong to. */
  year: z.number().int().min(1000).max(9999),
  /** The attribution to print with the figures, such as "CBS, Kerncijfers wijken en buurten 2024". */
  source: z.string().trim().min(1).max(500),
  table: z.string().trim().min(1).max(100).optional(),
  /** The day the figures describe, such as 1 January. */
  figuresDate: z.iso.date().optional(),
  licence: z.string().trim().min(1).max(200).optional(),
  url: z.string().trim().min(1).max(2000).optional(),
});
/** @category Model */
export interface Geography extends DeepReadonly<z.output<typeof Geography>> {}

/**
 * An area: a gemeente, wijk, buurt or other grouping. Its `id` is the CBS code where one
 * exists. `parent` points to the area that contains it. This schema checks one area; a list of
 * areas, with its parents, CBS nesting and cycles, is checked by {@link parseAreas}.
 *
 * @category Model
 * @example
 * Area.parse({ id: "GM0482", kind: "gemeente", name: "Alblasserdam" });
 * //=> { id: "GM0482", kind: "gemeente", name: "Alblasserdam" }
 */
export const Area = z
  .strictObject({
    id: z.string().trim().min(1).max(100).regex(areaIdPattern, "an area id holds letters, digits, '-', '_' and '.'"),
    kind: AreaKind,
    name: z.string().trim().min(1).max(200),
    parent: z.string().min(1).max(100).optional(),
    synthetic: z.boolean().optional(),
    figures: AreaFigures.optional(),
  })
  .superRefine(
    // Runs even when other fields are wrong, so that a bad code is reported in the same round;
    // it reads only the fields whose own shape is right.
    (area: unknown, context) => {
      if (typeof area !== "object" || area === null) return;
      const { id, kind, synthetic } = area as {
        readonly id?: unknown;
        readonly kind?: unknown;
        readonly synthetic?: unknown;
      };
      if (typeof id !== "string" || !areaIdPattern.test(id.trim()) || id.trim().length > 100) return;
      const parsedKind = AreaKind.safeParse(kind);
      if (!parsedKind.success) return;
      const problem = areaCodeProblem(id.trim(), parsedKind.data, synthetic === true);
      if (problem !== undefined) context.addIssue(carryIssue(["id"], problem));
    },
    { when: () => true },
  );
/** @category Model */
export interface Area extends Omit<DeepReadonly<z.output<typeof Area>>, "figures"> {
  readonly figures?: AreaFigures | undefined;
}
