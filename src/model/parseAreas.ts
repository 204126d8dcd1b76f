import type { Area } from "./area.js";
import { type ParseAreasOptions, safeParseAreas } from "./safeParseAreas.js";

/**
 * Reads a list of areas and throws when it is invalid. See {@link safeParseAreas} for what is
 * checked.
 *
 * @param input - a list of areas as parsed JSON
 * @param options - where the list sits in a larger input
 * @returns the areas, deeply frozen
 * @throws {@link BuurtaanpakError} with code `invalid-areas`, listing every problem with its path
 * @category Parsing
 * @example
 * parseAreas([
 *   { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
 *   { id: "WK048201", kind: "wijk", name: "Alblasserdam-Noord", parent: "GM0482" },
 * ]).map((area) => area.id);
 * //=> ["GM0482", "WK048201"]
 * parseAreas([{ id: "WK048201", kind: "wijk", name: "Noord", parent: "GM0505" }]);
 * //=> throws BuurtaanpakError: [0].parent: unknown parent area 'GM0505'
 */
export function parseAreas(input: unknown, options: ParseAreasOptions = {}): readonly Area[] {
  const result = safeParseAreas(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
