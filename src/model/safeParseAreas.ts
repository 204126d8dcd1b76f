import { z } from "zod";
import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import { zodIssues } from "../internal/zodIssues.js";
import { Area } from "./area.js";
import { checkAreaList } from "./internal/checkAreaList.js";
import { describeField } from "./internal/describeField.js";
import { freezeParsed } from "./internal/freezeParsed.js";
import { inDocumentOrder } from "./internal/inDocumentOrder.js";
import type { SafeParseResult } from "./safeParseModel.js";

/**
 * Options of {@link parseAreas} and {@link safeParseAreas}.
 *
 * @category Parsing
 * @example
 * const options: ParseAreasOptions = { path: ["areas"] };
 */
export interface ParseAreasOptions {
  /**
   * Where the list sits in a larger input, such as `["areas"]` for the `areas` option of
   * `evaluate`: every issue's path, and every path a message names, starts with it. Default: `[]`.
   */
  readonly path?: readonly (string | number)[];
}

const Areas = z.array(Area).max(1_000_000);

/**
 * Reads a list of areas without throwing, and checks it as a hierarchy, in one pass: the shape
 * of each area (its fields, and a CBS code that fits its kind), unique ids, parents that exist,
 * CBS codes that nest in their parent's, and no cycles. Every problem is reported at once, each
 * with the path `[index, field]`, a stable `code` and its `params`. A cycle is one issue, at its
 * first-listed member, however long it is. Linear in the number of areas.
 *
 * @param input - a list of areas as parsed JSON
 * @param options - where the list sits in a larger input
 * @returns `{ success: true, data }` with the areas deeply frozen, or `{ success: false, error }`
 *   with a {@link BuurtaanpakError} of code `invalid-areas`
 * @category Parsing
 * @example
 * const result = safeParseAreas([
 *   { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
 *   { id: "noord", kind: "area", name: "Noord", parent: "zuid" },
 *   { id: "zuid", kind: "area", name: "Zuid", parent: "noord" },
 * ]);
 * result.success ? [] : result.error.issues.map((issue) => [issue.code, formatPath(issue.path), issue.message]);
 * //=> [["area-cycle", "[1].parent", "2 areas form a cycle: noord → zuid → noord"]]
 */
export function safeParseAreas(input: unknown, options: ParseAreasOptions = {}): SafeParseResult<readonly Area[]> {
  const prefix = options.path ?? [];
  const shape = Areas.safeParse(input);
  const hierarchy = checkAreaList(Array.isArray(input) ? (shape.success ? shape.data : input) : [], prefix);
  if (shape.success && hierarchy.length === 0) return { success: true, data: freezeParsed(shape.data) };
  const issues = shape.success
    ? []
    : zodIssues(shape.error, prefix, { input, schema: Areas, describe: (path) => describeField(path, "areas") });
  const ordered = inDocumentOrder(
    [...issues, ...hierarchy].map((issue) => ({ ...issue, path: issue.path.slice(prefix.length) })),
    [],
  ).map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
  return { success: false, error: new BuurtaanpakError("invalid-areas", ordered) };
}
