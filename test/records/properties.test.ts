import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../src/calendar-nl/dutchWorkCalendar.js";
import type { Activity } from "../../src/records/Activity.js";
import type { Derivation } from "../../src/records/Derivation.js";
import { deriveActivities } from "../../src/records/deriveActivities.js";
import { deriveMeldingen } from "../../src/records/deriveMeldingen.js";
import type { Melding } from "../../src/records/Melding.js";
import { areas, model } from "./fixtures.js";

const buurten = ["BU04820101", "BU04820102", "BU04820201"];
const day = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const meldingen = fc
  .array(
    fc.record({
      area: fc.constantFrom(...buurten, "GM0482"),
      source: fc.constantFrom("fixi", "politie", "Fixi"),
      created: fc.integer({ min: 0, max: 365 * 24 * 60 - 1 }),
      took: fc.option(fc.integer({ min: 0, max: 60 * 24 * 40 }), { nil: undefined }),
      status: fc.constantFrom("open", "closed", "closed", "cancelled", "reopened"),
      category: fc.option(fc.constantFrom("afval", "groen"), { nil: undefined }),
    }),
    { maxLength: 60 },
  )
  .map((drawn) =>
    drawn.map((melding, index): Melding => {
      const created = Date.UTC(2024, 0, 1) - 3_600_000 + melding.created * 60_000;
      const closedAt =
        melding.took === undefined || melding.status === "open"
          ? undefined
          : new Date(created + melding.took * 60_000).toISOString();
      return {
        id: `m${index}`,
        source: melding.source,
        createdAt: new Date(created).toISOString(),
        status: closedAt === undefined && melding.status === "closed" ? "open" : melding.status,
        area: melding.area,
        ...(closedAt === undefined ? {} : { closedAt }),
        ...(melding.category === undefined ? {} : { category: melding.category }),
      };
    }),
  );

const activities = fc
  .array(
    fc.record({
      area: fc.constantFrom(...buurten),
      kind: fc.constantFrom("event", "initiative", "cleanup"),
      day: fc.integer({ min: 0, max: 365 }),
      organisations: fc.uniqueArray(fc.constantFrom("Present", "Bibliotheek", "Woonkracht10", "Buurtapp"), {
        maxLength: 3,
      }),
      participants: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
    }),
    { maxLength: 30 },
  )
  .map((drawn) =>
    drawn.map(
      (activity, index): Activity => ({
        id: `a${index}`,
        kind: activity.kind,
        start: day(activity.day),
        area: activity.area,
        organisations: activity.organisations,
        selfOrganised: index % 3 === 0,
        ...(activity.participants === undefined ? {} : { participants: activity.participants }),
      }),
    ),
  );

const meldingOptions = {
  areas,
  granularity: "quarter" as const,
  calendar: dutchWorkCalendar(),
  norms: { afval: { days: 3, unit: "working-days" as const } },
  defaultNorm: { days: 10, unit: "calendar-days" as const },
  indicators: {
    "fixi-meldingen": { figure: "count" as const, sources: ["fixi"] },
    meldingen: { figure: "count" as const },
    "geannuleerde-meldingen": { figure: "cancelled" as const },
    "openstaande-meldingen": { figure: "open-at-end" as const },
    "doorlooptijd-werkdagen": { figure: "handling-days" as const, days: "working" as const },
    "afhandeling-binnen-termijn": { figure: "within-norm" as const },
  },
};
const activityOptions = {
  areas,
  indicators: {
    "aantal-evenementen": { figure: "count" as const },
    "deelnemers-evenementen": { figure: "participants" as const },
    "deelnemers-per-evenement": { figure: "participants-per-activity" as const },
    "deelnemende-organisaties": { figure: "organisations" as const },
  },
};
const covers = "2024-01-01/2024-12-31";

/** The sum of one indicator's values over the given areas, per period. */
const sums = (derivation: Derivation, indicator: string, among: readonly string[]) => {
  const totals = new Map<string, number>();
  for (const row of derivation.rows) {
    if (row.indicator !== indicator || !among.includes(row.area)) continue;
    totals.set(row.period, (totals.get(row.period) ?? 0) + (row.value ?? 0));
  }
  return totals;
};

