import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Area, Evaluation, Measure, MeasureResult } from "../../src/index.js";
import type { ProtectedEvaluation } from "../../src/protect/ProtectedEvaluation.js";
import type { ProtectionPolicy } from "../../src/protect/ProtectionPolicy.js";
import { protect } from "../../src/protect/protect.js";
import { modelOf, run } from "./fixtures.js";

/**
 * The laws of protect over random hierarchies of 2 to 4 levels and random data:
 * - no withheld figure can be recomputed as a parent's total minus its shown children, at any
 *   level, for any indicator, for current and baseline, and from the difference of two totals
 *   of one indicator that two factors sum over different children;
 * - nothing below a threshold is shown, in any number or sentence.
 */

const measures: Record<string, Measure> = {
  meldingen: "count",
  voorraad: "stock",
  mutatiegraad: "ratio",
  trots: "share",
};
const model = modelOf(
  Object.entries(measures).map(([id, measure]) => ({ id, measure, label: `Indicator ${id}` })),
  [
    // meldingen is read by two factors: one compares like with like, one sums every buurt.
    {
      id: "minder-meldingen",
      label: "Minder meldingen",
      measures: [{ indicator: "meldingen", rule: { kind: "relativeChange", direction: "decrease", percent: 10 } }],
    },
    {
      id: "meldingen-gevolgd",
      label: "Meldingen gevolgd",
      measures: [{ indicator: "meldingen", rule: { kind: "tracked" } }],
    },
    {
      id: "wonen",
      label: "Wonen",
      measures: [
        { indicator: "voorraad", rule: { kind: "threshold", atLeast: 10 } },
        { indicator: "mutatiegraad", rule: { kind: "tracked" } },
      ],
    },
    {
      id: "trots",
      label: "Trots",
      measures: [{ indicator: "trots", rule: { kind: "qualitative", direction: "increase" } }],
    },
  ],
);
const indicators = Object.keys(measures);

// A name without digits, so that every digit in a withheld sentence must come from somewhere known.
const nameOf = (id: string) => `Gebied ${id.replace(/\d/g, (digit) => "abcdefghij".charAt(Number(digit)))}`;

/** A hierarchy built breadth-first from a list of child counts, `levels` deep. */
function hierarchyOf(levels: number, childCounts: readonly number[]): Area[] {
  const areas: Area[] = [{ id: "r", kind: "area", name: nameOf("r") }];
  let level = [areas[0] as Area];
  let next = 0;
  for (let depth = 1; depth < levels; depth++) {
    const below: Area[] = [];
    for (const parent of level) {
      const children = childCounts[next++ % childCounts.length] ?? 1;
      for (let index = 0; index < children; index++) {
        const id = `${parent.id}-${index}`;
        below.push({ id, kind: "area", name: nameOf(id), parent: parent.id });
      }
    }
    areas.push(...below);
    level = below;
  }
  return areas;
}

/** A figure: small (around the thresholds) or large, with fractions that make it distinctive in the output. */
const size = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 5, max: 400 }));
const fraction = fc.constantFrom(0, 0.125, 0.375, 0.0625);
const cell = fc.record({
  present: fc.integer({ min: 0, max: 3 }),
  size,
  fraction,
  denominator: fc.integer({ min: 1, max: 60 }),
});

const world = fc.record({
  levels: fc.integer({ min: 2, max: 4 }),
  childCounts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 12 }),
  cells: fc.array(cell, { minLength: 320, maxLength: 320 }),
  // Internal areas with rows of their own now and then: their totals are then not their children's sum.
  ownData: fc.integer({ min: 0, max: 9 }),
  policy: fc.record({
    minimumCount: fc.integer({ min: 1, max: 8 }),
    minimumRespondents: fc.integer({ min: 5, max: 40 }),
    minimumCategory: fc.integer({ min: 1, max: 8 }),
  }),
});

interface Drawn {
  readonly present: number;
  readonly size: number;
  readonly fraction: number;
  readonly denominator: number;
}

function rowsOf(areas: readonly Area[], cells: readonly Drawn[], ownData: number): unknown[] {
  const parents = new Set(areas.map((area) => area.parent));
  const rows: unknown[] = [];
  let next = 0;
  areas.forEach((area, areaIndex) => {
    if (parents.has(area.id) && (ownData === 0 || areaIndex % ownData !== 1)) return;
    for (const indicator of indicators) {
      for (const period of ["2024", "2023"]) {
        const drawn = cells[next++ % cells.length];
        if (drawn === undefined || drawn.present === 0) continue;
        const measure = measures[indicator];
        if (measure === "count" || measure === "stock")
          rows.push({ indicator, area: area.id, period, value: drawn.size + drawn.fraction });
        else if (measure === "ratio")
          rows.push({ indicator, area: area.id, period, numerator: drawn.size, denominator: drawn.denominator * 10 });
        else {
          const respondents = drawn.denominator + (drawn.size % 7);
          rows.push({ indicator, area: area.id, period, positive: drawn.size % (respondents + 1), respondents });
        }
      }
    }
  });
  return rows;
}

