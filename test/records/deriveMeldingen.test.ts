import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../src/calendar-nl/dutchWorkCalendar.js";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { parseObservations } from "../../src/observations/parseObservations.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import type { Derivation } from "../../src/records/Derivation.js";
import { deriveMeldingen } from "../../src/records/deriveMeldingen.js";
import type { Melding } from "../../src/records/Melding.js";
import { areas, model } from "./fixtures.js";

const cortgene = "BU04820101";
const melding = (id: string, createdAt: string, extra: Partial<Melding> = {}): Melding => ({
  id,
  source: "fixi",
  createdAt,
  status: "open",
  area: cortgene,
  ...extra,
});
const rowsOf = (derivation: Derivation, indicator: string, area = cortgene) =>
  derivation.rows
    .filter((row) => row.indicator === indicator && row.area === area)
    .map((row) => [row.period, row.value ?? [row.numerator, row.denominator]]);
const codes = (derivation: Derivation) => derivation.warnings.map((warning) => warning.code);

describe("deriveMeldingen: Amsterdam dates", () => {
  it("counts each melding on its Amsterdam date, across DST and New Year's Eve", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024-01-01/2025-01-31",
        records: [
          // 00:30 UTC on the night summer time starts is 02:30 CEST (01:30 CET) on 31 March.
          melding("dst-spring", "2024-03-31T00:30:00Z"),
          // 23:30 UTC on 30 March is 00:30 CET on 31 March: March, whatever the UTC date.
          melding("before-spring", "2024-03-30T23:30:00Z"),
          // 22:00 UTC on 31 March is midnight CEST: the first instant of April.
          melding("april-midnight", "2024-03-31T22:00:00Z"),
          melding("march-last", "2024-03-31T21:59:59Z"),
          // The night summer time ends: 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET; both 27 October.
          melding("dst-autumn-1", "2024-10-27T00:30:00Z"),
          melding("dst-autumn-2", "2024-10-27T01:30:00Z"),
          // 23:30 UTC on New Year's Eve is 00:30 on 1 January 2025.
          melding("new-year", "2024-12-31T23:30:00Z"),
          // The same instant written with its Amsterdam offset, and a plain Amsterdam date.
          melding("offset", "2025-01-01T00:30:00+01:00"),
          melding("date", "2024-10-27"),
        ],
      },
      { areas, granularity: "month", indicators: { meldingen: { figure: "count" } } },
    );
    const counts = Object.fromEntries(rowsOf(derivation, "meldingen"));
    expect(counts).toMatchObject({ "2024-03": 3, "2024-04": 1, "2024-10": 3, "2024-12": 0, "2025-01": 2 });
    expect(Object.keys(counts)).toHaveLength(13);
  });
});

