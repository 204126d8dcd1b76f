/**
 * Small, valid models to change one thing at a time. Every builder returns a fresh, plain,
 * mutable object: change it freely.
 */
import fc from "fast-check";
import type { z } from "zod";
import { BuurtaanpakError, type Issue } from "../../src/errors/BuurtaanpakError.js";
import type { Label } from "../../src/model/common.js";
import type { Model } from "../../src/model/Model.js";
import type { Rule } from "../../src/model/rule.js";
import { safeParseModel } from "../../src/model/safeParseModel.js";

/** A model as it is written in JSON, before parsing. */
export type ModelInput = z.input<typeof Model>;

export const label = (text: string): Label => ({ nl: text, en: `${text} (en)` });

/**
 * A small model that parses:
 * - goal `veiliger` (theme `veiligheid`) with sub-goals `minder-inbraken`, `meer-meldingen`;
 *   goal `socialer` with sub-goals `meer-ontmoetingen`, `minder-eenzaamheid`
 * - strategy line `samenwerken`; methods `buurtpreventie` (→ `minder-inbraken`,
 *   `meer-meldingen`) and `buurtfeesten` (→ `meer-ontmoetingen`)
 * - indicators `meldingen` (count), `bewoners` (stock), `verhuizingen` (ratio), `trots` (share)
 * - group `melden` (→ `meer-meldingen`) with factors `meer-meldingen-app` and `trots-gevoel`;
 *   group `ontmoeten` (→ `meer-ontmoetingen`) with factor `verhuizingen-omlaag`
 * - areas GM9999 ⊃ WK999901 ⊃ BU99990101
 */
export function validModel(): ModelInput {
  return {
    id: "testdorp",
    gemeente: { code: "GM9999", name: "Testdorp" },
    title: label("Visie Testdorp"),
    source: { title: "Visie Testdorp" },
    values: [{ id: "open", label: label("Open"), provenance: "stated" }],
    themes: [{ id: "veiligheid", label: label("Veiligheid"), provenance: "stated" }],
    context: [],
    goals: [
      {
        id: "veiliger",
        label: label("Veiliger"),
        theme: "veiligheid",
        provenance: "stated",
        subgoals: [
          { id: "minder-inbraken", label: label("Minder inbraken"), provenance: "stated" },
          { id: "meer-meldingen", label: label("Meer meldingen"), provenance: "stated" },
        ],
      },
      {
        id: "socialer",
        label: label("Socialer"),
        provenance: "stated",
        subgoals: [
          { id: "meer-ontmoetingen", label: label("Meer ontmoetingen"), provenance: "stated" },
          { id: "minder-eenzaamheid", label: label("Minder eenzaamheid"), provenance: "interpreted" },
        ],
      },
    ],
    strategyLines: [
      {
        id: "samenwerken",
        label: label("Samenwerken"),
        layer: label("ORGANISATIE"),
        role: label("VERBINDER"),
        by: label("Projectgroep"),
        elements: [{ id: "netwerk", label: label("Netwerk"), provenance: "stated" }],
        provenance: "stated",
      },
    ],
    methods: [
      {
        id: "buurtpreventie",
        label: label("Buurtpreventie"),
        strategyLine: "samenwerken",
        subgoals: ["minder-inbraken", "meer-meldingen"],
        provenance: "stated",
      },
      {
        id: "buurtfeesten",
        label: label("Buurtfeesten"),
        strategyLine: "samenwerken",
        subgoals: ["meer-ontmoetingen"],
        provenance: "stated",
      },
    ],
    indicators: [
      { id: "meldingen", label: label("Meldingen"), measure: "count", provenance: "interpreted" },
      { id: "bewoners", label: label("Bewoners"), measure: "stock", provenance: "interpreted" },
      { id: "verhuizingen", label: label("Verhuizingen"), measure: "ratio", provenance: "interpreted" },
      { id: "trots", label: label("Trots"), measure: "share", provenance: "interpreted" },
    ],
    groups: [
      {
        id: "melden",
        label: label("Melden"),
        subgoals: ["meer-meldingen"],
        provenance: "stated",
        factors: [
          {
            id: "meer-meldingen-app",
            what: label("App"),
            objective: label("Meer meldingen"),
            criterion: label("Toename met 10%"),
            measures: [
              {
                indicator: "meldingen",
                rule: { kind: "relativeChange", direction: "increase", percent: 10 },
                provenance: "stated",
              },
            ],
            provenance: "stated",
          },
          {
            id: "trots-gevoel",
            what: label("Trots"),
            objective: label("Meer trots"),
            criterion: label("Kwalitatief"),
            measures: [
              { indicator: "trots", rule: { kind: "qualitative", direction: "increase" }, provenance: "interpreted" },
            ],
            provenance: "stated",
          },
        ],
      },
      {
        id: "ontmoeten",
        label: label("Ontmoeten"),
        subgoals: ["meer-ontmoetingen"],
        provenance: "stated",
        factors: [
          {
            id: "verhuizingen-omlaag",
            what: label("Wonen"),
            objective: label("Lagere mutatiegraad"),
            criterion: label("10% minder verhuizingen"),
            measures: [
              {
                indicator: "verhuizingen",
                rule: { kind: "relativeChange", direction: "decrease", percent: 10 },
                provenance: "stated",
              },
            ],
            provenance: "stated",
          },
        ],
      },
    ],
    areas: [
      { id: "GM9999", kind: "gemeente", name: "Testdorp" },
      { id: "WK999901", kind: "wijk", name: "Centrum", parent: "GM9999" },
      { id: "BU99990101", kind: "buurt", name: "Dorpskern", parent: "WK999901" },
    ],
  };
}

