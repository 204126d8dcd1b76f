/**
 * The laws of evaluate over arbitrary valid models, areas and observations: it never throws on
 * parsed input, gives deeply equal output for the same input, never mutates its input, and a
 * parent's figures equal those of the union of its children's observations.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type Model, type Observation, parseModel, parseObservations } from "../../src/index.js";
import { generateObservations } from "../../src/testing/index.js";
import { arbitraryModel } from "../model/fixtures.js";

const periods = ["2023", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
const scenario = fc.constantFrom("improving", "declining", "mixed", "sparse" as const);
const asOf = fc.option(fc.constantFrom("2024-04-01", "2024-05-17T08:30:00+02:00", "2024-10-01"), { nil: undefined });

/** A model, and observations for it from the testing kit. */
const world = fc
  .record({ input: arbitraryModel, seed: fc.integer(), scenario, asOf })
  .map(({ input, seed, scenario: chosen, asOf: when }) => {
    const model = parseModel(input);
    const rows = generateObservations(model, { seed, areas: model.areas, periods, scenario: chosen });
    return { model, observations: parseObservations(model, rows), asOf: when };
  });

const optionsFor = (when: string | undefined) =>
  when === undefined ? { period: "2024" } : { period: "2024", asOf: when };

describe("evaluate: laws over arbitrary valid models", () => {
  it("never throws on parsed input", () => {
    fc.assert(
      fc.property(world, ({ model, observations, asOf: when }) => {
        expect(() => evaluate(model, observations, optionsFor(when))).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it("gives deeply equal output for the same input, and leaves the input as it was", () => {
    fc.assert(
      fc.property(world, ({ model, observations, asOf: when }) => {
        const rows = observations.map((row) => ({ ...row }));
        const areas = model.areas.map((area) => ({ ...area }));
        const before = structuredClone({ rows, areas });
        const first = evaluate(model, parseObservations(model, rows), { ...optionsFor(when), areas });
        expect({ rows, areas }).toEqual(before);
        expect(
          JSON.parse(JSON.stringify(evaluate(model, parseObservations(model, rows), { ...optionsFor(when), areas }))),
        ).toEqual(JSON.parse(JSON.stringify(first)));
      }),
      { numRuns: 40 },
    );
  });

  it("gives a parent the figures and statuses of the union of its children's observations", () => {
    fc.assert(
      fc.property(world, ({ model, observations }) => {
        // A parent below the root: the testing kit gives it no observations of its own.
        const parent = model.areas.find(
          (area) => area.parent !== undefined && model.areas.some((child) => child.parent === area.id),
        );
        fc.pre(parent !== undefined && !observations.some((row) => row.area === parent.id));
        const full = evaluate(model, observations, { period: "2024" });
        const stripped = stripAreas(model);
        const united = evaluate(stripped, parseObservations(stripped, unite(model, observations, parent.id)), {
          period: "2024",
        });
        const measuresOf = (evaluation: typeof full) =>
          evaluation.factors
            .filter((result) => result.area === parent.id)
            .flatMap(({ factor, measures }) => measures.map((measure) => ({ factor, ...measure })));
        const union = measuresOf(united);
        const hierarchical = measuresOf(full);
        expect(union.map(({ factor, indicator }) => [factor, indicator])).toEqual(
          hierarchical.map(({ factor, indicator }) => [factor, indicator]),
        );
        hierarchical.forEach((measure, index) => {
          // The differences, by design: a union cannot see that a child has a gap, and it sums the
          // children with data in one span only, which the parent leaves out of its comparison.
          if (
            measure.reason === "incomplete-data" ||
            union[index]?.reason === "incomplete-data" ||
            measure.covers !== undefined
          )
            return;
          const { current, baseline, status } = union[index] ?? {};
          expect({ current, baseline, status }).toEqual({
            current: measure.current,
            baseline: measure.baseline,
            status: measure.status,
          });
        });
      }),
      { numRuns: 60 },
    );
  });
});

/** The model with only its root areas: the united observations stand on their own. */
function stripAreas(model: Model): Model {
  return { ...model, areas: model.areas.filter((area) => area.parent === undefined) };
}

/**
 * The observations of every leaf below `root`, added up per indicator and period into one row
 * of the root, by each measure's rule over areas (a stock sums over areas too).
 */
function unite(model: Model, observations: readonly Observation[], root: string): Observation[] {
  const parentOf = new Map(model.areas.map((area) => [area.id, area.parent]));
  const below = (area: string): boolean => {
    for (let current = parentOf.get(area); current !== undefined; current = parentOf.get(current))
      if (current === root) return true;
    return false;
  };
  const sums = new Map<string, Observation>();
  for (const row of observations) {
    if (!below(row.area)) continue;
    const key = `${row.indicator}|${row.period}`;
    const sum = sums.get(key);
    const add = (a: number | undefined, b: number | undefined) => (a === undefined ? b : (a ?? 0) + (b ?? 0));
    if (sum === undefined) sums.set(key, { ...row, area: root });
    else {
      const next: Observation = { indicator: row.indicator, area: root, period: row.period };
      for (const field of ["value", "numerator", "denominator", "positive", "respondents"] as const) {
        const total = add(sum[field], row[field]);
        if (total !== undefined) next[field] = total;
      }
      sums.set(key, next);
    }
  }
  return [...sums.values()];
}
