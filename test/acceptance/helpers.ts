// Shared fixtures for the hand-computed acceptance cases of issue 7.
//
// These cases were written from docs only (contract.md, domain.md, issue 7, README.md), without
// reading src/: every expected value in test/acceptance is worked out by hand from the rule.
import { type evaluate, parseModel } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";

/**
 * The real indeling of Alblasserdam (CBS 2024, /work/shared/data/alblasserdam-areas-2024.csv).
 * Passed with the `areas` option so that the cases do not depend on the preset's own areas.
 */
export const areas = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048201", kind: "wijk", name: "Wijk 01 Centrum", parent: "GM0482" },
  { id: "WK048202", kind: "wijk", name: "Wijk 02 Kinderdijk", parent: "GM0482" },
  { id: "WK048203", kind: "wijk", name: "Wijk 03 Blokweer", parent: "GM0482" },
  { id: "WK048204", kind: "wijk", name: "Wijk 04 Souburgh", parent: "GM0482" },
  { id: "WK048205", kind: "wijk", name: "Wijk 05 Bedrijventerrein", parent: "GM0482" },
  { id: "WK048206", kind: "wijk", name: "Wijk 06 Landelijk gebied", parent: "GM0482" },
  { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "WK048201" },
  { id: "BU04820102", kind: "buurt", name: "Redersbuurt", parent: "WK048201" },
  { id: "BU04820103", kind: "buurt", name: "kerkbuurt", parent: "WK048201" },
  { id: "BU04820104", kind: "buurt", name: "Polderbuurt", parent: "WK048201" },
  { id: "BU04820105", kind: "buurt", name: "De Werven", parent: "WK048201" },
  { id: "BU04820201", kind: "buurt", name: "Dijk", parent: "WK048202" },
  { id: "BU04820202", kind: "buurt", name: "Vogelbuurt", parent: "WK048202" },
  { id: "BU04820203", kind: "buurt", name: "Waterland", parent: "WK048202" },
  { id: "BU04820204", kind: "buurt", name: "Groene Long", parent: "WK048202" },
  { id: "BU04820205", kind: "buurt", name: "Rivierenbuurt", parent: "WK048202" },
  { id: "BU04820206", kind: "buurt", name: "Nieuw Kinderdijk", parent: "WK048202" },
  { id: "BU04820301", kind: "buurt", name: "Zeelt", parent: "WK048203" },
  { id: "BU04820302", kind: "buurt", name: "Middelland", parent: "WK048203" },
  { id: "BU04820303", kind: "buurt", name: "Blokweer Noord", parent: "WK048203" },
  { id: "BU04820304", kind: "buurt", name: "Blokweer Zuid", parent: "WK048203" },
  { id: "BU04820305", kind: "buurt", name: "Drentsebuurt", parent: "WK048203" },
  { id: "BU04820306", kind: "buurt", name: "Florabuurt", parent: "WK048203" },
  { id: "BU04820307", kind: "buurt", name: "Staatsliedenbuurt", parent: "WK048203" },
  { id: "BU04820401", kind: "buurt", name: "Schildersbuurt", parent: "WK048204" },
  { id: "BU04820402", kind: "buurt", name: "Schrijversbuurt", parent: "WK048204" },
  { id: "BU04820403", kind: "buurt", name: "Klein Alblas", parent: "WK048204" },
  { id: "BU04820404", kind: "buurt", name: "Oranjebuurt", parent: "WK048204" },
  { id: "BU04820501", kind: "buurt", name: "Vinkenwaard", parent: "WK048205" },
  { id: "BU04820502", kind: "buurt", name: "Hoogendijk", parent: "WK048205" },
  { id: "BU04820503", kind: "buurt", name: "Nieuwland", parent: "WK048205" },
  { id: "BU04820601", kind: "buurt", name: "Polder Blokweer", parent: "WK048206" },
  { id: "BU04820602", kind: "buurt", name: "Polder Kortland", parent: "WK048206" },
  { id: "BU04820603", kind: "buurt", name: "Polder Souburgh", parent: "WK048206" },
  { id: "BU04820604", kind: "buurt", name: "Polder Vinkenwaard", parent: "WK048206" },
] satisfies readonly {
  id: string;
  kind: "gemeente" | "wijk" | "buurt" | "area";
  name: string;
  parent?: string;
}[];

/** A raw observation row, as a caller would hand it to `parseObservations`. */
export interface Row {
  indicator: string;
  area: string;
  period: string;
  value?: number;
  numerator?: number;
  denominator?: number;
  respondents?: number;
  positive?: number;
}