describe("deriveMeldingen: norms in working days (Dutch calendar)", () => {
  // Norm: 5 working days. Koningsdag 2025 is Saturday 26 April (27 April is a Sunday), so it
  // shifts nothing; Hemelvaartsdag is Thursday 29 May.
  // - made Thu 24 Apr: Fri 25, Mon 28, Tue 29, Wed 30, Thu 1 May are days 1–5 → closed 1 May on time, 2 May late;
  // - made Mon 26 May: Tue 27, Wed 28, Fri 30, Mon 2 Jun, Tue 3 Jun are days 1–5 → closed 3 Jun on time, 4 Jun late.
  const records = [
    melding("koningsdag-on-time", "2025-04-24T10:00:00+02:00", {
      status: "closed",
      closedAt: "2025-05-01T16:00:00+02:00",
    }),
    melding("koningsdag-late", "2025-04-24T10:00:00+02:00", {
      status: "closed",
      closedAt: "2025-05-02T09:00:00+02:00",
    }),
    melding("hemelvaart-on-time", "2025-05-26T10:00:00+02:00", {
      status: "closed",
      closedAt: "2025-06-03T16:00:00+02:00",
    }),
    melding("hemelvaart-late", "2025-05-26T10:00:00+02:00", {
      status: "closed",
      closedAt: "2025-06-04T09:00:00+02:00",
    }),
  ];
  const derive = (calendar = dutchWorkCalendar()) =>
    deriveMeldingen(
      model,
      { covers: "2025-04-01/2025-06-30", records },
      {
        areas,
        granularity: "quarter",
        calendar,
        defaultNorm: { days: 5, unit: "working-days" },
        indicators: {
          "afhandeling-binnen-termijn": { figure: "within-norm" },
          "doorlooptijd-werkdagen": { figure: "handling-days", days: "working" },
          "doorlooptijd-kalenderdagen": { figure: "handling-days", days: "calendar" },
        },
      },
    );

  it("counts 2 of 4 within a norm of 5 working days over Koningsdag and Hemelvaart", () => {
    expect(rowsOf(derive(), "afhandeling-binnen-termijn")).toEqual([["2025-Q2", [2, 4]]]);
  });

  it("sums working days 5 + 6 + 5 + 6 = 22 over 4 meldingen", () => {
    expect(rowsOf(derive(), "doorlooptijd-werkdagen")).toEqual([["2025-Q2", [22, 4]]]);
  });

  it("sums calendar days 7 + 8 + 8 + 9 = 32 over 4 meldingen", () => {
    expect(rowsOf(derive(), "doorlooptijd-kalenderdagen")).toEqual([["2025-Q2", [32, 4]]]);
  });

  it("counts 5 mei as a day off only when the calendar says so", () => {
    // Made Wed 30 Apr 2025, closed Thu 8 May. Days off: Thu 1, Fri 2, (Mon 5 May), Tue 6, Wed 7,
    // Thu 8: with 5 mei off, Thu 8 is day 5 (on time); without, it is day 6 (late).
    const register = {
      covers: "2025-04-01/2025-06-30",
      records: [
        melding("bevrijdingsdag", "2025-04-30T10:00:00+02:00", {
          status: "closed",
          closedAt: "2025-05-08T10:00:00+02:00",
        }),
      ],
    };
    const withNorm = (liberationDay: "yearly" | "never") =>
      deriveMeldingen(model, register, {
        areas,
        granularity: "quarter",
        calendar: dutchWorkCalendar({ liberationDay }),
        defaultNorm: { days: 5, unit: "working-days" },
        indicators: { "afhandeling-binnen-termijn": { figure: "within-norm" } },
      });
    expect(rowsOf(withNorm("yearly"), "afhandeling-binnen-termijn")).toEqual([["2025-Q2", [1, 1]]]);
    expect(rowsOf(withNorm("never"), "afhandeling-binnen-termijn")).toEqual([["2025-Q2", [0, 1]]]);
  });

  it("takes norms per category, ignoring case, and leaves meldingen without a norm out with a warning", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2025-01-01/2025-03-31",
        records: [
          // Made Mon 6 Jan, closed Thu 9 Jan: 3 calendar days, 3 working days.
          melding("afval", "2025-01-06T09:00:00+01:00", {
            category: "Afval",
            status: "closed",
            closedAt: "2025-01-09T09:00:00+01:00",
          }),
          melding("groen", "2025-01-06T09:00:00+01:00", {
            category: "groen",
            status: "closed",
            closedAt: "2025-01-09T09:00:00+01:00",
          }),
          melding("none", "2025-01-06T09:00:00+01:00", { status: "closed", closedAt: "2025-01-07T09:00:00+01:00" }),
        ],
      },
      {
        areas,
        granularity: "quarter",
        norms: { afval: { days: 2, unit: "calendar-days" }, GROEN: { days: 3, unit: "calendar-days" } },
        indicators: { "afhandeling-binnen-termijn": { figure: "within-norm" } },
      },
    );
    // afval: 3 > 2, late; groen: 3 ≤ 3, on time; the melding without a category has no norm.
    expect(rowsOf(derivation, "afhandeling-binnen-termijn")).toEqual([["2025-Q1", [1, 2]]]);
    expect(derivation.warnings.find((warning) => warning.code === "no-norm")?.count).toBe(1);
  });

  it("counts a melding still open past its term as late, and leaves a period out while one is within its term", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2025-01-01/2025-03-31",
        records: [
          // Open since 6 January, 10 calendar-day norm: past its term on 31 March, so late.
          melding("long-open", "2025-01-06T09:00:00+01:00"),
          // Open since 28 March: 3 days by 31 March, still within its term, so March is not yet known.
          melding("recent", "2025-03-28T09:00:00+01:00"),
        ],
      },
      {
        areas,
        granularity: "month",
        defaultNorm: { days: 10, unit: "calendar-days" },
        indicators: { "afhandeling-binnen-termijn": { figure: "within-norm" } },
      },
    );
    expect(rowsOf(derivation, "afhandeling-binnen-termijn")).toEqual([["2025-01", [0, 1]]]);
    expect(derivation.warnings.find((warning) => warning.code === "within-term")?.examples).toEqual(["2025-03"]);
  });
});

