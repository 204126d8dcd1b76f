import { describe, expect, expectTypeOf, it } from "vitest";
import { BuurtaanpakError, type Issue } from "../../src/errors/BuurtaanpakError.js";
import { parseModel } from "../../src/model/parseModel.js";
import type { Observation } from "../../src/observations/Observation.js";
import type { Observations } from "../../src/observations/Observations.js";
import { parseObservations } from "../../src/observations/parseObservations.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { validModel } from "../model/fixtures.js";

// Indicators: meldingen (count), bewoners (stock), verhuizingen (ratio), trots (share).
const model = parseModel(validModel());

const count = (extra: Record<string, unknown> = {}) => ({
  indicator: "meldingen",
  area: "GM9999",
  period: "2024",
  value: 12,
  ...extra,
});
const stock = (extra: Record<string, unknown> = {}) => ({
  indicator: "bewoners",
  area: "GM9999",
  period: "2024",
  value: 20_000,
  ...extra,
});
const ratio = (extra: Record<string, unknown> = {}) => ({
  indicator: "verhuizingen",
  area: "GM9999",
  period: "2024",
  numerator: 60,
  denominator: 400,
  ...extra,
});
const share = (extra: Record<string, unknown> = {}) => ({
  indicator: "trots",
  area: "GM9999",
  period: "2024",
  respondents: 200,
  positive: 80,
  ...extra,
});

/** The error parseObservations throws for `rows`; fails when it does not throw one. */
function errorOf(rows: unknown): BuurtaanpakError {
  try {
    parseObservations(model, rows);
  } catch (error) {
    if (error instanceof BuurtaanpakError) return error;
    throw error;
  }
  throw new Error("expected parseObservations to throw");
}
const issuesOf = (rows: unknown): Pick<Issue, "path" | "message">[] =>
  errorOf(rows).issues.map((issue) => ({ path: [...issue.path], message: issue.message }));

