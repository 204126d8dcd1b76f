import { z } from "zod";

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

// CBS codes (domain.md §10): GM + gemeente(4), WK + gemeente(4) + wijk(2),
// BU + gemeente(4) + wijk(2) + buurt(2). The wijk and buurt parts may hold letters.
const cbsPatterns = {
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{4}[0-9A-Z]{2}$/,
  buurt: /^BU\d{4}[0-9A-Z]{4}$/,
} as const;
const cbsPrefixes = { GM: "gemeente", WK: "wijk", BU: "buurt" } as const;
const cbsFormats = {
  gemeente: "GM + 4 digits, such as GM0482",
  wijk: "WK + gemeente (4 digits) + wijk (2), such as WK048201",
  buurt: "BU + gemeente (4 digits) + wijk (2) + buurt (2), such as BU04820102",
} as const;

/**
 * Checks an area id against the CBS code format of its kind.
 *
 * An area of kind `gemeente`, `wijk` or `buurt` must carry its CBS code as id, unless it is
 * marked `synthetic`. Any id that starts like a CBS code (`GM`, `WK`, `BU` followed by a digit)
 * must be a well-formed code of the matching kind.
 *
 * @param id - the area id
 * @param kind - the area's kind
 * @param synthetic - whether the area is made up (demo or test data)
 * @returns a plain message for what is wrong, or `undefined` when the id is fine
 * @category Model
 * @example
 * checkAreaCode("BU04820102", "buurt", false);
 * //=> undefined
 * checkAreaCode("BU0482010", "buurt", false);
 * //=> "'BU0482010' is not a CBS buurt code: BU + gemeente (4 digits) + wijk (2) + buurt (2), such as BU04820102"
 */
export function checkAreaCode(id: string, kind: AreaKind, synthetic: boolean): string | undefined {
  const prefix = id.slice(0, 2);
  const looksLikeCode = prefix in cbsPrefixes && /^\d$/.test(id.charAt(2));
  const codeKind = looksLikeCode ? cbsPrefixes[prefix as keyof typeof cbsPrefixes] : undefined;
  if (codeKind !== undefined) {
    if (kind !== "area" && codeKind !== kind) return `'${id}' is a CBS ${codeKind} code, but the area is a ${kind}`;
    if (!cbsPatterns[codeKind].test(id)) return `'${id}' is not a CBS ${codeKind} code: ${cbsFormats[codeKind]}`;
    return undefined;
  }
  if (kind !== "area" && !synthetic) {
    return `'${id}' is not a CBS ${kind} code: ${cbsFormats[kind]} (mark made-up areas "synthetic": true)`;
  }
  return undefined;
}

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