describe("deriveMeldingen: what the register covers", () => {
  it("writes a real 0 for May in a register of January to June with no records in May, and nothing for July", () => {
    const records = ["2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-06-15"].map((day, index) =>
      melding(`m${index}`, `${day}T12:00:00+02:00`),
    );
    const derivation = deriveMeldingen(
      model,
      { covers: "2024-01-01/2024-06-30", records },
      { areas, granularity: "month", indicators: { meldingen: { figure: "count" } } },
    );
    const rows = derivation.rows.filter((row) => row.area === cortgene);
    expect(rows.map((row) => [row.period, row.value])).toEqual([
      ["2024-01", 1],
      ["2024-02", 1],
      ["2024-03", 1],
      ["2024-04", 1],
      ["2024-05", 0],
      ["2024-06", 1],
    ]);
    expect(rows.find((row) => row.period === "2024-05")?.note).toContain(
      "0: the register, which covers 2024-01-01/2024-06-30, holds no meldingen",
    );
    expect(rows.find((row) => row.period === "2024-06")?.note).toBeUndefined();
  });

  it("writes no row for a quarter the span covers only in part, and says so", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024-01-01/2024-08-15",
        records: [melding("q1", "2024-02-01T12:00:00+01:00"), melding("q3", "2024-07-10T12:00:00+02:00")],
      },
      { areas, granularity: "quarter", indicators: { meldingen: { figure: "count" } } },
    );
    expect(rowsOf(derivation, "meldingen")).toEqual([
      ["2024-Q1", 1],
      ["2024-Q2", 0],
    ]);
    const warning = derivation.warnings.find((candidate) => candidate.code === "partly-covered");
    expect(warning?.message.en).toContain("covers 2024-Q3 only in part");
    expect(warning?.message.en).toContain("1 report in it not counted");
  });

  it("counts records outside the register's areas in a warning, not in the rows", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024-01-01/2024-12-31",
        areas: ["WK048201"],
        records: [melding("in", "2024-02-01"), melding("out", "2024-02-01", { area: "BU04820201" })],
      },
      { areas, indicators: { meldingen: { figure: "count" } } },
    );
    expect(derivation.rows.map((row) => [row.area, row.value])).toEqual([
      [cortgene, 1],
      ["BU04820102", 0],
    ]);
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "outside-areas", count: 1, examples: ["out"] }),
    );
  });

  it("gives an area above the buurten that holds meldingen of its own a row with its own and its buurten's", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024-01-01/2024-12-31",
        records: [
          melding("town", "2024-02-01", { area: "GM0482" }),
          melding("buurt", "2024-02-01"),
          melding("dijk", "2024-02-01", { area: "BU04820201" }),
        ],
      },
      { areas, indicators: { meldingen: { figure: "count" } } },
    );
    // GM0482: its own 1 + Cortgene's 1 + Dijk's 1 = 3; the wijken hold none of their own, so no rows.
    expect(derivation.rows.map((row) => [row.area, row.value])).toEqual([
      ["GM0482", 3],
      [cortgene, 1],
      ["BU04820102", 0],
      ["BU04820201", 1],
    ]);
  });
});

