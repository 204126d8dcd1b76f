import type { Area, AreaKind } from "../../model/area.js";

/** What the generator scales an area's rows to. Not whole numbers: they are expectations. */
export interface AreaSize {
  readonly inhabitants: number;
  /** Private households, read as the area's occupied dwellings. */
  readonly households: number;
  /** Inhabitants aged 18 or more: those a resident survey asks. */
  readonly adults: number;
}

// An area without an inhabitants figure counts as a typical area of its kind, so that a row
// depends on its own area only. A buurt of 1,000 is a round figure of the order of a Dutch
// buurt (the median Alblasserdam buurt has 635); a gemeente of 20,000 is Alblasserdam's size.
export const DEFAULT_INHABITANTS = {
  gemeente: 20_000,
  wijk: 5_000,
  buurt: 1_000,
  area: 1_000,
} as const satisfies Record<AreaKind, number>;
// Between the Dutch average of about 2.1 persons per household and Alblasserdam's 2.4 (the
// buurten of the CBS 2024 figures: 20,320 inhabitants in 8,490 households).
export const PERSONS_PER_HOUSEHOLD = 2.2;
// Without age bands: the share of the Alblasserdam buurten that is 18 or older, about 78%
// (18% are 0-14, and 3 of the 10 years of the 15-24 band are under 18).
const ADULT_SHARE = 0.78;
const UNDER_18_IN_15_TO_24 = 0.3;

/** The size of an area: its own figures where it has them, else the default of its kind. */
export function sizeOf(area: Area): AreaSize {
  const figures = area.figures;
  const inhabitants =
    figures?.inhabitants ??
    (figures?.households === undefined ? DEFAULT_INHABITANTS[area.kind] : figures.households * PERSONS_PER_HOUSEHOLD);
  const households = figures?.households ?? inhabitants / PERSONS_PER_HOUSEHOLD;
  const young = figures?.age0to14;
  const youth = figures?.age15to24;
  const adults =
    figures?.inhabitants !== undefined && young !== undefined && youth !== undefined
      ? Math.max(0, inhabitants - young - UNDER_18_IN_15_TO_24 * youth)
      : ADULT_SHARE * inhabitants;
  return { inhabitants, households, adults };
}