/** Monthly count rows `year-from` … `year-to` (months 1-based, inclusive), each with `value`. */
export function monthlyRows(
  indicator: string,
  area: string,
  year: number,
  from: number,
  to: number,
  value: number,
): Row[] {
  const rows: Row[] = [];
  for (let month = from; month <= to; month += 1) {
    rows.push({ indicator, area, period: `${year}-${String(month).padStart(2, "0")}`, value });
  }
  return rows;
}

/** A count row for one period. */
export function countRow(indicator: string, area: string, period: string, value: number): Row {
  return { indicator, area, period, value };
}

/** The model's factor ids, in model order. */
export function factorIds(): string[] {
  return alblasserdam.groups.flatMap((group) => group.factors.map((factor) => factor.id));
}

/** Shape of a rule as written in a model file (contract.md, "Target rules"). */
export type RuleInput =
  | { kind: "relativeChange"; direction: "increase" | "decrease"; percent: number }
  | { kind: "perPeriod"; amount: number; per: "year" | "quarter" | "month" }
  | { kind: "increase" }
  | { kind: "decrease" }
  | { kind: "qualitative"; direction: "increase" | "decrease"; minRespondents?: number }
  | { kind: "threshold"; atLeast?: number; atMost?: number }
  | { kind: "tracked" };

/**
 * The preset as plain JSON with one factor's rule(s) replaced: what a gemeente writing its own
 * model file would hand to `parseModel`.
 */
export function presetWithRule(factorId: string, rule: RuleInput): unknown {
  return {
    ...alblasserdam,
    groups: alblasserdam.groups.map((group) => ({
      ...group,
      factors: group.factors.map((factor) =>
        factor.id === factorId
          ? { ...factor, measures: factor.measures.map((measure) => ({ ...measure, rule })) }
          : factor,
      ),
    })),
  };
}

/** `parseModel` of {@link presetWithRule}. */
export function modelWithRule(factorId: string, rule: RuleInput) {
  return parseModel(presetWithRule(factorId, rule));
}

/**
 * Reads a Dutch-formatted number token ("1.234,5", "-50,0%", "+10,4%", "0,04%") as a number of
 * the unit shown (so "6,34%" is 6.34 and "-9,1%" is −9.1). Returns the signed value and the number of decimals shown.
 */
export function readDutchNumber(token: string): { value: number; decimals: number } {
  const negative = /^[-−]/.test(token.trim());
  const cleaned = token
    .replace("%", "")
    .replace(/^[-−+]/, "")
    .trim();
  const [whole = "", fraction = ""] = cleaned.split(",");
  const magnitude = Number(`${whole.replaceAll(".", "")}.${fraction === "" ? "0" : fraction}`);
  return { value: negative ? -magnitude : magnitude, decimals: fraction.length };
}

/**
 * The number tokens of a sentence that are figures, in order: years (2023, 2024) and dates
 * ("31-05-2024") are left out. The README's example reads "530 in 2024 tegen 480 in 2023
 * (+10,4%); doel +10% gehaald", so the first three are current, baseline and change.
 */
export function figuresInSentence(sentence: string): string[] {
  const withoutDates = sentence.replace(/\d{2}-\d{2}-\d{4}/g, " ");
  const tokens = withoutDates.match(/[-+−]?\d(?:[\d.]*\d)?(?:,\d+)?\s?%?/g) ?? [];
  return tokens.map((token) => token.trim()).filter((token) => !/^(19|20)\d\d$/.test(token));
}

/** A token that reads as zero ("0", "0,0", "0%", "0,0%"), the bug of issue 7. */
export const zeroFigure = /(^|[^\d,.])[-+]?0(,0+)?\s?%?(?![\d,])/;

/** What `evaluate` returns, as the public API types it. */
export type EvaluationResult = ReturnType<typeof evaluate>;

/** The result of one factor in one area; fails the test with a clear message when absent. */
export function factorResult(evaluation: EvaluationResult, factor: string, area: string) {
  const found = evaluation.factors.find((result) => result.factor === factor && result.area === area);
  if (found === undefined) {
    throw new Error(`no result for factor ${factor} in area ${area}`);
  }
  return found;
}

/** The first measure of a factor's result in an area. */
export function measureResult(evaluation: EvaluationResult, factor: string, area: string) {
  const found = factorResult(evaluation, factor, area).measures[0];
  if (found === undefined) {
    throw new Error(`factor ${factor} in area ${area} has no measures`);
  }
  return found;
}

/** The warnings with a given code, each serialised so a test can look for the ids it names. */
export function warningTexts(evaluation: EvaluationResult, code: string): string[] {
  return evaluation.warnings
    .filter((warning) => JSON.stringify(warning).includes(`"${code}"`))
    .map((warning) => JSON.stringify(warning));
}
