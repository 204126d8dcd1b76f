import type { Model } from "./Model.js";
import { safeParseModel } from "./safeParseModel.js";

/**
 * Reads a model and throws when it is invalid. See {@link safeParseModel} for what is checked.
 *
 * @param input - a model as parsed JSON
 * @returns the model, deeply frozen
 * @throws {@link BuurtaanpakError} with code `invalid-model`, listing every problem with its JSON path
 * @category Parsing
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * parseModel(JSON.parse(JSON.stringify(alblasserdam))).groups.length;
 * //=> 5
 */
export function parseModel(input: unknown): Model {
  const result = safeParseModel(input);
  if (!result.success) throw result.error;
  return result.data;
}
