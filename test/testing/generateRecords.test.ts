import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../src/calendar-nl/dutchWorkCalendar.js";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { areas as alblasserdamAreas } from "../../src/presets/alblasserdam/areas.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { deriveActivities } from "../../src/records/deriveActivities.js";
import { deriveMeldingen } from "../../src/records/deriveMeldingen.js";
import { deriveMoves } from "../../src/records/deriveMoves.js";
import { derivePartners } from "../../src/records/derivePartners.js";
import { generateRecords } from "../../src/testing/generateRecords.js";

// The real Alblasserdam indeling: 20,320 inhabitants in its buurten (CBS 2024), two of them
// without figures (counted as 1,000 each).
const areas = alblasserdamAreas;
const records = generateRecords(alblasserdam, { seed: "spec", areas, from: "2023-01-01", to: "2025-06-30" });
const inhabitants = areas.reduce(
  (sum, area) => sum + (area.kind === "buurt" ? (area.figures?.inhabitants ?? 1000) : 0),
  0,
);
const years = 2.5;

describe("generateRecords", () => {
  it("is deterministic for a seed, and differs for another", () => {
    expect(
      JSON.stringify(generateRecords(alblasserdam, { seed: "spec", areas, from: "2023-01-01", to: "2025-06-30" })),
    ).toBe(JSON.stringify(records));
    expect(
      JSON.stringify(generateRecords(alblasserdam, { seed: "other", areas, from: "2023-01-01", to: "2025-06-30" })),
    ).not.toBe(JSON.stringify(records));
  });

  it("makes records that every derivation accepts", () => {
    const calendar = dutchWorkCalendar();
    expect(() => deriveMeldingen(alblasserdam, records.meldingen, { areas, calendar })).not.toThrow();
    expect(() => derivePartners(alblasserdam, records.partners, { areas })).not.toThrow();
    expect(() => deriveActivities(alblasserdam, records.activities, { areas })).not.toThrow();
    expect(() => deriveMoves(alblasserdam, records.moves, { areas })).not.toThrow();
  });

  it("makes about 60 Fixi meldingen per 1,000 inhabitants a year, scaled to each buurt", () => {
    const fixi = records.meldingen.records.filter(
      (melding) => melding.source === "fixi" && melding.status !== "split",
    ).length;
    // 60 × 22.3 (thousands of inhabitants) × 2.5 years ≈ 3,350, give or take chance.
    const expected = (60 * inhabitants * years) / 1000;
    expect(fixi).toBeGreaterThan(expected * 0.9);
    expect(fixi).toBeLessThan(expected * 1.15);
    const inBuurt = (id: string) => records.meldingen.records.filter((melding) => melding.area === id).length;
    // Groene Long has 15 inhabitants, kerkbuurt 1,590: a handful against hundreds.
    expect(inBuurt("BU04820204")).toBeLessThan(15);
    expect(inBuurt("BU04820103")).toBeGreaterThan(200);
  });

  it("includes the edges: DST nights, New Year's Eve in UTC, split, reopened and cancelled meldingen", () => {
    const created = records.meldingen.records.map((melding) => melding.createdAt);
    expect(created).toEqual(
      expect.arrayContaining(["2024-03-31T00:30:00Z", "2024-10-27T01:30:00Z", "2024-12-31T23:30:00Z"]),
    );
    const statuses = new Set(records.meldingen.records.map((melding) => melding.status));
    expect([...statuses].sort()).toEqual(["cancelled", "closed", "open", "reopened", "split"]);
    const splitIds = records.meldingen.records
      .filter((melding) => melding.status === "split")
      .map((melding) => melding.id);
    expect(
      records.meldingen.records.filter(
        (melding) => typeof melding.parent === "string" && splitIds.includes(melding.parent),
      ).length,
    ).toBeGreaterThanOrEqual(splitIds.length * 2);
  });

  it("has a dozen new partners a year, not a thousand, and one that rejoins", () => {
    const derivation = derivePartners(
      alblasserdam,
      {
        ...records.partners,
        covers: "2024-01-01/2024-12-31",
        records: records.partners.records.filter((partner) => partner.joined <= "2024-12-31"),
      },
      { areas },
    );
    const formal = derivation.rows.find((row) => row.indicator === "formeel-netwerk")?.value ?? 0;
    expect(formal).toBeGreaterThan(4);
    expect(formal).toBeLessThan(30);
  });

  it("makes a few activities per buurt a quarter with tens of participants, some unknown, and an event on Koningsdag 2025 (Saturday 26 April)", () => {
    const events = records.activities.records.filter(
      (activity) => activity.kind !== "presence" && activity.kind !== "network-meeting",
    );
    const perBuurtQuarter = events.length / 29 / 10;
    expect(perBuurtQuarter).toBeGreaterThan(0.8);
    expect(perBuurtQuarter).toBeLessThan(5);
    const counts = events.flatMap((activity) =>
      typeof activity.participants === "number" ? [activity.participants] : [],
    );
    expect(counts.reduce((sum, count) => sum + count, 0) / counts.length).toBeGreaterThan(10);
    expect(events.some((activity) => activity.participants === undefined)).toBe(true);
    expect(records.activities.records.find((activity) => activity.id === "koningsdag-GM0482-2025")?.start).toBe(
      "2025-04-26",
    );
  });

  it("gives a turnover of about 8% a year", () => {
    const derivation = deriveMoves(
      alblasserdam,
      {
        ...records.moves,
        covers: "2024-01-01/2024-12-31",
        records: records.moves.records.filter((move) => move.date.startsWith("2024")),
      },
      { areas },
    );
    const moves = derivation.rows.reduce((sum, row) => sum + (row.numerator ?? 0), 0);
    const dwellings = derivation.rows.reduce((sum, row) => sum + (row.denominator ?? 0), 0);
    expect(moves / dwellings).toBeGreaterThan(0.06);
    expect(moves / dwellings).toBeLessThan(0.1);
  });

  it("rejects a bad seed and a reversed span", () => {
    expect(() =>
      generateRecords(alblasserdam, { seed: Number.NaN, areas, from: "2024-01-01", to: "2024-12-31" }),
    ).toThrow(BuurtaanpakError);
    expect(() => generateRecords(alblasserdam, { seed: 1, areas, from: "2024-12-31", to: "2024-01-01" })).toThrow(
      BuurtaanpakError,
    );
  });
});

