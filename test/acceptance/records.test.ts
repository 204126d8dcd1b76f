// Issue 8: meldingen into observation rows. Hand-computed from the docs (see recordsHelpers.ts).
// Amsterdam times were looked up with `TZ=Europe/Amsterdam date -d …`, weekdays with `date -d`.
import { describe, expect, it } from "vitest";
import { dutchWorkCalendar } from "../../src/calendar-nl/index.js";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { deriveMeldingen, type Melding, type Register } from "../../src/records/index.js";
import { areas as alblasserdamAreas } from "./helpers.js";
import {
  centrum,
  cortgene,
  dijk,
  extendedModel,
  gemeente,
  issuesOf,
  measureOf,
  melding,
  partsOf,
  redersbuurt,
  rowOf,
  smallAreas,
  valuesOf,
  warningsOf,
} from "./recordsHelpers.js";

const year2024 = "2024-01-01/2024-12-31";

function register(covers: string, records: Melding[], extra: Partial<Register<Melding>> = {}): Register<Melding> {
  return { covers, records, ...extra };
}

describe("meldingen count on their date in Europe/Amsterdam", () => {
  it("2024-03-31T00:30Z is 01:30 CET on Sunday 31 March (summer time starts at 01:00Z that night): March", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [melding("m1", "2024-03-31T00:30:00Z", cortgene)]),
      {
        areas: smallAreas,
        granularity: "month",
      },
    );
    const months = valuesOf(derived, "fixi-meldingen", cortgene);
    expect(months).toHaveLength(12);
    expect(months[2]).toEqual(["2024-03", 1]);
    expect(months.filter(([, value]) => value === 0)).toHaveLength(11);
  });

  it("2024-03-31T22:30Z is already summer time: 00:30 CEST on 1 April, so April and not March (a fixed +01:00 would say 23:30 on 31 March)", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [melding("m1", "2024-03-31T22:30:00Z", cortgene)]),
      {
        areas: smallAreas,
        granularity: "month",
      },
    );
    expect(rowOf(derived, "fixi-meldingen", cortgene, "2024-03")?.value).toBe(0);
    expect(rowOf(derived, "fixi-meldingen", cortgene, "2024-04")?.value).toBe(1);
  });

  it("2024-10-31T23:30Z, after summer time ended on 27 October, is 00:30 CET on 1 November", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [melding("m1", "2024-10-31T23:30:00Z", cortgene)]),
      {
        areas: smallAreas,
        granularity: "month",
      },
    );
    expect(rowOf(derived, "fixi-meldingen", cortgene, "2024-10")?.value).toBe(0);
    expect(rowOf(derived, "fixi-meldingen", cortgene, "2024-11")?.value).toBe(1);
  });

  it("2024-12-31T23:30Z is 00:30 CET on 1 January 2025: it counts in 2025, and 2024 is a written 0", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register("2024-01-01/2025-12-31", [melding("m1", "2024-12-31T23:30:00Z", cortgene)]),
      { areas: smallAreas },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([
      ["2024", 0],
      ["2025", 1],
    ]);
  });

  it("2024-01-01T00:30+01:00 (2023-12-31T23:30Z) counts in 2024, not 2023", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register("2023-01-01/2024-12-31", [melding("m1", "2024-01-01T00:30:00+01:00", cortgene)]),
      { areas: smallAreas },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([
      ["2023", 0],
      ["2024", 1],
    ]);
  });

  it("2024-06-30T22:30Z is 00:30 CEST on 1 July: the third quarter", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [melding("m1", "2024-06-30T22:30:00Z", cortgene)]),
      {
        areas: smallAreas,
        granularity: "quarter",
      },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([
      ["2024-Q1", 0],
      ["2024-Q2", 0],
      ["2024-Q3", 1],
      ["2024-Q4", 0],
    ]);
  });

  it("the span is read in Amsterdam dates too: 2024-12-31T23:30Z in a register of 2024 is outside it (1 January 2025)", () => {
    const result = issuesOf(() =>
      deriveMeldingen(alblasserdam, register(year2024, [melding("m1", "2024-12-31T23:30:00Z", cortgene)]), {
        areas: smallAreas,
      }),
    );
    expect(result).toEqual({ code: "invalid-records", issues: [['[0,"createdAt"]', "outside-span"]] });
  });
});