describe("deriveMeldingen: statuses", () => {
  const options = {
    areas,
    granularity: "year" as const,
    indicators: {
      meldingen: { figure: "count" as const },
      "geannuleerde-meldingen": { figure: "cancelled" as const },
      "doorlooptijd-kalenderdagen": { figure: "handling-days" as const, days: "calendar" as const },
    },
  };

  it("counts a split melding's children, not the melding, and cancelled ones apart", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024-01-01/2024-12-31",
        records: [
          melding("parent", "2024-03-01T10:00:00+01:00", { status: "split" }),
          melding("child-1", "2024-03-02T10:00:00+01:00", {
            parent: "parent",
            status: "closed",
            closedAt: "2024-03-04T10:00:00+01:00",
          }),
          melding("child-2", "2024-03-02T10:00:00+01:00", {
            parent: "parent",
            status: "closed",
            closedAt: "2024-03-06T10:00:00+01:00",
          }),
          melding("cancelled", "2024-03-02T10:00:00+01:00", {
            status: "cancelled",
            closedAt: "2024-03-03T10:00:00+01:00",
          }),
        ],
      },
      options,
    );
    expect(rowsOf(derivation, "meldingen")).toEqual([["2024", 2]]);
    expect(rowsOf(derivation, "geannuleerde-meldingen")).toEqual([["2024", 1]]);
    // The children took 2 and 4 days; the split and the cancelled melding are in no handling time.
    expect(rowsOf(derivation, "doorlooptijd-kalenderdagen")).toEqual([["2024", [6, 2]]]);
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "split", count: 1, examples: ["parent"] }),
    );
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "cancelled", count: 1, examples: ["cancelled"] }),
    );
  });

  it("counts a reopened melding once, with its time running from creation to its last closure", () => {
    const derivation = deriveMeldingen(
      model,
      // Made 1 March, closed 3 March, reopened, closed for good 10 March: one melding of 9 days.
      {
        covers: "2024-01-01/2024-12-31",
        records: [
          melding("reopened", "2024-03-01T10:00:00+01:00", { status: "closed", closedAt: "2024-03-10T10:00:00+01:00" }),
        ],
      },
      options,
    );
    expect(rowsOf(derivation, "meldingen")).toEqual([["2024", 1]]);
    expect(rowsOf(derivation, "doorlooptijd-kalenderdagen")).toEqual([["2024", [9, 1]]]);
  });

  it("keeps a reopened melding that is open again open, ignoring its earlier closedAt, with a warning", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024-01-01/2024-12-31",
        records: [
          melding("again", "2024-03-01T10:00:00+01:00", { status: "reopened", closedAt: "2024-03-03T10:00:00+01:00" }),
        ],
      },
      options,
    );
    expect(rowsOf(derivation, "meldingen")).toEqual([["2024", 1]]);
    expect(rowsOf(derivation, "doorlooptijd-kalenderdagen")).toEqual([]);
    expect(codes(derivation)).toEqual(["closed-at-ignored", "still-open", "nothing-to-divide"]);
    // One melding: singular, in both languages.
    const message = derivation.warnings[0]?.message;
    expect(message?.nl).toContain("1 melding staat open maar heeft een closedAt");
    expect(message?.en).toContain("1 report is open but carries a closedAt");
  });

  it("counts the meldingen open at the end of each month as a stock", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024-01-01/2024-03-31",
        records: [
          melding("m1", "2024-01-10", { status: "closed", closedAt: "2024-02-05" }),
          melding("m2", "2024-01-20"),
          melding("m3", "2024-02-28", { status: "closed", closedAt: "2024-03-01" }),
          // Closed on the last day of February: not open at its end.
          melding("m4", "2024-02-10", { status: "closed", closedAt: "2024-02-29T23:30:00+01:00" }),
        ],
      },
      { areas, granularity: "month", indicators: { "openstaande-meldingen": { figure: "open-at-end" } } },
    );
    // End of January: m1, m2. End of February: m2, m3. End of March: m2.
    expect(rowsOf(derivation, "openstaande-meldingen")).toEqual([
      ["2024-01", 2],
      ["2024-02", 2],
      ["2024-03", 1],
    ]);
  });
});

describe("deriveMeldingen: sources and the preset's mapping", () => {
  it("writes the preset's Fixi and police counts by default, matching sources ignoring case", () => {
    const derivation = deriveMeldingen(
      alblasserdam,
      {
        covers: "2024-01-01/2024-12-31",
        records: [
          melding("a", "2024-02-01", { source: "Fixi" }),
          melding("b", "2024-02-01", { source: "politie" }),
          melding("c", "2024-02-01", { source: "buurtapp" }),
        ],
      },
      { areas },
    );
    expect(rowsOf(derivation, "fixi-meldingen")).toEqual([["2024", 1]]);
    expect(rowsOf(derivation, "politie-meldingen")).toEqual([["2024", 1]]);
    expect(derivation.warnings).toContainEqual(expect.objectContaining({ code: "unread-source", count: 1 }));
    expect(() => parseObservations(alblasserdam, derivation.rows)).not.toThrow();
  });

  it("never changes its input", () => {
    const records = Object.freeze([
      Object.freeze(melding("a", "2024-02-01", { status: "closed", closedAt: "2024-02-03" })),
    ]);
    const register = Object.freeze({ covers: "2024-01-01/2024-12-31", records });
    const before = JSON.stringify(register);
    deriveMeldingen(model, register, { areas, indicators: { meldingen: { figure: "count" } } });
    expect(JSON.stringify(register)).toBe(before);
  });
});

