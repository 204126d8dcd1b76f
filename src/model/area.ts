import { z } from "zod";
import { checkAreaCode } from "./internal/checkAreaCode.js";

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
 * An area: a gemeente, wijk, buurt or other grouping. Its `id` is the CBS code where one
 * exists. `parent` points to the area that contains it.
 *
 * @category Model
 * @example
 * Area.parse({ id: "GM0482", kind: "gemeente", name: "Alblasserdam" });
 * //=> { id: "GM0482", kind: "gemeente", name: "Alblasserdam" }
 */
export const Area = z
  .strictObject({
    id: z.string().trim().min(1).max(100).regex(/^[\w.-]+$/, "an area id holds letters, digits, '-', '_' and '.'"),
    kind: AreaKind,
    name: z.string().trim().min(1).max(200),
    parent: z.string().min(1).max(100).optional(),
    synthetic: z.boolean().optional(),
  })
  .superRefine((area, context) => {
    const problem = checkAreaCode(area.id, area.kind, area.synthetic === true);
    if (problem !== undefined) context.addIssue({ code: "custom", path: ["id"], message: problem });
  });
/** @category Model */
export type Area = z.output<typeof Area>;