describe("a register says what it covers", () => {
  // Cortgene: January 2, February 1, March 1, April 3, May none, June 1.
  const halfYear = register("2024-01-01/2024-06-30", [
    melding("j1", "2024-01-05T10:00:00+01:00", cortgene),
    melding("j2", "2024-01-25T10:00:00+01:00", cortgene),
    melding("f1", "2024-02-14T10:00:00+01:00", cortgene),
    melding("m1", "2024-03-01T10:00:00+01:00", cortgene),
    melding("a1", "2024-04-02T10:00:00+02:00", cortgene),
    melding("a2", "2024-04-15T10:00:00+02:00", cortgene),
    melding("a3", "2024-04-30T23:59:00+02:00", cortgene),
    melding("u1", "2024-06-30T23:30:00+02:00", cortgene),
  ]);

  it("covers Jan–Jun with no records in May: 2, 1, 1, 3, 0, 1, and May's 0 is a real row that says so", () => {
    const derived = deriveMeldingen(alblasserdam, halfYear, { areas: smallAreas, granularity: "month" });
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([
      ["2024-01", 2],
      ["2024-02", 1],
      ["2024-03", 1],
      ["2024-04", 3],
      ["2024-05", 0],
      ["2024-06", 1],
    ]);
    const may = rowOf(derived, "fixi-meldingen", cortgene, "2024-05");
    expect(may?.note).toBeDefined();
    expect(may?.note).toContain("2024-01-01/2024-06-30");
  });

  it("July lies outside the span: no data, so no row at all (not a 0) in any area", () => {
    const derived = deriveMeldingen(alblasserdam, halfYear, { areas: smallAreas, granularity: "month" });
    expect(derived.rows.filter((row) => row.period === "2024-07")).toEqual([]);
  });

  it("a buurt without a single melding gets a written 0 for each of the 6 months the span covers", () => {
    const derived = deriveMeldingen(alblasserdam, halfYear, { areas: smallAreas, granularity: "month" });
    expect(valuesOf(derived, "fixi-meldingen", dijk).map(([, value]) => value)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("additive rows are written per buurt only (the engine sums them): no wijk or gemeente rows here", () => {
    const derived = deriveMeldingen(alblasserdam, halfYear, { areas: smallAreas, granularity: "month" });
    const areasWritten = new Set(derived.rows.map((row) => row.area));
    expect([...areasWritten].sort()).toEqual([cortgene, redersbuurt, dijk].sort());
  });

  it("a span that ends on 15 June covers June only in part: no June row (it would read as a whole month), and a partly-covered warning", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register("2024-01-01/2024-06-15", [melding("x", "2024-06-10T10:00:00+02:00", cortgene)]),
      { areas: smallAreas, granularity: "month" },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene).map(([period]) => period)).toEqual([
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
    ]);
    const partly = warningsOf(derived, "partly-covered");
    expect(partly.length).toBeGreaterThan(0);
    expect(JSON.stringify(partly)).toContain("2024-06");
  });

  it("by quarter, a span through 31 May covers Q1 wholly and Q2 in part: only a Q1 row", () => {
    const derived = deriveMeldingen(alblasserdam, register("2024-01-01/2024-05-31", []), {
      areas: smallAreas,
      granularity: "quarter",
    });
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([["2024-Q1", 0]]);
    expect(warningsOf(derived, "partly-covered").length).toBeGreaterThan(0);
  });

  it("by year, a half-year span covers no year wholly: no rows, a partly-covered warning", () => {
    const derived = deriveMeldingen(alblasserdam, halfYear, { areas: smallAreas });
    expect(derived.rows).toEqual([]);
    expect(warningsOf(derived, "partly-covered").length).toBeGreaterThan(0);
  });

  it("a register kept for Wijk 01 leaves out a melding in Dijk (Wijk 02), counts it in an outside-areas warning, and writes no 0 for Dijk", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(
        year2024,
        [melding("in", "2024-05-01T10:00:00+02:00", cortgene), melding("out", "2024-05-01T10:00:00+02:00", dijk)],
        {
          areas: [centrum],
        },
      ),
      { areas: smallAreas },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([["2024", 1]]);
    expect(valuesOf(derived, "fixi-meldingen", redersbuurt)).toEqual([["2024", 0]]);
    expect(valuesOf(derived, "fixi-meldingen", dijk)).toEqual([]);
    const outside = warningsOf(derived, "outside-areas");
    expect(outside.map((warning) => [warning.count, warning.examples])).toEqual([[1, ["out"]]]);
  });

  it("every row carries the register's source", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      { ...halfYear, source: "Fixi-export 2024-07-01" },
      {
        areas: smallAreas,
        granularity: "month",
      },
    );
    expect(derived.rows.length).toBeGreaterThan(0);
    expect(derived.rows.every((row) => row.source === "Fixi-export 2024-07-01")).toBe(true);
  });
});

