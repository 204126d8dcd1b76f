import { BuurtaanpakError, type Issue } from "../errors/BuurtaanpakError.js";
import type { Area } from "../model/area.js";

/**
 * Options of {@link syntheticAreas}: how many gemeenten, and how many wijken and buurten under
 * each. Each is a whole number ≥ 0.
 *
 * @category Testing
 * @example
 * import type { SyntheticAreasOptions } from "buurtaanpak/testing";
 *
 * // About the size of the Netherlands: 342 gemeenten, 3,078 wijken, 15,390 buurten.
 * const national: SyntheticAreasOptions = { gemeenten: 342, wijkenPerGemeente: 9, buurtenPerWijk: 5 };
 */
export interface SyntheticAreasOptions {
  readonly gemeenten: number;
  readonly wijkenPerGemeente: number;
  readonly buurtenPerWijk: number;
}

// A guard against a typo that would build millions of areas.
const MAX_AREAS = 10_000_000;

/**
 * Builds a made-up three-level hierarchy of gemeenten, wijken and buurten, for tests and
 * benchmarks at any scale. Every area is marked `synthetic: true`, and the ids are plainly not
 * CBS codes: `syn-g0001` (gemeente), `syn-g0001-w01` (wijk), `syn-g0001-w01-b01` (buurt).
 * Names follow the numbers: "Synthetische gemeente 1", "Synthetische wijk 1.1",
 * "Synthetische buurt 1.1.1". The areas come depth-first: each gemeente, then each of its
 * wijken followed by that wijk's buurten.
 *
 * @param options - how many gemeenten, wijken per gemeente and buurten per wijk
 * @returns a new array of frozen areas, ready for {@link generateObservations} and {@link buurtaanpak!evaluate | evaluate}
 * @throws {@link buurtaanpak!BuurtaanpakError | BuurtaanpakError} with code `invalid-options` when a number is not a whole
 *   number ≥ 0, or when the hierarchy would hold more than 10 million areas
 * @category Testing
 * @example
 * import { syntheticAreas } from "buurtaanpak/testing";
 *
 * const areas = syntheticAreas({ gemeenten: 1, wijkenPerGemeente: 2, buurtenPerWijk: 3 });
 * areas.length;
 * //=> 9
 * areas[0];
 * //=> { id: "syn-g0001", kind: "gemeente", name: "Synthetische gemeente 1", synthetic: true }
 * areas[8];
 * //=> { id: "syn-g0001-w02-b03", kind: "buurt", name: "Synthetische buurt 1.2.3", parent: "syn-g0001-w02", synthetic: true }
 */
export function syntheticAreas(options: SyntheticAreasOptions): Area[] {
  const issues: Issue[] = [];
  for (const field of ["gemeenten", "wijkenPerGemeente", "buurtenPerWijk"] as const) {
    const value: unknown = options[field];
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      issues.push({ path: [field], message: `must be a whole number of 0 or more, not ${typeof value === "number" ? String(value) : typeof value}` });
    }
  }
  const { gemeenten, wijkenPerGemeente, buurtenPerWijk } = options;
  const total = gemeenten * (1 + wijkenPerGemeente * (1 + buurtenPerWijk));
  if (issues.length === 0 && total > MAX_AREAS) {
    issues.push({ path: [], message: `${total} areas is more than ${MAX_AREAS}` });
  }
  if (issues.length > 0) throw new BuurtaanpakError("invalid-options", issues);

  const areas: Area[] = [];
  for (let gemeenteNumber = 1; gemeenteNumber <= gemeenten; gemeenteNumber++) {
    const gemeente = `syn-g${String(gemeenteNumber).padStart(4, "0")}`;
    areas.push(Object.freeze({ id: gemeente, kind: "gemeente", name: `Synthetische gemeente ${gemeenteNumber}`, synthetic: true }));
    for (let wijkNumber = 1; wijkNumber <= wijkenPerGemeente; wijkNumber++) {
      const wijk = `${gemeente}-w${String(wijkNumber).padStart(2, "0")}`;
      areas.push(Object.freeze({ id: wijk, kind: "wijk", name: `Synthetische wijk ${gemeenteNumber}.${wijkNumber}`, parent: gemeente, synthetic: true }));
      for (let buurtNumber = 1; buurtNumber <= buurtenPerWijk; buurtNumber++) {
        const buurt = `${wijk}-b${String(buurtNumber).padStart(2, "0")}`;
        areas.push(Object.freeze({ id: buurt, kind: "buurt", name: `Synthetische buurt ${gemeenteNumber}.${wijkNumber}.${buurtNumber}`, parent: wijk, synthetic: true }));
      }
    }
  }
  return areas;
}
