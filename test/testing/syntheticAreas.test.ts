import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { evaluate } from "../../src/evaluate/evaluate.js";
import { Area } from "../../src/model/area.js";
import { checkAreaCode } from "../../src/model/internal/checkAreaCode.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { generateObservations } from "../../src/testing/generateObservations.js";
import { syntheticAreas, type SyntheticAreasOptions } from "../../src/testing/syntheticAreas.js";

describe("syntheticAreas", () => {
  it("is typed to return areas", () => {
    expectTypeOf(syntheticAreas).parameter(0).toEqualTypeOf<SyntheticAreasOptions>();
    expectTypeOf(syntheticAreas).returns.toEqualTypeOf<Area[]>();
  });

  it("builds gemeenten × (1 + wijken × (1 + buurten)) areas of the three kinds", () => {
    const areas = syntheticAreas({ gemeenten: 3, wijkenPerGemeente: 4, buurtenPerWijk: 5 });
    expect(areas).toHaveLength(3 * (1 + 4 * (1 + 5)));
    expect(areas.filter((area) => area.kind === "gemeente")).toHaveLength(3);
    expect(areas.filter((area) => area.kind === "wijk")).toHaveLength(12);
    expect(areas.filter((area) => area.kind === "buurt")).toHaveLength(60);
  });

  it("hangs each wijk under a gemeente and each buurt under a wijk whose id it extends", () => {
    const areas = syntheticAreas({ gemeenten: 2, wijkenPerGemeente: 3, buurtenPerWijk: 2 });
    const byId = new Map(areas.map((area) => [area.id, area]));
    for (const area of areas) {
      if (area.kind === "gemeente") {
        expect(area.parent).toBeUndefined();
        continue;
      }
      const parent = byId.get(area.parent ?? "");
      expect(parent?.kind).toBe(area.kind === "wijk" ? "gemeente" : "wijk");
      expect(area.id.startsWith(`${parent?.id}-`)).toBe(true);
    }
  });

  it("lists the areas depth-first: a gemeente, then each wijk followed by its buurten", () => {
    const ids = syntheticAreas({ gemeenten: 2, wijkenPerGemeente: 2, buurtenPerWijk: 1 }).map((area) => area.id);
    expect(ids).toEqual([
      "syn-g0001",
      "syn-g0001-w01",
      "syn-g0001-w01-b01",
      "syn-g0001-w02",
      "syn-g0001-w02-b01",
      "syn-g0002",
      "syn-g0002-w01",
      "syn-g0002-w01-b01",
      "syn-g0002-w02",
      "syn-g0002-w02-b01",
    ]);
  });

  it("names the areas after their numbers, in Dutch", () => {
    const names = syntheticAreas({ gemeenten: 1, wijkenPerGemeente: 1, buurtenPerWijk: 1 }).map((area) => area.name);
    expect(names).toEqual(["Synthetische gemeente 1", "Synthetische wijk 1.1", "Synthetische buurt 1.1.1"]);
  });

  it("marks every area synthetic, with ids that are plainly not CBS codes", () => {
    for (const area of syntheticAreas({ gemeenten: 2, wijkenPerGemeente: 2, buurtenPerWijk: 2 })) {
      expect(area.synthetic).toBe(true);
      expect(area.id).not.toMatch(/^(GM|WK|BU)\d/);
      // Without the synthetic mark, the id would not pass as a CBS code of its kind.
      expect(checkAreaCode(area.id, area.kind, false)).toBeDefined();
    }
  });

  it("builds a national-scale hierarchy of valid, uniquely named areas: 342 gemeenten, 3,078 wijken, 15,390 buurten", () => {
    const areas = syntheticAreas({ gemeenten: 342, wijkenPerGemeente: 9, buurtenPerWijk: 5 });
    expect(areas).toHaveLength(342 + 3078 + 15390);
    expect(z.array(Area).safeParse(areas).success).toBe(true);
    expect(new Set(areas.map((area) => area.id)).size).toBe(areas.length);
    expect(areas.at(-1)?.id).toBe("syn-g0342-w09-b05");
  });

  it("returns a new array of frozen areas", () => {
    const options = { gemeenten: 1, wijkenPerGemeente: 1, buurtenPerWijk: 1 };
    const areas = syntheticAreas(options);
    expect(areas).not.toBe(syntheticAreas(options));
    expect(areas).toEqual(syntheticAreas(options));
    for (const area of areas) expect(Object.isFrozen(area)).toBe(true);
  });

  it("builds nothing for no gemeenten, and bare gemeenten for no wijken", () => {
    expect(syntheticAreas({ gemeenten: 0, wijkenPerGemeente: 5, buurtenPerWijk: 5 })).toEqual([]);
    expect(syntheticAreas({ gemeenten: 2, wijkenPerGemeente: 0, buurtenPerWijk: 5 }).map((area) => area.kind)).toEqual(["gemeente", "gemeente"]);
  });

  it("rejects numbers that are not whole and 0 or more, reporting each", () => {
    try {
      syntheticAreas({ gemeenten: -1, wijkenPerGemeente: 1.5, buurtenPerWijk: Number.NaN });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BuurtaanpakError);
      if (!(error instanceof BuurtaanpakError)) return;
      expect(error.code).toBe("invalid-options");
      expect(error.issues.map((issue) => issue.path)).toEqual([["gemeenten"], ["wijkenPerGemeente"], ["buurtenPerWijk"]]);
    }
  });

  it("rejects a hierarchy of more than 10 million areas", () => {
    expect(() => syntheticAreas({ gemeenten: 10_000, wijkenPerGemeente: 100, buurtenPerWijk: 100 })).toThrow(/more than 10000000/);
  });

  it("serves generateObservations and evaluate: buurten get the data, wijken and gemeenten the aggregates", () => {
    const areas = syntheticAreas({ gemeenten: 1, wijkenPerGemeente: 2, buurtenPerWijk: 2 });
    const rows = generateObservations(alblasserdam, { seed: "national", areas, periods: ["2023", "2024"] });
    const evaluation = evaluate(alblasserdam, rows, { period: "2024", areas });
    const withResults = new Set(evaluation.factors.map((factor) => factor.area));
    expect(withResults).toEqual(new Set(areas.map((area) => area.id)));
    expect(new Set(rows.map((row) => row.area))).toEqual(new Set(areas.filter((area) => area.kind !== "wijk").map((area) => area.id)));
  });
});
