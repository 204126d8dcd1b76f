import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import { deepFreeze } from "../internal/deepFreeze.js";
import { zodIssues } from "../internal/zodIssues.js";
import { checkReferences } from "./internal/checkReferences.js";
import { Model } from "./Model.js";

/**
 * The result of a safe parse: the data, or an error that lists every problem.
 *
 * @category Parsing
 * @example
 * const result: SafeParseResult<number> = { success: true, data: 1 };
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: BuurtaanpakError };

/**
 * Reads a model without throwing. Checks the shape, then every reference: unique ids, methods
 * and groups that point to existing strategy lines and sub-goals, measures that point to
 * existing indicators with a fitting rule, and an area hierarchy without cycles.
 *
 * @param input - a model as parsed JSON
 * @returns `{ success: true, data }` with a deeply frozen model, or `{ success: false, error }`
 * @category Parsing
 * @example
 * const result = safeParseModel({ id: "x" });
 * result.success;
 * //=> false
 */
export function safeParseModel(input: unknown): SafeParseResult<Model> {
  const shape = Model.safeParse(input);
  if (!shape.success) return { success: false, error: new BuurtaanpakError("invalid-model", zodIssues(shape.error)) };
  const issues = checkReferences(shape.data);
  if (issues.length > 0) return { success: false, error: new BuurtaanpakError("invalid-model", issues) };
  return { success: true, data: deepFreeze(shape.data) };
}
