// Issue 8: laws of the derivations. The order of the records never matters; additive figures
// derived per buurt add up to the gemeente's, and distinct organisations do not (an organisation
// active in two buurten is one organisation for the gemeente).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../src/calendar-nl/index.js";
import { evaluate, parseObservations } from "../../src/index.js";
import {
  type Activity,
  deriveActivities,
  deriveMeldingen,
  derivePartners,
  type Melding,
  type Partner,
} from "../../src/records/index.js";
import {
  cortgene,
  dijk,
  extendedModel,
  gemeente,
  measureOf,
  melding,
  redersbuurt,
  rowOf,
  smallAreas,
} from "./recordsHelpers.js";

const buurten = [cortgene, redersbuurt, dijk] as const;

/** 2024-01-01 plus `day` days, as a date text. */
function dayOf2024(day: number): string {
  return new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
}

const calendar = dutchWorkCalendar();

// A register with every kind of melding: sources, cancelled, split with children, reopened,
// closed, open, over the DST nights and New Year.
const mixed: Melding[] = [
  melding("1", "2024-01-05T10:00:00+01:00", cortgene, {
    status: "closed",
    closedAt: "2024-01-09T10:00:00+01:00",
    category: "afval",
  }),
  melding("2", "2024-03-31T00:30:00Z", cortgene, { category: "groen" }),
  melding("3", "2024-03-31T22:30:00Z", redersbuurt, { source: "politie" }),
  melding("4", "2024-04-10T10:00:00+02:00", redersbuurt, { status: "cancelled" }),
  melding("5", "2024-05-01T10:00:00+02:00", dijk, { status: "split" }),
  melding("5a", "2024-05-02T10:00:00+02:00", dijk, {
    parent: "5",
    status: "closed",
    closedAt: "2024-05-06T10:00:00+02:00",
    category: "afval",
  }),
  melding("5b", "2024-05-02T11:00:00+02:00", cortgene, { parent: "5", category: "afval" }),
  melding("6", "2024-06-01T10:00:00+02:00", cortgene, { status: "reopened", closedAt: "2024-06-02T10:00:00+02:00" }),
  melding("7", "2024-10-27T01:30:00Z", dijk, {
    status: "closed",
    closedAt: "2024-10-28T09:00:00+01:00",
    category: "afval",
  }),
  melding("8", "2024-12-31T22:30:00Z", redersbuurt, {
    status: "closed",
    closedAt: "2024-12-31T22:45:00Z",
    category: "groen",
  }),
  melding("9", "2024-11-11T10:00:00+01:00", redersbuurt, { source: "Fxi" }),
  melding("10", "2024-08-08T10:00:00+02:00", cortgene, { status: "on-hold", category: "afval" }),
];
const meldingOptions = {
  areas: smallAreas,
  granularity: "month",
  calendar,
  norms: { afval: { days: 5, unit: "working-days" } },
  defaultNorm: { days: 10, unit: "calendar-days" },
  indicators: {
    "meldingen-alle": { figure: "count" },
    "fixi-meldingen": { figure: "count", sources: ["fixi"] },
    "meldingen-geannuleerd": { figure: "cancelled" },
    "meldingen-open": { figure: "open-at-end" },
    "afhandelduur-kalenderdagen": { figure: "handling-days", days: "calendar" },
    "afhandelduur-werkdagen": { figure: "handling-days", days: "working" },
    "afhandeling-binnen-termijn": { figure: "within-norm" },
  },
} as const;

const partners: Partner[] = [
  { id: "present", name: "Stichting Present", kind: "formal", joined: "2019-05-01" },
  { id: "buurtapp", name: "Buurtapp", kind: "informal", joined: "2024-02-01", left: "2024-08-31" },
  { id: "buurtapp", name: "Buurtapp", kind: "informal", joined: "2024-11-01" },
  { id: "moestuin", name: "Moestuin", kind: "informal", joined: "2024-09-15", areas: [dijk] },
  { id: "bieb", name: "Bibliotheek", kind: "formal", joined: "2024-06-01", left: "2024-06-30" },
];

