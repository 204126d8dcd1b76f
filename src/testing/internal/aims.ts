import type { Measure } from "../../model/indicator.js";
import type { Model } from "../../model/Model.js";
import type { Rule } from "../../model/rule.js";

/**
 * Where an indicator's rule wants it to go, reduced to what the generator needs:
 * - `change`: move in `sign`'s direction, by at least `rate` a year (a fraction: 0.1 for 10%);
 * - `perPeriod`: a yearly total of at least `perYear`;
 * - `threshold`: stay within (or, declining, leave) the bounds.
 */
export type Aim =
  | { readonly kind: "change"; readonly sign: 1 | -1; readonly rate: number; readonly minRespondents: number }
  | { readonly kind: "perPeriod"; readonly perYear: number }
  | { readonly kind: "threshold"; readonly atLeast: number | undefined; readonly atMost: number | undefined };

// contract.md: a qualitative rule needs at least 30 respondents unless it says otherwise.
const DEFAULT_MIN_RESPONDENTS = 30;
const perYear = { year: 1, quarter: 4, month: 12 } as const satisfies Record<string, number>;
const increaseLike: Aim = { kind: "change", sign: 1, rate: 0, minRespondents: DEFAULT_MIN_RESPONDENTS };

/** What the generator reads from a model's factors, per indicator. */
export interface Aims {
  /** The aim of each indicator, from the first factor measure that reads it. */
  readonly of: (indicator: string, measure: Measure) => Aim;
  /** Indicators that some factor judges with a `perPeriod` rule: programme-wide totals. */
  readonly rootOnly: ReadonlySet<string>;
}

/** Reads each indicator's aim from the first factor measure that reads it (increase-like when none). */
export function readAims(model: Model): Aims {
  const first = new Map<string, Rule>();
  const rootOnly = new Set<string>();
  for (const group of model.groups) {
    for (const factor of group.factors) {
      for (const measure of factor.measures) {
        if (!first.has(measure.indicator)) first.set(measure.indicator, measure.rule);
        if (measure.rule.kind === "perPeriod") rootOnly.add(measure.indicator);
      }
    }
  }
  return { of: (indicator, measure) => aimOf(first.get(indicator), measure), rootOnly };
}

function aimOf(rule: Rule | undefined, measure: Measure): Aim {
  if (rule === undefined) return increaseLike;
  switch (rule.kind) {
    case "relativeChange":
      return {
        kind: "change",
        sign: rule.direction === "increase" ? 1 : -1,
        rate: rule.percent / 100,
        minRespondents: DEFAULT_MIN_RESPONDENTS,
      };
    case "increase":
      return increaseLike;
    case "decrease":
      return { kind: "change", sign: -1, rate: 0, minRespondents: DEFAULT_MIN_RESPONDENTS };
    case "qualitative":
      return {
        kind: "change",
        sign: rule.direction === "increase" ? 1 : -1,
        rate: 0,
        minRespondents: rule.minRespondents ?? DEFAULT_MIN_RESPONDENTS,
      };
    case "perPeriod":
      // parseModel only allows perPeriod on counts; an unparsed model may hold anything.
      return measure === "count" ? { kind: "perPeriod", perYear: rule.amount * perYear[rule.per] } : increaseLike;
    case "threshold":
      return { kind: "threshold", atLeast: rule.atLeast, atMost: rule.atMost };
    case "tracked":
      return increaseLike;
  }
}