/** Loosely typed JSON, to write invalid models without a cast at each step. */
// biome-ignore lint/suspicious/noExplicitAny: invalid models are written by changing any field to anything
export type Json = any;

/** Builds a valid model, changes it, and returns it as plain JSON (so wrong values need no casts). */
export function changedModel(change: (model: Json) => void): unknown {
  const model: Json = structuredClone(validModel());
  change(model);
  return model;
}

/** An issue without its params, as most tests compare them. */
export type IssueSummary = Pick<Issue, "code" | "path" | "message">;

/** The issues parsing `input` reports, as plain `{ code, path, message }` objects; fails when it parses. */
export function issuesOf(input: unknown): IssueSummary[] {
  return fullIssuesOf(input).map((issue) => ({ code: issue.code, path: [...issue.path], message: issue.message }));
}

/** The issues parsing `input` reports, with their params; fails when it parses. */
export function fullIssuesOf(input: unknown): readonly Issue[] {
  const result = safeParseModel(input);
  if (result.success) throw new Error("expected the model to be rejected, but it parsed");
  if (!(result.error instanceof BuurtaanpakError)) throw new Error("expected a BuurtaanpakError");
  return result.error.issues;
}

/** The paths of the issues parsing `input` reports, as `a.0.b` strings. */
export function pathsOf(input: unknown): string[] {
  return issuesOf(input).map((issue) => issue.path.join("."));
}

/** Whether a value and everything inside it is frozen. */
export function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeeplyFrozen);
}

// --- Arbitrary valid models, for property tests -------------------------------------------

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => value.trim().length > 0);
const arbitraryLabel = fc.record({ nl: text, en: text });
const provenance = fc.constantFrom("stated" as const, "interpreted" as const);
const measureKind = fc.constantFrom("count" as const, "stock" as const, "ratio" as const, "share" as const);

type RuleInput = z.input<typeof Rule>;
const direction = fc.constantFrom("increase" as const, "decrease" as const);

