import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import type { Model } from "../../src/model/Model.js";
import { parseModel } from "../../src/model/parseModel.js";
import { parseObservations } from "../../src/observations/parseObservations.js";
import { type ParseObservationsOptions, safeParseObservations } from "../../src/observations/safeParseObservations.js";
import { changedModel, validModel } from "../model/fixtures.js";

const model = parseModel(validModel());
const row = { indicator: "meldingen", area: "GM9999", period: "2024", value: 12 };

/** The issues of `rows` as `[path, code, message]`; none when they parse. */
function problems(rows: unknown, options: ParseObservationsOptions = {}, on: Model = model) {
  const result = safeParseObservations(on, rows, options);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.code, issue.message]);
}

describe("safeParseObservations", () => {
  it("returns success and the same observations as parseObservations", () => {
    expect(safeParseObservations(model, [row])).toEqual({ success: true, data: parseObservations(model, [row]) });
  });

  it("returns failure with a BuurtaanpakError instead of throwing", () => {
    const result = safeParseObservations(model, [{ ...row, value: -1 }]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(BuurtaanpakError);
    expect(result.error.code).toBe("invalid-observations");
    expect(result.error.issues).toEqual([
      { code: "negative", path: [0, "value"], params: {}, message: "must not be negative" },
    ]);
  });

  it("never throws, whatever the rows", () => {
    const inputs: unknown[] = [
      null,
      undefined,
      1,
      "x",
      {},
      [null],
      [[]],
      [() => row],
      [Symbol("row")],
      [{ ...row, value: 10n }],
      [new Date(0)],
    ];
    for (const rows of inputs) expect(safeParseObservations(model, rows).success).toBe(false);
  });

  it("completes on a million junk rows, reporting each", () => {
    const result = safeParseObservations(
      model,
      Array.from({ length: 1_000_000 }, () => 0),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1_000_000);
  }, 60_000);

  it("rejects a number or a blank where the first row needs a text: indicator 7, area '   ', period ['2024']", () => {
    expect(problems([{ ...row, indicator: 7 }])).toEqual([["0.indicator", "not-a-text", "must be a non-empty text"]]);
    expect(problems([{ ...row, area: "   " }])).toEqual([["0.area", "not-a-text", "must be a non-empty text"]]);
    expect(problems([{ ...row, area: 9999 }])).toEqual([["0.area", "not-a-text", "must be a non-empty text"]]);
    expect(problems([{ ...row, period: ["2024"] }])).toEqual([["0.period", "not-a-text", "must be a non-empty text"]]);
  });

  it("rejects an area id of 101 characters: at most 100", () => {
    expect(problems([{ ...row, area: "A".repeat(101) }])).toEqual([
      ["0.area", "too-long", "must be at most 100 characters"],
    ]);
  });

  it("takes no rows for a rate: they belong to the count it divides, meldingen", () => {
    const withRate = parseModel(
      changedModel((json) => {
        json.indicators.push({
          id: "meldingen-per-1000",
          label: { nl: "Meldingen per 1.000 inwoners", en: "Reports per 1,000 inhabitants" },
          measure: "ratio",
          unit: "per-1000",
          rate: { of: "meldingen", per: "inhabitants" },
          provenance: "interpreted",
        });
      }),
    );
    const result = safeParseObservations(withRate, [
      { ...row, indicator: "meldingen-per-1000", value: undefined, numerator: 60, denominator: 1000 },
    ]);
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: [0, "indicator"],
        code: "derived-indicator",
        message:
          "'meldingen-per-1000' is derived from 'meldingen' and the areas' inhabitants: give rows for 'meldingen'",
        params: { indicator: "meldingen-per-1000", of: "meldingen", per: "inhabitants" },
      },
    ]);
  });

  describe("area ids", () => {
    it("names the known area when an id differs from it only in case: gm9999 for GM9999", () => {
      expect(problems([{ ...row, area: "gm9999" }])).toEqual([
        ["0.area", "area-case", "'gm9999' is not a known area: did you mean 'GM9999'? Area ids are case-sensitive"],
      ]);
    });

    it("asks for capitals in a CBS code that no known area matches: wk048201", () => {
      expect(problems([{ ...row, area: "wk048201" }])).toEqual([
        ["0.area", "area-case", "'wk048201' is a CBS code in lower case: write 'WK048201'"],
      ]);
    });

    it("with unknownAreas 'error', rejects an area the model does not know, and accepts it once given in areas", () => {
      expect(problems([{ ...row, area: "GM0482" }], { unknownAreas: "error" })).toEqual([
        ["0.area", "unknown-area", "unknown area 'GM0482': it is not in the model's areas nor in the areas given"],
      ]);
      const areas = [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }] as const;
      expect(problems([{ ...row, area: "GM0482" }], { unknownAreas: "error", areas })).toEqual([]);
      expect(problems([{ ...row, area: "GM0482" }])).toEqual([]);
    });

    it("shows at most 40 characters of an id in a message: 45 x's read as 40 and …", () => {
      expect(problems([{ ...row, area: "x".repeat(45) }], { unknownAreas: "error" })).toEqual([
        [
          "0.area",
          "unknown-area",
          `unknown area '${"x".repeat(40)}…': it is not in the model's areas nor in the areas given`,
        ],
      ]);
    });
  });

  describe("after a bad row (the rows that follow are read one field at a time)", () => {
    const bad = { ...row, period: "2023", value: -1 };

    it("finds nothing wrong with a good row of each measure, with a source and a note", () => {
      expect(
        problems([
          bad,
          { ...row, source: "Fixi", note: "export of 3 January" },
          { ...row, indicator: "bewoners", value: 20_000, source: "" },
          { ...row, indicator: "verhuizingen", value: undefined, numerator: 60, denominator: 400, note: "CBS" },
          { ...row, indicator: "trots", value: undefined, respondents: 200, positive: 80 },
        ]),
      ).toEqual([["0.value", "negative", "must not be negative"]]);
    });

    it("still finds a duplicate of a good row, and each bad area of every row: gm9999 twice, wk048201 once", () => {
      expect(
        problems([
          bad,
          row,
          { ...row, value: 13 },
          { ...row, area: "gm9999" },
          { ...row, area: "gm9999" },
          { ...row, area: "wk048201" },
        ]),
      ).toEqual([
        ["0.value", "negative", "must not be negative"],
        ["2.period", "duplicate-row", "duplicate of row 1: same indicator, area and period"],
        ["3.area", "area-case", "'gm9999' is not a known area: did you mean 'GM9999'? Area ids are case-sensitive"],
        ["4.area", "area-case", "'gm9999' is not a known area: did you mean 'GM9999'? Area ids are case-sensitive"],
        ["5.area", "area-case", "'wk048201' is a CBS code in lower case: write 'WK048201'"],
      ]);
    });

    it("rejects a source that is not a text and a note over 4000 characters", () => {
      expect(problems([bad, { ...row, period: "2024", source: 3, note: "n".repeat(4001) }])).toEqual([
        ["0.value", "negative", "must not be negative"],
        ["1.source", "not-a-text", "must be a text"],
        ["1.note", "too-long", "must be at most 4000 characters"],
      ]);
    });
  });
});