const windows = ["current", "baseline"] as const;
type Window = (typeof windows)[number];

/** One figure of the unprotected evaluation, with where it appears in the protected one. */
interface Figure {
  readonly key: string;
  readonly factorIndex: number;
  readonly position: number;
  readonly which: Window;
  /** What the equations add up: the count, or a ratio's or share's numerator. */
  readonly summed: number;
}

/** The equations a reader can form from the evaluation, as lists of figure keys (parent first). */
function equationsOf(evaluation: Evaluation): string[][] {
  const parentOf = new Map(evaluation.areas.map((area) => [area.id, area.parent]));
  const bySeries = new Map<string, Map<string, MeasureResult>>();
  evaluation.factors.forEach((result) => {
    result.measures.forEach((measure, position) => {
      const series = `${result.factor}#${position}`;
      let areas = bySeries.get(series);
      if (areas === undefined) {
        areas = new Map();
        bySeries.set(series, areas);
      }
      areas.set(result.area, measure);
    });
  });
  const sets = new Map<string, Set<string>[]>();
  for (const areas of bySeries.values()) {
    for (const [area, parent] of areas) {
      const children = [...areas].filter(([child]) => parentOf.get(child) === area);
      if (children.length === 0) continue;
      for (const which of windows) {
        if (parent[which] === undefined) continue;
        // Like with like where the parent says it covers part; otherwise every child with the figure.
        const summed = children.filter(([, child]) =>
          parent.covers === undefined
            ? child[which] !== undefined
            : child.current !== undefined && child.baseline !== undefined,
        );
        if (summed.length === 0) continue;
        const key = `${parent.indicator}@${area}@${which}`;
        const list = sets.get(key) ?? [];
        list.push(new Set(summed.map(([child, measure]) => `${measure.indicator}@${child}@${which}`)));
        sets.set(key, list);
      }
    }
  }
  const equations: string[][] = [];
  for (const [parent, list] of sets) {
    list.forEach((set, index) => {
      equations.push([parent, ...set]);
      // Two totals of one indicator over different children: their difference is a sum too.
      for (const other of list.slice(0, index)) {
        const difference = [...set].filter((key) => !other.has(key)).concat([...other].filter((key) => !set.has(key)));
        if (difference.length > 0) equations.push([parent, ...difference]);
      }
    });
  }
  return equations;
}

function figuresOf(evaluation: Evaluation): Figure[] {
  const figures: Figure[] = [];
  evaluation.factors.forEach((result, factorIndex) => {
    result.measures.forEach((measure, position) => {
      for (const which of windows) {
        const value = measure[which];
        const summed = measure.parts?.[which]?.numerator ?? value;
        if (summed !== undefined)
          figures.push({ key: `${measure.indicator}@${result.area}@${which}`, factorIndex, position, which, summed });
      }
    });
  });
  return figures;
}

function isWithheld(published: ProtectedEvaluation, figure: Figure): boolean {
  const measure = published.factors[figure.factorIndex]?.measures[figure.position];
  return measure?.withheld?.[figure.which] === true;
}

/** Whether a shown figure breaks the policy. */
function breaksPolicy(measure: MeasureResult, which: Window, policy: Required<ProtectionPolicy>): boolean {
  const value = measure[which];
  if (value === undefined) return false;
  const kind = measures[measure.indicator];
  if (kind === "count" || kind === "stock") return value > 0 && value < policy.minimumCount;
  const parts = measure.parts?.[which];
  if (parts === undefined) return true;
  if (kind === "ratio") return parts.numerator > 0 && parts.numerator < policy.minimumCount;
  return (
    parts.denominator < policy.minimumRespondents ||
    parts.numerator < policy.minimumCategory ||
    parts.denominator - parts.numerator < policy.minimumCategory
  );
}