describe("parseObservations", () => {
  describe("valid rows", () => {
    it("returns a row of each measure as a new frozen object, in input order", () => {
      const rows = [share(), count({ source: "Fixi", note: "export of 3 January" }), ratio(), stock()];
      const observations = parseObservations(model, rows);
      expect(observations).toEqual(rows);
      observations.forEach((observation, index) => {
        expect(observation).not.toBe(rows[index]);
        expect(Object.isFrozen(observation)).toBe(true);
      });
      expect(Object.isFrozen(observations)).toBe(true);
      expectTypeOf(observations).toEqualTypeOf<Observations>();
      expectTypeOf(observations).toExtend<readonly Observation[]>();
    });

    it("keeps 0 as 0: a row with value 0 is an observation, not missing data", () => {
      const observations = parseObservations(model, [
        count({ value: 0 }),
        ratio({ numerator: 0 }),
        share({ positive: 0 }),
      ]);
      expect(observations).toHaveLength(3);
      expect(observations[0]?.value).toBe(0);
      expect(observations[1]?.numerator).toBe(0);
      expect(observations[2]?.positive).toBe(0);
    });

    it("turns −0 into 0", () => {
      const [counted, divided, surveyed] = parseObservations(model, [
        count({ value: -0 }),
        ratio({ numerator: -0 }),
        share({ positive: -0 }),
      ]);
      expect(Object.is(counted?.value, 0)).toBe(true);
      expect(Object.is(divided?.numerator, 0)).toBe(true);
      expect(Object.is(surveyed?.positive, 0)).toBe(true);
    });

    it("accepts a share whose positives equal its respondents", () => {
      expect(parseObservations(model, [share({ respondents: 30, positive: 30 })])[0]?.positive).toBe(30);
    });

    it("accepts rows of one indicator for different areas, and of different indicators for one area, in the same period", () => {
      const rows = [count(), count({ area: "WK999901" }), stock(), count({ area: "BU99990101" })];
      expect(parseObservations(model, rows)).toHaveLength(4);
    });

    it("accepts adjacent periods that do not overlap", () => {
      const rows = [
        count({ period: "2024-Q1" }),
        count({ period: "2024-04" }),
        count({ period: "2024-05-01/2024-06-30" }),
        count({ period: "2024-W27" }),
      ];
      expect(parseObservations(model, rows)).toHaveLength(4);
    });

    it("returns an empty list for no rows", () => {
      expect(parseObservations(model, [])).toEqual([]);
    });

    it("reads rows against the Alblasserdam preset", () => {
      const rows = [{ indicator: "mutatiegraad", area: "BU04820101", period: "2024", numerator: 54, denominator: 400 }];
      expect(parseObservations(alblasserdam, rows)).toEqual(rows);
    });

    it("does not mutate its input, and accepts frozen input", () => {
      const negativeZero = count({ value: -0 });
      const rows = [negativeZero, share()];
      const copy = structuredClone(rows);
      parseObservations(model, rows);
      expect(rows).toEqual(copy);
      expect(Object.is(negativeZero.value, -0)).toBe(true);
      const frozen = Object.freeze(rows.map((row) => Object.freeze({ ...row })));
      expect(parseObservations(model, frozen)).toHaveLength(2);
    });

    it("does not mutate rows that it rejects", () => {
      const rows = [count({ value: -1 }), count({ period: "2024" })];
      const copy = structuredClone(rows);
      errorOf(rows);
      expect(rows).toEqual(copy);
    });
  });

  describe("rejections, each naming the row index and field", () => {
    it("rejects an unknown indicator", () => {
      expect(issuesOf([count(), count({ indicator: "fixi-meldingen" })])).toEqual([
        { path: [1, "indicator"], message: "unknown indicator 'fixi-meldingen'" },
      ]);
    });

    it("rejects fields that do not fit the indicator's measure", () => {
      expect(
        issuesOf([count({ numerator: 1 }), ratio({ value: 1 }), share({ denominator: 2 }), stock({ respondents: 3 })]),
      ).toEqual([
        { path: [0, "numerator"], message: "a count indicator has no field 'numerator' (it takes value)" },
        { path: [1, "value"], message: "a ratio indicator has no field 'value' (it takes numerator and denominator)" },
        {
          path: [2, "denominator"],
          message: "a share indicator has no field 'denominator' (it takes respondents and positive)",
        },
        { path: [3, "respondents"], message: "a stock indicator has no field 'respondents' (it takes value)" },
      ]);
    });

    it("rejects rows that miss a field their measure needs", () => {
      expect(
        issuesOf([count({ value: undefined }), ratio({ denominator: undefined }), share({ positive: undefined })]),
      ).toEqual([
        { path: [0, "value"], message: "missing: a count indicator needs value" },
        { path: [1, "denominator"], message: "missing: a ratio indicator needs numerator and denominator" },
        { path: [2, "positive"], message: "missing: a share indicator needs respondents and positive" },
      ]);
    });

    it("rejects a row without indicator, area or period", () => {
      expect(issuesOf([{ value: 1 }])).toEqual([
        { path: [0, "indicator"], message: "missing" },
        { path: [0, "area"], message: "missing" },
        { path: [0, "period"], message: "missing" },
      ]);
    });

    it("rejects an empty or non-text indicator, area or period", () => {
      const paths = issuesOf([count({ indicator: "" }), count({ area: 482 }), count({ period: 2024 })]).map(
        (issue) => issue.path,
      );
      expect(paths).toEqual([
        [0, "indicator"],
        [1, "area"],
        [2, "period"],
      ]);
    });

    it("rejects negative values", () => {
      expect(
        issuesOf([count({ value: -1 }), ratio({ numerator: -0.5 }), share({ positive: -1 }), stock({ value: -20 })]),
      ).toEqual([
        { path: [0, "value"], message: "must not be negative" },
        { path: [1, "numerator"], message: "must not be negative" },
        { path: [2, "positive"], message: "must not be negative" },
        { path: [3, "value"], message: "must not be negative" },
      ]);
    });

    it("rejects more positives than respondents", () => {
      expect(issuesOf([share({ respondents: 10, positive: 11 })])).toEqual([
        { path: [0, "positive"], message: "positive (11) must not exceed respondents (10)" },
      ]);
    });

    it("rejects NaN, Infinity and −Infinity", () => {
      expect(
        issuesOf([
          count({ value: Number.NaN }),
          count({ period: "2023", value: Infinity }),
          ratio({ denominator: -Infinity }),
        ]),
      ).toEqual([
        { path: [0, "value"], message: "must be a number, not NaN" },
        { path: [1, "value"], message: "must be finite" },
        { path: [2, "denominator"], message: "must be finite" },
      ]);
    });

    it('rejects numbers written as text, such as "12"', () => {
      expect(issuesOf([count({ value: "12" }), share({ respondents: "200" })])).toEqual([
        { path: [0, "value"], message: 'must be a number, not the text "12"' },
        { path: [1, "respondents"], message: 'must be a number, not the text "200"' },
      ]);
    });

    it("rejects null and booleans where a number belongs", () => {
      expect(issuesOf([count({ value: null }), count({ period: "2023", value: true })])).toEqual([
        { path: [0, "value"], message: "must be a number, not null" },
        { path: [1, "value"], message: "must be a number, not boolean" },
      ]);
    });

    it("rejects 1e308 and anything above 10^15", () => {
      expect(issuesOf([count({ value: 1e308 }), count({ period: "2023", value: 1e15 + 2 })])).toEqual([
        { path: [0, "value"], message: "must be at most 10^15" },
        { path: [1, "value"], message: "must be at most 10^15" },
      ]);
    });

    it("rejects respondents and positives that are not whole numbers", () => {
      expect(issuesOf([share({ respondents: 200.5 }), share({ period: "2023", positive: 79.9 })])).toEqual([
        { path: [0, "respondents"], message: "must be a whole number" },
        { path: [1, "positive"], message: "must be a whole number" },
      ]);
    });

    it("rejects a zero denominator and zero respondents", () => {
      expect(issuesOf([ratio({ numerator: 0, denominator: 0 }), share({ respondents: 0, positive: 0 })])).toEqual([
        { path: [0, "denominator"], message: "must be above 0" },
        { path: [1, "respondents"], message: "must be above 0" },
      ]);
    });

    it.each([
      ["2024-Q5", "a quarter is Q1 to Q4"],
      ["2024-13", "a month is 01 to 12"],
      ["2021-W53", "2021 has 52 ISO weeks"],
      ["2024-02-30/2024-03-01", "2024-02-30 is not a date"],
      ["2024-03-01/2024-02-01", "the range ends on 2024-02-01, before it starts on 2024-03-01"],
    ])("rejects the malformed period %s", (period, reason) => {
      expect(issuesOf([count({ period })])).toEqual([
        { path: [0, "period"], message: `'${period}' is not a period: ${reason}` },
      ]);
    });

    it("rejects a second row for the same indicator, area and period, naming the first", () => {
      expect(issuesOf([count(), stock(), count({ value: 13 })])).toEqual([
        { path: [2, "period"], message: "duplicate of row 0: same indicator, area and period" },
      ]);
    });

    it("rejects a quarter that overlaps a year of the same indicator and area", () => {
      expect(issuesOf([count({ period: "2024" }), count({ period: "2024-Q1" })])).toEqual([
        { path: [1, "period"], message: "2024-Q1 overlaps 2024 of row 0 for the same indicator and area" },
      ]);
    });

    it("rejects a date range that covers the same days as a quarter", () => {
      expect(issuesOf([count({ period: "2024-Q1" }), count({ period: "2024-01-01/2024-03-31" })])).toEqual([
        {
          path: [1, "period"],
          message: "2024-01-01/2024-03-31 overlaps 2024-Q1 of row 0 for the same indicator and area",
        },
      ]);
    });

    it("rejects an ISO week that reaches into a month already given", () => {
      // 2024-W18 runs from Monday 29 April to Sunday 5 May.
      expect(
        issuesOf([count({ period: "2024-05" }), count({ period: "2024-W18" })]).map((issue) => issue.path),
      ).toEqual([[1, "period"]]);
    });

    it("rejects unknown fields, including __proto__", () => {
      const hostile = JSON.parse(
        '{"indicator":"meldingen","area":"GM9999","period":"2024","value":1,"__proto__":{"polluted":true}}',
      ) as unknown;
      expect(issuesOf([count({ colour: "red" }), hostile])).toEqual([
        { path: [0, "colour"], message: "unknown field 'colour'" },
        { path: [1, "__proto__"], message: "unknown field '__proto__'" },
      ]);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });

    it("rejects rows that are not objects", () => {
      expect(issuesOf([null, 42, "x", [], count()])).toEqual([
        { path: [0], message: "a row must be an object" },
        { path: [1], message: "a row must be an object" },
        { path: [2], message: "a row must be an object" },
        { path: [3], message: "a row must be an object" },
      ]);
    });

    it.each([
      ["an object", { 0: count() }],
      ["null", null],
      ["a string", "rows"],
      ["undefined", undefined],
    ])("rejects %s instead of an array of rows", (_, rows) => {
      expect(issuesOf(rows)).toEqual([{ path: [], message: "observations must be an array of rows" }]);
    });

    it("rejects an area id that looks like a malformed CBS code", () => {
      expect(issuesOf([count({ area: "BU0482010" })])).toEqual([
        {
          path: [0, "area"],
          message:
            "'BU0482010' is not a CBS buurt code: BU + gemeente (4 digits) + wijk (2) + buurt (2), such as BU04820102",
        },
      ]);
    });

    it("reports every bad row at once", () => {
      const rows = [
        count({ value: -1 }),
        count({ period: "2023" }),
        ratio({ period: "2024-Q5" }),
        stock(),
        share({ indicator: "tevredenheid" }),
      ];
      expect(issuesOf(rows).map((issue) => issue.path)).toEqual([
        [0, "value"],
        [2, "period"],
        [4, "indicator"],
      ]);
    });

    it("reports every bad field of one row", () => {
      expect(issuesOf([share({ respondents: -1, positive: "3", colour: 1 })]).map((issue) => issue.path)).toEqual([
        [0, "colour"],
        [0, "respondents"],
        [0, "positive"],
      ]);
    });
  });

  describe("the error", () => {
    it("is a BuurtaanpakError with code invalid-observations whose message lists each row and field", () => {
      const error = errorOf([count({ value: -1 }), share({ respondents: 10, positive: 11 })]);
      expect(error).toBeInstanceOf(BuurtaanpakError);
      expect(error.code).toBe("invalid-observations");
      expect(error.message).toBe(
        [
          "The observations are invalid (2 problems):",
          "- [0].value: must not be negative",
          "- [1].positive: positive (11) must not exceed respondents (10)",
        ].join("\n"),
      );
    });
  });
});

describe("parseObservations: texts", () => {
  it("rejects an area id with characters an id cannot hold", () => {
    expect(issuesOf([count({ area: "Buurt A" })])).toEqual([
      { path: [0, "area"], message: "an area id holds letters, digits, '-', '_' and '.'" },
    ]);
  });

  it("rejects a source or note that is not a text, or too long", () => {
    expect(issuesOf([count({ source: 42 }), count({ period: "2023", note: "x".repeat(4001) })])).toEqual([
      { path: [0, "source"], message: "must be a text" },
      { path: [1, "note"], message: "must be at most 4000 characters" },
    ]);
  });

  it("keeps a source and a note on the observation", () => {
    expect(parseObservations(model, [count({ source: "Fixi-export", note: "" })])).toEqual([
      { indicator: "meldingen", area: "GM9999", period: "2024", value: 12, source: "Fixi-export", note: "" },
    ]);
  });
});
