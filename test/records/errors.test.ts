import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../src/calendar-nl/dutchWorkCalendar.js";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { deriveActivities } from "../../src/records/deriveActivities.js";
import { deriveMeldingen } from "../../src/records/deriveMeldingen.js";
import { deriveMoves } from "../../src/records/deriveMoves.js";
import { derivePartners } from "../../src/records/derivePartners.js";
import { generateRecords } from "../../src/testing/generateRecords.js";
import { alblasserdam, areas, model } from "./fixtures.js";

/** The error a call throws, as [code, [path, issue code][]]. */
const problems = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof BuurtaanpakError) return [error.code, error.issues.map((issue) => [issue.path, issue.code])];
    throw error;
  }
  throw new Error("expected a BuurtaanpakError");
};
const melding = { id: "m", source: "fixi", createdAt: "2024-02-01", status: "open", area: "BU04820101" };
const count = { meldingen: { figure: "count" } } as const;

describe("the register and the options", () => {
  it("names each problem of the register's header", () => {
    expect(problems(() => deriveMeldingen(alblasserdam, "records" as never, { areas }))).toEqual([
      "invalid-options",
      [[["register"], "not-an-object"]],
    ]);
    expect(
      problems(() =>
        deriveMeldingen(model, { records: {}, source: "", areas: [], span: "2024" } as never, {
          areas,
          indicators: count,
        }),
      ),
    ).toEqual([
      "invalid-options",
      [
        [["register", "span"], "unknown-field"],
        [["register", "covers"], "missing-field"],
        [["register", "records"], "not-a-list"],
        [["register", "source"], "invalid-option"],
        [["register", "areas"], "invalid-option"],
      ],
    ]);
    expect(
      problems(() =>
        deriveMeldingen(alblasserdam, { covers: "2024", areas: ["WK9", 7], records: [] } as never, { areas }),
      ),
    ).toEqual([
      "invalid-options",
      [
        [["register", "areas", 0], "unknown-area"],
        [["register", "areas", 1], "not-a-text"],
      ],
    ]);
  });

  it("names each problem of the options", () => {
    expect(problems(() => deriveMeldingen(alblasserdam, { covers: "2024", records: [] }, "month" as never))).toEqual([
      "invalid-options",
      [[["options"], "not-an-object"]],
    ]);
    expect(
      problems(() =>
        deriveMeldingen(model, { covers: "2024", records: [] }, {
          areas,
          granularity: "week",
          indicators: {
            unknown: { figure: "count" },
            "meldingen-per-1000": { figure: "count" },
            meldingen: { figure: "tally" },
          },
        } as never),
      ),
    ).toEqual([
      "invalid-options",
      [
        [["options", "granularity"], "invalid-option"],
        [["options", "indicators", "unknown"], "unknown-indicator"],
        [["options", "indicators", "meldingen-per-1000"], "derived-indicator"],
        [["options", "indicators", "meldingen", "figure"], "not-one-of"],
      ],
    ]);
    expect(
      problems(() => deriveMeldingen(model, { covers: "2024", records: [] }, { areas, indicators: "all" } as never)),
    ).toEqual(["invalid-options", [[["options", "indicators"], "invalid-option"]]]);
  });

  it("checks the area hierarchy: repeated ids, unknown parents and cycles", () => {
    const broken = [
      { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
      { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
      { id: "a", kind: "area", name: "A", parent: "b" },
      { id: "b", kind: "area", name: "B", parent: "a" },
      { id: "c", kind: "area", name: "C", parent: "nowhere" },
    ];
    expect(problems(() => deriveMeldingen(model, { covers: "2024", records: [] }, { areas: broken } as never))).toEqual(
      [
        "invalid-options",
        [
          [["options", "areas", 1, "id"], "duplicate-id"],
          [["options", "areas", 4, "parent"], "unknown-reference"],
          [["options", "areas", 2, "parent"], "area-cycle"],
          [["options", "areas", 3, "parent"], "area-cycle"],
        ],
      ],
    );
    expect(
      problems(() => deriveMeldingen(model, { covers: "2024", records: [] }, { areas: [{ id: "x" }] } as never))[0],
    ).toBe("invalid-options");
  });

  it("checks the calendar, the norms, and that the calendar knows the span", () => {
    const options = { areas, indicators: { "afhandeling-binnen-termijn": { figure: "within-norm" } } } as const;
    expect(problems(() => deriveMeldingen(model, { covers: "2024", records: [] }, options))).toEqual([
      "invalid-options",
      [[["options", "norms"], "missing-field"]],
    ]);
    expect(
      problems(() =>
        deriveMeldingen(model, { covers: "2024", records: [] }, {
          ...options,
          calendar: { name: "x" },
          norms: { afval: { days: -1, unit: "working-days" } },
          defaultNorm: { days: 2 },
        } as never),
      ),
    ).toEqual([
      "invalid-options",
      [
        [["options", "norms", "afval", "days"], "negative"],
        [["options", "defaultNorm", "unit"], "not-one-of"],
        [["options", "calendar"], "invalid-option"],
        [["options", "norms"], "missing-field"],
      ],
    ]);
    expect(
      problems(() => deriveMeldingen(model, { covers: "2024", records: [] }, { ...options, norms: "none" } as never)),
    ).toEqual([
      "invalid-options",
      [
        [["options", "norms"], "not-an-object"],
        [["options", "norms"], "missing-field"],
      ],
    ]);
    expect(
      problems(() =>
        deriveMeldingen(
          model,
          { covers: "2150", records: [] },
          { ...options, calendar: dutchWorkCalendar(), defaultNorm: { days: 5, unit: "working-days" } },
        ),
      ),
    ).toEqual(["invalid-options", [[["options", "calendar"], "outside-calendar"]]]);
  });

  it("reports a melding that needs days the calendar does not know", () => {
    const narrow = { name: "2024", firstYear: 2024, lastYear: 2024, isWorkingDay: () => true };
    expect(
      problems(() =>
        deriveMeldingen(
          model,
          { covers: "2024", records: [{ ...melding, status: "closed", closedAt: "2025-01-03" }] },
          {
            areas,
            calendar: narrow,
            indicators: { "doorlooptijd-werkdagen": { figure: "handling-days", days: "working" } },
          },
        ),
      ),
    ).toEqual(["invalid-records", [[[0, "closedAt"], "outside-calendar"]]]);
  });
});

describe("records of each kind", () => {
  it("reports records that are not objects, and fields that are missing or of the wrong kind", () => {
    expect(
      problems(() =>
        deriveMeldingen(
          model,
          { covers: "2024", records: [null, { ...melding, parent: "m", category: 5, source: " " }] },
          { areas, indicators: count },
        ),
      ),
    ).toEqual([
      "invalid-records",
      [
        [[0], "not-an-object"],
        [[1, "source"], "empty"],
        [[1, "category"], "not-a-text"],
        [[1, "parent"], "invalid-input"],
      ],
    ]);
    expect(
      problems(() =>
        deriveActivities(
          model,
          { covers: "2024", records: [[], { id: "a", kind: "event", area: 3, selfOrganised: false }] },
          { areas },
        ),
      ),
    ).toEqual([
      "invalid-records",
      [
        [[0], "not-an-object"],
        [[1, "start"], "missing-field"],
        [[1, "area"], "not-a-text"],
      ],
    ]);
    expect(
      problems(() =>
        derivePartners(
          model,
          {
            covers: "2024",
            records: [1, { id: "p", name: "P", kind: "friend", joined: "2024-01-01", areas: ["BU99"] }],
          },
          { areas },
        ),
      ),
    ).toEqual([
      "invalid-records",
      [
        [[0], "not-an-object"],
        [[1, "kind"], "not-one-of"],
        [[1, "areas"], "unknown-area"],
      ],
    ]);
  });

  it("reports bad moves and dwelling counts, with the dwellings' own paths", () => {
    expect(
      problems(() =>
        deriveMoves(
          model,
          {
            covers: "2024",
            records: [
              "x",
              { id: 1, area: "BU04820101", date: "2024-02-01" },
              { id: 1, area: "BU04820101", date: "2024-02-02", rooms: 3 },
              { area: "BU04820101", date: "2025-01-01" },
            ],
            dwellings: [
              { area: "BU04820101", date: "2024-01-01", dwellings: 400 },
              { area: "BU04820101", date: "2024-01-01", dwellings: 410 },
              { area: "BU04820101", date: "2024-01-01" },
              { area: "elsewhere", date: "2024-01-01", dwellings: "veel" },
              7,
            ],
          } as never,
          { areas },
        ),
      ),
    ).toEqual([
      "invalid-records",
      [
        [[0], "not-an-object"],
        [[2, "rooms"], "unknown-field"],
        [[2, "id"], "duplicate-id"],
        [[3, "date"], "outside-span"],
        [["dwellings", 1, "date"], "duplicate-row"],
        [["dwellings", 2, "dwellings"], "missing-field"],
        [["dwellings", 3, "area"], "unknown-area"],
        [["dwellings", 3, "dwellings"], "not-whole"],
        [["dwellings", 4], "not-an-object"],
      ],
    ]);
    expect(
      problems(() => deriveMoves(model, { covers: "2024", records: [], dwellings: {} } as never, { areas })),
    ).toEqual(["invalid-options", [[["register", "dwellings"], "not-a-list"]]]);
  });

  it("counts moves outside the register's areas in a warning", () => {
    const derivation = deriveMoves(
      model,
      { covers: "2024", areas: ["BU04820101"], records: [{ area: "BU04820201", date: "2024-03-01" }], dwellings: [] },
      { areas, indicators: { verhuizingen: { figure: "count" } } },
    );
    expect(derivation.warnings.map((warning) => [warning.code, warning.count])).toEqual([["outside-areas", 1]]);
    expect(derivation.rows.map((row) => [row.area, row.value])).toEqual([["BU04820101", 0]]);
  });

  it("checks the areas marked less active", () => {
    expect(
      problems(() =>
        deriveActivities(model, { covers: "2024", records: [] }, { areas, lessActive: "WK048203" } as never),
      ),
    ).toEqual(["invalid-options", [[["options", "lessActive"], "not-a-list"]]]);
    expect(
      problems(() =>
        deriveActivities(model, { covers: "2024", records: [] }, { areas, lessActive: ["wk048201", 3] } as never),
      ),
    ).toEqual([
      "invalid-options",
      [
        [["options", "lessActive", 0], "area-case"],
        [["options", "lessActive", 1], "not-a-text"],
      ],
    ]);
  });

  it("warns when the model has none of the indicators of the default mapping", () => {
    const none = { ...model, indicators: model.indicators.filter((indicator) => indicator.id === "trots-op-buurt") };
    for (const derivation of [
      deriveMeldingen(none, { covers: "2024", records: [melding] }, { areas }),
      derivePartners(
        none,
        { covers: "2024", records: [{ id: "p", name: "P", kind: "formal", joined: "2024-01-01" }] },
        { areas },
      ),
      deriveActivities(
        none,
        {
          covers: "2024",
          records: [
            { id: "a", kind: "event", start: "2024-01-01", area: "BU04820101", participants: 5, selfOrganised: false },
          ],
        },
        { areas },
      ),
      deriveMoves(none, { covers: "2024", records: [{ area: "BU04820101", date: "2024-03-01" }] }, { areas }),
    ]) {
      expect(derivation.rows).toEqual([]);
      expect(derivation.warnings.map((warning) => warning.code)).toEqual(["no-indicators"]);
    }
  });
});

describe("generateRecords options", () => {
  it("names bad areas, an unknown parent and unreadable dates", () => {
    expect(
      problems(() =>
        generateRecords(model, { seed: {} as never, areas: [{ id: "a" }] as never, from: "2024", to: "2024-12-31" }),
      ),
    ).toEqual([
      "invalid-options",
      [
        [["seed"], "invalid-option"],
        // { id: "a" } lacks both a kind and a name: one issue each, naming the area and field.
        [["areas", 0, "kind"], "invalid-option"],
        [["areas", 0, "name"], "invalid-option"],
        [["from"], "invalid-option"],
      ],
    ]);
    expect(
      problems(() =>
        generateRecords(model, {
          seed: 1,
          areas: [{ id: "x", kind: "area", name: "X", parent: "y" }],
          from: "2024-01-01",
          to: "2024-02-30",
        }),
      ),
    ).toEqual([
      "invalid-options",
      [
        [["areas", 0, "parent"], "unknown-reference"],
        [["to"], "invalid-period"],
      ],
    ]);
  });
});

describe("options that nearly fit", () => {
  it("names the denominator a figure needs when the indicator is a ratio of another kind", () => {
    // Handling days divide by the meldingen closed (a flow); mutatiegraad divides by dwellings (a stock).
    const error = problems(() =>
      deriveMeldingen(
        alblasserdam,
        { covers: "2024", records: [] },
        { areas, indicators: { mutatiegraad: { figure: "handling-days", days: "calendar" } } },
      ),
    );
    expect(error).toEqual(["invalid-options", [[["options", "indicators", "mutatiegraad"], "field-misfit"]]]);
    let message = "";
    try {
      deriveMeldingen(
        alblasserdam,
        { covers: "2024", records: [] },
        { areas, indicators: { mutatiegraad: { figure: "handling-days", days: "calendar" } } },
      );
    } catch (caught) {
      if (caught instanceof BuurtaanpakError) message = caught.issues[0]?.message ?? "";
    }
    expect(message).toBe(
      "the figure 'handling-days' needs an indicator of measure ratio (with a flow denominator); 'mutatiegraad' is a ratio with a stock denominator",
    );
  });

  it("reports an unknown granularity once, however many indicators would take it", () => {
    expect(
      problems(() =>
        deriveMeldingen(model, { covers: "2024", records: [melding] }, {
          areas,
          granularity: "week",
          indicators: { meldingen: { figure: "count" }, "geannuleerde-meldingen": { figure: "cancelled" } },
        } as never),
      ),
    ).toEqual(["invalid-options", [[["options", "granularity"], "invalid-option"]]]);
  });

  it("reads a register's area named twice as named once", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024",
        areas: ["WK048201", "WK048201"],
        records: [melding, { ...melding, id: "dijk", area: "BU04820201" }],
      },
      { areas, indicators: count },
    );
    // Wijk 01: Cortgene 1, Redersbuurt 0; Dijk is outside, and the warning names Wijk 01 once.
    expect(derivation.rows.map((row) => [row.area, row.value])).toEqual([
      ["BU04820101", 1],
      ["BU04820102", 0],
    ]);
    expect(derivation.warnings.find((warning) => warning.code === "outside-areas")?.message.en).toBe(
      "1 report in an area outside the register's areas (WK048201): not counted",
    );
  });
});
