import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import type { Evaluation, MeasureResult } from "../../src/evaluate/Evaluation.js";
import { evaluate } from "../../src/evaluate/evaluate.js";
import type { Area, AreaFigures } from "../../src/model/area.js";
import type { Measure } from "../../src/model/indicator.js";
import type { Model } from "../../src/model/Model.js";
import { parseModel } from "../../src/model/parseModel.js";
import type { Rule } from "../../src/model/rule.js";
import type { Observation } from "../../src/observations/Observation.js";
import { parseObservations } from "../../src/observations/parseObservations.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { type GenerateOptions, generateObservations, type Scenario } from "../../src/testing/generateObservations.js";
import { syntheticAreas } from "../../src/testing/syntheticAreas.js";

// The gemeente and nine made-up buurten without figures, by quarter: each buurt counts as 1,000
// inhabitants, the default for a buurt.
const gemeente: Area = { id: "GM0482", kind: "gemeente", name: "Alblasserdam" };
const buurten: Area[] = "abcdefghi".split("").map((letter) => ({
  id: `synthetische-buurt-${letter}`,
  kind: "buurt",
  name: `Synthetische buurt ${letter.toUpperCase()}`,
  parent: "GM0482",
  synthetic: true,
}));
const areas: Area[] = [gemeente, ...buurten];
const quarters = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
const scenarios: readonly Scenario[] = ["improving", "declining", "mixed", "sparse"];

const perPeriodIndicators = new Set(
  alblasserdam.groups.flatMap((group) =>
    group.factors.flatMap((factor) =>
      factor.measures.filter((measure) => measure.rule.kind === "perPeriod").map((measure) => measure.indicator),
    ),
  ),
);
const keyOf = (row: Observation) => `${row.indicator}|${row.area}|${row.period}`;
const byKey = (rows: readonly Observation[]) => new Map(rows.map((row) => [keyOf(row), row]));

/** The measure results of an evaluation whose rule is one of `kinds`, in the preset. */
function measuresJudgedBy(evaluation: Evaluation, kinds: readonly Rule["kind"][]): MeasureResult[] {
  const ruleOf = new Map(
    alblasserdam.groups.flatMap((group) =>
      group.factors.flatMap((factor) =>
        factor.measures.map((measure) => [`${factor.id}|${measure.indicator}`, measure.rule] as const),
      ),
    ),
  );
  return evaluation.factors.flatMap((factor) =>
    factor.measures.filter((measure) => {
      const rule = ruleOf.get(`${factor.factor}|${measure.indicator}`);
      return rule !== undefined && kinds.includes(rule.kind);
    }),
  );
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
// docs/testing.md: an area without an inhabitants figure counts as a typical area of its kind.
const defaultInhabitants = { gemeente: 20_000, wijk: 5_000, buurt: 1_000, area: 1_000 } as const;
const measureOf = new Map(alblasserdam.indicators.map((indicator) => [indicator.id, indicator.measure]));
// Whole numbers hide a trend of +15-30% in a count of a few a year (3 against 3, or 3 against
// 2): the scenarios are checked on counts of 40 or more a year, and on every ratio.
const hasVolume = (measure: MeasureResult) =>
  measureOf.get(measure.indicator) !== "count" || (measure.baseline ?? 0) >= 40;
const countWhere = <T>(items: readonly T[], predicate: (item: T, index: number) => boolean) =>
  items.filter(predicate).length;

// ---------------------------------------------------------------------------------------------
// Arbitrary valid models: a few indicators of random measures, groups of factors whose rules fit
// their indicator's measure (qualitative only on shares, perPeriod only on counts).

const measureArbitrary = fc.constantFrom<Measure>("count", "stock", "ratio", "share");
const direction = fc.constantFrom<"increase" | "decrease">("increase", "decrease");
// A share's threshold is a fraction of 1 (parseModel rejects 40 for 40%); other bounds are amounts.
const boundFor = (measure: Measure) => fc.double({ min: 0, max: measure === "share" ? 1 : 5000, noNaN: true });

function ruleArbitrary(measure: Measure): fc.Arbitrary<Rule> {
  const common: fc.Arbitrary<Rule>[] = [
    fc.record({
      kind: fc.constant("relativeChange" as const),
      direction,
      percent: fc.double({ min: 0.5, max: 300, noNaN: true }),
    }),
    fc.constant({ kind: "increase" as const }),
    fc.constant({ kind: "decrease" as const }),
    fc.constant({ kind: "tracked" as const }),
    fc
      .record({
        kind: fc.constant("threshold" as const),
        atLeast: fc.option(boundFor(measure), { nil: undefined }),
        atMost: fc.option(boundFor(measure), { nil: undefined }),
      })
      .filter((rule) => rule.atLeast !== undefined || rule.atMost !== undefined)
      .map((rule) => {
        const { atLeast, atMost } = rule;
        const low = atLeast !== undefined && atMost !== undefined ? Math.min(atLeast, atMost) : atLeast;
        const high = atLeast !== undefined && atMost !== undefined ? Math.max(atLeast, atMost) : atMost;
        return {
          kind: "threshold" as const,
          ...(low === undefined ? {} : { atLeast: low }),
          ...(high === undefined ? {} : { atMost: high }),
        };
      }),
  ];
  if (measure === "share") {
    common.push(
      fc
        .record({
          kind: fc.constant("qualitative" as const),
          direction,
          minRespondents: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
        })
        .map(({ minRespondents, ...rule }) => (minRespondents === undefined ? rule : { ...rule, minRespondents })),
    );
  }
  if (measure === "count") {
    common.push(
      fc.record({
        kind: fc.constant("perPeriod" as const),
        amount: fc.double({ min: 0.1, max: 1e6, noNaN: true }),
        per: fc.constantFrom("year" as const, "quarter" as const, "month" as const),
      }),
    );
  }
  return fc.oneof(...common);
}

const label = (text: string) => ({ nl: text, en: text });

const modelArbitrary: fc.Arbitrary<Model> = fc
  .array(measureArbitrary, { minLength: 1, maxLength: 5 })
  .chain((measures) => {
    const factor = fc.array(
      fc
        .integer({ min: 0, max: measures.length - 1 })
        .chain((index) => ruleArbitrary(measures[index] ?? "count").map((rule) => ({ index, rule }))),
      { minLength: 1, maxLength: 3 },
    );
    const groups = fc.array(fc.array(factor, { minLength: 0, maxLength: 3 }), { minLength: 0, maxLength: 3 });
    return groups.map((groupList) => {
      let factorNumber = 0;
      const model: Model = {
        id: "synthetisch-model",
        gemeente: { code: "GM0000", name: "Testgemeente" },
        title: label("Synthetisch model"),
        source: { title: "Gegenereerd in een test" },
        values: [],
        themes: [],
        context: [],
        goals: [
          {
            id: "doel",
            label: label("Doel"),
            subgoals: [{ id: "subdoel", label: label("Subdoel"), provenance: "stated" }],
            provenance: "stated",
          },
        ],
        strategyLines: [],
        methods: [],
        indicators: measures.map((measure, index) => ({
          id: `indicator-${index}`,
          label: label(`Indicator ${index}`),
          measure,
          provenance: "stated",
        })),
        groups: groupList.map((factors, groupIndex) => ({
          id: `groep-${groupIndex}`,
          label: label(`Groep ${groupIndex}`),
          subgoals: ["subdoel"],
          factors: factors.map((factorMeasures) => {
            const id = `factor-${factorNumber++}`;
            return {
              id,
              what: label(id),
              objective: label(id),
              criterion: label(id),
              measures: factorMeasures.map(({ index, rule }) => ({
                indicator: `indicator-${index}`,
                rule,
                provenance: "stated" as const,
              })),
              provenance: "stated" as const,
            };
          }),
          provenance: "stated" as const,
        })),
        areas: [],
      };
      return model;
    });
  });

/** Texts of consecutive, non-overlapping periods of one form, shuffled. */
const periodsArbitrary: fc.Arbitrary<string[]> = fc
  .record({
    form: fc.constantFrom("year", "quarter", "month", "week", "range"),
    year: fc.integer({ min: 1990, max: 2040 }),
    count: fc.integer({ min: 1, max: 6 }),
    lengths: fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ form, year, count, lengths }) => {
    const texts: string[] = [];
    let day = Date.UTC(year, 0, 1);
    for (let index = 0; index < count; index++) {
      const number = index + 1;
      if (form === "year") texts.push(String(year + index));
      else if (form === "quarter") texts.push(`${year + Math.floor(index / 4)}-Q${(index % 4) + 1}`);
      else if (form === "month") texts.push(`${year}-${String(number).padStart(2, "0")}`);
      else if (form === "week") texts.push(`${year}-W${String(number + 10).padStart(2, "0")}`);
      else {
        const last = day + ((lengths[index] ?? 1) - 1) * 86_400_000;
        texts.push(`${new Date(day).toISOString().slice(0, 10)}/${new Date(last).toISOString().slice(0, 10)}`);
        day = last + 86_400_000;
      }
    }
    return texts;
  })
  .chain((texts) => fc.shuffledSubarray(texts, { minLength: texts.length, maxLength: texts.length }));