describe("what counts as a melding", () => {
  it("sources match ignoring case (FIXI and Fixi are fixi: 2; politie: 1), and a misspelt 'Fxi' is counted in an unread-source warning, not dropped silently", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [
        melding("m1", "2024-02-01T10:00:00+01:00", cortgene, { source: "FIXI" }),
        melding("m2", "2024-02-02T10:00:00+01:00", cortgene, { source: "Fixi" }),
        melding("m3", "2024-02-03T10:00:00+01:00", cortgene, { source: "Fxi" }),
        melding("m4", "2024-02-04T10:00:00+01:00", cortgene, { source: "politie" }),
      ]),
      { areas: smallAreas },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([["2024", 2]]);
    expect(valuesOf(derived, "politie-meldingen", cortgene)).toEqual([["2024", 1]]);
    // The docs fix that the source is named and the melding counted; whether record ids are given
    // as examples they leave open.
    const unread = warningsOf(derived, "unread-source");
    expect(unread.map((warning) => warning.count)).toEqual([1]);
    expect(unread[0]?.message.en.toLowerCase()).toContain("fxi");
  });

  it("a cancelled melding is not in the count (1, not 2) but in the cancelled figure (1), and a cancelled warning counts it", () => {
    const derived = deriveMeldingen(
      extendedModel,
      register(year2024, [
        melding("open", "2024-03-01T10:00:00+01:00", cortgene),
        melding("weg", "2024-03-02T10:00:00+01:00", cortgene, { status: "cancelled" }),
      ]),
      {
        areas: smallAreas,
        indicators: {
          "fixi-meldingen": { figure: "count", sources: ["fixi"] },
          "meldingen-geannuleerd": { figure: "cancelled" },
        },
      },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([["2024", 1]]);
    expect(valuesOf(derived, "meldingen-geannuleerd", cortgene)).toEqual([["2024", 1]]);
    expect(valuesOf(derived, "meldingen-geannuleerd", redersbuurt)).toEqual([["2024", 0]]);
    expect(warningsOf(derived, "cancelled").map((warning) => [warning.count, warning.examples])).toEqual([
      [1, ["weg"]],
    ]);
  });

  it("a melding split into two children counts its 2 children, not the parent (2, not 3 or 1), with a split warning", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [
        melding("P", "2024-02-01T10:00:00+01:00", cortgene, { status: "split" }),
        melding("P-1", "2024-02-02T10:00:00+01:00", cortgene, {
          parent: "P",
          status: "closed",
          closedAt: "2024-02-05T10:00:00+01:00",
        }),
        melding("P-2", "2024-02-03T10:00:00+01:00", cortgene, { parent: "P" }),
      ]),
      { areas: smallAreas },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([["2024", 2]]);
    expect(warningsOf(derived, "split").map((warning) => [warning.count, warning.examples])).toEqual([[1, ["P"]]]);
  });

  it("a child whose parent is not in the register counts as a melding (1), with an unknown-parent warning", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [melding("C", "2024-02-02T10:00:00+01:00", cortgene, { parent: "elders" })]),
      { areas: smallAreas },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([["2024", 1]]);
    expect(warningsOf(derived, "unknown-parent").map((warning) => warning.count)).toEqual([1]);
  });

  it("a split melding whose children are missing is named in a split-without-children warning", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [melding("Q", "2024-02-01T10:00:00+01:00", cortgene, { status: "split" })]),
      { areas: smallAreas },
    );
    expect(warningsOf(derived, "split-without-children").map((warning) => [warning.count, warning.examples])).toEqual([
      [1, ["Q"]],
    ]);
  });

  it("a reopened melding that still carries its first closedAt counts once (1), is open (backlog 1 at the end of each month), with a closed-at-ignored warning", () => {
    const derived = deriveMeldingen(
      extendedModel,
      register("2024-01-01/2024-03-31", [
        melding("R", "2024-01-08T09:00:00+01:00", cortgene, {
          status: "reopened",
          closedAt: "2024-01-09T09:00:00+01:00",
        }),
      ]),
      {
        areas: smallAreas,
        granularity: "month",
        indicators: {
          "fixi-meldingen": { figure: "count", sources: ["fixi"] },
          "meldingen-open": { figure: "open-at-end" },
        },
      },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([
      ["2024-01", 1],
      ["2024-02", 0],
      ["2024-03", 0],
    ]);
    expect(valuesOf(derived, "meldingen-open", cortgene)).toEqual([
      ["2024-01", 1],
      ["2024-02", 1],
      ["2024-03", 1],
    ]);
    expect(warningsOf(derived, "closed-at-ignored").map((warning) => [warning.count, warning.examples])).toEqual([
      [1, ["R"]],
    ]);
  });

  it("a melding closed without a closedAt is counted (1), with a closed-without-date warning", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [melding("Z", "2024-02-01T10:00:00+01:00", cortgene, { status: "closed" })]),
      { areas: smallAreas },
    );
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([["2024", 1]]);
    expect(warningsOf(derived, "closed-without-date").map((warning) => warning.count)).toEqual([1]);
  });

  it("a melding placed in the gemeente as a whole gives the gemeente a row of its own that includes its buurten's: 1 + 1 = 2", () => {
    const derived = deriveMeldingen(
      alblasserdam,
      register(year2024, [
        melding("g", "2024-02-01T10:00:00+01:00", gemeente),
        melding("b", "2024-02-01T10:00:00+01:00", cortgene),
      ]),
      { areas: smallAreas },
    );
    expect(valuesOf(derived, "fixi-meldingen", gemeente)).toEqual([["2024", 2]]);
    expect(valuesOf(derived, "fixi-meldingen", cortgene)).toEqual([["2024", 1]]);
  });
});

