import type { Observation } from "./Observation.js";

declare const parsed: unique symbol;

/**
 * Observation rows as {@link parseObservations} returns them: frozen, in the order given, and
 * carrying what parsing found out (each row's period as days, its figures), so that `evaluate`
 * reads no row twice. Only parsing makes them: the type is branded, and at run time `evaluate`
 * rejects plain rows (and copies, such as `[...observations]` or `structuredClone`, which keep
 * the rows but not what parsing found) with one clear error.
 *
 * @category Observations
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * const observations: Observations = parseObservations(alblasserdam, [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 }]);
 * observations[0]?.value;
 * //=> 530
 */
export type Observations = readonly Observation[] & { readonly [parsed]: true };