const activities: Activity[] = [
  {
    id: "a1",
    kind: "cleanup",
    start: "2024-03-16",
    area: cortgene,
    organisations: ["Present"],
    participants: 24,
    selfOrganised: true,
  },
  {
    id: "a2",
    kind: "event",
    start: "2024-04-27",
    area: redersbuurt,
    organisations: ["Present", "Bibliotheek"],
    selfOrganised: false,
  },
  {
    id: "a3",
    kind: "event",
    start: "2024-06-01",
    area: dijk,
    organisations: ["bibliotheek"],
    participants: 60,
    selfOrganised: false,
  },
  { id: "a4", kind: "presence", start: "2024-09-21T22:30:00Z", area: dijk, selfOrganised: true },
  { id: "a5", kind: "network-meeting", start: "2024-10-01", area: gemeente, participants: 12, selfOrganised: false },
];

const shuffled = <T>(items: readonly T[]) =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe("the order of the records never changes the rows or the warnings", () => {
  it("meldingen: every figure, every warning", () => {
    const expected = deriveMeldingen(
      extendedModel,
      { covers: "2024-01-01/2024-12-31", records: mixed },
      meldingOptions,
    );
    expect(expected.rows.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(shuffled(mixed), (records) => {
        const derived = deriveMeldingen(extendedModel, { covers: "2024-01-01/2024-12-31", records }, meldingOptions);
        expect(derived).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("partners: new and active, with the rejoined warning", () => {
    const options = {
      granularity: "quarter",
      indicators: {
        "informeel-netwerk": { figure: "new", kinds: ["informal"] },
        "actieve-partners": { figure: "active" },
      },
    } as const;
    const expected = derivePartners(extendedModel, { covers: "2024-01-01/2024-12-31", records: partners }, options);
    fc.assert(
      fc.property(shuffled(partners), (records) => {
        expect(derivePartners(extendedModel, { covers: "2024-01-01/2024-12-31", records }, options)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("activities: every default figure of the preset", () => {
    const options = { areas: smallAreas, lessActive: ["WK048202"] } as const;
    const expected = deriveActivities(extendedModel, { covers: "2024-01-01/2024-12-31", records: activities }, options);
    fc.assert(
      fc.property(shuffled(activities), (records) => {
        expect(deriveActivities(extendedModel, { covers: "2024-01-01/2024-12-31", records }, options)).toEqual(
          expected,
        );
      }),
      { numRuns: 40 },
    );
  });
});

// Records drawn at random: a buurt, a day of 2024, and (for activities) participants and organisations.
const meldingDraw = fc.array(fc.record({ buurt: fc.constantFrom(...buurten), day: fc.integer({ min: 0, max: 365 }) }), {
  maxLength: 40,
});
const activityDraw = fc.array(
  fc.record({
    buurt: fc.constantFrom(...buurten),
    day: fc.integer({ min: 0, max: 365 }),
    participants: fc.integer({ min: 0, max: 80 }),
    organisations: fc.subarray(["Present", "Bibliotheek", "Buurtvereniging", "Woonkracht10"]),
  }),
  { maxLength: 25 },
);

describe("derived per buurt and summed: the gemeente's figure for additive indicators, not for distinct organisations", () => {
  it("meldingen: the sum over the buurten of each buurt's own derivation is the gemeente's count in evaluate, and both are the number of records", () => {
    fc.assert(
      fc.property(meldingDraw, (draws) => {
        const records = draws.map((draw, index) =>
          melding(`m${index}`, `${dayOf2024(draw.day)}T12:00:00+01:00`, draw.buurt),
        );
        const indicators = { "meldingen-alle": { figure: "count" } } as const;
        const perBuurt = buurten.map(
          (buurt) =>
            rowOf(
              deriveMeldingen(
                extendedModel,
                {
                  covers: "2024-01-01/2024-12-31",
                  areas: [buurt],
                  records: records.filter((record) => record.area === buurt),
                },
                { areas: smallAreas, indicators },
              ),
              "meldingen-alle",
              buurt,
              "2024",
            )?.value ?? Number.NaN,
        );
        const whole = deriveMeldingen(
          extendedModel,
          { covers: "2024-01-01/2024-12-31", records },
          { areas: smallAreas, indicators },
        );
        const evaluation = evaluate(extendedModel, parseObservations(extendedModel, whole.rows), {
          period: "2024",
          areas: smallAreas,
        });
        const sum = perBuurt.reduce((total, value) => total + value, 0);
        expect(sum).toBe(records.length);
        expect(measureOf(evaluation, "meldingen-alle", gemeente).current).toBe(sum);
      }),
      { numRuns: 30 },
    );
  });

  it("participants: additive too; distinct organisations: the gemeente is the size of the union, the buurten's sum is the sum of the sizes, larger exactly when an organisation is in two buurten", () => {
    fc.assert(
      fc.property(activityDraw, (draws) => {
        const records: Activity[] = draws.map((draw, index) => ({
          id: `a${index}`,
          kind: "event",
          start: dayOf2024(draw.day),
          area: draw.buurt,
          organisations: draw.organisations,
          participants: draw.participants,
          selfOrganised: false,
        }));
        const indicators = {
          "deelnemers-alle": { figure: "participants" },
          "organisaties-alle": { figure: "organisations" },
        } as const;
        const ownDerivation = (buurt: string) =>
          deriveActivities(
            extendedModel,
            {
              covers: "2024-01-01/2024-12-31",
              areas: [buurt],
              records: records.filter((record) => record.area === buurt),
            },
            { areas: smallAreas, indicators },
          );
        const perBuurt = buurten.map((buurt) => {
          const derived = ownDerivation(buurt);
          return {
            participants: rowOf(derived, "deelnemers-alle", buurt, "2024")?.value ?? Number.NaN,
            organisations: rowOf(derived, "organisaties-alle", buurt, "2024")?.value ?? Number.NaN,
          };
        });
        const whole = deriveActivities(
          extendedModel,
          { covers: "2024-01-01/2024-12-31", records },
          { areas: smallAreas, indicators },
        );
        const evaluation = evaluate(extendedModel, parseObservations(extendedModel, whole.rows), {
          period: "2024",
          areas: smallAreas,
        });

        // By hand: the participants are the sum of the draws; the organisations of a buurt are the
        // distinct names drawn there, the gemeente's the distinct names drawn anywhere.
        const participants = draws.reduce((total, draw) => total + draw.participants, 0);
        const namesIn = (buurt: string) =>
          new Set(draws.filter((draw) => draw.buurt === buurt).flatMap((draw) => draw.organisations));
        const union = new Set(draws.flatMap((draw) => draw.organisations));
        const sizes = buurten.map((buurt) => namesIn(buurt).size);
        const sumOfSizes = sizes.reduce((total, size) => total + size, 0);
        const sharedByTwo = [...union].some((name) => buurten.filter((buurt) => namesIn(buurt).has(name)).length >= 2);

        expect(perBuurt.reduce((total, figure) => total + figure.participants, 0)).toBe(participants);
        expect(measureOf(evaluation, "deelnemers-alle", gemeente).current).toBe(participants);
        expect(perBuurt.map((figure) => figure.organisations)).toEqual(sizes);
        expect(measureOf(evaluation, "organisaties-alle", gemeente).current).toBe(union.size);
        expect(sumOfSizes > union.size).toBe(sharedByTwo);
      }),
      { numRuns: 30 },
    );
  });

  it("the case the issue names: Present in Cortgene and in Redersbuurt sums to 2 over the buurten, but is 1 for the gemeente", () => {
    const records: Activity[] = [
      {
        id: "e1",
        kind: "event",
        start: "2024-04-27",
        area: cortgene,
        organisations: ["Stichting Present"],
        participants: 40,
        selfOrganised: false,
      },
      {
        id: "e2",
        kind: "event",
        start: "2024-09-21",
        area: redersbuurt,
        organisations: ["Stichting Present"],
        participants: 25,
        selfOrganised: false,
      },
    ];
    const indicators = {
      "organisaties-alle": { figure: "organisations" },
      "deelnemers-alle": { figure: "participants" },
    } as const;
    const whole = deriveActivities(
      extendedModel,
      { covers: "2024-01-01/2024-12-31", records },
      { areas: smallAreas, indicators },
    );
    const buurtSum = [cortgene, redersbuurt, dijk].reduce(
      (total, buurt) => total + (rowOf(whole, "organisaties-alle", buurt, "2024")?.value ?? 0),
      0,
    );
    expect(buurtSum).toBe(2);
    expect(rowOf(whole, "organisaties-alle", gemeente, "2024")?.value).toBe(1);
    const evaluation = evaluate(extendedModel, parseObservations(extendedModel, whole.rows), {
      period: "2024",
      areas: smallAreas,
    });
    expect(measureOf(evaluation, "organisaties-alle", gemeente).current).toBe(1);
    // Participants are additive: 40 + 25 = 65 for the gemeente.
    expect(measureOf(evaluation, "deelnemers-alle", gemeente).current).toBe(65);
  });
});