describe("open meldingen at the end of a period: a stock", () => {
  // a: 10 Jan → 5 Feb; b: 20 Jan, open; c: 29 Feb 23:30 → 1 Mar 08:00; d: 31 Mar 23:30 CEST, open;
  // e: 5 Mar → 31 Mar 23:59 (closed on the last day); f: 10 Mar, in progress.
  // End of January: a, b = 2. End of February (29 Feb): b, c = 2. End of March: b, d, f = 3.
  const backlog = register("2024-01-01/2024-03-31", [
    melding("a", "2024-01-10T10:00:00+01:00", cortgene, { status: "closed", closedAt: "2024-02-05T10:00:00+01:00" }),
    melding("b", "2024-01-20T10:00:00+01:00", cortgene),
    melding("c", "2024-02-29T23:30:00+01:00", cortgene, { status: "closed", closedAt: "2024-03-01T08:00:00+01:00" }),
    melding("d", "2024-03-31T23:30:00+02:00", cortgene),
    melding("e", "2024-03-05T10:00:00+01:00", cortgene, { status: "closed", closedAt: "2024-03-31T23:59:00+02:00" }),
    melding("f", "2024-03-10T10:00:00+01:00", cortgene, { status: "in-progress" }),
  ]);
  const options = {
    areas: smallAreas,
    granularity: "month",
    indicators: { "meldingen-open": { figure: "open-at-end" } },
  } as const;

  it("is 2, 2 and 3 at the end of January, February and March", () => {
    const derived = deriveMeldingen(extendedModel, backlog, options);
    expect(valuesOf(derived, "meldingen-open", cortgene)).toEqual([
      ["2024-01", 2],
      ["2024-02", 2],
      ["2024-03", 3],
    ]);
    expect(valuesOf(derived, "meldingen-open", redersbuurt)).toEqual([
      ["2024-01", 0],
      ["2024-02", 0],
      ["2024-03", 0],
    ]);
  });

  it("evaluated over the first quarter, the backlog is its last value, 3, not the sum 2 + 2 + 3 = 7", () => {
    const derived = deriveMeldingen(extendedModel, backlog, options);
    const evaluation = evaluate(extendedModel, parseObservations(extendedModel, derived.rows), {
      period: "2024-Q1",
      areas: smallAreas,
    });
    expect(measureOf(evaluation, "meldingen-open", cortgene).current).toBe(3);
    expect(measureOf(evaluation, "meldingen-open", gemeente).current).toBe(3);
  });
});

