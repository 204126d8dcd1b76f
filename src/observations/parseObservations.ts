import type { Model } from "../model/Model.js";
import type { Observations } from "./Observations.js";
import { type ParseObservationsOptions, safeParseObservations } from "./safeParseObservations.js";

/**
 * Reads observation rows against a model and throws when any row is bad. See
 * {@link safeParseObservations} for what is checked.
 *
 * @param model - the model whose indicators the rows refer to
 * @param rows - the rows, as parsed JSON
 * @param options - known areas, and whether an unknown area is an error
 * @returns new, frozen {@link Observations}, in the order given
 * @throws {@link BuurtaanpakError} with code `invalid-observations`, listing every bad row and field
 * @category Observations
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * parseObservations(alblasserdam, [
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2023", value: 480 },
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 },
 * ]).length;
 * //=> 2
 */
export function parseObservations(model: Model, rows: unknown, options?: ParseObservationsOptions): Observations {
  const result = safeParseObservations(model, rows, options);
  if (!result.success) throw result.error;
  return result.data;
}
