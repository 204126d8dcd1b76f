import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import { zodIssues } from "../internal/zodIssues.js";
import { checkReferences } from "./internal/checkReferences.js";
import { describeField } from "./internal/describeField.js";
import { freezeParsed } from "./internal/freezeParsed.js";
import { inDocumentOrder } from "./internal/inDocumentOrder.js";
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

const fields = Object.keys(Model.shape);

/**
 * Reads a model without throwing. Checks, in one pass, the shape of every field and every
 * reference: unique ids, methods and groups that point to existing strategy lines and
 * sub-goals, measures that point to existing indicators with a fitting rule, share thresholds
 * written as fractions, rates derived from a count, and an area hierarchy without cycles.
 * Every problem is reported at once, in document order, each with its JSON path, a stable
 * `code`, its `params` and a message in plain words. A reference is checked wherever it is
 * well-formed itself, even when its element has other problems; it is left alone only while an
 * element it may be meant for has no readable id, so that one mistake is one issue.
 *
 * @param input - a model as parsed JSON
 * @returns `{ success: true, data }` with a deeply frozen model, or `{ success: false, error }`
 * @category Parsing
 * @example
 * const result = safeParseModel({ id: "x" });
 * result.success ? undefined : result.error.issues[0];
 * //=> { code: "missing-field", path: ["gemeente"], params: { element: "model", field: "gemeente" }, message: 'missing: the model needs a gemeente: { "code": "GM…", "name": … }' }
 */
export function safeParseModel(input: unknown): SafeParseResult<Model> {
  const shape = Model.safeParse(input);
  const references = checkReferences(shape.success ? shape.data : input);
  if (shape.success && references.length === 0) return { success: true, data: freezeParsed(shape.data) };
  const issues = shape.success
    ? []
    : zodIssues(shape.error, [], { input, schema: Model, describe: (path) => describeField(path) });
  return {
    success: false,
    error: new BuurtaanpakError("invalid-model", inDocumentOrder([...issues, ...references], fields)),
  };
}