/** A rule that fits `measure`. */
function ruleFor(measure: "count" | "stock" | "ratio" | "share"): fc.Arbitrary<RuleInput> {
  const rules: fc.Arbitrary<RuleInput>[] = [
    fc.record({
      kind: fc.constant("relativeChange" as const),
      direction,
      percent: fc.double({ min: 0.5, max: 500, noNaN: true }),
    }),
    fc.constant({ kind: "increase" as const }),
    fc.constant({ kind: "decrease" as const }),
    fc.constant({ kind: "tracked" as const }),
    measure === "share"
      ? // A share's bounds are fractions from 0 to 1.
        fc.record({
          kind: fc.constant("threshold" as const),
          atLeast: fc.double({ min: 0, max: 0.5, noNaN: true }),
          atMost: fc.double({ min: 0.5, max: 1, noNaN: true }),
        })
      : fc.record({
          kind: fc.constant("threshold" as const),
          // −0 included: parseModel writes it as 0, so the JSON round trip holds for it too.
          atLeast: fc.double({ min: -1000, max: 0, noNaN: true }),
          atMost: fc.double({ min: 0, max: 1000, noNaN: true }),
        }),
  ];
  if (measure === "count") {
    rules.push(
      fc.record({
        kind: fc.constant("perPeriod" as const),
        amount: fc.integer({ min: 1, max: 1000 }),
        per: fc.constantFrom("year" as const, "quarter" as const, "month" as const),
      }),
    );
  }
  if (measure === "share") {
    rules.push(
      fc.record({
        kind: fc.constant("qualitative" as const),
        direction,
        minRespondents: fc.integer({ min: 1, max: 100 }),
      }),
    );
  }
  return fc.oneof(...rules);
}

/**
 * Small valid models: 1–3 goals of 0–3 sub-goals, 1–2 strategy lines, methods, indicators of
 * every measure, groups whose factors read existing indicators with fitting rules, and a
 * gemeente with wijken and buurten. Ids are unique by construction.
 */
