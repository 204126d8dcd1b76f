import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { evaluate } from "../../src/evaluate/evaluate.js";
import { checkAreaCode } from "../../src/internal/checkAreaCode.js";
import { Area } from "../../src/model/area.js";
import { parseObservations } from "../../src/observations/parseObservations.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { generateObservations } from "../../src/testing/generateObservations.js";
import { type SyntheticAreasOptions, syntheticAreas } from "../../src/testing/syntheticAreas.js";

const countWhere = <T>(items: readonly T[], predicate: (item: T) => boolean) => items.filter(predicate).length;

describe("syntheticAreas", () => {
  it("is typed to return areas", () => {
    expectTypeOf(syntheticAreas).parameter(0).toEqualTypeOf<SyntheticAreasOptions>();
    expectTypeOf(syntheticAreas).returns.toEqualTypeOf<readonly Area[]>();
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

  describe("figures", () => {
    const national = syntheticAreas({ gemeenten: 342, wijkenPerGemeente: 9, buurtenPerWijk: 5 });
    const buurten = national.filter((area) => area.kind === "buurt");
    const inhabitantsOf = (area: Area | undefined) => area?.figures?.inhabitants ?? Number.NaN;

    it("gives every buurt 400 to 2,500 inhabitants, a whole number, and one household per 2.2 of them", () => {
      for (const buurt of buurten) {
        const { inhabitants = Number.NaN, households = Number.NaN } = buurt.figures ?? {};
        expect(Number.isInteger(inhabitants) && inhabitants >= 400 && inhabitants <= 2500).toBe(true);
        expect(households).toBe(Math.round(inhabitants / 2.2));
      }
    });

    it("adds up to about the Dutch population over the national hierarchy: the log-uniform mean of 400-2,500 is 2,100 ÷ ln 6.25 ≈ 1,146, × 15,390 ≈ 17.6 million", () => {
      const total = buurten.reduce((sum, buurt) => sum + inhabitantsOf(buurt), 0);
      expect(total).toBeGreaterThan(17_000_000);
      expect(total).toBeLessThan(18_200_000);
      // and not all alike: the middle third of the log range (about 740-1,360) holds about a third
      const middle = countWhere(buurten, (buurt) => inhabitantsOf(buurt) >= 740 && inhabitantsOf(buurt) <= 1360);
      expect(middle / buurten.length).toBeGreaterThan(0.3);
      expect(middle / buurten.length).toBeLessThan(0.37);
    });

    it("gives a wijk and a gemeente the sums of their buurten", () => {
      const areas = syntheticAreas({ gemeenten: 2, wijkenPerGemeente: 3, buurtenPerWijk: 4 });
      for (const parent of areas.filter((area) => area.kind !== "buurt")) {
        const below = areas.filter(
          (area) =>
            area.kind === "buurt" && (area.parent === parent.id || area.parent?.startsWith(`${parent.id}-`) === true),
        );
        expect(below).toHaveLength(parent.kind === "wijk" ? 4 : 12);
        expect(parent.figures).toEqual({
          inhabitants: below.reduce((sum, buurt) => sum + inhabitantsOf(buurt), 0),
          households: below.reduce((sum, buurt) => sum + (buurt.figures?.households ?? Number.NaN), 0),
        });
      }
    });

    it("draws a buurt's figures from its id alone: the same buurt has the same figures in any hierarchy", () => {
      const small = syntheticAreas({ gemeenten: 1, wijkenPerGemeente: 1, buurtenPerWijk: 1 });
      expect(small[2]?.figures).toEqual(national.find((area) => area.id === "syn-g0001-w01-b01")?.figures);
      expect(new Set(buurten.slice(0, 100).map(inhabitantsOf)).size).toBeGreaterThan(90);
    });

    it("gives no figures to a gemeente or wijk without buurten: generateObservations then counts it as a typical one", () => {
      expect(
        syntheticAreas({ gemeenten: 1, wijkenPerGemeente: 2, buurtenPerWijk: 0 }).map((area) => area.figures),
      ).toEqual([undefined, undefined, undefined]);
      expect(syntheticAreas({ gemeenten: 1, wijkenPerGemeente: 0, buurtenPerWijk: 3 })[0]).not.toHaveProperty(
        "figures",
      );
    });
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
    expect(syntheticAreas({ gemeenten: 2, wijkenPerGemeente: 0, buurtenPerWijk: 5 }).map((area) => area.kind)).toEqual([
      "gemeente",
      "gemeente",
    ]);
  });

  it("rejects numbers that are not whole and 0 or more, reporting each", () => {
    try {
      syntheticAreas({ gemeenten: -1, wijkenPerGemeente: 1.5, buurtenPerWijk: Number.NaN });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BuurtaanpakError);
      if (!(error instanceof BuurtaanpakError)) return;
      expect(error.code).toBe("invalid-options");
      expect(error.issues.map((issue) => issue.path)).toEqual([
        ["gemeenten"],
        ["wijkenPerGemeente"],
        ["buurtenPerWijk"],
      ]);
      expect(error.issues.map((issue) => [issue.code, issue.params])).toEqual([
        ["invalid-option", { value: "-1" }],
        ["invalid-option", { value: "1.5" }],
        ["invalid-option", { value: "NaN" }],
      ]);
    }
  });

  it("rejects a hierarchy of more than 10 million areas", () => {
    expect(() => syntheticAreas({ gemeenten: 10_000, wijkenPerGemeente: 100, buurtenPerWijk: 100 })).toThrow(
      /more than 10000000/,
    );
    try {
      syntheticAreas({ gemeenten: 10_000, wijkenPerGemeente: 100, buurtenPerWijk: 100 });
    } catch (error) {
      // 10,000 × (1 + 100 × (1 + 100)) = 101,010,000
      expect(error instanceof BuurtaanpakError ? error.issues : []).toMatchObject([
        { code: "too-large", params: { areas: 101_010_000, limit: 10_000_000 } },
      ]);
    }
  });

  it("serves generateObservations and evaluate: buurten get the data, wijken and gemeenten the aggregates", () => {
    const areas = syntheticAreas({ gemeenten: 1, wijkenPerGemeente: 2, buurtenPerWijk: 2 });
    const rows = generateObservations(alblasserdam, { seed: "national", areas, periods: ["2023", "2024"] });
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const withResults = new Set(evaluation.factors.map((factor) => factor.area));
    expect(withResults).toEqual(new Set(areas.map((area) => area.id)));
    expect(new Set(rows.map((row) => row.area))).toEqual(
      new Set(areas.filter((area) => area.kind !== "wijk").map((area) => area.id)),
    );
  });
});

describe("syntheticAreas: checked once by evaluate", () => {
  it("returns a frozen array, so that evaluate can remember it checked it", () => {
    expect(Object.isFrozen(syntheticAreas({ gemeenten: 1, wijkenPerGemeente: 1, buurtenPerWijk: 1 }))).toBe(true);
  });
});
