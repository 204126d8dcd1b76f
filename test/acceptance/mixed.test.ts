// Cases where two rules of contract.md meet: like-for-like sets in a partial period, a stock
// denominator in a partial window, pooled shares of a growing programme, tracked trends, a factor
// with two measures, row order, straddling quarters and ISO weeks. Every expected value is worked
// out by hand from contract.md and docs/evaluation.md, without reading src/.
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations, protect } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import {
  areas,
  countRow,
  factorResult,
  measureResult,
  modelWithRule,
  monthlyRows,
  type Row,
  warningTexts,
} from "./helpers.js";

const fixi = "fixi-meldingen";
const gemeente = "GM0482";
const centrum = "WK048201";
const cortgene = "BU04820101";
const redersbuurt = "BU04820102";
const kerkbuurt = "BU04820103";

/**
 * A growing programme in mid-2024 (asOf 2024-07-01): Cortgene and Redersbuurt report since 2023
 * (10 a month); in 2024 Cortgene's data stop in May (12 a month), Redersbuurt runs to June (11 a
 * month); kerkbuurt joins in March 2024 (20 a month) and has no 2023 rows.
 */
function joiningAndStopping(): Row[] {
  return [
    ...monthlyRows(fixi, cortgene, 2023, 1, 12, 10),
    ...monthlyRows(fixi, redersbuurt, 2023, 1, 12, 10),
    ...monthlyRows(fixi, cortgene, 2024, 1, 5, 12),
    ...monthlyRows(fixi, redersbuurt, 2024, 1, 6, 11),
    ...monthlyRows(fixi, kerkbuurt, 2024, 3, 6, 20),
  ];
}

describe("like for like and a partial period together", () => {
  const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, joiningAndStopping()), {
    period: "2024",
    asOf: "2024-07-01",
    areas,
  });

  it("compares Centrum's two old buurten up to May: (5×12 + 5×11) = 115 against (5×10 + 5×10) = 100, +15%, on-track", () => {
    for (const area of [centrum, gemeente]) {
      const measure = measureResult(evaluation, fixi, area);
      expect([measure.current, measure.baseline, measure.change, measure.status], area).toEqual([
        115,
        100,
        0.15,
        "on-track",
      ]);
      expect(measure.covers, area).toEqual({ areas: 2, of: 3, kind: "buurt" });
      expect(measure.window, area).toEqual({
        current: { from: "2024-01-01", through: "2024-05-31" },
        baseline: { from: "2023-01-01", through: "2023-05-31" },
      });
      const sentence = factorResult(evaluation, fixi, area).explanation.nl;
      expect(sentence, area).toContain("2 van 3 buurten");
      expect(sentence, area).toContain("t/m 31-05-2024");
    }
  });

  it("keeps each old buurt's own reach: Cortgene 60 against 50 to May (+20%), Redersbuurt 66 against 60 to June (+10%, met exactly)", () => {
    const own = measureResult(evaluation, fixi, cortgene);
    expect([own.current, own.baseline, own.change, own.status]).toEqual([60, 50, 0.2, "on-track"]);
    const full = measureResult(evaluation, fixi, redersbuurt);
    expect([full.current, full.baseline, full.change, full.progress, full.status]).toEqual([
      66,
      60,
      0.1,
      1,
      "on-track",
    ]);
    expect(factorResult(evaluation, fixi, redersbuurt).explanation.nl).toContain("t/m 30-06-2024");
  });

  it("warns areas-differ naming kerkbuurt (2024 only) and reach-differs naming Cortgene (stops first)", () => {
    expect(warningTexts(evaluation, "areas-differ").some((text) => text.includes(kerkbuurt))).toBe(true);
    expect(warningTexts(evaluation, "reach-differs").some((text) => text.includes(cortgene))).toBe(true);
  });

  it("gives the same evaluation, and the same protected copy, with the rows in reverse order", () => {
    const reversed = evaluate(alblasserdam, parseObservations(alblasserdam, joiningAndStopping().reverse()), {
      period: "2024",
      asOf: "2024-07-01",
      areas,
    });
    expect(reversed.factors).toEqual(evaluation.factors);
    expect(reversed.warnings).toEqual(evaluation.warnings);
    expect(reversed.groups).toEqual(evaluation.groups);
    expect(reversed.subgoals).toEqual(evaluation.subgoals);
    expect(reversed.goals).toEqual(evaluation.goals);
    expect(reversed.coverage).toEqual(evaluation.coverage);
    expect(protect(reversed)).toEqual(protect(evaluation));
  });

  it("keeps the window of a partial measure through protect", () => {
    const published = protect(evaluation);
    const measure = published.factors.find((result) => result.factor === fixi && result.area === centrum)?.measures[0];
    expect(measure?.window).toEqual({
      current: { from: "2024-01-01", through: "2024-05-31" },
      baseline: { from: "2023-01-01", through: "2023-05-31" },
    });
    expect(measure?.current).toBe(115);
  });
});

