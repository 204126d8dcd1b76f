import { BuurtaanpakError, type Issue } from "../errors/BuurtaanpakError.js";
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
 * existing indicators with a fitting rule, and an area hierarchy without cycles. All problems
 * are reported at once; where the shape is wrong, the references are still checked as far as
 * the shape allows.
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
  if (!shape.success) {
    const issues = zodIssues(shape.error);
    const references = bestEffortReferences(input).filter((issue) => !issues.some((other) => sameElement(other.path, issue.path)));
    return { success: false, error: new BuurtaanpakError("invalid-model", [...issues, ...references]) };
  }
  const issues = checkReferences(shape.data);
  if (issues.length > 0) return { success: false, error: new BuurtaanpakError("invalid-model", issues) };
  return { success: true, data: deepFreeze(withoutNegativeZero(shape.data)) };
}

/**
 * The reference problems of an input whose shape is wrong. The checker expects a typed model;
 * on input too broken for it to walk, it throws, and then there is nothing more to report than
 * the shape problems.
 */
function bestEffortReferences(input: unknown): Issue[] {
  try {
    // The cast is the point: the shape is known to be wrong, and the walk may fail.
    return checkReferences(input as Model);
  } catch {
    return [];
  }
}

/**
 * Whether two problems concern the same element (`areas[1]`, `methods[0]`, or the root): the
 * references of an element whose shape is wrong are checked once its shape is fixed.
 */
function sameElement(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  const length = Math.min(a.length, b.length, 2);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** Turns every −0 into 0, so that the model survives a JSON round trip unchanged. */
function withoutNegativeZero<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const field = record[key];
      if (Object.is(field, -0)) record[key] = 0;
      else withoutNegativeZero(field);
    }
  }
  return value;
}