describe("handling time in calendar and working days", () => {
  // Q1 2024 in Cortgene (weekdays by `date -d`; Easter 2024 is 31 March):
  //   A Wed 10 Jan 09:00 → Fri 12 Jan 09:00: calendar 2, working 2 (Thu 11, Fri 12)
  //   B Fri 12 Jan 09:00 → Mon 15 Jan 09:00: calendar 3, working 1 (Mon 15)
  //   C Sat 13 Jan 10:00 → Mon 15 Jan 10:00: calendar 2, working 1 (made at the weekend, Monday is day 1)
  //   D Tue 16 Jan 09:00 → Tue 16 Jan 17:00: calendar 0, working 0 (closed the same day)
  //   E Thu 28 Mar 09:00 CET → Tue 2 Apr 10:00 CEST (exactly 5 × 24 h): calendar 5, working 1
  //     (Goede Vrijdag 29 Mar and Tweede Paasdag 1 Apr are days off; only Tue 2 Apr counts)
  //   Q1: calendar 2 + 3 + 2 + 0 + 5 = 12 over 5; working 2 + 1 + 1 + 0 + 1 = 5 over 5.
  //   F Fri 10 May, still open: Q2 gets no handling-time row (still-open).
  const handled = register("2024-01-01/2024-06-30", [
    melding("A", "2024-01-10T09:00:00+01:00", cortgene, { status: "closed", closedAt: "2024-01-12T09:00:00+01:00" }),
    melding("B", "2024-01-12T09:00:00+01:00", cortgene, { status: "closed", closedAt: "2024-01-15T09:00:00+01:00" }),
    melding("C", "2024-01-13T10:00:00+01:00", cortgene, { status: "closed", closedAt: "2024-01-15T10:00:00+01:00" }),
    melding("D", "2024-01-16T09:00:00+01:00", cortgene, { status: "closed", closedAt: "2024-01-16T17:00:00+01:00" }),
    melding("E", "2024-03-28T09:00:00+01:00", cortgene, { status: "closed", closedAt: "2024-04-02T10:00:00+02:00" }),
    melding("F", "2024-05-10T09:00:00+02:00", cortgene),
  ]);
  const indicators = {
    "afhandelduur-kalenderdagen": { figure: "handling-days", days: "calendar" },
    "afhandelduur-werkdagen": { figure: "handling-days", days: "working" },
  } as const;

  it("Q1: 12 calendar days over 5 meldingen, 5 working days over 5 (a ratio of days over meldingen)", () => {
    const derived = deriveMeldingen(extendedModel, handled, {
      areas: smallAreas,
      granularity: "quarter",
      calendar: dutchWorkCalendar(),
      indicators,
    });
    expect(partsOf(derived, "afhandelduur-kalenderdagen", cortgene)).toEqual([["2024-Q1", 12, 5]]);
    expect(partsOf(derived, "afhandelduur-werkdagen", cortgene)).toEqual([["2024-Q1", 5, 5]]);
  });

  it("Q2 has a melding still open: no handling-time row for Q2, and a still-open warning", () => {
    const derived = deriveMeldingen(extendedModel, handled, {
      areas: smallAreas,
      granularity: "quarter",
      calendar: dutchWorkCalendar(),
      indicators,
    });
    expect(rowOf(derived, "afhandelduur-kalenderdagen", cortgene, "2024-Q2")).toBeUndefined();
    expect(warningsOf(derived, "still-open").length).toBeGreaterThan(0);
  });

  it("with Goede Vrijdag a working day, E takes 2 working days (Fri 29 Mar, Tue 2 Apr): Q1 is 6 over 5", () => {
    const derived = deriveMeldingen(extendedModel, handled, {
      areas: smallAreas,
      granularity: "quarter",
      calendar: dutchWorkCalendar({ goodFriday: false }),
      indicators,
    });
    expect(partsOf(derived, "afhandelduur-werkdagen", cortgene)).toEqual([["2024-Q1", 6, 5]]);
  });

  it("a reopened melding closed again runs on to its last closure: Mon 8 Jan → Mon 22 Jan is 14 calendar days, 10 working days (9–12, 15–19, 22 Jan)", () => {
    const derived = deriveMeldingen(
      extendedModel,
      register("2024-01-01/2024-03-31", [
        melding("R", "2024-01-08T09:00:00+01:00", cortgene, {
          status: "closed",
          closedAt: "2024-01-22T09:00:00+01:00",
        }),
      ]),
      { areas: smallAreas, granularity: "quarter", calendar: dutchWorkCalendar(), indicators },
    );
    expect(partsOf(derived, "afhandelduur-kalenderdagen", cortgene)).toEqual([["2024-Q1", 14, 1]]);
    expect(partsOf(derived, "afhandelduur-werkdagen", cortgene)).toEqual([["2024-Q1", 10, 1]]);
  });

  it("a buurt without meldingen has nothing to divide: no handling-time row for it, with a nothing-to-divide warning", () => {
    const derived = deriveMeldingen(extendedModel, handled, {
      areas: smallAreas,
      granularity: "quarter",
      calendar: dutchWorkCalendar(),
      indicators,
    });
    expect(partsOf(derived, "afhandelduur-kalenderdagen", dijk)).toEqual([]);
    expect(warningsOf(derived, "nothing-to-divide").length).toBeGreaterThan(0);
  });

  it("a working-days figure without a calendar is an options error", () => {
    const result = issuesOf(() => deriveMeldingen(extendedModel, handled, { areas: smallAreas, indicators }));
    expect(result.code).toBe("invalid-options");
  });
});

