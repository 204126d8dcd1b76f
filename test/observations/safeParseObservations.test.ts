import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { parseModel } from "../../src/model/parseModel.js";
import { parseObservations } from "../../src/observations/parseObservations.js";
import { safeParseObservations } from "../../src/observations/safeParseObservations.js";
import { validModel } from "../model/fixtures.js";

const model = parseModel(validModel());
const row = { indicator: "meldingen", area: "GM9999", period: "2024", value: 12 };

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
});