describe("protect: laws", () => {
  it("leaves no withheld figure to be recomputed as a parent minus its shown children, at any level, and shows nothing below a threshold", () => {
    fc.assert(
      fc.property(world, ({ levels, childCounts, cells, ownData, policy }) => {
        const areas = hierarchyOf(levels, childCounts);
        const evaluation = run(model, areas, rowsOf(areas, cells, ownData));
        const published = protect(evaluation, policy);
        const figures = figuresOf(evaluation);
        const summedOf = new Map(figures.map((figure) => [figure.key, figure.summed]));

        // A cell is withheld everywhere it is shown, or nowhere.
        const withheld = new Map<string, boolean>();
        for (const figure of figures) {
          const hidden = isWithheld(published, figure);
          expect(
            withheld.get(figure.key) ?? hidden,
            `${figure.key} is withheld in one factor and shown in another`,
          ).toBe(hidden);
          withheld.set(figure.key, hidden);
        }

        // Try to recompute each withheld cell from each equation it is in.
        for (const equation of equationsOf(evaluation)) {
          const hidden = equation.filter((key) => withheld.get(key) === true);
          if (hidden.length === 1) {
            const [parent, ...children] = equation;
            const shown = (key: string) => summedOf.get(key) ?? 0;
            const recomputed =
              hidden[0] === parent
                ? children.reduce((sum, key) => sum + shown(key), 0)
                : shown(parent ?? "") -
                  children.filter((key) => key !== hidden[0]).reduce((sum, key) => sum + shown(key), 0);
            expect.fail(`${hidden[0]} can be recomputed (${recomputed}) from ${equation.join(" = ")}`);
          }
        }

        // Nothing below a threshold is shown.
        for (const result of published.factors) {
          for (const measure of result.measures) {
            for (const which of windows)
              expect(
                breaksPolicy(measure, which, published.protection.policy),
                `${result.factor} in ${result.area}, ${which}`,
              ).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("names no withheld value anywhere: the numbers of the protected results and the digits of withheld sentences come from shown figures, periods, thresholds and rules", () => {
    fc.assert(
      fc.property(world, ({ levels, childCounts, cells, ownData, policy }) => {
        const areas = hierarchyOf(levels, childCounts);
        const evaluation = run(model, areas, rowsOf(areas, cells, ownData));
        const published = protect(evaluation, policy);
        const shownNumbers = new Set<number>();
        const hiddenNumbers = new Set<number>();
        evaluation.factors.forEach((result, factorIndex) => {
          result.measures.forEach((measure, position) => {
            const after = published.factors[factorIndex]?.measures[position];
            const numbers = (side: Window | "both") => [
              ...(side === "both"
                ? [measure.change, measure.target, measure.progress]
                : [
                    measure[side],
                    measure.parts?.[side]?.numerator,
                    measure.parts?.[side]?.denominator,
                    measure.respondents?.[side],
                  ]),
            ];
            const hidden = after?.withheld;
            for (const side of windows)
              for (const value of numbers(side))
                if (value !== undefined) (hidden?.[side] === true ? hiddenNumbers : shownNumbers).add(value);
            for (const value of numbers("both"))
              if (value !== undefined) (hidden === undefined ? shownNumbers : hiddenNumbers).add(value);
          });
        });
        // Distinctive: a withheld value that no shown figure happens to share.
        const distinctive = [...hiddenNumbers].filter((value) => !shownNumbers.has(value) && !Number.isInteger(value));
        const data = JSON.stringify(published.factors.map(({ explanation: _explanation, ...rest }) => rest));
        const tokens = new Set((data.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g) ?? []).map(Number));
        for (const value of distinctive) expect(tokens.has(value), `withheld ${value} appears in the data`).toBe(false);

        // The digits a withheld clause may hold: the periods, the thresholds, the rules' numbers
        // (-10%, at least 10, 30 respondents per period, from 0), "(2 van 3 gebieden)". Any other
        // would be a figure. Labels and area names hold no digits.
        const thresholds = new RegExp(`\\b(${Object.values(published.protection.policy).join("|")})\\b`, "g");
        const allowed = (clause: string) =>
          clause
            .replace(/\(\d+ (van|of) \d+ [a-z]+\)/g, "")
            .replace(/\b(2024|2023)\b/g, "")
            .replace(/-10%/g, "")
            .replace(/(minimaal|at least) \d+( per (periode|period))?/g, "")
            .replace(/(vanaf|from) 0\b/g, "")
            .replace(thresholds, "");
        for (const result of published.factors) {
          if (!result.measures.some((measure) => measure.withheld !== undefined)) continue;
          for (const text of [result.explanation.nl, result.explanation.en]) {
            // With several measures, a shown measure keeps its clause and its figures: only the withheld clauses are read.
            const body = text.slice(text.indexOf(": ") + 2);
            const clauses =
              result.measures.length === 1
                ? [text]
                : body.split("; ").filter((_, index) => result.measures[index]?.withheld !== undefined);
            for (const clause of clauses) expect(allowed(clause), text).not.toMatch(/\d/);
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("is pure and deterministic: the same evaluation twice gives equal results, and the evaluation is unchanged", () => {
    fc.assert(
      fc.property(world, ({ levels, childCounts, cells, ownData, policy }) => {
        const areas = hierarchyOf(levels, childCounts);
        const evaluation = run(model, areas, rowsOf(areas, cells, ownData));
        const before = JSON.stringify(evaluation);
        const first = protect(evaluation, policy);
        expect(protect(evaluation, policy)).toEqual(first);
        expect(JSON.stringify(evaluation)).toBe(before);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
