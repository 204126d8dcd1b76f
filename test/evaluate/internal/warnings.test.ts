import { describe, expect, it } from "vitest";
import { collectWarnings } from "../../../src/evaluate/internal/warnings.js";

const year2024 = { nl: "2024", en: "2024" };

describe("collectWarnings", () => {
  it("lists nothing when nothing was added", () => {
    expect(collectWarnings().list()).toEqual([]);
  });

  it("counts alike warnings once, adding their counts", () => {
    const warnings = collectWarnings();
    warnings.add("unknown-indicator", { indicator: "fietsen" });
    warnings.add("unknown-indicator", { indicator: "fietsen" });
    warnings.add("unknown-indicator", { indicator: "fietsen" }, 5);
    expect(warnings.list()).toEqual([
      expect.objectContaining({ code: "unknown-indicator", indicator: "fietsen", count: 7 }),
    ]);
  });

  it("keeps warnings apart that differ in code, indicator, area, period or span", () => {
    const warnings = collectWarnings();
    warnings.add("straddles-span", { indicator: "a", period: "2024-W01", span: year2024 });
    warnings.add("straddles-span", { indicator: "a", period: "2024-W01", span: { nl: "2023", en: "2023" } });
    warnings.add("straddles-span", { indicator: "a", period: "2025-W01", span: year2024 });
    warnings.add("straddles-span", { indicator: "b", period: "2024-W01", span: year2024 });
    warnings.add("after-as-of", { indicator: "a", period: "2024-W01" });
    warnings.add("areas-differ", { indicator: "a", area: "GM0482" });
    warnings.add("areas-differ", { indicator: "a", area: "WK048201" });
    expect(warnings.list()).toHaveLength(7);
    expect(warnings.list().every((warning) => warning.count === 1)).toBe(true);
  });

  it("never merges warnings whose subjects differ, however their texts run together", () => {
    const warnings = collectWarnings();
    warnings.add("after-as-of", { indicator: "a", period: "bc" });
    warnings.add("after-as-of", { indicator: "ab", period: "c" });
    expect(warnings.list().map(({ indicator, period, count }) => [indicator, period, count])).toEqual([
      ["a", "bc", 1],
      ["ab", "c", 1],
    ]);
  });

  it("lists warnings in a fixed order, whatever the order they were added in: by code, then indicator, area, period and span", () => {
    const added = [
      ["after-as-of", { indicator: "a", period: "x" }],
      ["unknown-indicator", { indicator: "z" }],
      ["straddles-span", { indicator: "b", period: "2024-W01", span: year2024 }],
      ["straddles-span", { indicator: "a", period: "2025-W01", span: year2024 }],
      ["straddles-span", { indicator: "a", period: "2024-W01", span: year2024 }],
      ["areas-differ", { indicator: "c" }],
      ["unknown-indicator", { indicator: "y" }],
    ] as const;
    const expected = [
      ["after-as-of", "a", "x"],
      ["areas-differ", "c", undefined],
      ["straddles-span", "a", "2024-W01"],
      ["straddles-span", "a", "2025-W01"],
      ["straddles-span", "b", "2024-W01"],
      ["unknown-indicator", "y", undefined],
      ["unknown-indicator", "z", undefined],
    ];
    for (const order of [added, [...added].reverse()]) {
      const warnings = collectWarnings();
      for (const [code, subject] of order) warnings.add(code, subject);
      expect(warnings.list().map((warning) => [warning.code, warning.indicator, warning.period])).toEqual(expected);
    }
  });

  it("carries only the fields of the subject that were given, and never the span", () => {
    const warnings = collectWarnings();
    warnings.add("unknown-indicator", { indicator: "fietsen" });
    warnings.add("areas-differ", { indicator: "meldingen", area: "GM0482" });
    warnings.add("straddles-span", { indicator: "meldingen", period: "2024-12", span: year2024 });
    const [areasDiffer, straddles, unknown] = warnings.list();
    expect(Object.keys(areasDiffer ?? {})).toEqual(["code", "indicator", "area", "count", "message"]);
    expect(areasDiffer).toMatchObject({ indicator: "meldingen", area: "GM0482" });
    expect(Object.keys(straddles ?? {})).toEqual(["code", "indicator", "period", "count", "message"]);
    expect(Object.keys(unknown ?? {})).toEqual(["code", "indicator", "count", "message"]);
    const withoutIndicator = collectWarnings();
    withoutIndicator.add("areas-differ", { area: "GM0482" }, 2);
    expect(Object.keys(withoutIndicator.list()[0] ?? {})).toEqual(["code", "area", "count", "message"]);
  });

  describe("messages", () => {
    const messageOf = (...args: Parameters<ReturnType<typeof collectWarnings>["add"]>) => {
      const warnings = collectWarnings();
      warnings.add(...args);
      return warnings.list()[0]?.message;
    };

    it("says that one straddling observation was left out of the span, in both languages", () => {
      expect(
        messageOf("straddles-span", { indicator: "meldingen", period: "2024-12-01/2025-01-31", span: year2024 }),
      ).toEqual({
        nl: "1 observatie van meldingen voor 2024-12-01/2025-01-31 valt deels buiten 2024 en is daar niet meegeteld.",
        en: "1 observation of meldingen for 2024-12-01/2025-01-31 straddles the edge of 2024 and was left out of it.",
      });
    });

    it("says it in the plural for several straddling observations, naming the span per language", () => {
      const span = { nl: "2024 t/m 30-06-2024", en: "2024 through 2024-06-30" };
      expect(messageOf("straddles-span", { indicator: "meldingen", period: "2024-07", span }, 3)).toEqual({
        nl: "3 observaties van meldingen voor 2024-07 vallen deels buiten 2024 t/m 30-06-2024 en zijn daar niet meegeteld.",
        en: "3 observations of meldingen for 2024-07 straddle the edge of 2024 through 2024-06-30 and were left out of it.",
      });
    });

    it("says how many observations lie after asOf and were left out, in the singular and plural", () => {
      const day = { nl: "2024-07-01", en: "2024-07-01" };
      expect(messageOf("after-as-of", { indicator: "meldingen", span: day })).toEqual({
        nl: "1 observatie van meldingen valt na de peildatum (2024-07-01) en is niet meegeteld.",
        en: "1 observation of meldingen falls after the as-of date (2024-07-01) and was left out.",
      });
      expect(messageOf("after-as-of", { indicator: "meldingen", span: day }, 2)?.nl).toBe(
        "2 observaties van meldingen vallen na de peildatum (2024-07-01) en zijn niet meegeteld.",
      );
    });

    it("names the indicator the model does not have", () => {
      expect(messageOf("unknown-indicator", { indicator: "fietsen" }, 4)).toEqual({
        nl: "4 observaties van de indicator 'fietsen', die dit model niet heeft, zijn overgeslagen.",
        en: "4 observations of the indicator 'fietsen', which this model does not have, were skipped.",
      });
    });

    it("names the areas left out of a like-for-like comparison and the period they have data for, singular and plural", () => {
      expect(
        messageOf("areas-differ", { indicator: "meldingen", period: "2024", areas: ["BU04820101", "BU04820102"] }, 2),
      ).toEqual({
        nl: "Voor meldingen hebben 2 gebieden alleen gegevens voor 2024 (BU04820101, BU04820102); de totalen erboven vergelijken de gebieden met gegevens in beide periodes.",
        en: "For meldingen, 2 areas have data for 2024 only (BU04820101, BU04820102); the totals above them compare the areas with data in both periods.",
      });
      expect(messageOf("areas-differ", { indicator: "meldingen", period: "2023", areas: ["BU04820103"] })?.nl).toBe(
        "Voor meldingen heeft 1 gebied alleen gegevens voor 2023 (BU04820103); de totalen erboven vergelijken de gebieden met gegevens in beide periodes.",
      );
    });

    it("names at most ten areas in a message, and says how many more there are; the warning keeps them all", () => {
      const areas = Array.from({ length: 12 }, (_, index) => `BU0482010${index}`);
      const warnings = collectWarnings();
      warnings.add("reach-differs", { indicator: "meldingen", areas }, 12);
      const [warning] = warnings.list();
      expect(warning?.areas).toEqual(areas);
      expect(warning?.message.nl).toContain("BU04820109 en 2 andere");
      expect(warning?.message.en).toContain("BU04820109 and 2 more");
    });

    it("names an unknown area and how many of its observations were counted", () => {
      expect(messageOf("unknown-area", { area: "BU04829999" }, 3)?.en).toBe(
        "The area 'BU04829999' is not in the area hierarchy; its 3 observations were counted, under the wijk or gemeente of its CBS code where that is known.",
      );
    });
  });
});