describe("bad records are all reported at once, each with its index and field", () => {
  it("closed before created, an unknown area, an unreadable date, a duplicate id and a record outside the span: five issues in one error", () => {
    const result = issuesOf(() =>
      deriveMeldingen(
        alblasserdam,
        register(year2024, [
          melding("ok", "2024-02-01T10:00:00+01:00", cortgene),
          melding("early", "2024-02-10T10:00:00+01:00", cortgene, {
            status: "closed",
            closedAt: "2024-02-09T10:00:00+01:00",
          }),
          melding("nowhere", "2024-02-01T10:00:00+01:00", "BU99999999"),
          melding("garbled", "31-03-2024 10:00", cortgene),
          melding("ok", "2024-03-01T10:00:00+01:00", cortgene),
          melding("late", "2025-02-01T10:00:00+01:00", cortgene),
        ]),
      ),
    );
    expect(result).toEqual({
      code: "invalid-records",
      issues: [
        ['[1,"closedAt"]', "closed-before-created"],
        ['[2,"area"]', "unknown-area"],
        ['[3,"createdAt"]', "invalid-timestamp"],
        ['[4,"id"]', "duplicate-id"],
        ['[5,"createdAt"]', "outside-span"],
      ],
    });
  });

  it("a time without an offset is an error, not a guess; a buurt code in lower case is area-case", () => {
    const result = issuesOf(() =>
      deriveMeldingen(alblasserdam, register(year2024, [melding("x", "2024-03-31T02:30:00", "bu04820101")])),
    );
    expect(result).toEqual({
      code: "invalid-records",
      issues: [
        ['[0,"area"]', "area-case"],
        ['[0,"createdAt"]', "invalid-timestamp"],
      ],
    });
  });

  it("a closedAt one minute after createdAt is fine; the same minute is fine (0 days)", () => {
    expect(() =>
      deriveMeldingen(
        alblasserdam,
        register(year2024, [
          melding("a", "2024-02-10T10:00:00+01:00", cortgene, {
            status: "closed",
            closedAt: "2024-02-10T10:01:00+01:00",
          }),
          melding("b", "2024-02-10T10:00:00+01:00", cortgene, { status: "closed", closedAt: "2024-02-10T09:00:00Z" }),
        ]),
      ),
    ).not.toThrow();
  });
});

