import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations, type Status } from "../../src/index.js";
import { hierarchy, modelWith } from "./fixtures.js";

const model = modelWith([
  { id: "meldingen", measure: "count", rule: { kind: "increase" } },
  { id: "relatief", measure: "count", rule: { kind: "relativeChange", direction: "increase", percent: 10 } },
  { id: "mutatie", measure: "ratio", rule: { kind: "relativeChange", direction: "decrease", percent: 10 } },
  { id: "trots", measure: "share", rule: { kind: "qualitative", direction: "increase", minRespondents: 5 } },
  { id: "abonnees", measure: "stock", rule: { kind: "tracked" } },
  { id: "partners", measure: "count", rule: { kind: "perPeriod", amount: 10, per: "year" } },
]);
const areas = [...hierarchy];
const buurten = ["BU04820101", "BU04820102"];
const periods = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];

/** Rows for any subset of (indicator, buurt, quarter), with values that fit each measure. */
const rows = fc
  .uniqueArray(
    fc.record({
      indicator: fc.constantFrom(...model.indicators.map((indicator) => indicator.id)),
      area: fc.constantFrom(...buurten),
      period: fc.constantFrom(...periods),
      a: fc.integer({ min: 0, max: 1000 }),
      b: fc.integer({ min: 1, max: 1000 }),
    }),
    { selector: (row) => `${row.indicator}|${row.area}|${row.period}`, maxLength: 80 },
  )
  .map((drawn) =>
    drawn.map(({ indicator, area, period, a, b }) => {
      const measure = model.indicators.find((candidate) => candidate.id === indicator)?.measure;
      if (measure === "ratio") return { indicator, area, period, numerator: a, denominator: b };
      if (measure === "share") return { indicator, area, period, positive: Math.min(a, b), respondents: b };
      return { indicator, area, period, value: a };
    }),
  );
const asOf = fc.option(fc.constantFrom("2024-04-01", "2024-07-01", "2024-08-15T10:00:00Z"), { nil: undefined });

describe("evaluate: properties", () => {
  it("gives deeply equal results whatever the order of the observations", () => {
    fc.assert(
      fc.property(rows, asOf, fc.integer(), (drawn, when, seed) => {
        const shuffled =
          fc.sample(fc.shuffledSubarray(drawn, { minLength: drawn.length, maxLength: drawn.length }), {
            seed,
            numRuns: 1,
          })[0] ?? [];
        const options = when === undefined ? { period: "2024", areas } : { period: "2024", areas, asOf: when };
        expect(evaluate(model, parseObservations(model, shuffled), options)).toEqual(
          evaluate(model, parseObservations(model, drawn), options),
        );
      }),
    );
  });

  // A perPeriod rule reads no baseline, so a parent sums every child with rows in the period; the
  // comparing rules sum the like-for-like set instead, which laws.test.ts checks as a union. A child
  // whose quarters leave a gap has no current, and then neither has its parent: missing is not zero.
  it("gives a parent a perPeriod count equal to the sum of its children's, or none when a child's count has a gap", () => {
    fc.assert(
      fc.property(rows, (drawn) => {
        const evaluation = evaluate(model, parseObservations(model, drawn), { period: "2024", areas });
        const currentOf = (area: string) =>
          evaluation.factors.find((result) => result.factor === "partners" && result.area === area)?.measures[0]
            ?.current;
        const reporting = buurten.filter((buurt) =>
          drawn.some((row) => row.indicator === "partners" && row.area === buurt && row.period.startsWith("2024")),
        );
        const children = reporting.map(currentOf);
        if (reporting.length === 0 || children.includes(undefined)) expect(currentOf("WK048201")).toBeUndefined();
        else expect(currentOf("WK048201")).toBe(children.reduce((sum = 0, value = 0) => sum + value, 0));
        expect(currentOf("GM0482")).toBe(currentOf("WK048201"));
      }),
    );
  });

  it("never worsens an increase status when a current count rises", () => {
    const rank: Record<Status, number> = {
      "not-achieved": 0,
      behind: 1,
      "no-data": 2,
      "not-evaluable": 3,
      "on-track": 4,
      achieved: 5,
      monitored: 6,
    };
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 500 }), fc.nat(), (drawn, raise, pick) => {
        const current = drawn.filter((row) => row.indicator === "meldingen" && row.period.startsWith("2024"));
        const target = current[pick % Math.max(current.length, 1)];
        fc.pre(target !== undefined);
        const raised = drawn.map((row) =>
          row === target && "value" in row ? { ...row, value: row.value + raise } : row,
        );
        const before = evaluate(model, parseObservations(model, drawn), { period: "2024", areas });
        const after = evaluate(model, parseObservations(model, raised), { period: "2024", areas });
        for (const result of before.factors.filter((candidate) => candidate.factor === "meldingen")) {
          const later = after.factors.find(
            (candidate) => candidate.factor === "meldingen" && candidate.area === result.area,
          );
          expect(rank[later?.status ?? "no-data"]).toBeGreaterThanOrEqual(rank[result.status]);
        }
      }),
    );
  });

  it("never worsens any rule's status when its current figure moves in the rule's direction", () => {
    const rank: Record<Status, number> = {
      "not-achieved": 0,
      behind: 1,
      "no-data": 2,
      "not-evaluable": 3,
      "on-track": 4,
      achieved: 5,
      monitored: 6,
    };
    // Each indicator, and how a current row moves in its rule's direction.
    const moves: Record<string, (row: Record<string, number | string>, by: number) => Record<string, number | string>> =
      {
        relatief: (row, by) => ({ ...row, value: (row["value"] as number) + by }),
        partners: (row, by) => ({ ...row, value: (row["value"] as number) + by }),
        mutatie: (row, by) => ({ ...row, numerator: Math.max(0, (row["numerator"] as number) - by) }),
        trots: (row, by) => ({
          ...row,
          positive: Math.min(row["respondents"] as number, (row["positive"] as number) + by),
        }),
      };
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom(...Object.keys(moves)),
        fc.integer({ min: 1, max: 500 }),
        fc.nat(),
        asOf,
        (drawn, indicator, by, pick, when) => {
          const current = drawn.filter((row) => row.indicator === indicator && row.period.startsWith("2024"));
          const target = current[pick % Math.max(current.length, 1)];
          fc.pre(target !== undefined);
          const move = moves[indicator] as (
            row: Record<string, number | string>,
            by: number,
          ) => Record<string, number | string>;
          const moved = drawn.map((row) => (row === target ? move(row, by) : row));
          const options = when === undefined ? { period: "2024", areas } : { period: "2024", areas, asOf: when };
          const before = evaluate(model, parseObservations(model, drawn), options);
          const after = evaluate(model, parseObservations(model, moved), options);
          for (const result of before.factors.filter((candidate) => candidate.factor === indicator)) {
            const later = after.factors.find(
              (candidate) => candidate.factor === indicator && candidate.area === result.area,
            );
            expect(rank[later?.status ?? "no-data"]).toBeGreaterThanOrEqual(rank[result.status]);
          }
        },
      ),
    );
  });

  it("never throws on parsed input", () => {
    fc.assert(
      fc.property(rows, asOf, (drawn, when) => {
        const observations = parseObservations(model, drawn);
        expect(() =>
          evaluate(model, observations, when === undefined ? { period: "2024" } : { period: "2024", asOf: when }),
        ).not.toThrow();
      }),
    );
  });
});
