import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { parseObservations } from "../../src/observations/parseObservations.js";
import type { Activity } from "../../src/records/Activity.js";
import type { Derivation } from "../../src/records/Derivation.js";
import { deriveActivities } from "../../src/records/deriveActivities.js";
import { alblasserdam, areas } from "./fixtures.js";

const activity = (
  id: string,
  kind: Activity["kind"],
  start: string,
  area: string,
  extra: Partial<Activity> = {},
): Activity => ({
  id,
  kind,
  start,
  area,
  selfOrganised: false,
  ...extra,
});
const rowsOf = (derivation: Derivation, indicator: string) =>
  derivation.rows
    .filter((row) => row.indicator === indicator)
    .map((row) => [row.area, row.period, row.value ?? [row.numerator, row.denominator]]);

describe("deriveActivities: distinct organisations", () => {
  const records = [
    // Stichting Present in both buurten of Wijk 01, and (written otherwise) in Wijk 02's Dijk.
    activity("a", "event", "2024-04-27", "BU04820101", {
      organisations: ["Stichting Present", "Buurtvereniging Cortgene"],
    }),
    activity("b", "initiative", "2024-06-01", "BU04820102", { organisations: "stichting  present" }),
    activity("c", "cleanup", "2024-09-21", "BU04820201", { organisations: ["Stichting Present"] }),
  ];
  const derivation = deriveActivities(
    alblasserdam,
    { covers: "2024-01-01/2024-12-31", records },
    { areas, indicators: { "deelnemende-organisaties": { figure: "organisations" } } },
  );

  it("counts an organisation active in two buurten of one wijk once for the wijk, and once for the gemeente", () => {
    expect(rowsOf(derivation, "deelnemende-organisaties")).toEqual([
      // Present + Buurtvereniging Cortgene: 2, not 2 + 1 + 1 = 4.
      ["GM0482", "2024", 2],
      // Present in Cortgene and Redersbuurt, Buurtvereniging Cortgene: 2, not 3.
      ["WK048201", "2024", 2],
      ["WK048202", "2024", 1],
      ["BU04820101", "2024", 2],
      ["BU04820102", "2024", 1],
      ["BU04820201", "2024", 1],
    ]);
  });

  it("writes rows the engine reads as they are: parseObservations accepts them", () => {
    expect(parseObservations(alblasserdam, derivation.rows)).toHaveLength(6);
  });
});

describe("deriveActivities: the preset's indicators", () => {
  const records = [
    activity("e1", "event", "2024-03-02T14:00:00+01:00", "BU04820101", { participants: 40 }),
    activity("e2", "event", "2024-05-11", "BU04820101"),
    activity("t1", "theme-meeting", "2024-05-20", "BU04820102", { participants: 12 }),
    activity("c1", "cleanup", "2024-04-26", "BU04820201", { participants: 18, selfOrganised: true }),
    activity("i1", "initiative", "2024-10-05", "BU04820201", { participants: "7", selfOrganised: "ja" }),
    activity("n1", "network-meeting", "2024-02-08", "GM0482", { participants: 25 }),
    activity("p1", "presence", "2024-06-12", "BU04820102"),
  ];
  const derivation = deriveActivities(
    alblasserdam,
    { covers: "2024-01-01/2024-12-31", records },
    { areas, lessActive: ["WK048202"] },
  );
  const value = (indicator: string, area: string) =>
    derivation.rows.find((row) => row.indicator === indicator && row.area === area);

  it("counts participants of clean-ups and initiatives: 18 + 7 = 25 in Dijk", () => {
    expect(value("opruimacties-deelnemers", "BU04820201")?.value).toBe(25);
    expect(value("opruimacties-deelnemers", "BU04820101")?.value).toBe(0);
  });

  it("gives participants per event or theme meeting over the activities with a count: (40 + 12) ÷ 2 in Wijk 01's buurten", () => {
    expect([
      value("deelnemers-per-evenement", "BU04820101")?.numerator,
      value("deelnemers-per-evenement", "BU04820101")?.denominator,
    ]).toEqual([40, 1]);
    expect(value("deelnemers-per-evenement", "BU04820101")?.note).toBe(
      "leaves out 1 activity without a participant count",
    );
    expect([
      value("deelnemers-per-evenement", "BU04820102")?.numerator,
      value("deelnemers-per-evenement", "BU04820102")?.denominator,
    ]).toEqual([12, 1]);
  });

  it("writes no total where an activity's participants are unknown: unknown is not 0, and 40 would read as the total", () => {
    // e1 (40) and e2 (unknown) in Cortgene: the total is not known, so there is no row.
    expect(value("deelnemers-evenementen", "BU04820101")).toBeUndefined();
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "unknown-total", indicator: "deelnemers-evenementen" }),
    );
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "unknown-participants", count: 2, examples: ["e2", "p1"] }),
    );
  });

  it("counts events, self-organised ones and those in the less active wijk", () => {
    expect(rowsOf(derivation, "aantal-evenementen")).toEqual([
      ["BU04820101", "2024", 2],
      ["BU04820102", "2024", 0],
      ["BU04820201", "2024", 2],
    ]);
    expect(rowsOf(derivation, "zelf-georganiseerd").map((row) => row[2])).toEqual([0, 0, 2]);
    // Only Wijk 02 is marked less active, so only its buurt gets rows.
    expect(rowsOf(derivation, "minder-actieve-wijken")).toEqual([["BU04820201", "2024", 2]]);
  });

  it("gives the gemeente's network meeting a gemeente row that includes its buurten's (none)", () => {
    expect(rowsOf(derivation, "netwerkbijeenkomsten")).toEqual([
      ["GM0482", "2024", 1],
      ["BU04820101", "2024", 0],
      ["BU04820102", "2024", 0],
      ["BU04820201", "2024", 0],
    ]);
    expect(rowsOf(derivation, "zichtbaarheid-in-de-buurt").map((row) => row[2])).toEqual([0, 1, 0]);
  });

  it("writes no rows for activities in less active areas when no area is marked, and says so", () => {
    const unmarked = deriveActivities(alblasserdam, { covers: "2024-01-01/2024-12-31", records }, { areas });
    expect(rowsOf(unmarked, "minder-actieve-wijken")).toEqual([]);
    expect(unmarked.warnings.map((warning) => warning.code)).toContain("no-less-active-areas");
  });
});

