import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { parseAreas } from "../../src/model/parseAreas.js";
import { safeParseAreas } from "../../src/model/safeParseAreas.js";

describe("parseAreas", () => {
  it("returns the areas of a valid list", () => {
    const areas = [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }];
    expect(parseAreas(areas)).toEqual(areas);
  });

  it("throws the error safeParseAreas returns, with code invalid-areas", () => {
    const input = [{ id: "WK048201", kind: "wijk", name: "Noord", parent: "GM0505" }];
    const result = safeParseAreas(input, { path: ["areas"] });
    if (result.success) throw new Error("expected the areas to be rejected");
    expect(result.error.message).toBe(
      "The areas are invalid (1 problem):\n- areas[0].parent: unknown parent area 'GM0505'",
    );
    expect(() => parseAreas(input, { path: ["areas"] })).toThrow(BuurtaanpakError);
    expect(() => parseAreas(input, { path: ["areas"] })).toThrow(result.error.message);
  });
});
