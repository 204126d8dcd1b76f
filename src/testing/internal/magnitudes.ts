import type { Indicator, Measure } from "../../model/indicator.js";

/** A range a pair's level is drawn from, evenly on a log scale. */
export type Range = readonly [low: number, high: number];

/**
 * How large an indicator's values are in an area, relative to its size:
 * - `count`: so many per 1,000 inhabitants a year;
 * - `stock`: so many per 1,000 inhabitants, as it stands;
 * - `ratio`: numerator ÷ denominator = `level`, over a denominator of so many per 1,000
 *   inhabitants (a year, for a flow; as it stands, for a stock), or of the area's dwellings.
 * Shares have no magnitude: their respondents follow the area's adults (see plan.ts).
 */
export type Magnitude =
  | { readonly measure: "count" | "stock"; readonly perThousand: Range }
  | {
      readonly measure: "ratio";
      readonly level: Range;
      readonly denominator: { readonly perThousand: Range } | "dwellings";
    }
  | { readonly measure: "share" };

// The preset's indicators, in the orders of magnitude of a Dutch gemeente of about 20,000
// (docs/testing.md lists them). Per 1,000 inhabitants a year unless said otherwise.
const preset = new Map<string, Magnitude>([
  // Bijlage 2, Groep 1. Tens of Fixi meldingen per 1,000 a year (about 60), fewer to the police.
  ["fixi-meldingen", { measure: "count", perThousand: [40, 90] }],
  ["politie-meldingen", { measure: "count", perThousand: [15, 35] }],
  ["opruimacties-deelnemers", { measure: "count", perThousand: [15, 40] }],
  // Moves out of 6-10% of the dwellings a year at the origin: with two years of trend either
  // way, the rate stays within the plausible 3-15%.
  ["mutatiegraad", { measure: "ratio", level: [0.06, 0.1], denominator: "dwellings" }],
  // Bijlage 2, Groep 2. The new partners are judged per year, so the gemeente gets them (by the
  // dozen); a model without that rule spreads them over the buurten at the same total.
  ["netwerkbijeenkomsten", { measure: "count", perThousand: [2, 6] }],
  ["formeel-netwerk", { measure: "count", perThousand: [0.3, 1] }],
  ["informeel-netwerk", { measure: "count", perThousand: [0.3, 1] }],
  // Bijlage 2, Groep 3. Tens of participants at a few events per buurt per quarter.
  ["deelnemers-per-evenement", { measure: "ratio", level: [15, 40], denominator: { perThousand: [6, 16] } }],
  ["zichtbaarheid-in-de-buurt", { measure: "count", perThousand: [10, 30] }],
  ["nieuwsbrief-abonnees", { measure: "stock", perThousand: [40, 100] }],
  ["websitebezoekers", { measure: "count", perThousand: [300, 800] }],
  ["artikel-clicks", { measure: "count", perThousand: [500, 1500] }],
  ["gebruik-voorzieningen", { measure: "count", perThousand: [20, 60] }],
  // Bijlage 2, Groep 4. Organisations by the tens for the whole gemeente, not thousands.
  ["deelnemende-organisaties", { measure: "count", perThousand: [1, 3] }],
  ["deelnemers-evenementen", { measure: "count", perThousand: [150, 400] }],
  ["aantal-evenementen", { measure: "count", perThousand: [6, 16] }],
  ["minder-actieve-wijken", { measure: "count", perThousand: [2, 5] }],
  ["zelf-georganiseerd", { measure: "count", perThousand: [1, 4] }],
  // Bijlage 2, Groep 5
  ["organisaties-met-plekken", { measure: "count", perThousand: [0.5, 1.5] }],
  ["werkgevers-met-werk", { measure: "count", perThousand: [0.3, 1] }],
  ["uitstroom-uitkering", { measure: "count", perThousand: [0.2, 0.6] }],
]);

const defaults = {
  count: { measure: "count", perThousand: [10, 100] },
  stock: { measure: "stock", perThousand: [50, 500] },
  ratio: { measure: "ratio", level: [0.5, 10], denominator: { perThousand: [20, 200] } },
  share: { measure: "share" },
} as const satisfies Record<Measure, Magnitude>;
// A ratio over a stock (moves ÷ dwellings) is a yearly rate of the area's dwellings.
const perDwelling: Magnitude = { measure: "ratio", level: [0.05, 0.15], denominator: "dwellings" };

/**
 * The magnitude of an indicator: the preset's own where the id and measure match, else the
 * default of its measure: a buurt of 1,000 inhabitants gets 10-100 a year of a count.
 */
export function magnitudeOf(indicator: Pick<Indicator, "id" | "measure" | "denominator">): Magnitude {
  const known = preset.get(indicator.id);
  if (known !== undefined && known.measure === indicator.measure) return known;
  if (indicator.measure === "ratio" && indicator.denominator === "stock") return perDwelling;
  return defaults[indicator.measure];
}