describe("a ratio with a stock denominator in a partial period", () => {
  it("divides 10 + 14 = 24 moves by the day-weighted mean of 1000 and 1100 dwellings (91 and 91 days) = 1050, against 30 ÷ 1000: −5/21 = −23,8%, on-track", () => {
    // 2024-Q1 has 31 + 29 + 31 = 91 days, 2024-Q2 30 + 31 + 30 = 91: the mean is 1050.
    // 2023-Q1 (90 days) and Q2 (91 days) both 1000 dwellings, 15 + 15 moves: 0.03.
    // (24/1050) ÷ 0.03 = 16/21, a change of −5/21 ≈ −0.2381: the 10% decrease is met.
    const rows: Row[] = [
      { indicator: "mutatiegraad", area: gemeente, period: "2023-Q1", numerator: 15, denominator: 1000 },
      { indicator: "mutatiegraad", area: gemeente, period: "2023-Q2", numerator: 15, denominator: 1000 },
      { indicator: "mutatiegraad", area: gemeente, period: "2023-Q3", numerator: 20, denominator: 1000 },
      { indicator: "mutatiegraad", area: gemeente, period: "2023-Q4", numerator: 20, denominator: 1000 },
      { indicator: "mutatiegraad", area: gemeente, period: "2024-Q1", numerator: 10, denominator: 1000 },
      { indicator: "mutatiegraad", area: gemeente, period: "2024-Q2", numerator: 14, denominator: 1100 },
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), {
      period: "2024",
      asOf: "2024-07-01",
      areas,
    });
    const measure = measureResult(evaluation, "mutatiegraad", gemeente);
    expect(measure.parts).toEqual({
      current: { numerator: 24, denominator: 1050 },
      baseline: { numerator: 30, denominator: 1000 },
    });
    expect(measure.current).toBeCloseTo(24 / 1050, 12);
    expect(measure.baseline).toBe(0.03);
    expect(measure.change).toBeCloseTo(-5 / 21, 12);
    expect(measure.status).toBe("on-track");
    expect(factorResult(evaluation, "mutatiegraad", gemeente).explanation.nl).toContain("t/m 30-06-2024");
  });
});

