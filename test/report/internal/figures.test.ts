import { describe, expect, it } from "vitest";
import type { Indicator } from "../../../src/index.js";
import {
  countsInline,
  measureTexts,
  ruleText,
  scoreChangeText,
  scoreText,
} from "../../../src/report/internal/figures.js";

const counts = {
  achieved: 2,
  "not-achieved": 12,
  "on-track": 0,
  behind: 0,
  monitored: 0,
  "no-data": 1,
  "not-evaluable": 0,
};
const count: Indicator = { id: "fixi", label: { nl: "Fixi", en: "Fixi" }, measure: "count", provenance: "stated" };
const share: Indicator = { id: "trots", label: { nl: "Trots", en: "Proud" }, measure: "share", provenance: "stated" };

describe("scoreText and scoreChangeText", () => {
  it("write a score as a percentage, or 'geen score'", () => {
    expect(scoreText(2 / 14, "nl")).toBe("14,3%");
    expect(scoreText(null, "en")).toBe("no score");
  });

  it("write the change in percentage points, signed, and say when there is nothing to compare with", () => {
    // 100% against 50%: +50,0 points; 14,3% against 37,0%: -22,7.
    expect(scoreChangeText(1, 0.5, "nl")).toBe("+50,0 procentpunt");
    expect(scoreChangeText(2 / 14, 0.37, "en")).toBe("-22.7 percentage points");
    expect(scoreChangeText(0.5, 0.5, "nl")).toBe("0,0 procentpunt");
    expect(scoreChangeText(0.5, null, "nl")).toBe("–");
    expect(scoreChangeText(null, 0.5, "nl")).toBe("–");
    expect(scoreChangeText(0.5, undefined, "nl")).toBe("geen vorige periode");
  });

  it("gives no change between scores over different numbers of judged factors: 4 of 11 against 4 of 4 is not -63,6 points", () => {
    // 4/11 = 36,4% now, 4/4 = 100% before: the 7 factors judged only now make the difference.
    expect(scoreChangeText(4 / 11, 1, "nl", { now: 11, before: 4 })).toBe("niet vergelijkbaar (4 → 11 beoordeeld)");
    expect(scoreChangeText(4 / 11, 1, "en", { now: 11, before: 4 })).toBe("not comparable (4 → 11 judged)");
    // The same 11 judged in both: 4/11 − 11/11 = −63,6 points.
    expect(scoreChangeText(4 / 11, 1, "nl", { now: 11, before: 11 })).toBe("-63,6 procentpunt");
  });
});

describe("countsInline", () => {
  it("lists the statuses that occur, met first, as marks with counts and words", () => {
    expect(countsInline(counts, "nl")).toEqual([
      { kind: "status", status: "achieved", text: "2 gehaald" },
      " · ",
      { kind: "status", status: "not-achieved", text: "12 niet gehaald" },
      " · ",
      { kind: "status", status: "no-data", text: "1 geen gegevens" },
    ]);
  });

  it("says 'geen' when nothing is counted", () => {
    expect(countsInline({ ...counts, achieved: 0, "not-achieved": 0, "no-data": 0 }, "nl")).toEqual(["geen"]);
  });
});

describe("ruleText", () => {
  it("writes a relative change with the value to reach", () => {
    expect(
      ruleText(
        { kind: "relativeChange", direction: "increase", percent: 10 },
        "count",
        { indicator: "x", status: "achieved", target: 528 },
        "nl",
      ),
    ).toBe("+10% (≥ 528)");
    expect(
      ruleText(
        { kind: "relativeChange", direction: "decrease", percent: 10 },
        "percent",
        { indicator: "x", status: "achieved", target: 0.0456 },
        "en",
      ),
    ).toBe("-10% (≤ 4.6%)");
    expect(ruleText({ kind: "relativeChange", direction: "increase", percent: 10 }, "count", undefined, "nl")).toBe(
      "+10%",
    );
  });

  it("writes an amount per period, and the pro-rated amount of a partial period", () => {
    expect(
      ruleText(
        { kind: "perPeriod", amount: 10, per: "year" },
        "count",
        { indicator: "x", status: "achieved", target: 10 },
        "nl",
      ),
    ).toBe("10 per jaar");
    // Half a year of 2024 (182 of 366 days): 10 × 182 ÷ 366 = 4,97.
    expect(
      ruleText(
        { kind: "perPeriod", amount: 10, per: "year" },
        "count",
        { indicator: "x", status: "on-track", target: (10 * 182) / 366 },
        "nl",
      ),
    ).toBe("4,97 naar rato (10 per jaar)");
  });

  it("writes the other kinds in words, and bounds in the indicator's unit", () => {
    expect(ruleText({ kind: "increase" }, "count", undefined, "nl")).toBe("toename");
    expect(ruleText({ kind: "decrease" }, "count", undefined, "en")).toBe("decrease");
    expect(ruleText({ kind: "qualitative", direction: "decrease" }, "percent", undefined, "nl")).toBe(
      "significante afname",
    );
    expect(ruleText({ kind: "threshold", atLeast: 0.5 }, "percent", undefined, "nl")).toBe("minstens 50,0%");
    expect(ruleText({ kind: "threshold", atMost: 20 }, "count", undefined, "en")).toBe("at most 20");
    expect(ruleText({ kind: "threshold", atLeast: 0.03, atMost: 0.15 }, "percent", undefined, "nl")).toBe(
      "tussen 3,0% en 15,0%",
    );
    expect(ruleText({ kind: "tracked" }, "count", undefined, "nl")).toBe("geen doel (gevolgd)");
  });
});

describe("measureTexts", () => {
  it("writes both figures with the decimals that make the shown change recomputable", () => {
    expect(
      measureTexts(
        { indicator: "fixi", status: "achieved", current: 530, baseline: 480, change: 50 / 480, progress: 50 / 48 },
        count,
        "nl",
      ),
    ).toEqual({
      current: "530",
      baseline: "480",
      change: "+10,4%",
      progress: "104,2%",
    });
  });

  it("compares survey shares in percentage points, with their respondents", () => {
    // 110 of 210 (52,4%) against 80 of 200 (40,0%): +12,4 points.
    const result = {
      indicator: "trots",
      status: "achieved" as const,
      current: 110 / 210,
      baseline: 0.4,
      respondents: { current: 210, baseline: 200 },
    };
    expect(measureTexts(result, share, "nl")).toEqual({
      current: "52,4% (n=210)",
      baseline: "40,0% (n=200)",
      change: "+12,4 procentpunt",
    });
  });

  it("writes what there is when a figure is missing, and nothing for what is not", () => {
    expect(measureTexts({ indicator: "fixi", status: "no-data", current: 1382 }, count, "en")).toEqual({
      current: "1,382",
    });
    expect(measureTexts({ indicator: "fixi", status: "no-data", baseline: 12 }, count, "nl")).toEqual({
      baseline: "12",
    });
    expect(measureTexts({ indicator: "fixi", status: "no-data" }, undefined, "nl")).toEqual({});
  });

  it("writes no relative change from a zero baseline", () => {
    expect(
      measureTexts(
        { indicator: "fixi", status: "not-evaluable", reason: "zero-baseline", current: 4, baseline: 0 },
        count,
        "nl",
      ),
    ).toEqual({ current: "4", baseline: "0" });
  });
});