describe("generateRecords on small hierarchies", () => {
  const gemeente = { id: "GM9999", kind: "gemeente", name: "Proefdorp" } as const;
  const buurt = (id: string, inhabitants: number) =>
    ({ id, kind: "buurt", name: `Buurt ${id}`, parent: "GM9999", figures: { inhabitants, households: 400 } }) as const;

  it("takes the model's areas when none are given", () => {
    const span = { seed: 3, from: "2024-03-01", to: "2024-03-31" } as const;
    expect(JSON.stringify(generateRecords(alblasserdam, span))).toBe(
      JSON.stringify(generateRecords(alblasserdam, { ...span, areas: alblasserdam.areas })),
    );
  });

  it("gives empty registers for an empty hierarchy: no buurt, no gemeente, no records", () => {
    const none = generateRecords(alblasserdam, { seed: 1, areas: [], from: "2024-01-01", to: "2024-12-31" });
    expect(none.meldingen.records).toEqual([]);
    expect(none.partners.records).toEqual([]);
    expect(none.activities.records).toEqual([]);
    expect(none.moves.records).toEqual([]);
    expect(none.moves.dwellings).toEqual([]);
  });

  it("puts the summer-time night's meldingen in the buurt with the lower id when two are equally large", () => {
    // Summer time starts on Sunday 31 March 2024; the edge melding at 00:30 UTC goes to the
    // largest buurt, and of two of 1,000 inhabitants each, to BU99990101 in either order.
    for (const areas of [
      [gemeente, buurt("BU99990102", 1000), buurt("BU99990101", 1000)],
      [gemeente, buurt("BU99990101", 1000), buurt("BU99990102", 1000)],
    ]) {
      const { meldingen } = generateRecords(alblasserdam, { seed: 5, areas, from: "2024-03-01", to: "2024-03-31" });
      expect(meldingen.records.filter((melding) => melding.createdAt === "2024-03-31T00:30:00Z")).toEqual([
        expect.objectContaining({ area: "BU99990101", source: "fixi", category: "openbare verlichting" }),
      ]);
    }
  });

  it("holds the Koningsdag event only when the span covers Koningsdag (Saturday 27 April 2024)", () => {
    const areas = [gemeente, buurt("BU99990101", 1000)];
    const events = (from: string, to: string) =>
      generateRecords(alblasserdam, { seed: 2, areas, from, to }).activities.records.filter((activity) =>
        String(activity.id).startsWith("koningsdag-"),
      );
    expect(events("2024-04-01", "2024-04-30").map((activity) => [activity.start, activity.area])).toEqual([
      ["2024-04-27", "GM9999"],
    ]);
    expect(events("2024-05-01", "2024-05-31")).toEqual([]);
    expect(events("2024-04-28", "2025-04-25")).toEqual([]);
  });

  it("makes no Koningsdag event in a year the Dutch calendar does not know (it knows 1970–2100)", () => {
    const areas = [gemeente, buurt("BU99990101", 1000)];
    const activities = generateRecords(alblasserdam, { seed: 2, areas, from: "2101-04-01", to: "2101-04-30" })
      .activities.records;
    expect(activities.filter((activity) => String(activity.id).startsWith("koningsdag-"))).toEqual([]);
  });

  it("names the area and field of invalid areas, and the span of a date that does not exist", () => {
    const issues = (options: Parameters<typeof generateRecords>[1]) => {
      try {
        generateRecords(alblasserdam, options);
      } catch (error) {
        if (error instanceof BuurtaanpakError) return error.issues.map((issue) => [issue.path, issue.message]);
      }
      return [];
    };
    const wrongKind = [gemeente, { ...buurt("BU99990101", 1000), kind: "straat" }] as never;
    expect(issues({ seed: 1, areas: wrongKind, from: "2024-01-01", to: "2024-12-31" })).toEqual([
      [["areas", 1, "kind"], expect.any(String)],
    ]);
    // 30 February does not exist: the span is no period.
    expect(issues({ seed: 1, areas: [gemeente], from: "2024-02-30", to: "2024-03-31" })).toEqual([
      [["to"], expect.stringMatching(/^'2024-02-30\/2024-03-31' is not a period: /)],
    ]);
  });
});
