import type { Area } from "../model/area.js";
import type { Model } from "../model/Model.js";
import type { Observation } from "../observations/Observation.js";
import { readAims } from "./internal/aims.js";
import { magnitudeOf } from "./internal/magnitudes.js";
import { fieldsAt, type Motion, planPair } from "./internal/plan.js";
import { combineSeeds, createRandom, hashText } from "./internal/random.js";
import { readOptions } from "./internal/readOptions.js";
import { sizeOf } from "./internal/sizes.js";

/**
 * How the synthetic data behave, measured against each indicator's rule:
 * - `improving`: every indicator moves the way its rule asks, clearly beyond the target;
 * - `declining`: every indicator moves against its rule;
 * - `mixed`: each (indicator, area) pair is improving, declining or flat, drawn from the seed;
 * - `sparse`: `mixed` with about a quarter of the rows left out, some pairs entirely.
 *
 * @category Testing
 * @example
 * import type { Scenario } from "buurtaanpak/testing";
 *
 * const scenario: Scenario = "sparse";
 */
export type Scenario = "improving" | "declining" | "mixed" | "sparse";

/**
 * Options of {@link generateObservations}.
 *
 * @category Testing
 * @example
 * import type { GenerateOptions } from "buurtaanpak/testing";
 *
 * const options: GenerateOptions = {
 *   seed: "demo",
 *   areas: [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }],
 *   periods: ["2023", "2024"],
 *   scenario: "improving",
 * };
 */
export interface GenerateOptions {
  /** The seed. The same seed gives the same rows; a number and its text (`7` and `"7"`) are the same seed. */
  readonly seed: number | string;
  /** The area hierarchy, checked as {@link buurtaanpak!evaluate | evaluate} checks its `areas` option. */
  readonly areas: readonly Area[];
  /** The periods to generate rows for, such as `["2024-Q1", "2024-Q2"]`. No two may overlap. */
  readonly periods: readonly string[];
  /** How the data behave; `"mixed"` when left out. */
  readonly scenario?: Scenario;
  /**
   * The period whose start anchors the yearly trends. Defaults to the earliest of `periods`.
   * Pin it to generate periods in separate calls that fit together.
   */
  readonly origin?: string;
}

// A mean Gregorian year, to turn period lengths and distances into years.
const MILLISECONDS_PER_YEAR = 365.2425 * 24 * 60 * 60 * 1000;
const DAYS_PER_YEAR = 365.2425;
// sparse: about 1 in 10 pairs has no rows at all, and 1 in 6 of the other rows is missing:
// 0.1 + 0.9 × 1/6 = 25% of the rows.
const SPARSE_PAIR_GONE = 0.1;
const SPARSE_ROW_GONE = 1 / 6;
const motions: readonly Motion[] = ["improving", "declining", "flat"];
// Each (indicator, area) pair has three independent streams: its plan, its rows, and which of
// its rows the sparse scenario leaves out.
const streams = Object.freeze({ plan: hashText("plan"), row: hashText("row"), sparse: hashText("sparse") });