describe("deriveMeldingen: errors", () => {
  const catchError = (run: () => unknown): BuurtaanpakError => {
    try {
      run();
    } catch (error) {
      if (error instanceof BuurtaanpakError) return error;
      throw error;
    }
    throw new Error("expected a BuurtaanpakError");
  };

  it("reports every bad melding at once, with its index and field", () => {
    const error = catchError(() =>
      deriveMeldingen(
        model,
        {
          covers: "2024-01-01/2024-12-31",
          records: [
            melding("ok", "2024-02-01"),
            melding("unknown-area", "2024-02-01", { area: "BU99999999" }),
            melding("no-offset", "2024-02-01T10:00:00"),
            melding("ok", "2024-02-02"),
            melding("backwards", "2024-02-05T10:00:00+01:00", {
              status: "closed",
              closedAt: "2024-02-04T10:00:00+01:00",
            }),
            melding("too-early", "2023-12-31T22:59:00Z"),
            { ...melding("typo", "2024-02-01"), closedat: "2024-02-02" },
            melding("case", "2024-02-01", { area: "bu04820101" }),
          ],
        },
        { areas, indicators: { meldingen: { figure: "count" } } },
      ),
    );
    expect(error.code).toBe("invalid-records");
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [[1, "area"], "unknown-area"],
      [[2, "createdAt"], "invalid-timestamp"],
      [[3, "id"], "duplicate-id"],
      [[4, "closedAt"], "closed-before-created"],
      // 22:59 UTC on 31 December 2023 is 23:59 in Amsterdam: still 2023.
      [[5, "createdAt"], "outside-span"],
      [[6, "closedat"], "unknown-field"],
      [[7, "area"], "area-case"],
    ]);
    expect(error.issues[1]?.message).toContain("has no time zone");
    expect(error.issues[6]?.message).toContain("did you mean 'BU04820101'?");
  });

  it("says when working days need a calendar, or an indicator cannot take a figure", () => {
    const error = catchError(() =>
      deriveMeldingen(
        model,
        { covers: "2024", records: [] },
        {
          areas,
          indicators: {
            "fixi-meldingen": { figure: "open-at-end" },
            "doorlooptijd-werkdagen": { figure: "handling-days", days: "working" },
          },
        },
      ),
    );
    expect(error.code).toBe("invalid-options");
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["options", "indicators", "fixi-meldingen"],
      ["options", "calendar"],
    ]);
    expect(error.issues[0]?.message).toBe(
      "the figure 'open-at-end' needs an indicator of measure stock; 'fixi-meldingen' is a count",
    );
  });

  it("reads an unreadable span as an error of the register", () => {
    const error = catchError(() => deriveMeldingen(model, { covers: "2024-01-01/2023-12-31", records: [] }, { areas }));
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([[["register", "covers"], "invalid-period"]]);
  });
});

