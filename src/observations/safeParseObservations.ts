import { BuurtaanpakError, type Issue } from "../errors/BuurtaanpakError.js";
import { checkAreaCode } from "../model/internal/checkAreaCode.js";
import type { Measure } from "../model/indicator.js";
import type { Model } from "../model/Model.js";
import type { SafeParseResult } from "../model/safeParseModel.js";
import { readPeriod } from "../period/internal/readPeriod.js";
import type { Period } from "../period/Period.js";
import type { Observation } from "./Observation.js";

const MAX_AMOUNT = 1e15;
const numericFields = ["value", "numerator", "denominator", "respondents", "positive"] as const;
type NumericField = (typeof numericFields)[number];
const fieldsOf: Record<Measure, readonly NumericField[]> = {
  count: ["value"],
  stock: ["value"],
  ratio: ["numerator", "denominator"],
  share: ["respondents", "positive"],
};
const knownFields = new Set<string>(["indicator", "area", "period", "source", "note", ...numericFields]);

/**
 * Reads observation rows against a model, without throwing. Every bad row is reported at once,
 * each problem naming the row index and the field:
 * - an unknown indicator, or an area id that looks like a malformed CBS code
 * - fields that do not fit the indicator's measure, or unknown fields
 * - values that are not numbers (a string such as `"12"` is not a number here), negative,
 *   NaN, Infinity, above 10^15, or not whole where whole numbers are required
 * - `positive > respondents`
 * - a malformed period
 * - two rows for the same indicator, area and period, or two whose periods overlap (their sum
 *   would count the same days twice)
 *
 * @param model - the model whose indicators the rows refer to
 * @param rows - the rows, as parsed JSON
 * @returns `{ success: true, data }` with new, frozen observations, or `{ success: false, error }`
 * @category Observations
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * const result = safeParseObservations(alblasserdam, [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: -1 }]);
 * result.success ? "" : result.error.issues[0]?.message;
 * //=> "must not be negative"
 */
export function safeParseObservations(model: Model, rows: unknown): SafeParseResult<readonly Observation[]> {
  if (!Array.isArray(rows)) {
    return { success: false, error: new BuurtaanpakError("invalid-observations", [{ path: [], message: "observations must be an array of rows" }]) };
  }
  const indicators = new Map(model.indicators.map((indicator, index) => [indicator.id, { index, measure: indicator.measure }]));
  const periods = new Map<string, Period | string>();
  const areaProblems = new Map<string, string | undefined>();
  const issues: Issue[] = [];
  const data: Observation[] = [];
  const periodsSeen = new PeriodsSeen(rows.length, model.indicators.length);

  for (let row = 0; row < rows.length; row++) {
    const input: unknown = rows[row];
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      issues.push({ path: [row], message: "a row must be an object" });
      continue;
    }
    const record = input as Record<string, unknown>;
    const before = issues.length;
    const report = (field: string, message: string) => issues.push({ path: [row, field], message });
    for (const key in record) if (!knownFields.has(key)) report(key, `unknown field '${key}'`);

    const indicator = readText(record, "indicator", report);
    const area = readText(record, "area", report);
    const periodText = readText(record, "period", report);

    const known = indicator === undefined ? undefined : indicators.get(indicator);
    const measure = known?.measure;
    if (indicator !== undefined && measure === undefined) report("indicator", `unknown indicator '${indicator}'`);
    if (area !== undefined) {
      let problem = areaProblems.get(area);
      if (problem === undefined && !areaProblems.has(area)) {
        problem = /^[\w.-]+$/.test(area) ? checkAreaCode(area, "area", false) : "an area id holds letters, digits, '-', '_' and '.'";
        areaProblems.set(area, problem);
      }
      if (problem !== undefined) report("area", problem);
    }
    let period: Period | undefined;
    if (periodText !== undefined) {
      let read = periods.get(periodText);
      if (read === undefined) periods.set(periodText, (read = readPeriod(periodText)));
      if (typeof read === "string") report("period", `'${periodText}' is not a period: ${read}`);
      else period = read;
    }
    const observation = measure === undefined || indicator === undefined || area === undefined || periodText === undefined ? undefined : readFigures(record, measure, { indicator, area, period: periodText }, report);
    if (issues.length > before || observation === undefined || period === undefined || known === undefined || area === undefined) continue;

    const clash = periodsSeen.add(row, known.index, area, period);
    if (clash !== undefined) {
      const other = rows[clash] as { period: string };
      report(
        "period",
        other.period === period.text
          ? `duplicate of row ${clash}: same indicator, area and period`
          : `${period.text} overlaps ${other.period} of row ${clash} for the same indicator and area`,
      );
      continue;
    }
    const source = readOptionalText(record, "source", 1000, report);
    const note = readOptionalText(record, "note", 4000, report);
    if (issues.length > before) continue;
    if (source !== undefined) observation.source = source;
    if (note !== undefined) observation.note = note;
    data.push(Object.freeze(observation));
  }
  if (issues.length > 0) return { success: false, error: new BuurtaanpakError("invalid-observations", issues) };
  return { success: true, data: Object.freeze(data) };
}

/**
 * The periods seen per indicator and area, to find duplicates and overlaps in one pass without
 * building a key or an object per row. Rows of one indicator and area are chained (each points
 * to the one before it), and the latest end of each chain is kept: rows that come in time
 * order, as they usually do, are checked in constant time; only a row that starts before that
 * end walks its chain.
 */
class PeriodsSeen {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly previous: Int32Array;
  // Per indicator and area pair (numbered densely as they first appear): its last row (−1 for
  // none) and the latest end. There are never more pairs than rows.
  private readonly last: Int32Array;
  private readonly latestEnd: Float64Array;
  private readonly pairs = new Map<number, number>();
  private readonly areaIndex = new Map<string, number>();
  private readonly indicatorCount: number;
  private lastArea = "";
  private lastAreaIndex = -1;