/**
 * Generates deterministic synthetic observations for any model: for each area, each indicator
 * and each period, one row that {@link buurtaanpak!parseObservations | parseObservations} accepts, in plausible orders of
 * magnitude for the area's size.
 *
 * Which areas get rows:
 * - every leaf area (an area that is no other area's parent) gets every indicator;
 * - but an indicator that some factor judges with a `perPeriod` rule ("10 new partners per
 *   year") is a programme-wide total: it gets rows only in the root areas (areas without a
 *   parent). A buurt is not expected to find 10 partners a year on its own;
 * - an indicator derived as a `rate` gets no rows: it has no observations of its own;
 * - a survey period that no respondent would answer gets no row: a buurt of 15 inhabitants has
 *   no survey by quarter. A survey nobody answered is no data, not a share.
 *
 * How large values are: each area's rows scale to its `figures.inhabitants`, or, without that
 * figure, to a typical area of its kind (a buurt or area 1,000, a wijk 5,000, a gemeente
 * 20,000). The preset's indicators have magnitudes of their own, such as 40–90 Fixi meldingen
 * per 1,000 inhabitants a year and a mutatiegraad of 6–10% of the dwellings (the households
 * figure, or inhabitants ÷ 2.2). A resident survey reaches 2–5% of the adults a year,
 * over-sampled to the rule's minimum of respondents where that stays within 9% of the
 * inhabitants, and never 10% of them in a year. docs/testing.md lists every magnitude.
 *
 * How values behave: each (indicator, area) pair draws a base level from the seed. Counts, and
 * the numerators of ratios over a stock, scale with the period's length (a quarter gets about a
 * quarter of a year's count); stocks, the dwellings under a mutatiegraad, flow ratios and shares
 * do not. A yearly trend applies by the years from `origin` (by default the start of the
 * earliest period), in the direction of the first factor measure that reads the indicator
 * (increase-like when none does). With `improving`, a +10% rule gets +15–30% a year, a decrease
 * rule a fall, a `perPeriod` rule totals above the amount, a qualitative share gains 8–15 points
 * a year, and a threshold rule stays within its bounds. `declining` does the opposite. Whole
 * numbers can hide a trend in a count of a few a year, and tens of respondents in a buurt rarely
 * make a shift of 8–15 points significant: as in real data, such results show at the gemeente.
 *
 * Deterministic: no clock and no `Math.random`. Each row comes from its own seeded stream
 * (sfc32, seeded by a hash of the seed, the indicator, the area and the period), so a row does
 * not depend on which other areas or periods are requested, nor on their order, as long as the
 * origin is the same.
 *
 * @param model - the model whose indicators and rules shape the data
 * @param options - the seed, areas, periods, and optionally the scenario and origin
 * @returns a new array of frozen rows, by area (in the order given), then indicator (model
 *   order), then period (in the order given)
 * @throws {@link buurtaanpak!BuurtaanpakError | BuurtaanpakError} with code `invalid-options` for a seed that is not a finite
 *   number or a text, invalid areas (as {@link buurtaanpak!evaluate | evaluate} checks them), a period that cannot be
 *   read or that overlaps another, an unreadable origin or an unknown scenario; each issue names
 *   the option and the period
 * @category Testing
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import { generateObservations } from "buurtaanpak/testing";
 *
 * const areas: Area[] = [
 *   { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
 *   { id: "synthetische-buurt-a", kind: "buurt", name: "Synthetische buurt A", parent: "GM0482", synthetic: true },
 * ];
 * const rows = generateObservations(alblasserdam, { seed: 42, areas, periods: ["2023", "2024"] });
 * parseObservations(alblasserdam, rows).length === rows.length;
 * //=> true
 * [...new Set(rows.filter((row) => row.area === "GM0482").map((row) => row.indicator))];
 * //=> ["formeel-netwerk", "informeel-netwerk"]
 * rows.filter((row) => row.area === "synthetische-buurt-a").length;
 * //=> 2 * (alblasserdam.indicators.length - 2)
 * // The buurt has no figures, so it counts as 1,000 inhabitants: 40–90 Fixi meldingen in the
 * // origin year, within 2% noise.
 * const fixi = rows.find((row) => row.area === "synthetische-buurt-a" && row.indicator === "fixi-meldingen" && row.period === "2023")?.value ?? 0;
 * fixi >= 39 && fixi <= 92;
 * //=> true
 * JSON.stringify(generateObservations(alblasserdam, { seed: 42, areas, periods: ["2023", "2024"] })) === JSON.stringify(rows);
 * //=> true
 */
export function generateObservations(model: Model, options: GenerateOptions): Observation[] {
  const { seed, areas, periods, origin, scenario } = readOptions(options);
  if (periods.length === 0 || areas.length === 0) return [];
  const originStart = origin?.start ?? periods.reduce((earliest, period) => Math.min(earliest, period.start), Infinity);
  const timing = periods.map((period) => ({
    text: period.text,
    seed: hashText(`period\u0000${period.text}`),
    years: (period.start - originStart) / MILLISECONDS_PER_YEAR,
    scale: period.days / DAYS_PER_YEAR,
  }));

  const aims = readAims(model);
  // A rate is derived from another indicator and the areas' figures: it has no rows of its own.
  const planned = model.indicators
    .filter((indicator) => indicator.rate === undefined)
    .map((indicator) => ({
      id: indicator.id,
      aim: aims.of(indicator.id, indicator.measure),
      rootOnly: aims.rootOnly.has(indicator.id),
      indicator: { magnitude: magnitudeOf(indicator), stockDenominator: indicator.denominator === "stock" },
    }));
  const parents = new Set(areas.flatMap((area) => (area.parent === undefined ? [] : [area.parent])));
  const rows: Observation[] = [];
  for (const area of areas) {
    const isLeaf = !parents.has(area.id);
    const isRoot = area.parent === undefined;
    const size = sizeOf(area);
    for (const { id, aim, rootOnly, indicator } of planned) {
      if (!(rootOnly ? isRoot : isLeaf)) continue;
      const pairSeed = hashText(`${seed}\u0000${id}\u0000${area.id}`);
      const pairRandom = createRandom(combineSeeds(pairSeed, streams.plan));
      // The first draw is always the mixed motion, so every scenario reads the stream alike.
      const drawn = motions[Math.floor(pairRandom() * motions.length)] ?? "flat";
      const motion: Motion = scenario === "improving" ? "improving" : scenario === "declining" ? "declining" : drawn;
      const plan = planPair(indicator, aim, motion, pairRandom, size);

      const sparseSeed = scenario === "sparse" ? combineSeeds(pairSeed, streams.sparse) : undefined;
      if (sparseSeed !== undefined && createRandom(sparseSeed)() < SPARSE_PAIR_GONE) continue;
      const rowSeed = combineSeeds(pairSeed, streams.row);
      for (const period of timing) {
        if (sparseSeed !== undefined && createRandom(combineSeeds(sparseSeed, period.seed))() < SPARSE_ROW_GONE)
          continue;
        const fields = fieldsAt(plan, period.years, period.scale, createRandom(combineSeeds(rowSeed, period.seed)));
        if (fields !== undefined)
          rows.push(Object.freeze({ indicator: id, area: area.id, period: period.text, ...fields }));
      }
    }
  }
  return rows;
}