describe("deriveMeldingen: filters, missing dates and partly covered periods", () => {
  it("counts only the categories an indicator names, ignoring case; a melding without category is in none", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024-01-01/2024-12-31",
        records: [
          melding("afval", "2024-02-01", { category: "afval" }),
          melding("groen", "2024-02-01", { category: "groen" }),
          melding("none", "2024-02-01"),
        ],
      },
      { areas, indicators: { meldingen: { figure: "count", categories: ["Afval"] } } },
    );
    // Of afval, groen and no category, only afval matches "Afval": 1.
    expect(rowsOf(derivation, "meldingen")).toEqual([["2024", 1]]);
  });

  it("counts a melding closed without closedAt, but leaves it out of handling times, norms and the backlog", () => {
    const derivation = deriveMeldingen(
      model,
      {
        covers: "2024-01-01/2024-12-31",
        records: [
          melding("no-date", "2024-03-01T10:00:00+01:00", { status: "closed" }),
          melding("dated", "2024-03-01T10:00:00+01:00", { status: "closed", closedAt: "2024-03-04T10:00:00+01:00" }),
        ],
      },
      {
        areas,
        indicators: {
          meldingen: { figure: "count" },
          "doorlooptijd-kalenderdagen": { figure: "handling-days", days: "calendar" },
          "openstaande-meldingen": { figure: "open-at-end" },
          "afhandeling-binnen-termijn": { figure: "within-norm" },
        },
        defaultNorm: { days: 5, unit: "calendar-days" },
      },
    );
    expect(rowsOf(derivation, "meldingen")).toEqual([["2024", 2]]);
    // Only "dated" has a handling time: 1 to 4 March, 3 days, within 5.
    expect(rowsOf(derivation, "doorlooptijd-kalenderdagen")).toEqual([["2024", [3, 1]]]);
    expect(rowsOf(derivation, "afhandeling-binnen-termijn")).toEqual([["2024", [1, 1]]]);
    // Both are closed: none open at the end of 2024.
    expect(rowsOf(derivation, "openstaande-meldingen")).toEqual([["2024", 0]]);
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "closed-without-date", count: 1, examples: ["no-date"] }),
    );
  });

  it("names a split melding whose children are not in the register", () => {
    const derivation = deriveMeldingen(
      model,
      { covers: "2024-01-01/2024-12-31", records: [melding("lonely", "2024-03-01", { status: "split" })] },
      { areas, indicators: { meldingen: { figure: "count" } } },
    );
    expect(rowsOf(derivation, "meldingen")).toEqual([["2024", 0]]);
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "split-without-children", count: 1, examples: ["lonely"] }),
    );
  });

  it("carries meldingen of a partly covered first month into the backlogs after it, and says which months have no row", () => {
    const derivation = deriveMeldingen(
      model,
      {
        // January and April are covered in part: rows for February and March only.
        covers: "2024-01-15/2024-04-15",
        records: [
          melding("january", "2024-01-20T10:00:00+01:00"),
          melding("february", "2024-02-10T10:00:00+01:00", { status: "closed", closedAt: "2024-04-05T10:00:00+02:00" }),
          melding("april", "2024-04-10T10:00:00+02:00"),
        ],
      },
      {
        areas,
        granularity: "month",
        indicators: { meldingen: { figure: "count" }, "openstaande-meldingen": { figure: "open-at-end" } },
      },
    );
    // Open at the end of February and of March: january and february (closed in April); april is
    // made after the last row's end.
    expect(rowsOf(derivation, "openstaande-meldingen")).toEqual([
      ["2024-02", 2],
      ["2024-03", 2],
    ]);
    expect(rowsOf(derivation, "meldingen")).toEqual([
      ["2024-02", 1],
      ["2024-03", 0],
    ]);
    const partly = derivation.warnings.filter((warning) => warning.code === "partly-covered");
    expect(partly.map((warning) => [warning.indicator, warning.count])).toEqual([
      ["meldingen", 2],
      ["openstaande-meldingen", 2],
    ]);
    // A count says how many meldingen the two months hold (january and april); a backlog does not.
    expect(partly[0]?.message).toEqual({
      nl: "meldingen: het register (2024-01-15/2024-04-15) dekt 2024-01, 2024-04 maar voor een deel; die periodes krijgen geen rij, want een rij geldt voor de hele periode (2 meldingen daarin niet geteld)",
      en: "meldingen: the register (2024-01-15/2024-04-15) covers 2024-01, 2024-04 only in part; they get no row, as a row stands for the whole period (2 reports in them not counted)",
    });
    expect(partly[1]?.message).toEqual({
      nl: "openstaande-meldingen: het register (2024-01-15/2024-04-15) dekt 2024-01, 2024-04 maar voor een deel; die periodes krijgen geen rij, want een rij geldt voor de hele periode",
      en: "openstaande-meldingen: the register (2024-01-15/2024-04-15) covers 2024-01, 2024-04 only in part; they get no row, as a row stands for the whole period",
    });
  });

  it("names a few of the meldingen of a source no indicator reads, the smallest ids first", () => {
    const derivation = deriveMeldingen(
      alblasserdam,
      {
        covers: "2024-01-01/2024-12-31",
        records: [
          melding("app-2", "2024-02-01", { source: "buurtapp" }),
          melding("fixi", "2024-02-01"),
          melding("app-1", "2024-02-01", { source: "buurtapp" }),
        ],
      },
      { areas },
    );
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "unread-source", count: 2, examples: ["app-1", "app-2"] }),
    );
  });
});

describe("deriveMeldingen: a calendar that is no WorkCalendar", () => {
  it("reports an unusable calendar once, not also as missing", () => {
    let paths: unknown[] = [];
    try {
      deriveMeldingen(
        model,
        { covers: "2024", records: [] },
        {
          areas,
          indicators: { "doorlooptijd-werkdagen": { figure: "handling-days", days: "working" } },
          // Its last year comes before its first.
          calendar: { name: "omgekeerd", firstYear: 2030, lastYear: 2020, isWorkingDay: () => true },
        },
      );
    } catch (error) {
      if (error instanceof BuurtaanpakError) paths = error.issues.map((issue) => [issue.path, issue.code]);
    }
    expect(paths).toEqual([[["options", "calendar"], "invalid-option"]]);
  });
});
