import { BuurtaanpakError, type IssueInput } from "../errors/BuurtaanpakError.js";
import type { Area } from "../model/area.js";
import { createRandom, hashText, logBetween } from "./internal/random.js";
import { PERSONS_PER_HOUSEHOLD } from "./internal/sizes.js";

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
// A buurt has 400-2,500 inhabitants, evenly on a log scale: about 1,150 on average, so that the
// national hierarchy (15,390 buurten) holds about 17.6 million, near the Dutch 17.9 million.
const INHABITANTS: readonly [number, number] = [400, 2500];

/** A buurt's figures, drawn from its id alone, so that a buurt has them in any hierarchy. */
function buurtFigures(id: string): { readonly inhabitants: number; readonly households: number } {
  const inhabitants = Math.round(logBetween(createRandom(hashText(`figures\u0000${id}`)), ...INHABITANTS));
  return Object.freeze({ inhabitants, households: Math.round(inhabitants / PERSONS_PER_HOUSEHOLD) });
}

/**
 * Builds a made-up three-level hierarchy of gemeenten, wijken and buurten, for tests and
 * benchmarks at any scale. Every area is marked `synthetic: true`, and the ids are plainly not
 * CBS codes: `syn-g0001` (gemeente), `syn-g0001-w01` (wijk), `syn-g0001-w01-b01` (buurt).
 * Names follow the numbers: "Synthetische gemeente 1", "Synthetische wijk 1.1",
 * "Synthetische buurt 1.1.1". The areas come depth-first: each gemeente, then each of its
 * wijken followed by that wijk's buurten.
 *
 * Each buurt has plausible `figures`: 400 to 2,500 inhabitants (drawn from its id, so the same
 * buurt has the same figures in any hierarchy) and one household per 2.2 of them. A wijk and a
 * gemeente carry the sums of their buurten; one without buurten carries no figures.
 *
 * @param options - how many gemeenten, wijken per gemeente and buurten per wijk
 * @returns a new frozen array of frozen areas (so `evaluate` checks it once, however often it is passed), ready for {@link generateObservations} and {@link buurtaanpak!evaluate | evaluate}
 * @throws {@link buurtaanpak!BuurtaanpakError | BuurtaanpakError} with code `invalid-options` when a number is not a whole
 *   number ≥ 0, or when the hierarchy would hold more than 10 million areas
 * @category Testing
 * @example
 * import { syntheticAreas } from "buurtaanpak/testing";
 *
 * const areas = syntheticAreas({ gemeenten: 1, wijkenPerGemeente: 2, buurtenPerWijk: 3 });
 * areas.length;
 * //=> 9
 * areas.map((area) => area.id).slice(0, 3);
 * //=> ["syn-g0001", "syn-g0001-w01", "syn-g0001-w01-b01"]
 * const last = areas[8];
 * [last?.id, last?.name, last?.parent, last?.synthetic];
 * //=> ["syn-g0001-w02-b03", "Synthetische buurt 1.2.3", "syn-g0001-w02", true]
 * const inhabitants = last?.figures?.inhabitants ?? 0;
 * inhabitants >= 400 && inhabitants <= 2500;
 * //=> true
 * const buurten = areas.filter((area) => area.kind === "buurt");
 * areas[0]?.figures?.inhabitants === buurten.reduce((total, area) => total + (area.figures?.inhabitants ?? 0), 0);
 * //=> true
 */
export function syntheticAreas(options: SyntheticAreasOptions): readonly Area[] {
  const issues: IssueInput[] = [];
  for (const field of ["gemeenten", "wijkenPerGemeente", "buurtenPerWijk"] as const) {
    const value: unknown = options[field];
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      const shown = typeof value === "number" ? String(value) : typeof value;
      issues.push({
        code: "invalid-option",
        path: [field],
        params: { value: shown },
        message: `must be a whole number of 0 or more, not ${shown}`,
      });
    }
  }
  const { gemeenten, wijkenPerGemeente, buurtenPerWijk } = options;
  const total = gemeenten * (1 + wijkenPerGemeente * (1 + buurtenPerWijk));
  if (issues.length === 0 && total > MAX_AREAS) {
    issues.push({
      code: "too-large",
      path: [],
      params: { areas: total, limit: MAX_AREAS },
      message: `${total} areas is more than ${MAX_AREAS}`,
    });
  }
  if (issues.length > 0) throw new BuurtaanpakError("invalid-options", issues);

  const areas: Area[] = [];
  for (let gemeenteNumber = 1; gemeenteNumber <= gemeenten; gemeenteNumber++) {
    const gemeente = `syn-g${String(gemeenteNumber).padStart(4, "0")}`;
    // A parent's figures are the sums of its buurten, known once they are drawn: its place in
    // the depth-first list is kept and filled in afterwards.
    const gemeenteIndex =
      areas.push(
        Object.freeze({
          id: gemeente,
          kind: "gemeente",
          name: `Synthetische gemeente ${gemeenteNumber}`,
          synthetic: true,
        }),
      ) - 1;
    const gemeenteTotal = { inhabitants: 0, households: 0 };
    for (let wijkNumber = 1; wijkNumber <= wijkenPerGemeente; wijkNumber++) {
      const wijk = `${gemeente}-w${String(wijkNumber).padStart(2, "0")}`;
      const wijkArea = {
        id: wijk,
        kind: "wijk",
        name: `Synthetische wijk ${gemeenteNumber}.${wijkNumber}`,
        parent: gemeente,
        synthetic: true,
      } as const;
      const wijkIndex = areas.push(Object.freeze(wijkArea)) - 1;
      const wijkTotal = { inhabitants: 0, households: 0 };
      for (let buurtNumber = 1; buurtNumber <= buurtenPerWijk; buurtNumber++) {
        const buurt = `${wijk}-b${String(buurtNumber).padStart(2, "0")}`;
        const figures = buurtFigures(buurt);
        wijkTotal.inhabitants += figures.inhabitants;
        wijkTotal.households += figures.households;
        const name = `Synthetische buurt ${gemeenteNumber}.${wijkNumber}.${buurtNumber}`;
        areas.push(Object.freeze({ id: buurt, kind: "buurt", name, parent: wijk, synthetic: true, figures }));
      }
      if (buurtenPerWijk > 0)
        areas[wijkIndex] = Object.freeze({ ...wijkArea, figures: Object.freeze({ ...wijkTotal }) });
      gemeenteTotal.inhabitants += wijkTotal.inhabitants;
      gemeenteTotal.households += wijkTotal.households;
    }
    const gemeenteArea = areas[gemeenteIndex];
    if (gemeenteArea !== undefined && wijkenPerGemeente * buurtenPerWijk > 0) {
      areas[gemeenteIndex] = Object.freeze({ ...gemeenteArea, figures: Object.freeze({ ...gemeenteTotal }) });
    }
  }
  return Object.freeze(areas);
}