describe("a share pooled over buurten, one buurt only in 2024", () => {
  it("pools the two buurten in both years: (40 + 30)/200 = 35% → (60 + 50)/200 = 55%, z ≈ 4.02, achieved; kerkbuurt's 90/100 left out", () => {
    // Pooled p = 180/400 = 0.45; √(0.45 × 0.55 × (1/200 + 1/200)) = 0.0497; z = 0.2 ÷ 0.0497 = 4.02 ≥ 1.96.
    // With kerkbuurt the 2024 share would read 200/300 = 66,7%.
    const rows: Row[] = [
      { indicator: "trots-op-buurt", area: cortgene, period: "2023", respondents: 100, positive: 40 },
      { indicator: "trots-op-buurt", area: cortgene, period: "2024", respondents: 100, positive: 60 },
      { indicator: "trots-op-buurt", area: redersbuurt, period: "2023", respondents: 100, positive: 30 },
      { indicator: "trots-op-buurt", area: redersbuurt, period: "2024", respondents: 100, positive: 50 },
      { indicator: "trots-op-buurt", area: kerkbuurt, period: "2024", respondents: 100, positive: 90 },
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    for (const area of [centrum, gemeente]) {
      const measure = measureResult(evaluation, "trots-op-buurt", area);
      expect([measure.current, measure.baseline, measure.status], area).toEqual([0.55, 0.35, "achieved"]);
      expect(measure.parts, area).toEqual({
        current: { numerator: 110, denominator: 200 },
        baseline: { numerator: 70, denominator: 200 },
      });
      expect(measure.respondents, area).toEqual({ current: 200, baseline: 200 });
      expect(measure.covers, area).toEqual({ areas: 2, of: 3, kind: "buurt" });
      expect(factorResult(evaluation, "trots-op-buurt", area).explanation.nl, area).toContain("2 van 3 buurten");
    }
    expect(warningTexts(evaluation, "areas-differ").some((text) => text.includes(kerkbuurt))).toBe(true);
  });
});

describe("a tracked rule's trend", () => {
  it("monitors a partial 2025 (asOf 2025-07-01) on Jan–Jun: 6 × 9 = 54 against 6 × 10 = 60, trend down, no target", () => {
    const model = modelWithRule(fixi, { kind: "tracked" });
    const rows = [...monthlyRows(fixi, gemeente, 2024, 1, 12, 10), ...monthlyRows(fixi, gemeente, 2025, 1, 6, 9)];
    const evaluation = evaluate(model, parseObservations(model, rows), { period: "2025", asOf: "2025-07-01", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect([measure.current, measure.baseline, measure.status, measure.trend]).toEqual([54, 60, "monitored", "down"]);
    expect(measure.target).toBeUndefined();
    expect(measure.progress).toBeUndefined();
    expect(factorResult(evaluation, fixi, gemeente).status).toBe("monitored");
  });

  it("gives the gemeente the trend of its pooled sum: Cortgene 50 → 70, Redersbuurt 50 → 35, 100 → 105, up", () => {
    const model = modelWithRule(fixi, { kind: "tracked" });
    const rows = [
      countRow(fixi, cortgene, "2023", 50),
      countRow(fixi, cortgene, "2024", 70),
      countRow(fixi, redersbuurt, "2023", 50),
      countRow(fixi, redersbuurt, "2024", 35),
    ];
    const evaluation = evaluate(model, parseObservations(model, rows), { period: "2024", areas });
    expect(measureResult(evaluation, fixi, gemeente).trend).toBe("up");
    expect(measureResult(evaluation, fixi, redersbuurt).trend).toBe("down");
  });
});

describe("a factor with two measures: talentontwikkelplekken, the worst status wins", () => {
  const talent = "talentontwikkelplekken";
  const organisaties = "organisaties-met-plekken";
  const werkgevers = "werkgevers-met-werk";

  function statuses(rows: Row[], asOf?: string) {
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), {
      period: "2024",
      areas,
      ...(asOf === undefined ? {} : { asOf }),
    });
    const result = factorResult(evaluation, talent, gemeente);
    return { factor: result.status, measures: result.measures.map((measure) => [measure.indicator, measure.status]) };
  }

  it("organisaties 10 → 12 achieved, werkgevers 8 → 8 not-achieved (increase is strict): not-achieved", () => {
    expect(
      statuses([
        countRow(organisaties, gemeente, "2023", 10),
        countRow(organisaties, gemeente, "2024", 12),
        countRow(werkgevers, gemeente, "2023", 8),
        countRow(werkgevers, gemeente, "2024", 8),
      ]),
    ).toEqual({
      factor: "not-achieved",
      measures: [
        [organisaties, "achieved"],
        [werkgevers, "not-achieved"],
      ],
    });
  });

  it("organisaties achieved, werkgevers without rows: no-data", () => {
    expect(
      statuses([countRow(organisaties, gemeente, "2023", 10), countRow(organisaties, gemeente, "2024", 12)]),
    ).toEqual({
      factor: "no-data",
      measures: [
        [organisaties, "achieved"],
        [werkgevers, "no-data"],
      ],
    });
  });

  it("organisaties achieved, werkgevers with a gap (2024-Q3 missing, Q4 present): not-evaluable", () => {
    expect(
      statuses([
        countRow(organisaties, gemeente, "2023", 10),
        countRow(organisaties, gemeente, "2024", 12),
        countRow(werkgevers, gemeente, "2023", 8),
        countRow(werkgevers, gemeente, "2024-Q1", 3),
        countRow(werkgevers, gemeente, "2024-Q2", 3),
        countRow(werkgevers, gemeente, "2024-Q4", 3),
      ]),
    ).toEqual({
      factor: "not-evaluable",
      measures: [
        [organisaties, "achieved"],
        [werkgevers, "not-evaluable"],
      ],
    });
  });

  it("organisaties without rows, werkgevers with a gap: no-data is worse than not-evaluable", () => {
    expect(
      statuses([
        countRow(werkgevers, gemeente, "2023", 8),
        countRow(werkgevers, gemeente, "2024-Q1", 3),
        countRow(werkgevers, gemeente, "2024-Q2", 3),
        countRow(werkgevers, gemeente, "2024-Q4", 3),
      ]).factor,
    ).toBe("no-data");
  });

  it("in a partial period (asOf 2024-07-01): organisaties 4 + 4 = 8 against 3 + 3 = 6 on-track, werkgevers 1 + 2 = 3 against 2 + 2 = 4 behind: behind", () => {
    const quarters = (indicator: string, year: number, values: number[]) =>
      values.map((value, index) => countRow(indicator, gemeente, `${year}-Q${index + 1}`, value));
    expect(
      statuses(
        [
          ...quarters(organisaties, 2023, [3, 3, 3, 3]),
          ...quarters(organisaties, 2024, [4, 4]),
          ...quarters(werkgevers, 2023, [2, 2, 2, 2]),
          ...quarters(werkgevers, 2024, [1, 2]),
        ],
        "2024-07-01",
      ),
    ).toEqual({
      factor: "behind",
      measures: [
        [organisaties, "on-track"],
        [werkgevers, "behind"],
      ],
    });
  });
});

describe("rows that do not fit a partial window", () => {
  it("leaves out a 2024-Q2 row that straddles asOf 2024-05-01, with straddles-span: Q1 36 against Jan–Mar 2023 3 × 10 = 30, +20%, 't/m 31-03-2024'", () => {
    // The current window is [1 Jan, 1 May); Q2 runs to 30 June, so it is left out, not split
    // (April would otherwise be read as 33 ÷ 3 = 11). The current data reach 31 March, and so
    // does the comparison, though the monthly 2023 data reach April.
    const rows = [
      ...monthlyRows(fixi, gemeente, 2023, 1, 12, 10),
      countRow(fixi, gemeente, "2024-Q1", 36),
      countRow(fixi, gemeente, "2024-Q2", 33),
    ];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), {
      period: "2024",
      asOf: "2024-05-01",
      areas,
    });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect([measure.current, measure.baseline, measure.change, measure.status]).toEqual([36, 30, 0.2, "on-track"]);
    expect(measure.window).toEqual({
      current: { from: "2024-01-01", through: "2024-03-31" },
      baseline: { from: "2023-01-01", through: "2023-03-31" },
    });
    expect(factorResult(evaluation, fixi, gemeente).explanation.nl).toContain("t/m 31-03-2024");
    expect(warningTexts(evaluation, "straddles-span").length).toBeGreaterThan(0);
  });

  it("reads ISO weeks in a partial period (asOf 2024-03-01): 2024-W01…W08 (1 Jan–25 Feb) 8 × 6 = 48 against the same days of 2023 8 × 5 = 40, +20%; W09 straddles", () => {
    // 1 January 2024 is a Monday, so 2024-W01 is 1–7 January and W09 26 February–3 March,
    // which crosses asOf. The baseline is given as the same seven-day stretches of 2023.
    const weeks: Row[] = Array.from({ length: 9 }, (_, index) => countRow(fixi, gemeente, `2024-W0${index + 1}`, 6));
    const start = Date.UTC(2023, 0, 1);
    const day = (offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
    const baselineWeeks: Row[] = Array.from({ length: 9 }, (_, index) =>
      countRow(fixi, gemeente, `${day(index * 7)}/${day(index * 7 + 6)}`, 5),
    );
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, [...baselineWeeks, ...weeks]), {
      period: "2024",
      asOf: "2024-03-01",
      areas,
    });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect([measure.current, measure.baseline, measure.change, measure.status]).toEqual([48, 40, 0.2, "on-track"]);
    expect(measure.window).toEqual({
      current: { from: "2024-01-01", through: "2024-02-25" },
      baseline: { from: "2023-01-01", through: "2023-02-25" },
    });
    expect(warningTexts(evaluation, "straddles-span").length).toBeGreaterThan(0);
  });

  it("does not count a complete 2024 from weeks W01…W52 alone: they end on 29 December, 2025-W01 straddles the year's end → incomplete-data", () => {
    const weeks: Row[] = Array.from({ length: 52 }, (_, index) =>
      countRow(fixi, gemeente, `2024-W${String(index + 1).padStart(2, "0")}`, 10),
    );
    const rows = [countRow(fixi, gemeente, "2023", 500), ...weeks, countRow(fixi, gemeente, "2025-W01", 10)];
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const measure = measureResult(evaluation, fixi, gemeente);
    expect(measure.status).toBe("not-evaluable");
    expect(measure.reason).toBe("incomplete-data");
  });
});