describe("laws of the derivations", () => {
  it("derives the same rows and warnings from shuffled meldingen", () => {
    fc.assert(
      fc.property(
        meldingen.chain((records) =>
          fc.tuple(
            fc.constant(records),
            fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
          ),
        ),
        ([records, shuffled]) => {
          expect(deriveMeldingen(model, { covers, records: shuffled }, meldingOptions)).toEqual(
            deriveMeldingen(model, { covers, records }, meldingOptions),
          );
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it("derives the same rows and warnings from shuffled activities", () => {
    fc.assert(
      fc.property(
        activities.chain((records) =>
          fc.tuple(
            fc.constant(records),
            fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
          ),
        ),
        ([records, shuffled]) => {
          expect(deriveActivities(model, { covers, records: shuffled }, activityOptions)).toEqual(
            deriveActivities(model, { covers, records }, activityOptions),
          );
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it("gives the gemeente's count as the sum of per-buurt derivations, for every additive indicator", () => {
    fc.assert(
      fc.property(meldingen, activities, (melding, activity) => {
        // The gemeente as a whole: one register for one area, the gemeente.
        const gemeenteAreas = [{ id: "GM0482", kind: "gemeente" as const, name: "Alblasserdam" }];
        const onlyBuurten = melding.filter((record) => record.area !== "GM0482");
        const whole = deriveMeldingen(
          model,
          { covers, records: onlyBuurten.map((record) => ({ ...record, area: "GM0482" })) },
          { ...meldingOptions, areas: gemeenteAreas },
        );
        const whole2 = deriveActivities(
          model,
          { covers, records: activity.map((record) => ({ ...record, area: "GM0482" })) },
          { ...activityOptions, areas: gemeenteAreas },
        );
        // Each buurt on its own: a register per buurt.
        const perBuurt = buurten.map((buurt) =>
          deriveMeldingen(
            model,
            { covers, areas: [buurt], records: onlyBuurten.filter((record) => record.area === buurt) },
            meldingOptions,
          ),
        );
        const perBuurt2 = buurten.map((buurt) =>
          deriveActivities(
            model,
            { covers, areas: [buurt], records: activity.filter((record) => record.area === buurt) },
            activityOptions,
          ),
        );
        const summed = (derivations: Derivation[], indicator: string) => {
          const totals = new Map<string, number>();
          for (const derivation of derivations)
            for (const [period, value] of sums(derivation, indicator, buurten))
              totals.set(period, (totals.get(period) ?? 0) + value);
          return totals;
        };
        for (const indicator of ["fixi-meldingen", "meldingen", "geannuleerde-meldingen", "openstaande-meldingen"]) {
          expect(summed(perBuurt, indicator), indicator).toEqual(sums(whole, indicator, ["GM0482"]));
        }
        expect(summed(perBuurt2, "aantal-evenementen")).toEqual(sums(whole2, "aantal-evenementen", ["GM0482"]));
        // Participants have a total only where every activity has a count: where the gemeente
        // has one, it is the buurten's sum; where it has none, a buurt has none either.
        const participants = sums(whole2, "deelnemers-evenementen", ["GM0482"]);
        const participantsSummed = summed(perBuurt2, "deelnemers-evenementen");
        for (const [period, total] of participants) expect(participantsSummed.get(period), period).toBe(total);
        for (const period of ["2023", "2024"]) {
          if (participants.has(period)) continue;
          const everyBuurtHasATotal = perBuurt2.every((derivation, index) =>
            sums(derivation, "deelnemers-evenementen", [buurten[index] as string]).has(period),
          );
          expect(everyBuurtHasATotal, `${period}: the gemeente has no total, so some buurt has none`).toBe(false);
        }
        // Distinct organisations are not additive: the buurten's counts add up to at least the
        // gemeente's, and to more whenever an organisation takes part in two buurten.
        const distinctSum = summed(perBuurt2, "deelnemende-organisaties").get("2024") ?? 0;
        const distinctWhole = sums(whole2, "deelnemende-organisaties", ["GM0482"]).get("2024") ?? 0;
        expect(distinctSum).toBeGreaterThanOrEqual(distinctWhole);
        const sharedByBuurten = ["Present", "Bibliotheek", "Woonkracht10", "Buurtapp"].some(
          (name) =>
            new Set(
              activity
                .filter((record) => Array.isArray(record.organisations) && record.organisations.includes(name))
                .map((record) => record.area),
            ).size > 1,
        );
        if (sharedByBuurten) expect(distinctSum).toBeGreaterThan(distinctWhole);
        else expect(distinctSum).toBe(distinctWhole);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