export const arbitraryModel: fc.Arbitrary<ModelInput> = fc
  .record({
    subgoalCounts: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    lineCount: fc.integer({ min: 1, max: 2 }),
    measures: fc.array(measureKind, { minLength: 1, maxLength: 4 }),
    wijkCount: fc.integer({ min: 0, max: 2 }),
    labels: fc.array(arbitraryLabel, { minLength: 40, maxLength: 40 }),
    provenances: fc.array(provenance, { minLength: 40, maxLength: 40 }),
    seeds: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  })
  .chain((shape) => {
    const measureRules = shape.measures.map((measure) => ruleFor(measure));
    return fc.tuple(fc.constant(shape), fc.tuple(...measureRules), fc.tuple(...measureRules));
  })
  .map(([shape, rules, otherRules]) => {
    let next = 0;
    const pick = <T>(items: readonly T[]): T => items[next++ % items.length] as T;
    const labelAt = () => pick(shape.labels);
    const provenanceAt = () => pick(shape.provenances);
    const seed = (index: number) => shape.seeds[index % shape.seeds.length] ?? 0;

    const goals = shape.subgoalCounts.map((count, goalIndex) => ({
      id: `goal-${goalIndex}`,
      label: labelAt(),
      provenance: provenanceAt(),
      ...(goalIndex === 0 ? { theme: "theme-0" } : {}),
      subgoals: Array.from({ length: count }, (_, index) => ({
        id: `subgoal-${goalIndex}-${index}`,
        label: labelAt(),
        provenance: provenanceAt(),
      })),
    }));
    const subgoalIds = goals.flatMap((goal) => goal.subgoals.map((subgoal) => subgoal.id));
    const someSubgoals = (salt: number) => subgoalIds.filter((_, index) => (seed(salt + index) & 1) === 1);
    const strategyLines = Array.from({ length: shape.lineCount }, (_, index) => ({
      id: `line-${index}`,
      label: labelAt(),
      layer: labelAt(),
      role: labelAt(),
      by: labelAt(),
      elements: [{ id: `element-${index}`, label: labelAt(), provenance: provenanceAt() }],
      provenance: provenanceAt(),
    }));
    const indicators = shape.measures.map((measure, index) => ({
      id: `indicator-${index}`,
      label: labelAt(),
      measure,
      provenance: provenanceAt(),
    }));
    const factor = (id: string, ruleList: readonly RuleInput[]) => ({
      id,
      what: labelAt(),
      objective: labelAt(),
      criterion: labelAt(),
      measures: ruleList.map((rule, index) => ({ indicator: `indicator-${index}`, rule, provenance: provenanceAt() })),
      provenance: provenanceAt(),
    });
    const wijken = Array.from({ length: shape.wijkCount }, (_, index) => ({
      id: `WK9999${String(index).padStart(2, "0")}`,
      kind: "wijk" as const,
      name: `Wijk ${index}`,
      parent: "GM9999",
    }));
    const buurten = wijken.map((wijk, index) => ({
      id: `BU${wijk.id.slice(2)}0${index}`,
      kind: "buurt" as const,
      name: `Buurt ${index}`,
      parent: wijk.id,
    }));
    const model: ModelInput = {
      id: "arbitrary",
      gemeente: { code: "GM9999", name: "Testdorp" },
      title: labelAt(),
      source: { title: "Testvisie" },
      values: [],
      themes: [{ id: "theme-0", label: labelAt(), provenance: provenanceAt() }],
      context: [],
      goals,
      strategyLines,
      methods: [
        {
          id: "method-0",
          label: labelAt(),
          strategyLine: "line-0",
          subgoals: someSubgoals(1),
          provenance: provenanceAt(),
        },
        {
          id: "method-1",
          label: labelAt(),
          strategyLine: `line-${shape.lineCount - 1}`,
          subgoals: someSubgoals(7),
          provenance: provenanceAt(),
        },
      ],
      indicators,
      groups: [
        {
          id: "group-0",
          label: labelAt(),
          subgoals: someSubgoals(3),
          factors: [factor("factor-0", rules)],
          provenance: provenanceAt(),
        },
        {
          id: "group-1",
          label: labelAt(),
          subgoals: someSubgoals(5),
          factors: [factor("factor-1", otherRules), factor("factor-2", rules.slice(0, 1))],
          provenance: provenanceAt(),
        },
      ],
      areas: [{ id: "GM9999", kind: "gemeente", name: "Testdorp" }, ...wijken, ...buurten],
    };
    return model;
  });

/**
 * The small valid model with `count` more goals `doel-i` (one sub-goal `subdoel-i` each),
 * `count` groups `groep-i` (serving `subdoel-i`, with one factor `factor-i` that reads
 * `meldingen`) and `count` methods `methode-i` (serving `subdoel-i`), for tests at scale.
 * Sub-goals whose index is a multiple of 10 get no group, those whose index is a multiple of 7
 * no method.
 */
export function largeModel(count: number): ModelInput {
  const model = validModel();
  for (let index = 0; index < count; index++) {
    const subgoal = `subdoel-${index}`;
    model.goals.push({
      id: `doel-${index}`,
      label: label(`Doel ${index}`),
      subgoals: [{ id: subgoal, label: label(`Subdoel ${index}`), provenance: "stated" }],
      provenance: "stated",
    });
    if (index % 10 !== 0) {
      model.groups.push({
        id: `groep-${index}`,
        label: label(`Groep ${index}`),
        subgoals: [subgoal],
        factors: [
          {
            id: `factor-${index}`,
            what: label("Wat"),
            objective: label("Doel"),
            criterion: label("Succesfactor"),
            measures: [{ indicator: "meldingen", rule: { kind: "increase" }, provenance: "stated" }],
            provenance: "stated",
          },
        ],
        provenance: "stated",
      });
    }
    if (index % 7 !== 0)
      model.methods.push({
        id: `methode-${index}`,
        label: label(`Methode ${index}`),
        strategyLine: "samenwerken",
        subgoals: [subgoal],
        provenance: "stated",
      });
  }
  return model;
}