/** A small hierarchy: a few synthetic gemeenten, wijken and buurten, and sometimes loose areas. */
const areasArbitrary: fc.Arbitrary<Area[]> = fc
  .record({
    gemeenten: fc.integer({ min: 1, max: 2 }),
    wijkenPerGemeente: fc.integer({ min: 0, max: 2 }),
    buurtenPerWijk: fc.integer({ min: 0, max: 2 }),
    loose: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ loose, ...sizes }) => [
    ...syntheticAreas(sizes),
    ...Array.from(
      { length: loose },
      (_, index): Area => ({ id: `los-gebied-${index}`, kind: "area", name: `Los gebied ${index}` }),
    ),
  ]);

const seedArbitrary = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const scenarioArbitrary = fc.constantFrom<Scenario>(...scenarios);

// ---------------------------------------------------------------------------------------------

describe("generateObservations", () => {
  it("is typed to take a model and options and return observations", () => {
    expectTypeOf(generateObservations).parameters.toEqualTypeOf<[Model, GenerateOptions]>();
    expectTypeOf(generateObservations).returns.toEqualTypeOf<Observation[]>();
  });

  describe("determinism", () => {
    it("gives deeply equal rows for the same seed, in every scenario", () => {
      for (const scenario of scenarios) {
        const options = { seed: "same", areas, periods: quarters, scenario };
        expect(generateObservations(alblasserdam, options)).toEqual(generateObservations(alblasserdam, options));
      }
    });

    it("gives different values for a different seed", () => {
      const first = generateObservations(alblasserdam, { seed: 1, areas, periods: quarters });
      const second = generateObservations(alblasserdam, { seed: 2, areas, periods: quarters });
      expect(second.map(keyOf)).toEqual(first.map(keyOf));
      // Small counts (a partnership a quarter) often agree by chance; rows of 20 or more rarely do.
      // A buurt of 1,000 has at least four such rows a quarter (website visitors, clicks, event
      // participants, newsletter subscribers): more than 9 × 8 × 4 in all.
      const large = first.flatMap((row, index) =>
        (row.value ?? row.numerator ?? row.respondents ?? 0) >= 20 ? [index] : [],
      );
      expect(large.length).toBeGreaterThan(9 * 8 * 4);
      const differing = countWhere(large, (index) => JSON.stringify(first[index]) !== JSON.stringify(second[index]));
      expect(differing).toBeGreaterThan(large.length * 0.9);
    });

    it("reads a number seed and its text as the same seed", () => {
      expect(generateObservations(alblasserdam, { seed: 7, areas, periods: quarters })).toEqual(
        generateObservations(alblasserdam, { seed: "7", areas, periods: quarters }),
      );
    });

    it("gives a row the same values whether it is generated alone or among other areas and periods, in any order", () => {
      const looseAreas: Area[] = Array.from({ length: 5 }, (_, index) => ({
        id: `gebied-${index}`,
        kind: "area",
        name: `Gebied ${index}`,
      }));
      const months = Array.from({ length: 12 }, (_, index) => `2024-${String(index + 1).padStart(2, "0")}`);
      fc.assert(
        fc.property(
          seedArbitrary,
          scenarioArbitrary,
          fc.shuffledSubarray(looseAreas, { minLength: 1 }),
          fc.shuffledSubarray(months, { minLength: 1 }),
          (seed, scenario, someAreas, somePeriods) => {
            const all = byKey(
              generateObservations(alblasserdam, {
                seed,
                scenario,
                areas: looseAreas,
                periods: months,
                origin: "2024-01",
              }),
            );
            const some = generateObservations(alblasserdam, {
              seed,
              scenario,
              areas: someAreas,
              periods: somePeriods,
              origin: "2024-01",
            });
            const expected = [...all.values()].filter(
              (row) => someAreas.some((area) => area.id === row.area) && somePeriods.includes(row.period),
            );
            expect(new Set(some.map(keyOf))).toEqual(new Set(expected.map(keyOf)));
            for (const row of some) expect(row).toEqual(all.get(keyOf(row)));
          },
        ),
        { numRuns: 40 },
      );
    });

    it("anchors trends at the earliest period by default, whatever the order: subsets that share it agree", () => {
      const all = byKey(generateObservations(alblasserdam, { seed: "anchor", areas, periods: quarters }));
      const reversed = generateObservations(alblasserdam, {
        seed: "anchor",
        areas: [...areas].reverse(),
        periods: ["2024-Q4", "2023-Q1"],
      });
      for (const row of reversed) expect(row).toEqual(all.get(keyOf(row)));
      expect(reversed.length).toBeGreaterThan(0);
    });
  });

  describe("validity", () => {
    it("makes rows that parseObservations accepts for the Alblasserdam preset, in every scenario", () => {
      for (const scenario of scenarios) {
        const rows = generateObservations(alblasserdam, { seed: scenario, areas, periods: quarters, scenario });
        expect(parseObservations(alblasserdam, rows)).toEqual(rows);
      }
    });

    it("makes rows that parseObservations accepts for any valid model, areas, periods, seed and scenario", () => {
      fc.assert(
        fc.property(
          modelArbitrary,
          areasArbitrary,
          periodsArbitrary,
          seedArbitrary,
          scenarioArbitrary,
          (input, someAreas, periods, seed, scenario) => {
            const model = parseModel(input);
            const rows = generateObservations(model, { seed, areas: someAreas, periods, scenario });
            expect(parseObservations(model, rows)).toHaveLength(rows.length);
            const inhabitantsOf = new Map(
              someAreas.map((area) => [area.id, area.figures?.inhabitants ?? defaultInhabitants[area.kind]]),
            );
            for (const row of rows) {
              // A period's respondents stay below 9.9% of the inhabitants, pro rata its days: a
              // survey never reaches 10% of a buurt.
              if (row.respondents !== undefined) {
                expect(row.respondents).toBeGreaterThanOrEqual(1);
                expect(row.respondents).toBeLessThanOrEqual(
                  (0.099 * (inhabitantsOf.get(row.area) ?? 0) * parsePeriod(row.period).days) / 365.2425,
                );
              }
              for (const value of [row.value, row.numerator, row.denominator, row.respondents, row.positive]) {
                if (value !== undefined) expect(Number.isInteger(value)).toBe(true);
              }
            }
          },
        ),
        { numRuns: 150 },
      );
    });

    it("keeps values finite and within what parsing allows for periods centuries from the origin", () => {
      for (const scenario of ["improving", "declining"] as const) {
        const rows = generateObservations(alblasserdam, {
          seed: "far",
          areas,
          periods: ["1000", "2024", "9999"],
          scenario,
        });
        expect(parseObservations(alblasserdam, rows)).toHaveLength(rows.length);
      }
    });

    it("makes whole counts, positive denominators and at least 1 respondent, even for a single week", () => {
      const rows = generateObservations(alblasserdam, { seed: "week", areas, periods: ["2024-W18"] });
      const measureOf = new Map(alblasserdam.indicators.map((indicator) => [indicator.id, indicator.measure]));
      for (const row of rows) {
        const measure = measureOf.get(row.indicator);
        if (measure === "count" || measure === "stock")
          expect(Number.isInteger(row.value) && (row.value ?? -1) >= 0).toBe(true);
        if (measure === "ratio") expect((row.denominator ?? 0) >= 1 && Number.isInteger(row.numerator)).toBe(true);
        if (measure === "share") {
          expect(row.respondents).toBeGreaterThanOrEqual(1);
          expect((row.positive ?? -1) >= 0 && (row.positive ?? Infinity) <= (row.respondents ?? 0)).toBe(true);
        }
      }
    });
  });

  describe("magnitudes", () => {
    const buurtWith = (figures: AreaFigures | undefined): Area => ({
      id: "proefbuurt",
      kind: "buurt",
      name: "Proefbuurt",
      synthetic: true,
      ...(figures === undefined ? {} : { figures }),
    });
    const rowsOf = (area: Area, periods = quarters, model: Model = alblasserdam) =>
      generateObservations(model, { seed: "magnitudes", areas: [area], periods });
    const totalOf = (
      rows: readonly Observation[],
      indicator: string,
      field: "value" | "numerator" | "denominator" | "respondents" = "value",
    ) => rows.filter((row) => row.indicator === indicator).reduce((total, row) => total + (row[field] ?? 0), 0);

    it("scales counts to the inhabitants: the same buurt with twice the inhabitants gets twice the meldingen, give or take rounding", () => {
      const single = rowsOf(buurtWith({ inhabitants: 1000 }));
      const double = rowsOf(buurtWith({ inhabitants: 2000 }));
      const fixi = (rows: readonly Observation[]) =>
        rows.filter((row) => row.indicator === "fixi-meldingen").map((row) => row.value ?? 0);
      // Both draw the same level per 1,000 from the same stream; each quarter rounds on its own.
      const singles = fixi(single);
      for (const [index, value] of fixi(double).entries())
        expect(Math.abs(value - 2 * (singles[index] ?? 0))).toBeLessThanOrEqual(2);
      // 40-90 per 1,000 a year at the origin, moved at most 0.8^¾ to 1.3^¾ within 2023, ±2% noise
      const fixi2023 = totalOf(
        single.filter((row) => row.period.startsWith("2023")),
        "fixi-meldingen",
      );
      expect(fixi2023).toBeGreaterThanOrEqual(Math.floor(40 * 0.8 ** 0.75 * 0.98) - 4);
      expect(fixi2023).toBeLessThanOrEqual(Math.ceil(90 * 1.3 ** 0.75 * 1.02) + 4);
    });

    it("counts an area without an inhabitants figure as a typical area of its kind: 1,000 in a buurt or area, 5,000 in a wijk, 20,000 in a gemeente", () => {
      expect(rowsOf(buurtWith(undefined))).toEqual(rowsOf(buurtWith({ inhabitants: 1000 })));
      const alone = (kind: Area["kind"], figures?: AreaFigures): Area => ({
        id: "los",
        kind,
        name: "Los",
        synthetic: true,
        ...(figures === undefined ? {} : { figures }),
      });
      expect(rowsOf(alone("area"))).toEqual(rowsOf(alone("area", { inhabitants: 1000 })));
      expect(rowsOf(alone("wijk"))).toEqual(rowsOf(alone("wijk", { inhabitants: 5000 })));
      expect(rowsOf(alone("gemeente"))).toEqual(rowsOf(alone("gemeente", { inhabitants: 20_000 })));
      expect(rowsOf(alone("gemeente"))).not.toEqual(rowsOf(alone("gemeente", { inhabitants: 1000 })));
    });

    it("gives the mutatiegraad the dwelling stock in every row: the households, or inhabitants ÷ 2.2 without them", () => {
      const denominators = (rows: readonly Observation[]) =>
        rows.filter((row) => row.indicator === "mutatiegraad").map((row) => row.denominator);
      expect(denominators(rowsOf(buurtWith({ inhabitants: 980, households: 430 })))).toEqual(Array(8).fill(430));
      // 1,100 ÷ 2.2 = 500
      expect(denominators(rowsOf(buurtWith({ inhabitants: 1100 })))).toEqual(Array(8).fill(500));
      // 220 households × 2.2 = 484 inhabitants: the figures a stock comes from need not include both
      expect(denominators(rowsOf(buurtWith({ households: 220 })))).toEqual(Array(8).fill(220));
    });

    it("moves 6-10% of the dwellings a year at the origin: 2023's moves in 1,000 dwellings lie between 6% × 0.7^¾ and 10% × 1.2^¾", () => {
      const rows = rowsOf(buurtWith({ inhabitants: 2200, households: 1000 }));
      const moves = totalOf(
        rows.filter((row) => row.period.startsWith("2023")),
        "mutatiegraad",
        "numerator",
      );
      expect(moves).toBeGreaterThanOrEqual(Math.floor(1000 * 0.06 * 0.7 ** 0.75 * 0.98) - 4);
      expect(moves).toBeLessThanOrEqual(Math.ceil(1000 * 0.1 * 1.2 ** 0.75 * 1.02) + 4);
    });

    it("asks 2-5% of the adults a year, read from the age bands when they are there", () => {
      // 10,000 inhabitants: 7,800 adults without age bands (78%), 10,000 − 2,000 − 0.3 × 1,000 =
      // 7,700 with them, and 10,000 − 5,000 = 5,000 when half are children. At 2-5% that is far
      // above the over-sampled 36-45, so the respondents follow the adults.
      const respondents = (figures: AreaFigures) =>
        totalOf(rowsOf(buurtWith(figures)), "trots-op-buurt", "respondents");
      const plain = respondents({ inhabitants: 10_000 });
      expect(plain).toBeGreaterThanOrEqual(Math.floor(2 * 0.02 * 7800 * 0.9) - 8);
      expect(plain).toBeLessThanOrEqual(Math.ceil(2 * 0.05 * 7800 * 1.1) + 8);
      expect(respondents({ inhabitants: 10_000, age0to14: 2000, age15to24: 1000 }) / plain).toBeCloseTo(7700 / 7800, 1);
      expect(respondents({ inhabitants: 10_000, age0to14: 5000, age15to24: 0 }) / plain).toBeCloseTo(5000 / 7800, 1);
    });

    it("keeps every survey below 10% of a buurt's inhabitants a year, and gives a buurt of 15 no survey rows by quarter", () => {
      const preset = alblasserdam.areas;
      const rows = generateObservations(alblasserdam, {
        seed: "tien procent",
        areas: preset,
        periods: quarters,
        scenario: "mixed",
      });
      for (const buurt of preset.filter((area) => area.kind === "buurt")) {
        const inhabitants = buurt.figures?.inhabitants ?? defaultInhabitants.buurt;
        for (const year of ["2023", "2024"]) {
          for (const indicator of alblasserdam.indicators.filter((candidate) => candidate.measure === "share")) {
            const yearRows = rows.filter(
              (row) => row.area === buurt.id && row.indicator === indicator.id && row.period.startsWith(year),
            );
            expect(totalOf(yearRows, indicator.id, "respondents")).toBeLessThan(0.1 * inhabitants);
          }
        }
      }
      // Groene Long: ⌊0.099 × 15 × ¼⌋ = 0 respondents at most in a quarter, so no row at all.
      const groeneLong = rows.filter((row) => row.area === "BU04820204");
      expect(groeneLong.filter((row) => measureOf.get(row.indicator) === "share")).toEqual([]);
      expect(groeneLong.filter((row) => row.indicator === "fixi-meldingen")).toHaveLength(8);
    });

    it("makes no rows for an indicator derived as a rate: it has none of its own", () => {
      const model = parseModel({
        ...JSON.parse(JSON.stringify(alblasserdam)),
        indicators: [
          ...JSON.parse(JSON.stringify(alblasserdam.indicators)),
          {
            id: "fixi-per-1000",
            label: label("Fixi per 1.000"),
            measure: "ratio",
            unit: "per-1000",
            rate: { of: "fixi-meldingen", per: "inhabitants" },
            provenance: "interpreted",
          },
        ],
      });
      const rows = rowsOf(buurtWith({ inhabitants: 1000 }), ["2024"], model);
      expect(rows.some((row) => row.indicator === "fixi-per-1000")).toBe(false);
      expect(rows.map((row) => row.indicator)).toEqual(alblasserdam.indicators.map((indicator) => indicator.id));
    });
  });

  describe("areas", () => {
    const hierarchy = syntheticAreas({ gemeenten: 2, wijkenPerGemeente: 2, buurtenPerWijk: 2 });
    const rows = generateObservations(alblasserdam, { seed: "areas", areas: hierarchy, periods: ["2024"] });

    it("gives rows to leaf areas for the indicators without a perPeriod rule", () => {
      const buurtIds = hierarchy.filter((area) => area.kind === "buurt").map((area) => area.id);
      const regular = alblasserdam.indicators.filter((indicator) => !perPeriodIndicators.has(indicator.id));
      for (const row of rows.filter((row) => !perPeriodIndicators.has(row.indicator)))
        expect(buurtIds).toContain(row.area);
      expect(rows.filter((row) => !perPeriodIndicators.has(row.indicator))).toHaveLength(
        buurtIds.length * regular.length,
      );
    });

    it("gives indicators with a perPeriod rule rows in the root areas only", () => {
      expect(perPeriodIndicators.size).toBeGreaterThan(0);
      const roots = hierarchy.filter((area) => area.parent === undefined).map((area) => area.id);
      const programmeWide = rows.filter((row) => perPeriodIndicators.has(row.indicator));
      expect(new Set(programmeWide.map((row) => row.area))).toEqual(new Set(roots));
      expect(programmeWide).toHaveLength(roots.length * perPeriodIndicators.size);
    });

    it("gives every indicator to an area that is both a root and a leaf", () => {
      const alone = generateObservations(alblasserdam, { seed: "alone", areas: [gemeente], periods: ["2024"] });
      expect(alone.map((row) => row.indicator)).toEqual(alblasserdam.indicators.map((indicator) => indicator.id));
    });

    it("treats an indicator as programme-wide when any factor judges it per period, not only the first", () => {
      const base = parseModel(JSON.parse(JSON.stringify(alblasserdam)));
      const model: Model = {
        ...base,
        groups: [
          ...base.groups,
          {
            id: "extra",
            label: label("Extra"),
            subgoals: [],
            provenance: "interpreted",
            factors: [
              {
                id: "fixi-per-jaar",
                what: label("Fixi"),
                objective: label("Fixi"),
                criterion: label("100 per jaar"),
                measures: [
                  {
                    indicator: "fixi-meldingen",
                    rule: { kind: "perPeriod", amount: 100, per: "year" },
                    provenance: "interpreted",
                  },
                ],
                provenance: "interpreted",
              },
            ],
          },
        ],
      };
      const fixi = generateObservations(parseModel(model), { seed: "any", areas, periods: ["2024"] }).filter(
        (row) => row.indicator === "fixi-meldingen",
      );
      expect(fixi.map((row) => row.area)).toEqual(["GM0482"]);
    });
  });

  describe("scenarios", () => {
    const evaluationOf = (scenario: Scenario, seed: string | number = "scenario") =>
      evaluate(
        alblasserdam,
        parseObservations(
          alblasserdam,
          generateObservations(alblasserdam, { seed, areas, periods: quarters, scenario }),
        ),
        { period: "2024", areas },
      );
    const changeRules: Rule["kind"][] = ["relativeChange", "increase"];

    it("improving: nearly every relativeChange and increase measure of 40 or more a year is achieved, in the buurten and the gemeente", () => {
      for (const seed of [1, 2, 3]) {
        const measures = measuresJudgedBy(evaluationOf("improving", seed), changeRules).filter(hasVolume);
        // A buurt of 1,000 has 7 with the volume: Fixi (40-90), website visitors, clicks, event
        // participants, newsletter subscribers (a stock) and the two ratios; the gemeente adds more.
        expect(measures.length).toBeGreaterThan(9 * 7);
        expect(
          share(
            countWhere(measures, (measure) => measure.status === "achieved"),
            measures.length,
          ),
        ).toBeGreaterThan(0.95);
      }
    });

    it("improving: relativeChange measures of 40 or more a year go clearly beyond +10% or −10%", () => {
      const measures = measuresJudgedBy(evaluationOf("improving"), ["relativeChange"]).filter(hasVolume);
      // In a buurt of 1,000, Fixi (40-90 a year) and the mutatiegraad; the police (15-35) and
      // clean-ups (15-40) reach 40 only in the gemeente, summed over 9 buurten.
      expect(measures.length).toBe(9 * 2 + 4);
      for (const measure of measures) expect(Math.abs(measure.change ?? 0)).toBeGreaterThan(0.11);
    });

    it("improving: qualitative shares rise significantly in the gemeente, by 5 points or more", () => {
      const measures = evaluationOf("improving")
        .factors.filter((factor) => factor.area === "GM0482")
        .flatMap((factor) => factor.measures)
        .filter((measure) => measureOf.get(measure.indicator) === "share");
      // 9 survey indicators, pooled over 9 buurten of about 40 respondents a year each
      expect(measures).toHaveLength(9);
      for (const measure of measures) {
        expect(measure.respondents?.current).toBeGreaterThan(300);
        expect(measure.significant).toBe(true);
        expect((measure.current ?? 0) - (measure.baseline ?? 1)).toBeGreaterThan(0.05);
      }
    });

    it("improving: qualitative shares rise by 5 points or more in every buurt, significant or not with tens of respondents", () => {
      const measures = evaluationOf("improving")
        .factors.filter((factor) => factor.area !== "GM0482")
        .flatMap((factor) => factor.measures)
        .filter((measure) => measureOf.get(measure.indicator) === "share");
      expect(measures).toHaveLength(9 * 9);
      for (const measure of measures) {
        // 36-45 a year: the rule's minimum of 30, over-sampled 1.2-1.5 times, is below 9% of 1,000
        expect(measure.respondents?.current).toBeGreaterThanOrEqual(30);
        expect(measure.respondents?.current).toBeLessThan(100);
      }
      // The plan moves each share 8-15 points a year; rounding about 10 answers a quarter to whole
      // positives blurs that by a few points in a buurt, not in the mean.
      const rises = measures.map((measure) => (measure.current ?? 0) - (measure.baseline ?? 1));
      expect(countWhere(rises, (rise) => rise > 0.03)).toBeGreaterThan(measures.length * 0.9);
      expect(rises.reduce((total, rise) => total + rise, 0) / rises.length).toBeGreaterThan(0.07);
    });

    it("improving and declining: perPeriod totals land above and below the amount per year", () => {
      const statusesOf = (scenario: Scenario) =>
        measuresJudgedBy(evaluationOf(scenario), ["perPeriod"]).map((measure) => measure.status);
      expect(statusesOf("improving")).toEqual(["achieved", "achieved"]);
      expect(statusesOf("declining")).toEqual(["not-achieved", "not-achieved"]);
    });

    it("declining: nearly every measure of 40 or more a year is not achieved", () => {
      for (const seed of [1, 2, 3]) {
        const measures = measuresJudgedBy(evaluationOf("declining", seed), [
          ...changeRules,
          "qualitative",
          "perPeriod",
        ]).filter(hasVolume);
        expect(
          share(
            countWhere(measures, (measure) => measure.status === "not-achieved"),
            measures.length,
          ),
        ).toBeGreaterThan(0.95);
      }
    });

    it("declining: a decrease rule sees a rise", () => {
      const turnover = evaluationOf("declining").factors.filter((factor) => factor.factor === "mutatiegraad");
      expect(turnover.length).toBe(10);
      for (const factor of turnover) expect(factor.measures[0]?.trend).toBe("up");
    });

    it("mixed: some measures are achieved and some are not", () => {
      const measures = measuresJudgedBy(evaluationOf("mixed"), [...changeRules, "qualitative"]);
      const achieved = share(
        countWhere(measures, (measure) => measure.status === "achieved"),
        measures.length,
      );
      expect(achieved).toBeGreaterThan(0.15);
      expect(achieved).toBeLessThan(0.85);
    });

    it("sparse: leaves out about a quarter of the mixed rows, and the rows it keeps are the mixed rows", () => {
      const mixed = generateObservations(alblasserdam, { seed: "sparse", areas, periods: quarters, scenario: "mixed" });
      const sparse = generateObservations(alblasserdam, {
        seed: "sparse",
        areas,
        periods: quarters,
        scenario: "sparse",
      });
      const kept = share(sparse.length, mixed.length);
      expect(kept).toBeGreaterThan(0.6);
      expect(kept).toBeLessThan(0.9);
      const mixedRows = byKey(mixed);
      for (const row of sparse) expect(row).toEqual(mixedRows.get(keyOf(row)));
    });

    it("sparse: yields results without data and with incomplete data", () => {
      const statuses = evaluationOf("sparse").factors.flatMap((factor) => factor.measures);
      expect(statuses.some((measure) => measure.status === "no-data")).toBe(true);
      expect(statuses.some((measure) => measure.reason === "incomplete-data")).toBe(true);
      expect(
        evaluationOf("mixed")
          .factors.flatMap((factor) => factor.measures)
          .some((measure) => measure.status === "no-data"),
      ).toBe(false);
    });

    it("scales counts and the numerators of ratios over a stock with the period's length, but not stocks, flow ratios and shares", () => {
      const year = byKey(
        generateObservations(alblasserdam, { seed: "scale", areas: [gemeente], periods: ["2024"], origin: "2024" }),
      );
      const quarterRows = generateObservations(alblasserdam, {
        seed: "scale",
        areas: [gemeente],
        periods: quarters.slice(4),
        origin: "2024",
      });
      for (const indicator of alblasserdam.indicators) {
        const yearly = year.get(`${indicator.id}|GM0482|2024`);
        const parts = quarterRows.filter((row) => row.indicator === indicator.id);
        expect(parts).toHaveLength(4);
        const sum = (field: "value" | "numerator" | "denominator" | "respondents" | "positive") =>
          parts.reduce((total, row) => total + (row[field] ?? 0), 0);
        switch (indicator.measure) {
          case "count":
            // A yearly growth of 0.7 to 1.3 moves the later quarters: their mean trend factor lies
            // between (1 + 0.7^¼ + 0.7^½ + 0.7^¾) ÷ 4 ≈ 0.88 and (1 + 1.3^¼ + 1.3^½ + 1.3^¾) ÷ 4 ≈ 1.11.
            // Each quarter and the year round to whole numbers on their own: up to 5 apart.
            expect(sum("value")).toBeGreaterThanOrEqual(0.85 * (yearly?.value ?? 0) - 5);
            expect(sum("value")).toBeLessThanOrEqual(1.15 * (yearly?.value ?? 0) + 5);
            break;
          case "stock":
            expect(share(parts[0]?.value ?? 0, yearly?.value ?? 1)).toBeGreaterThan(0.9);
            expect(share(parts[0]?.value ?? 0, yearly?.value ?? 1)).toBeLessThan(1.1);
            break;
          case "ratio":
            if (indicator.denominator === "stock") {
              // Moves ÷ dwellings: every row carries the whole stock of 20,000 ÷ 2.2 ≈ 9,091
              // dwellings, and the moves of four quarters add up to about the year's.
              expect(parts.map((row) => row.denominator)).toEqual([9091, 9091, 9091, 9091]);
              expect(yearly?.denominator).toBe(9091);
              expect(share(sum("numerator"), yearly?.numerator ?? 0)).toBeGreaterThan(0.85);
              expect(share(sum("numerator"), yearly?.numerator ?? 0)).toBeLessThan(1.15);
            } else {
              expect(
                share(
                  share(parts[0]?.numerator ?? 0, parts[0]?.denominator ?? 1),
                  share(yearly?.numerator ?? 0, yearly?.denominator ?? 1),
                ),
              ).toBeCloseTo(1, 1);
            }
            break;
          case "share":
            expect(
              Math.abs(
                share(parts[0]?.positive ?? 0, parts[0]?.respondents ?? 1) -
                  share(yearly?.positive ?? 0, yearly?.respondents ?? 1),
              ),
            ).toBeLessThan(0.04);
            break;
        }
      }
    });

    it("keeps threshold rules within their bounds when improving and outside them when declining", () => {
      const base = parseModel(JSON.parse(JSON.stringify(alblasserdam)));
      const bounded: Model = {
        ...base,
        groups: base.groups.map((group) => ({
          ...group,
          factors: group.factors.map((factor) => ({
            ...factor,
            measures: factor.measures.map((measure) => {
              const indicator = base.indicators.find((candidate) => candidate.id === measure.indicator);
              const rule: Rule =
                indicator?.measure === "share"
                  ? { kind: "threshold", atLeast: 0.4, atMost: 0.7 }
                  : { kind: "threshold", atLeast: 50 };
              return { ...measure, rule };
            }),
          })),
        })),
      };
      const model = parseModel(bounded);
      for (const [scenario, expected] of [
        ["improving", "achieved"],
        ["declining", "not-achieved"],
      ] as const) {
        const rows = generateObservations(model, { seed: "threshold", areas, periods: quarters, scenario });
        const results = evaluate(model, parseObservations(model, rows), { period: "2024", areas }).factors.flatMap(
          (factor) => factor.measures,
        );
        expect(
          share(
            countWhere(results, (measure) => measure.status === expected),
            results.length,
          ),
        ).toBeGreaterThan(0.9);
      }
    });
  });

  describe("threshold rules of every shape", () => {
    const variants: Rule[] = [
      { kind: "threshold", atLeast: 10, atMost: 20 },
      { kind: "threshold", atLeast: 0 },
      { kind: "threshold", atMost: 30 },
      { kind: "threshold", atMost: 0 },
    ];
    it.each(variants)(
      "makes valid rows that meet %j when improving and flat, and valid rows when declining",
      (rule) => {
        const model = parseModel({
          ...JSON.parse(JSON.stringify(alblasserdam)),
          indicators: [
            { id: "aantal", label: { nl: "Aantal", en: "Number" }, measure: "count", provenance: "interpreted" },
            { id: "graad", label: { nl: "Graad", en: "Rate" }, measure: "ratio", provenance: "interpreted" },
          ],
          groups: [
            {
              id: "groep",
              label: { nl: "Groep", en: "Group" },
              subgoals: [],
              provenance: "interpreted",
              factors: ["aantal", "graad"].map((id) => ({
                id,
                what: { nl: id, en: id },
                objective: { nl: id, en: id },
                criterion: { nl: id, en: id },
                measures: [{ indicator: id, rule, provenance: "interpreted" }],
                provenance: "interpreted",
              })),
            },
          ],
        });
        for (const scenario of ["improving", "declining", "mixed"] as const) {
          const rows = generateObservations(model, {
            seed: `threshold-${scenario}`,
            areas,
            periods: quarters,
            scenario,
          });
          expect(() => parseObservations(model, rows)).not.toThrow();
          if (scenario === "improving" && rule.kind === "threshold" && (rule.atMost ?? 1) > 0) {
            const statuses = evaluate(model, parseObservations(model, rows), { period: "2024", areas }).factors.map(
              (factor) => factor.status,
            );
            expect(countWhere(statuses, (status) => status === "achieved")).toBeGreaterThan(statuses.length * 0.9);
          }
        }
      },
    );
  });

  describe("options", () => {
    const reject = (options: Partial<GenerateOptions> & Record<string, unknown>) => {
      try {
        generateObservations(alblasserdam, { seed: 1, areas, periods: quarters, ...options } as GenerateOptions);
      } catch (error) {
        if (error instanceof BuurtaanpakError) return error;
        throw error;
      }
      throw new Error("expected a BuurtaanpakError");
    };

    it("rejects overlapping periods, naming both", () => {
      const error = reject({ periods: ["2024", "2024-Q2"] });
      expect(error.code).toBe("invalid-options");
      expect(error.issues).toMatchObject([
        { code: "invalid-option", path: ["periods", 1], message: expect.stringContaining("'2024-Q2' overlaps '2024'") },
      ]);
    });

    it("rejects a period listed twice", () => {
      const error = reject({ periods: ["2024-Q1", "2024-Q2", "2024-Q1"] });
      expect(error.issues).toMatchObject([
        { code: "invalid-option", path: ["periods", 2], message: expect.stringContaining("'2024-Q1' is listed twice") },
      ]);
    });

    it("rejects a week that straddles two months listed with them, once for each month", () => {
      // 2024-W05 runs from Monday 29 January to Sunday 4 February.
      const error = reject({ periods: ["2024-01", "2024-02", "2024-W05"] });
      expect(error.issues).toMatchObject([
        {
          code: "invalid-option",
          path: ["periods", 2],
          message: expect.stringContaining("'2024-W05' overlaps '2024-01'"),
        },
        {
          code: "invalid-option",
          path: ["periods", 2],
          message: expect.stringContaining("'2024-W05' overlaps '2024-02'"),
        },
      ]);
    });

    it("accepts periods of different forms that only touch", () => {
      expect(() =>
        generateObservations(alblasserdam, {
          seed: 1,
          areas,
          periods: ["2023", "2024-Q1", "2024-04", "2024-05-01/2024-12-31"],
        }),
      ).not.toThrow();
    });

    it("rejects an unreadable period, naming it", () => {
      const error = reject({ periods: ["2024", "2024-Q5"] });
      expect(error.issues).toEqual([
        {
          code: "invalid-period",
          path: ["periods", 1],
          params: { text: "2024-Q5", reason: "a quarter is Q1 to Q4" },
          message: "'2024-Q5' is not a period: a quarter is Q1 to Q4",
        },
      ]);
    });

    it("reports every problem at once", () => {
      const error = reject({
        seed: Number.NaN,
        periods: ["2024", "2024", "nu"],
        scenario: "optimistic" as Scenario,
        origin: "toen",
      });
      expect(error.issues.map((issue) => issue.path)).toEqual([
        ["seed"],
        ["periods", 2],
        ["periods", 1],
        ["origin"],
        ["scenario"],
      ]);
    });

    it("rejects areas that evaluate would reject: an unknown parent, a duplicate id, a made-up CBS code", () => {
      expect(reject({ areas: [...buurten] }).issues[0]?.message).toContain("unknown parent area 'GM0482'");
      expect(reject({ areas: [gemeente, gemeente] }).issues[0]?.message).toContain("duplicate area id 'GM0482'");
      expect(reject({ areas: [{ id: "BU123", kind: "buurt", name: "Verzonnen" }] }).issues[0]?.path).toEqual([
        "areas",
        0,
        "id",
      ]);
    });

    it("rejects a seed that is neither a number nor a text, and periods that are not a list of texts", () => {
      expect(reject({ seed: { value: 1 } as unknown as number }).issues).toMatchObject([
        { code: "invalid-option", path: ["seed"], message: "a seed must be a number or a text" },
      ]);
      expect(reject({ periods: "2024" as unknown as string[] }).issues).toMatchObject([
        {
          code: "invalid-option",
          path: ["periods"],
          message: "periods must be an array of period texts, such as ['2023', '2024']",
        },
      ]);
      expect(reject({ periods: ["2024", 2025 as unknown as string] }).issues).toMatchObject([
        {
          code: "invalid-period",
          path: ["periods", 1],
          message: "'2025' is not a period: a period is a text such as 2024 or 2024-Q2",
        },
      ]);
      expect(reject({ origin: 2023 as unknown as string }).issues).toMatchObject([
        {
          code: "invalid-period",
          path: ["origin"],
          message: "'2023' is not a period: a period is a text such as 2024 or 2024-Q2",
        },
      ]);
      expect(reject({ scenario: "optimistic" as Scenario }).issues).toMatchObject([
        { code: "not-one-of", path: ["scenario"], params: { value: "optimistic", expected: scenarios } },
      ]);
    });

    it("rejects areas of the wrong shape, naming the field", () => {
      expect(reject({ areas: [{ id: "x", kind: "dorp", name: "X" }] as unknown as Area[] }).issues[0]?.path).toEqual([
        "areas",
        0,
        "kind",
      ]);
    });

    it("returns no rows for no periods or no areas", () => {
      expect(generateObservations(alblasserdam, { seed: 1, areas, periods: [] })).toEqual([]);
      expect(generateObservations(alblasserdam, { seed: 1, areas: [], periods: quarters })).toEqual([]);
    });
  });

  describe("output", () => {
    it("orders rows by area as given, then indicator in model order, then period as given", () => {
      const givenAreas = [buurten[2], gemeente, buurten[0]].filter((area) => area !== undefined);
      const givenPeriods = ["2024-Q2", "2023-Q4", "2024-Q1"];
      const rows = generateObservations(alblasserdam, { seed: "order", areas: givenAreas, periods: givenPeriods });
      const areaRank = (id: string) => givenAreas.findIndex((area) => area.id === id);
      const indicatorRank = (id: string) => alblasserdam.indicators.findIndex((indicator) => indicator.id === id);
      const sorted = [...rows].sort(
        (a, b) =>
          areaRank(a.area) - areaRank(b.area) ||
          indicatorRank(a.indicator) - indicatorRank(b.indicator) ||
          givenPeriods.indexOf(a.period) - givenPeriods.indexOf(b.period),
      );
      expect(rows).toEqual(sorted);
      expect(rows[0]?.area).toBe(givenAreas[0]?.id);
    });

    it("returns a new array of frozen plain rows", () => {
      const options = { seed: "frozen", areas, periods: quarters };
      const first = generateObservations(alblasserdam, options);
      expect(first).not.toBe(generateObservations(alblasserdam, options));
      for (const row of first) {
        expect(Object.isFrozen(row)).toBe(true);
        expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
      }
    });

    it("does not mutate its inputs", () => {
      const model = parseModel(JSON.parse(JSON.stringify(alblasserdam)));
      const options = {
        seed: "inputs",
        areas: structuredClone(areas),
        periods: ["2024-Q2", "2023-Q1"],
        scenario: "sparse" as const,
      };
      const before = structuredClone({ model, options });
      generateObservations(model, options);
      expect({ model, options }).toEqual(before);
      expect(options.periods).toEqual(["2024-Q2", "2023-Q1"]);
    });

    it("gives every period its own row and no overlapping rows for one indicator and area", () => {
      const rows = generateObservations(alblasserdam, { seed: "overlap", areas, periods: quarters });
      expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
      for (const row of rows) expect(() => parsePeriod(row.period)).not.toThrow();
    });
  });
});