describe("the derived rows go straight into parseObservations and evaluate for the Alblasserdam preset", () => {
  // 2023: Fixi 2 (Cortgene), police 2. 2024: Fixi 3 (2 Cortgene, 1 Dijk) plus 1 cancelled, police 2.
  const meldingen = register("2023-01-01/2024-12-31", [
    melding("f23-1", "2023-03-14T09:12:00+01:00", cortgene),
    melding("f23-2", "2023-11-02T09:12:00+01:00", cortgene),
    melding("p23-1", "2023-04-01T22:00:00+02:00", cortgene, { source: "politie" }),
    melding("p23-2", "2023-08-01T22:00:00+02:00", "BU04820202", { source: "politie" }),
    melding("f24-1", "2024-03-14T10:02:00+01:00", cortgene),
    melding("f24-2", "2024-07-14T10:02:00+02:00", cortgene),
    melding("f24-3", "2024-11-30T23:40:00+01:00", "BU04820201"),
    melding("f24-x", "2024-12-01T10:00:00+01:00", cortgene, { status: "cancelled" }),
    melding("p24-1", "2024-02-01T22:00:00+01:00", cortgene, { source: "politie" }),
    melding("p24-2", "2024-09-01T22:00:00+02:00", "BU04820202", { source: "politie" }),
  ]);

  it("Fixi 3 against 2 is +50% (target +10%: achieved); police 2 against 2 is 0% (not achieved)", () => {
    const derived = deriveMeldingen(alblasserdam, meldingen);
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, derived.rows), { period: "2024" });
    const fixi = measureOf(evaluation, "fixi-meldingen", gemeente);
    expect([fixi.status, fixi.current, fixi.baseline, fixi.change]).toEqual(["achieved", 3, 2, 0.5]);
    const police = measureOf(evaluation, "politie-meldingen", gemeente);
    expect([police.status, police.current, police.baseline, police.change]).toEqual(["not-achieved", 2, 2, 0]);
  });

  it("writes a row for each of the preset's 29 buurten and each of the two years, for both indicators: 2 × 29 × 2 = 116 rows", () => {
    const derived = deriveMeldingen(alblasserdam, meldingen);
    expect(derived.rows).toHaveLength(116);
    const buurten = new Set(alblasserdamAreas.filter((area) => area.kind === "buurt").map((area) => area.id));
    expect(derived.rows.every((row) => buurten.has(row.area))).toBe(true);
  });

  it("Wijk 01 Centrum (Cortgene's wijk): Fixi 2 against 2, not achieved; Wijk 02 Kinderdijk: 1 against 0, zero baseline", () => {
    const derived = deriveMeldingen(alblasserdam, meldingen);
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, derived.rows), { period: "2024" });
    const centrumFixi = measureOf(evaluation, "fixi-meldingen", centrum);
    expect([centrumFixi.status, centrumFixi.current, centrumFixi.baseline]).toEqual(["not-achieved", 2, 2]);
    const kinderdijk = measureOf(evaluation, "fixi-meldingen", "WK048202");
    expect([kinderdijk.status, kinderdijk.reason]).toEqual(["not-evaluable", "zero-baseline"]);
  });
});
