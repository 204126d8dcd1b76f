// Issue 8, point 9: generateRecords. Deterministic for a seed; volumes of a gemeente of about
// 20,000 inhabitants (the CBS 2024 buurten of Alblasserdam with a figure hold 20,320; two have none,
// and the generator counts a buurt without figures as 1,000).
import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../src/calendar-nl/index.js";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { deriveActivities, deriveMeldingen, deriveMoves, derivePartners } from "../../src/records/index.js";
import { generateRecords } from "../../src/testing/index.js";
import { gemeente } from "./recordsHelpers.js";

const span = { from: "2023-01-01", to: "2025-12-31" } as const;
const records = generateRecords(alblasserdam, { seed: "acceptance", ...span });

/** The instant a createdAt text names, in milliseconds since 1970 UTC (a date alone reads as UTC midnight). */
function utcMillis(instant: string): number {
  return Date.parse(instant.replace(" ", "T"));
}

const inhabitants = alblasserdam.areas
  .filter((area) => area.kind === "buurt")
  .reduce((total, area) => total + (area.figures?.inhabitants ?? 1000), 0);

describe("generateRecords", () => {
  it("is deterministic: the same seed gives the same records; 7 and '7' are the same seed; another seed gives others", () => {
    expect(JSON.stringify(generateRecords(alblasserdam, { seed: "acceptance", ...span }))).toBe(
      JSON.stringify(records),
    );
    expect(JSON.stringify(generateRecords(alblasserdam, { seed: 7, ...span }))).toBe(
      JSON.stringify(generateRecords(alblasserdam, { seed: "7", ...span })),
    );
    expect(JSON.stringify(generateRecords(alblasserdam, { seed: 8, ...span }))).not.toBe(
      JSON.stringify(generateRecords(alblasserdam, { seed: 7, ...span })),
    );
  });

  it("each register covers from..to", () => {
    expect([
      records.meldingen.covers,
      records.partners.covers,
      records.activities.covers,
      records.moves.covers,
    ]).toEqual(["2023-01-01/2025-12-31", "2023-01-01/2025-12-31", "2023-01-01/2025-12-31", "2023-01-01/2025-12-31"]);
  });

  it(`has tens of Fixi meldingen per 1,000 inhabitants a year (between 10 and 100 per 1,000 of the ${inhabitants} counted): in the gemeente's 2024 row`, () => {
    const derived = deriveMeldingen(alblasserdam, records.meldingen);
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, derived.rows), { period: "2024" });
    const fixi = evaluation.factors.find((result) => result.factor === "fixi-meldingen" && result.area === gemeente)
      ?.measures[0]?.current;
    expect(fixi).toBeDefined();
    const perThousand = (fixi ?? 0) / (inhabitants / 1000);
    expect(perThousand).toBeGreaterThanOrEqual(10);
    expect(perThousand).toBeLessThan(100);
  });

  it("has partners by the dozen, not by the thousand: 3 to 40 new partners a year, fewer than 300 records in all", () => {
    const derived = derivePartners(alblasserdam, records.partners);
    for (const year of ["2023", "2024", "2025"]) {
      const newPartners = derived.rows
        .filter(
          (row) =>
            row.period === year && (row.indicator === "formeel-netwerk" || row.indicator === "informeel-netwerk"),
        )
        .reduce((total, row) => total + (row.value ?? 0), 0);
      expect(newPartners).toBeGreaterThanOrEqual(3);
      expect(newPartners).toBeLessThanOrEqual(40);
    }
    expect(records.partners.records.length).toBeLessThan(300);
  });

  it("has a melding in the night summer time starts (31 March 2024, 00:00–03:00 Amsterdam) and one at 2024-12-31T23:30Z", () => {
    const instants = records.meldingen.records.map((record) => utcMillis(record.createdAt));
    const nightStart = Date.parse("2024-03-30T23:00:00Z");
    const nightEnd = Date.parse("2024-03-31T01:00:00Z");
    expect(instants.some((instant) => instant >= nightStart && instant < nightEnd)).toBe(true);
    expect(instants).toContain(Date.parse("2024-12-31T23:30:00Z"));
  });

  it("has a melding in the night summer time ends (27 October 2024, 00:00–03:00 Amsterdam: 2024-10-26T22:00Z to 2024-10-27T02:00Z)", () => {
    const instants = records.meldingen.records.map((record) => utcMillis(record.createdAt));
    expect(
      instants.some(
        (instant) => instant >= Date.parse("2024-10-26T22:00:00Z") && instant < Date.parse("2024-10-27T02:00:00Z"),
      ),
    ).toBe(true);
  });

  it("has reopened, split (with children) and cancelled meldingen", () => {
    const meldingen = records.meldingen.records;
    const statuses = new Set(meldingen.map((record) => record.status));
    expect(statuses.has("cancelled")).toBe(true);
    expect(statuses.has("split")).toBe(true);
    const splitIds = new Set(
      meldingen.filter((record) => record.status === "split").map((record) => String(record.id)),
    );
    expect(
      meldingen.some(
        (record) => record.parent !== undefined && record.parent !== null && splitIds.has(String(record.parent)),
      ),
    ).toBe(true);
    const reopened = meldingen.some((record) => record.status === "reopened");
    expect(reopened).toBe(true);
  });

  it("has a town event on Koningsdag 2025, Saturday 26 April", () => {
    expect(records.activities.records.some((record) => record.start.slice(0, 10) === "2025-04-26")).toBe(true);
  });

  it("every register derives without an error, and the rows evaluate: all 27 factors for the gemeente", () => {
    const rows = [
      ...deriveMeldingen(alblasserdam, records.meldingen, { calendar: dutchWorkCalendar() }).rows,
      ...derivePartners(alblasserdam, records.partners).rows,
      ...deriveActivities(alblasserdam, records.activities, { lessActive: ["WK048203"] }).rows,
      ...deriveMoves(alblasserdam, records.moves).rows,
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024" });
    expect(evaluation.factors.filter((result) => result.area === gemeente)).toHaveLength(27);
    const withData = evaluation.factors.filter((result) => result.area === gemeente && result.status !== "no-data");
    // Meldingen (2), partners (2), activities (groups 1-4: 9) and the mutatiegraad: 14 factors have data.
    expect(withData.map((result) => result.factor).sort()).toEqual(
      [
        "fixi-meldingen",
        "politie-meldingen",
        "formeel-netwerk",
        "informeel-netwerk",
        "opruimacties-deelnemers",
        "netwerkbijeenkomsten",
        "deelnemers-per-evenement",
        "zichtbaarheid-in-de-buurt",
        "deelnemende-organisaties",
        "deelnemers-evenementen",
        "aantal-evenementen",
        "minder-actieve-wijken",
        "zelf-georganiseerd",
        "mutatiegraad",
      ].sort(),
    );
  });
});
