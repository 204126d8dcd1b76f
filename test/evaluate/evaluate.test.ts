import { describe, expect, it } from "vitest";
import { BuurtaanpakError, type Evaluation, evaluate, type Model, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { count, hierarchy, modelWith, ratio, share } from "./fixtures.js";

const fixi = modelWith([
  {
    id: "meldingen",
    label: "Meldingen",
    measure: "count",
    rule: { kind: "relativeChange", direction: "increase", percent: 10 },
  },
]);

function run(model: Model, rows: unknown[], options: Parameters<typeof evaluate>[2]): Evaluation {
  return evaluate(model, parseObservations(model, rows), options);
}
const resultFor = (evaluation: Evaluation, factor: string, area: string) => {
  const result = evaluation.factors.find((candidate) => candidate.factor === factor && candidate.area === area);
  if (result === undefined) throw new Error(`no result for ${factor} in ${area}`);
  return result;
};

describe("evaluate: periods and baseline", () => {
  it("compares with the same period one year earlier by default", () => {
    const evaluation = run(
      fixi,
      [count("meldingen", "GM0482", "2023", 480), count("meldingen", "GM0482", "2024", 530)],
      { period: "2024" },
    );
    expect(evaluation).toMatchObject({
      period: "2024",
      baseline: "2023",
      complete: true,
      asOf: "2024-12-31T23:00:00.000Z",
    });
    expect(resultFor(evaluation, "meldingen", "GM0482").measures[0]).toMatchObject({
      status: "achieved",
      current: 530,
      baseline: 480,
      target: 528,
    });
  });

  it("takes an explicit baseline", () => {
    const evaluation = run(
      fixi,
      [count("meldingen", "GM0482", "2022", 100), count("meldingen", "GM0482", "2024", 105)],
      { period: "2024", baseline: "2022" },
    );
    expect(evaluation.baseline).toBe("2022");
    expect(resultFor(evaluation, "meldingen", "GM0482").status).toBe("not-achieved");
  });

  it("sums quarters into a year", () => {
    const rows = ["Q1", "Q2", "Q3", "Q4"].flatMap((quarter) => [
      count("meldingen", "GM0482", `2023-${quarter}`, 25),
      count("meldingen", "GM0482", `2024-${quarter}`, 27.5),
    ]);
    expect(resultFor(run(fixi, rows, { period: "2024" }), "meldingen", "GM0482").measures[0]).toMatchObject({
      current: 110,
      baseline: 100,
      status: "achieved",
    });
  });

  it("leaves out an observation that straddles the span's edge, with a warning, and never splits it", () => {
    const rows = [
      count("meldingen", "GM0482", "2023", 100),
      count("meldingen", "GM0482", "2024-01-01/2024-11-30", 100),
      count("meldingen", "GM0482", "2024-12-01/2025-01-31", 50),
    ];
    const evaluation = run(fixi, rows, { period: "2024" });
    const measure = resultFor(evaluation, "meldingen", "GM0482").measures[0];
    // 1 January to 30 November is all that lies inside 2024: a gap at the end, so no figure is shown.
    expect(measure).toEqual({ indicator: "meldingen", status: "not-evaluable", reason: "incomplete-data" });
    expect(evaluation.warnings).toEqual([
      expect.objectContaining({
        code: "straddles-span",
        indicator: "meldingen",
        period: "2024-12-01/2025-01-31",
        count: 1,
      }),
    ]);
  });

  it("throws invalid-options when asOf lies before the period starts", () => {
    expect(() => run(fixi, [], { period: "2024", asOf: "2023-12-31" })).toThrow(BuurtaanpakError);
    expect(() => run(fixi, [], { period: "2024", asOf: "2023-12-31" })).toThrow(
      "asOf (2023-12-31 in Amsterdam) is before the period 2024 starts (2024-01-01)",
    );
  });

  it("throws invalid-options for an unreadable period or baseline", () => {
    expect(() => run(fixi, [], { period: "2024-Q5" })).toThrow(/period: '2024-Q5' is not a period/);
    expect(() => run(fixi, [], { period: "2024", baseline: "2021-W53" })).toThrow(
      /baseline: '2021-W53' is not a period/,
    );
  });
});

describe("evaluate: partial periods", () => {
  const months = (year: number, last: number, value: (month: number) => number) =>
    Array.from({ length: last }, (_, index) =>
      count("meldingen", "GM0482", `${year}-${String(index + 1).padStart(2, "0")}`, value(index + 1)),
    );

  it("compares year-to-date with the same elapsed span at the start of the baseline", () => {
    // asOf 1 July 2024: 182 days of 2024 elapsed, so the baseline span is 1 January to 2 July 2023.
    const rows = [...months(2023, 12, () => 10), ...months(2024, 12, (month) => (month <= 6 ? 11 : 0))];
    const evaluation = run(fixi, rows, { period: "2024", asOf: "2024-07-01" });
    expect(evaluation.complete).toBe(false);
    expect(resultFor(evaluation, "meldingen", "GM0482")).toMatchObject({
      status: "on-track",
      measures: [{ current: 66, baseline: 60 }],
    });
  });

  it("is behind when the year-to-date comparison is not met", () => {
    const rows = [...months(2023, 12, () => 10), ...months(2024, 6, () => 10)];
    expect(resultFor(run(fixi, rows, { period: "2024", asOf: "2024-07-01" }), "meldingen", "GM0482").status).toBe(
      "behind",
    );
  });

  it("pro-rates a perPeriod target by elapsed days in a leap year: 10 per year over 182 of 366 days", () => {
    const partners = modelWith([
      { id: "partners", measure: "count", rule: { kind: "perPeriod", amount: 10, per: "year" } },
    ]);
    const rows = (total: number) => [
      count("partners", "GM0482", "2024-Q1", total - 2),
      count("partners", "GM0482", "2024-Q2", 2),
    ];
    const onTrack = run(partners, rows(5), { period: "2024", asOf: "2024-07-01" });
    expect(resultFor(onTrack, "partners", "GM0482")).toMatchObject({
      status: "on-track",
      measures: [{ current: 5, target: (10 * 182) / 366 }],
    });
    expect(resultFor(run(partners, rows(4), { period: "2024", asOf: "2024-07-01" }), "partners", "GM0482").status).toBe(
      "behind",
    );
  });

  it("does not need a baseline for a perPeriod rule", () => {
    const partners = modelWith([
      { id: "partners", measure: "count", rule: { kind: "perPeriod", amount: 10, per: "year" } },
    ]);
    expect(
      resultFor(run(partners, [count("partners", "GM0482", "2024", 10)], { period: "2024" }), "partners", "GM0482")
        .status,
    ).toBe("achieved");
  });

  it("excludes months that end after asOf (a month straddling asOf is left out with a warning)", () => {
    const rows = [...months(2023, 12, () => 10), ...months(2024, 7, () => 12)];
    const evaluation = run(fixi, rows, { period: "2024", asOf: "2024-07-15" });
    expect(resultFor(evaluation, "meldingen", "GM0482").measures[0]).toMatchObject({ current: 72, baseline: 60 });
    expect(evaluation.warnings.map((warning) => [warning.code, warning.period])).toContainEqual([
      "straddles-span",
      "2024-07",
    ]);
  });
});

describe("evaluate: missing is not zero", () => {
  it("gives no-data when the baseline is missing, and keeps the current figure", () => {
    const evaluation = run(fixi, [count("meldingen", "GM0482", "2024", 12)], { period: "2024" });
    expect(resultFor(evaluation, "meldingen", "GM0482")).toMatchObject({
      status: "no-data",
      measures: [{ current: 12 }],
    });
    expect(resultFor(evaluation, "meldingen", "GM0482").measures[0]).not.toHaveProperty("baseline");
    expect(resultFor(evaluation, "meldingen", "GM0482").explanation.nl).toContain("geen gegevens voor 2023");
  });

  it("judges a recorded 0 as a value: zero-baseline for relativeChange, a rise for increase", () => {
    const both = modelWith([
      { id: "relatief", measure: "count", rule: { kind: "relativeChange", direction: "increase", percent: 10 } },
      { id: "stijging", measure: "count", rule: { kind: "increase" } },
    ]);
    const rows = [
      count("relatief", "GM0482", "2023", 0),
      count("relatief", "GM0482", "2024", 4),
      count("stijging", "GM0482", "2023", 0),
      count("stijging", "GM0482", "2024", 4),
    ];
    const evaluation = run(both, rows, { period: "2024" });
    expect(resultFor(evaluation, "relatief", "GM0482")).toMatchObject({
      status: "not-evaluable",
      reason: "zero-baseline",
    });
    expect(resultFor(evaluation, "stijging", "GM0482").status).toBe("achieved");
  });

  it("treats a current 0 as a real fall, not as missing", () => {
    const evaluation = run(fixi, [count("meldingen", "GM0482", "2023", 10), count("meldingen", "GM0482", "2024", 0)], {
      period: "2024",
    });
    expect(resultFor(evaluation, "meldingen", "GM0482").measures[0]).toMatchObject({
      status: "not-achieved",
      current: 0,
      change: -1,
    });
  });

  it("does not count a month with no row as zero: a gap makes a sum not-evaluable", () => {
    const rows = ["01", "02", "03", "05", "06", "07", "08", "09", "10", "11", "12"].flatMap((month) => [
      count("meldingen", "GM0482", `2023-${month}`, 10),
      count("meldingen", "GM0482", `2024-${month}`, 12),
    ]);
    expect(resultFor(run(fixi, rows, { period: "2024" }), "meldingen", "GM0482")).toMatchObject({
      status: "not-evaluable",
      reason: "incomplete-data",
    });
  });
});

describe("evaluate: areas", () => {
  const turnover = modelWith([
    { id: "mutatiegraad", measure: "ratio", rule: { kind: "relativeChange", direction: "decrease", percent: 10 } },
  ]);

  it("pools ratios from buurt to wijk to gemeente, where averaging them would give another status", () => {
    // Buurt A 20/100 → 10/100 (−50%); buurt B 100/2000 → 110/2000 (+10%).
    // Pooled: 120/2100 → 120/2100, no change: not achieved. Averaged: 0.125 → 0.0775 (−38%): achieved.
    const rows = [
      ratio("mutatiegraad", "BU04820101", "2023", 20, 100),
      ratio("mutatiegraad", "BU04820101", "2024", 10, 100),
      ratio("mutatiegraad", "BU04820102", "2023", 100, 2000),
      ratio("mutatiegraad", "BU04820102", "2024", 110, 2000),
    ];
    const evaluation = run(turnover, rows, { period: "2024", areas: [...hierarchy] });
    for (const area of ["WK048201", "GM0482"]) {
      expect(resultFor(evaluation, "mutatiegraad", area)).toMatchObject({
        status: "not-achieved",
        measures: [{ current: 120 / 2100, baseline: 120 / 2100 }],
      });
    }
    expect(resultFor(evaluation, "mutatiegraad", "BU04820101").status).toBe("achieved");
  });

  it("lets an area's own observation win over its children's for that span", () => {
    const rows = [
      count("meldingen", "BU04820101", "2023", 40),
      count("meldingen", "BU04820102", "2023", 60),
      count("meldingen", "BU04820101", "2024", 50),
      count("meldingen", "BU04820102", "2024", 70),
      count("meldingen", "WK048201", "2024", 111),
    ];
    const evaluation = run(fixi, rows, { period: "2024", areas: [...hierarchy] });
    expect(resultFor(evaluation, "meldingen", "WK048201").measures[0]).toMatchObject({ current: 111, baseline: 100 });
    expect(resultFor(evaluation, "meldingen", "GM0482").measures[0]).toMatchObject({ current: 111, baseline: 100 });
  });

  it("takes the last value of a stock over time and sums stocks over areas", () => {
    const subscribers = modelWith([{ id: "abonnees", measure: "stock", rule: { kind: "increase" } }]);
    const rows = [
      count("abonnees", "BU04820101", "2023-06", 90),
      count("abonnees", "BU04820101", "2023-12", 100),
      count("abonnees", "BU04820102", "2023-Q4", 50),
      count("abonnees", "BU04820101", "2024-12", 95),
      count("abonnees", "BU04820101", "2024-03", 300),
      count("abonnees", "BU04820102", "2024", 60),
    ];
    const evaluation = run(subscribers, rows, { period: "2024", areas: [...hierarchy] });
    expect(resultFor(evaluation, "abonnees", "BU04820101").measures[0]).toMatchObject({
      current: 95,
      baseline: 100,
      status: "not-achieved",
    });
    expect(resultFor(evaluation, "abonnees", "GM0482").measures[0]).toMatchObject({
      current: 155,
      baseline: 150,
      status: "achieved",
    });
  });

  it("pools survey shares: sums the positives and the respondents", () => {
    const pride = modelWith([{ id: "trots", measure: "share", rule: { kind: "qualitative", direction: "increase" } }]);
    const rows = [
      share("trots", "BU04820101", "2023", 10, 40),
      share("trots", "BU04820102", "2023", 30, 60),
      share("trots", "BU04820101", "2024", 30, 50),
      share("trots", "BU04820102", "2024", 45, 70),
    ];
    const measure = resultFor(run(pride, rows, { period: "2024", areas: [...hierarchy] }), "trots", "GM0482")
      .measures[0];
    expect(measure).toMatchObject({
      current: 75 / 120,
      baseline: 40 / 100,
      respondents: { current: 120, baseline: 100 },
      significant: true,
      status: "achieved",
    });
  });

  it("gives every area with data a result, adding observation-only areas under the area their CBS code lies in", () => {
    const rows = [
      count("meldingen", "BU04820101", "2023", 10),
      count("meldingen", "BU04820101", "2024", 11),
      count("meldingen", "elders", "2024", 3),
    ];
    const evaluation = run(fixi, rows, { period: "2024" });
    expect(evaluation.factors.map((result) => result.area)).toEqual(["GM0482", "BU04820101", "elders"]);
    expect(resultFor(evaluation, "meldingen", "GM0482").measures[0]).toMatchObject({ current: 11, baseline: 10 });
  });

  it("compares a parent like for like: only the children with data in both periods (11 against 10 is +10%, 1 of 2 buurten)", () => {
    const rows = [
      count("meldingen", "BU04820101", "2023", 10),
      count("meldingen", "BU04820101", "2024", 11),
      count("meldingen", "BU04820102", "2024", 50),
    ];
    const evaluation = run(fixi, rows, { period: "2024", areas: [...hierarchy] });
    expect(resultFor(evaluation, "meldingen", "WK048201")).toMatchObject({
      status: "achieved",
      measures: [{ current: 11, baseline: 10, covers: { areas: 1, of: 2, kind: "buurt" } }],
    });
    expect(evaluation.warnings).toContainEqual(
      expect.objectContaining({
        code: "areas-differ",
        indicator: "meldingen",
        period: "2024",
        count: 1,
        areas: ["BU04820102"],
      }),
    );
  });

  it("rejects an invalid areas option with invalid-options", () => {
    expect(() => run(fixi, [], { period: "2024", areas: [{ id: "BU123", kind: "buurt", name: "x" }] })).toThrow(
      /areas\[0\]\.id/,
    );
    expect(() =>
      run(fixi, [], {
        period: "2024",
        areas: [
          { id: "a", kind: "area", name: "a", parent: "b" },
          { id: "b", kind: "area", name: "b", parent: "a" },
        ],
      }),
    ).toThrow(/cycle/);
  });
});

describe("evaluate: factors, roll-ups and coverage", () => {
  it("gives a factor the worst of its measures' statuses and ignores monitored measures", () => {
    const evaluation = run(
      alblasserdam,
      [
        count("organisaties-met-plekken", "GM0482", "2023", 3),
        count("organisaties-met-plekken", "GM0482", "2024", 5),
        count("werkgevers-met-werk", "GM0482", "2023", 3),
        count("werkgevers-met-werk", "GM0482", "2024", 3),
      ],
      { period: "2024" },
    );
    expect(resultFor(evaluation, "talentontwikkelplekken", "GM0482")).toMatchObject({
      status: "not-achieved",
      measures: [{ status: "achieved" }, { status: "not-achieved" }],
    });
  });

  it("reports a tracked rule as monitored with a trend", () => {
    const tracked = modelWith([{ id: "gevolgd", measure: "count", rule: { kind: "tracked" } }]);
    const evaluation = run(tracked, [count("gevolgd", "GM0482", "2023", 5), count("gevolgd", "GM0482", "2024", 4)], {
      period: "2024",
    });
    expect(resultFor(evaluation, "gevolgd", "GM0482")).toMatchObject({
      status: "monitored",
      measures: [{ status: "monitored", trend: "down" }],
    });
  });

  it("judges a threshold on the current value alone", () => {
    const bounded = modelWith([
      { id: "grens", measure: "count", rule: { kind: "threshold", atLeast: 10, atMost: 20 } },
    ]);
    expect(
      resultFor(run(bounded, [count("grens", "GM0482", "2024", 21)], { period: "2024" }), "grens", "GM0482").status,
    ).toBe("not-achieved");
  });

  it("rolls factor statuses up per group, sub-goal and goal, counting factors without a result as no-data", () => {
    const rows = [
      count("fixi-meldingen", "GM0482", "2023", 100),
      count("fixi-meldingen", "GM0482", "2024", 120),
      count("politie-meldingen", "GM0482", "2023", 100),
      count("politie-meldingen", "GM0482", "2024", 100),
    ];
    const evaluation = run(alblasserdam, rows, { period: "2024" });
    const group = evaluation.groups.find(
      (rollUp) => "group" in rollUp && rollUp.group === "eigenaarschap-buitenruimte",
    );
    expect(group).toMatchObject({
      area: "GM0482",
      factors: 7,
      counts: { achieved: 1, "not-achieved": 1, "no-data": 5 },
      score: 0.5,
    });
    const goal = evaluation.goals.find((rollUp) => "goal" in rollUp && rollUp.goal === "criminaliteit-overlast");
    expect(goal).toMatchObject({ factors: 7, counts: { achieved: 1, "not-achieved": 1 }, score: 0.5 });
    const unmeasured = evaluation.subgoals.find((rollUp) => rollUp.subgoal === "minder-dealen");
    expect(unmeasured).toMatchObject({ area: "GM0482", factors: 0, score: null });
  });

  it("counts a factor once for a goal that it serves through two sub-goals", () => {
    const evaluation = run(
      alblasserdam,
      [count("fixi-meldingen", "GM0482", "2023", 1), count("fixi-meldingen", "GM0482", "2024", 2)],
      { period: "2024" },
    );
    // Groep 3 serves toegankelijke-hulp (goal 1) and acceptatie-hulpverlening (goal 2); groep 4 and 5 serve goal 1.
    const goal = evaluation.goals.find((rollUp) => "goal" in rollUp && rollUp.goal === "tolerantie-solidariteit");
    expect(goal?.factors).toBe(5 + 6 + 3);
  });

  it("reports coverage per area and the model's gaps", () => {
    const evaluation = run(alblasserdam, [count("fixi-meldingen", "GM0482", "2024", 2)], { period: "2024" });
    expect(evaluation.coverage.areas).toEqual([expect.objectContaining({ area: "GM0482", factors: 27, withData: 0 })]);
    expect(evaluation.coverage.gaps.subgoalsWithoutFactor).toHaveLength(7);
  });

  it("gives the top-level area a no-data result for each of the 27 factors, and a roll-up for each of the 5 groups, 15 sub-goals and 4 goals, even without observations", () => {
    const evaluation = run(alblasserdam, [], {
      period: "2024",
      areas: [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }],
    });
    expect(evaluation.factors).toHaveLength(27);
    expect(new Set(evaluation.factors.map((result) => `${result.area} ${result.status}`))).toEqual(
      new Set(["GM0482 no-data"]),
    );
    expect([
      evaluation.groups.length,
      evaluation.subgoals.length,
      evaluation.goals.length,
      evaluation.warnings.length,
    ]).toEqual([5, 15, 4, 0]);
  });
});

