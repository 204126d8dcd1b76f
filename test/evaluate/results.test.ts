import { describe, expect, it } from "vitest";
import { BuurtaanpakError, type Evaluation, evaluate, type Model, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { count, hierarchy, modelWith } from "./fixtures.js";

function run(model: Model, rows: unknown[], options: Parameters<typeof evaluate>[2]): Evaluation {
  return evaluate(model, parseObservations(model, rows), options);
}
const none = {
  achieved: 0,
  "not-achieved": 0,
  "on-track": 0,
  behind: 0,
  monitored: 0,
  "no-data": 0,
  "not-evaluable": 0,
};

/** The error `evaluate` throws for these options; fails when it does not throw one. */
function errorOf(options: Parameters<typeof evaluate>[2]): BuurtaanpakError {
  try {
    evaluate(modelWith([{ id: "meldingen", measure: "count", rule: { kind: "increase" } }]), [], options);
  } catch (error) {
    if (error instanceof BuurtaanpakError) return error;
    throw error;
  }
  throw new Error("expected evaluate to throw");
}

describe("evaluate: results per factor and area", () => {
  // Two factors in one group, measured in different buurten: a rises in buurt A, b falls in buurt B.
  const twoFactors = modelWith([
    { id: "a", measure: "count", rule: { kind: "increase" } },
    { id: "b", measure: "count", rule: { kind: "increase" } },
  ]);
  const rows = [
    count("a", "BU04820101", "2023", 10),
    count("a", "BU04820101", "2024", 12),
    count("b", "BU04820102", "2023", 10),
    count("b", "BU04820102", "2024", 8),
  ];
  // Evaluated inside each test, not once for the describe block: mutation testing switches its
  // mutants on per test, so work done while the tests are collected would go unchecked.
  const evaluated = () => run(twoFactors, rows, { period: "2024", areas: [...hierarchy] });

  it("gives each factor a result in each area with data for it, and only there", () => {
    expect(evaluated().factors.map(({ factor, area, status }) => [factor, area, status])).toEqual([
      ["a", "GM0482", "achieved"],
      ["a", "WK048201", "achieved"],
      ["a", "BU04820101", "achieved"],
      ["b", "GM0482", "not-achieved"],
      ["b", "WK048201", "not-achieved"],
      ["b", "BU04820102", "not-achieved"],
    ]);
  });

  it("rolls up each area's own statuses, counting a factor without a result there as no-data", () => {
    const evaluation = evaluated();
    expect(evaluation.groups).toEqual([
      { group: "groep", area: "GM0482", factors: 2, counts: { ...none, achieved: 1, "not-achieved": 1 }, score: 0.5 },
      { group: "groep", area: "WK048201", factors: 2, counts: { ...none, achieved: 1, "not-achieved": 1 }, score: 0.5 },
      { group: "groep", area: "BU04820101", factors: 2, counts: { ...none, achieved: 1, "no-data": 1 }, score: 1 },
      {
        group: "groep",
        area: "BU04820102",
        factors: 2,
        counts: { ...none, "not-achieved": 1, "no-data": 1 },
        score: 0,
      },
    ]);
    expect(
      evaluation.subgoals.map((rollUp) => ["subgoal" in rollUp && rollUp.subgoal, rollUp.area, rollUp.score]),
    ).toEqual([
      ["subdoel", "GM0482", 0.5],
      ["subdoel", "WK048201", 0.5],
      ["subdoel", "BU04820101", 1],
      ["subdoel", "BU04820102", 0],
    ]);
    expect(
      evaluation.goals.map((rollUp) => ["goal" in rollUp && rollUp.goal, rollUp.area, rollUp.counts["no-data"]]),
    ).toEqual([
      ["doel", "GM0482", 0],
      ["doel", "WK048201", 0],
      ["doel", "BU04820101", 1],
      ["doel", "BU04820102", 1],
    ]);
  });

  it("reports per area how many factors have data and which have none, in model order", () => {
    expect(evaluated().coverage.areas).toEqual([
      { area: "GM0482", factors: 2, withData: 2, withoutData: [] },
      { area: "WK048201", factors: 2, withData: 2, withoutData: [] },
      { area: "BU04820101", factors: 2, withData: 1, withoutData: ["b"] },
      { area: "BU04820102", factors: 2, withData: 1, withoutData: ["a"] },
    ]);
  });

  it("counts a factor whose status is no-data as without data in the coverage", () => {
    const partial = run(
      twoFactors,
      [count("a", "GM0482", "2024", 3), count("b", "GM0482", "2023", 4), count("b", "GM0482", "2024", 5)],
      { period: "2024" },
    );
    expect(partial.coverage.areas).toEqual([{ area: "GM0482", factors: 2, withData: 1, withoutData: ["a"] }]);
  });

  it("scores on-track as met and behind as not met, and leaves monitored factors out of the score", () => {
    const yearly = modelWith([
      { id: "a", measure: "count", rule: { kind: "perPeriod", amount: 10, per: "year" } },
      { id: "b", measure: "count", rule: { kind: "perPeriod", amount: 10, per: "year" } },
      { id: "c", measure: "count", rule: { kind: "tracked" } },
    ]);
    // asOf 1 July 2024: the pro-rated target is 10 × 182/366 ≈ 4.97; a has 6, b has 2.
    const halfYear = [
      count("a", "GM0482", "2024-Q1", 3),
      count("a", "GM0482", "2024-Q2", 3),
      count("b", "GM0482", "2024-Q1", 1),
      count("b", "GM0482", "2024-Q2", 1),
      count("c", "GM0482", "2024-Q1", 1),
      count("c", "GM0482", "2024-Q2", 1),
    ];
    const partial = run(yearly, halfYear, { period: "2024", asOf: "2024-07-01" });
    expect(partial.factors.map(({ factor, status }) => [factor, status])).toEqual([
      ["a", "on-track"],
      ["b", "behind"],
      ["c", "monitored"],
    ]);
    expect(partial.groups).toEqual([
      {
        group: "groep",
        area: "GM0482",
        factors: 3,
        counts: { ...none, "on-track": 1, behind: 1, monitored: 1 },
        score: 0.5,
      },
    ]);
  });

  it("gives a not-evaluable factor the reason of the measure that made it so, and an achieved one no reason at all", () => {
    const evaluated = run(
      alblasserdam,
      [
        count("organisaties-met-plekken", "GM0482", "2023", 3),
        count("organisaties-met-plekken", "GM0482", "2024", 5),
        count("werkgevers-met-werk", "GM0482", "2023", 3),
        count("werkgevers-met-werk", "GM0482", "2024-01-01/2024-11-30", 4),
        count("fixi-meldingen", "GM0482", "2023", 100),
        count("fixi-meldingen", "GM0482", "2024", 120),
      ],
      { period: "2024" },
    );
    const talent = evaluated.factors.find((result) => result.factor === "talentontwikkelplekken");
    expect(talent).toMatchObject({
      status: "not-evaluable",
      reason: "incomplete-data",
      measures: [{ status: "achieved" }, { status: "not-evaluable", reason: "incomplete-data" }],
    });
    const fixi = evaluated.factors.find((result) => result.factor === "fixi-meldingen");
    expect(fixi?.status).toBe("achieved");
    expect(fixi).not.toHaveProperty("reason");
  });
});

describe("evaluate: options", () => {
  it("rejects an areas option whose shape is wrong, with the path into the option", () => {
    const error = errorOf({
      period: "2024",
      areas: [
        { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
        { id: "BU123", kind: "buurt", name: "x" },
      ],
    });
    expect(error.code).toBe("invalid-options");
    expect(error.issues.map((issue) => issue.path)).toEqual([["areas", 1, "id"]]);
  });

  it("rejects an areas option whose parents form a cycle, at each area in it", () => {
    const error = errorOf({
      period: "2024",
      areas: [
        { id: "a", kind: "area", name: "A", parent: "b" },
        { id: "b", kind: "area", name: "B", parent: "a" },
      ],
    });
    expect(error.code).toBe("invalid-options");
    expect(error.issues.map(({ path }) => path[0])).toEqual(["areas"]);
    expect(error.issues[0]?.message).toMatch(/cycle/);
  });

  it("rejects an unreadable asOf at the asOf option, saying what it expects", () => {
    const error = errorOf({ period: "2024", asOf: "yesterday" });
    expect(error.code).toBe("invalid-options");
    expect(error.issues).toEqual([
      {
        code: "invalid-option",
        path: ["asOf"],
        params: {},
        message:
          "expected an ISO 8601 date-time with a time zone (2024-05-01T12:00:00Z, 2024-05-01T14:00:00+02:00) or a date (2024-05-01)",
      },
    ]);
  });

  it("rejects an asOf before the period at the asOf option, naming the day in Amsterdam", () => {
    const error = errorOf({ period: "2024", asOf: "2023-12-31T22:59:59Z" });
    expect(error.code).toBe("invalid-options");
    expect(error.issues).toEqual([
      {
        code: "as-of-before-period",
        path: ["asOf"],
        params: {},
        message: "asOf (2023-12-31 in Amsterdam) is before the period 2024 starts (2024-01-01)",
      },
    ]);
  });

  it("accepts an asOf at the very start of the period: nothing has elapsed yet", () => {
    const model = modelWith([{ id: "meldingen", measure: "count", rule: { kind: "increase" } }]);
    const evaluation = evaluate(model, parseObservations(model, [count("meldingen", "GM0482", "2024-01", 3)]), {
      period: "2024",
      asOf: "2024-01-01",
    });
    // No day has passed: January's row lies after asOf, and the top-level area has no data yet.
    expect(evaluation).toMatchObject({ complete: false, asOf: "2023-12-31T23:00:00.000Z" });
    expect(evaluation.factors.map(({ area, status }) => [area, status])).toEqual([["GM0482", "no-data"]]);
    expect(evaluation.warnings.map(({ code, count: rows }) => [code, rows])).toEqual([["after-as-of", 1]]);
  });

  it("rejects a period or baseline that is not a text, even one that would read as a period", () => {
    const period = errorOf({ period: 2024 as unknown as string });
    expect(period.code).toBe("invalid-options");
    expect(period.issues).toEqual([
      {
        code: "invalid-option",
        path: ["period"],
        params: {},
        message: "'2024' is not a period: a period is a text such as 2024 or 2024-Q2",
      },
    ]);
    expect(errorOf({ period: "2024", baseline: 2023 as unknown as string }).issues).toEqual([
      {
        code: "invalid-option",
        path: ["baseline"],
        params: {},
        message: "'2023' is not a period: a period is a text such as 2024 or 2024-Q2",
      },
    ]);
  });
});