describe("deriveActivities: errors", () => {
  it("reports every bad activity with its index and field", () => {
    let error: unknown;
    try {
      deriveActivities(
        alblasserdam,
        {
          covers: "2024-01-01/2024-12-31",
          records: [
            activity("a", "event", "2024-02-01", "BU04820101"),
            activity("a", "party" as Activity["kind"], "2024-02-01", "BU04820101"),
            activity("b", "event", "2024-02-05", "BU04820101", { end: "2024-02-04" }),
            activity("c", "event", "2025-01-01", "BU04820101", { participants: -3 }),
            { ...activity("d", "event", "2024-02-01", "BU04820101"), selfOrganised: "misschien" },
          ],
        },
        { areas },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BuurtaanpakError);
    if (!(error instanceof BuurtaanpakError)) return;
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [[1, "id"], "duplicate-id"],
      [[1, "kind"], "not-one-of"],
      [[2, "end"], "closed-before-created"],
      [[3, "start"], "outside-span"],
      [[3, "participants"], "not-whole"],
      [[4, "selfOrganised"], "wrong-type"],
    ]);
  });
});

describe("deriveActivities: the register's areas, names given twice, and no options", () => {
  it("counts an activity outside the register's areas in a warning, not in the rows", () => {
    const derivation = deriveActivities(
      alblasserdam,
      {
        covers: "2024-01-01/2024-12-31",
        areas: ["WK048201"],
        records: [
          activity("in", "event", "2024-04-27", "BU04820101"),
          activity("out", "event", "2024-04-27", "BU04820201"),
        ],
      },
      { areas, indicators: { "aantal-evenementen": { figure: "count" } } },
    );
    // Wijk 01 covers Cortgene (1) and Redersbuurt (0); Dijk lies outside.
    expect(rowsOf(derivation, "aantal-evenementen")).toEqual([
      ["BU04820101", "2024", 1],
      ["BU04820102", "2024", 0],
    ]);
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "outside-areas", count: 1, examples: ["out"] }),
    );
  });

  it("counts an organisation named twice in one activity, cased otherwise, once", () => {
    const derivation = deriveActivities(
      alblasserdam,
      {
        covers: "2024-01-01/2024-12-31",
        records: [
          activity("a", "event", "2024-04-27", "BU04820101", {
            organisations: ["Stichting Present", "stichting present"],
          }),
        ],
      },
      { areas, indicators: { "deelnemende-organisaties": { figure: "organisations" } } },
    );
    expect(rowsOf(derivation, "deelnemende-organisaties").filter((row) => row[0] === "BU04820101")).toEqual([
      ["BU04820101", "2024", 1],
    ]);
  });

  it("takes the model's areas and the preset's figures when no options are given", () => {
    // One event in Cortgene, a buurt of the preset's own areas: aantal-evenementen 1 there.
    const derivation = deriveActivities(alblasserdam, {
      covers: "2024-01-01/2024-12-31",
      records: [activity("a", "event", "2024-04-27", "BU04820101", { participants: 30 })],
    });
    expect(
      derivation.rows.find((row) => row.indicator === "aantal-evenementen" && row.area === "BU04820101")?.value,
    ).toBe(1);
  });
});