describe("evaluate: explanations", () => {
  it("writes the contract's example sentence, with numbers in each language's format", () => {
    const evaluation = run(
      alblasserdam,
      [count("fixi-meldingen", "GM0482", "2023", 480), count("fixi-meldingen", "GM0482", "2024", 530)],
      { period: "2024" },
    );
    expect(resultFor(evaluation, "fixi-meldingen", "GM0482").explanation).toEqual({
      nl: "Fixi-meldingen in Alblasserdam: 530 in 2024 tegen 480 in 2023 (+10,4%); doel +10% gehaald.",
      en: "Fixi reports in Alblasserdam: 530 in 2024 against 480 in 2023 (+10.4%); target +10% achieved.",
    });
  });

  it("groups thousands and writes decimals the Dutch and the English way", () => {
    const evaluation = run(
      fixi,
      [count("meldingen", "GM0482", "2023", 1234.5), count("meldingen", "GM0482", "2024", 1200)],
      { period: "2024" },
    );
    const { explanation } = resultFor(evaluation, "meldingen", "GM0482");
    expect(explanation.nl).toBe(
      "Meldingen in Alblasserdam: 1.200 in 2024 tegen 1.234,5 in 2023 (-2,8%); doel +10% niet gehaald.",
    );
    expect(explanation.en).toBe(
      "Meldingen in Alblasserdam: 1,200 in 2024 against 1,234.5 in 2023 (-2.8%); target +10% not achieved.",
    );
  });

  it("explains a partial period with the span it covers and the pro-rated target", () => {
    const partners = modelWith([
      {
        id: "partners",
        label: "Nieuwe partners",
        measure: "count",
        rule: { kind: "perPeriod", amount: 10, per: "year" },
      },
    ]);
    const evaluation = run(
      partners,
      [count("partners", "GM0482", "2024-Q1", 3), count("partners", "GM0482", "2024-Q2", 2)],
      { period: "2024", asOf: "2024-07-01" },
    );
    expect(resultFor(evaluation, "partners", "GM0482").explanation).toEqual({
      // 10 × 182 ÷ 366 = 4,97: 1 January to 30 June of a leap year.
      nl: "Nieuwe partners in Alblasserdam: 5 in 2024 t/m 30-06-2024; doel 4,97 naar rato (10 per jaar) op koers.",
      en: "Nieuwe partners in Alblasserdam: 5 in 2024 through 2024-06-30; on track for target 4.97 pro rata (10 per year).",
    });
  });

  it("explains a survey in percentage points and significance, and too few respondents", () => {
    const pride = modelWith([
      { id: "trots", label: "Trots", measure: "share", rule: { kind: "qualitative", direction: "increase" } },
    ]);
    const significant = run(
      pride,
      [share("trots", "GM0482", "2023", 80, 200), share("trots", "GM0482", "2024", 110, 210)],
      { period: "2024" },
    );
    expect(resultFor(significant, "trots", "GM0482").explanation.nl).toBe(
      "Trots in Alblasserdam: 52,4% positief (n=210) in 2024 tegen 40,0% positief (n=200) in 2023 (+12,4 procentpunt, significant); doel significante toename gehaald.",
    );
    const few = run(pride, [share("trots", "GM0482", "2023", 8, 20), share("trots", "GM0482", "2024", 11, 21)], {
      period: "2024",
    });
    expect(resultFor(few, "trots", "GM0482")).toMatchObject({ status: "not-evaluable", reason: "too-few-respondents" });
    expect(resultFor(few, "trots", "GM0482").explanation.en).toContain(
      "too few respondents to judge (at least 30 per period)",
    );
  });
});

describe("evaluate: purity", () => {
  it("does not mutate its inputs", () => {
    const rows = [count("meldingen", "GM0482", "2023", 480), count("meldingen", "GM0482", "2024", 530)];
    const observations = parseObservations(fixi, rows);
    const areas = hierarchy.map((area) => ({ ...area }));
    const before = structuredClone({ observations: [...observations], areas });
    evaluate(fixi, observations, { period: "2024", areas });
    expect({ observations: [...observations], areas }).toEqual(before);
  });
});

describe("evaluate: the areas it evaluated", () => {
  it("returns the given hierarchy, then the areas found only in the observations, with the parents they were given", () => {
    const rows = [count("meldingen", "BU04820201", "2024", 1), count("meldingen", "elders", "2024", 1)];
    expect(run(fixi, rows, { period: "2024", areas: [...hierarchy] }).areas).toEqual([
      ...hierarchy,
      // A CBS buurt code is a buurt; its wijk WK048202 is not in the hierarchy, its gemeente is.
      { id: "BU04820201", kind: "buurt", name: "BU04820201", parent: "GM0482" },
      { id: "elders", kind: "area", name: "elders" },
    ]);
  });
});