  constructor(rows: number, indicators: number) {
    this.indicatorCount = indicators;
    this.starts = new Float64Array(rows);
    this.ends = new Float64Array(rows);
    this.previous = new Int32Array(rows);
    this.last = new Int32Array(rows).fill(-1);
    this.latestEnd = new Float64Array(rows);
  }

  /** Records a row and returns the earlier row whose period overlaps it, if any (then the row is not recorded). */
  add(row: number, indicator: number, area: string, period: Period): number | undefined {
    const pair = this.pairOf(indicator, area);
    const last = this.last[pair] as number;
    const { start, end } = period;
    if (last !== -1 && start < (this.latestEnd[pair] as number)) {
      for (let other = last; other !== -1; other = this.previous[other] as number) {
        if ((this.starts[other] as number) < end && start < (this.ends[other] as number)) return other;
      }
    }
    this.starts[row] = start;
    this.ends[row] = end;
    this.previous[row] = last;
    this.last[pair] = row;
    this.latestEnd[pair] = last === -1 ? end : Math.max(end, this.latestEnd[pair] as number);
    return undefined;
  }

  private pairOf(indicator: number, area: string): number {
    if (area !== this.lastArea || this.lastAreaIndex === -1) {
      let index = this.areaIndex.get(area);
      if (index === undefined) this.areaIndex.set(area, (index = this.areaIndex.size));
      this.lastArea = area;
      this.lastAreaIndex = index;
    }
    // A number as key hashes faster than a pair of texts; the pairs are numbered densely.
    const key = this.lastAreaIndex * this.indicatorCount + indicator;
    let pair = this.pairs.get(key);
    if (pair === undefined) this.pairs.set(key, (pair = this.pairs.size));
    return pair;
  }
}

/**
 * The observation of a row with the figures its indicator's measure takes, or `undefined`
 * after reporting what is wrong. Each measure builds its object in one literal, so that all
 * observations of a measure share one shape; valid numbers take a fast path without closures.
 */
function readFigures(record: Record<string, unknown>, measure: Measure, where: Pick<Observation, "indicator" | "area" | "period">, report: Report): Observation | undefined {
  const { indicator, area, period } = where;
  const { value, numerator, denominator, respondents, positive } = record;
  switch (measure) {
    case "count":
    case "stock":
      if (isAmount(value) && numerator === undefined && denominator === undefined && respondents === undefined && positive === undefined) {
        return { indicator, area, period, value: value + 0 };
      }
      break;
    case "ratio":
      if (isAmount(numerator) && isAmount(denominator) && denominator > 0 && value === undefined && respondents === undefined && positive === undefined) {
        return { indicator, area, period, numerator: numerator + 0, denominator };
      }
      break;
    case "share":
      if (isWhole(respondents) && respondents > 0 && isWhole(positive) && positive <= respondents && value === undefined && numerator === undefined && denominator === undefined) {
        return { indicator, area, period, respondents, positive: positive + 0 };
      }
      break;
  }
  reportFigures(record, measure, report);
  return undefined;
}

/** A number that is finite, not negative and at most 10^15: what a count or sum may be. */
function isAmount(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value <= MAX_AMOUNT;
}

function isWhole(value: unknown): value is number {
  return isAmount(value) && Number.isInteger(value);
}

/** Says everything that is wrong with the figures of a row that failed the fast path. */
function reportFigures(record: Record<string, unknown>, measure: Measure, report: Report): void {
  const expected = fieldsOf[measure];
  for (const field of numericFields) {
    const present = record[field] !== undefined;
    if (!expected.includes(field)) {
      if (present) report(field, `a ${measure} indicator has no field '${field}' (it takes ${expected.join(" and ")})`);
    } else if (!present) report(field, `missing: a ${measure} indicator needs ${expected.join(" and ")}`);
    else readAmount(record[field], field === "respondents" || field === "positive", field === "denominator" || field === "respondents", (message) => report(field, message));
  }
  const { positive, respondents } = record;
  if (measure === "share" && typeof positive === "number" && typeof respondents === "number" && positive > respondents) {
    report("positive", `positive (${positive}) must not exceed respondents (${respondents})`);
  }
}

type Report = (field: string, message: string) => void;

function readText(record: Record<string, unknown>, field: string, report: Report): string | undefined {
  const value = record[field];
  if (value === undefined) report(field, "missing");
  else if (typeof value !== "string" || value.trim() === "") report(field, "must be a non-empty text");
  else if (value.length > 100) report(field, "must be at most 100 characters");
  else return value;
  return undefined;
}

function readOptionalText(record: Record<string, unknown>, field: string, max: number, report: Report): string | undefined {
  const value = record[field];
  if (value === undefined) return undefined;
  if (typeof value !== "string") report(field, "must be a text");
  else if (value.length > max) report(field, `must be at most ${max} characters`);
  else return value;
  return undefined;
}

function readAmount(value: unknown, whole: boolean, positive: boolean, report: (message: string) => void): number | undefined {
  if (typeof value !== "number") {
    report(typeof value === "string" ? `must be a number, not the text ${JSON.stringify(value.slice(0, 40))}` : `must be a number, not ${value === null ? "null" : typeof value}`);
  } else if (Number.isNaN(value)) report("must be a number, not NaN");
  else if (!Number.isFinite(value)) report("must be finite");
  else if (value < 0) report("must not be negative");
  else if (positive && value === 0) report("must be above 0");
  else if (value > MAX_AMOUNT) report("must be at most 10^15");
  else if (whole && !Number.isInteger(value)) report("must be a whole number");
  else return value + 0; // normalises -0 to 0
  return undefined;
}
