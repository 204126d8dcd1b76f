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
  const measures = new Map(model.indicators.map((indicator) => [indicator.id, indicator.measure]));
  const periods = new Map<string, Period | string>();
  const areaProblems = new Map<string, string | undefined>();
  const issues: Issue[] = [];
  const data: Observation[] = [];
  // Per indicator and area: the rows seen so far, to find duplicates and overlaps.
  const seen = new Map<string, { row: number; period: Period }[]>();

  for (let row = 0; row < rows.length; row++) {
    const input: unknown = rows[row];
    const report = (field: string | undefined, message: string) =>
      issues.push({ path: field === undefined ? [row] : [row, field], message });
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      report(undefined, "a row must be an object");
      continue;
    }
    const record = input as Record<string, unknown>;
    const before = issues.length;
    for (const key of Object.keys(record)) if (!knownFields.has(key)) report(key, `unknown field '${key}'`);

    const indicator = readText(record, "indicator", report);
    const area = readText(record, "area", report);
    const periodText = readText(record, "period", report);
    const source = readOptionalText(record, "source", 1000, report);
    const note = readOptionalText(record, "note", 4000, report);

    const measure = indicator === undefined ? undefined : measures.get(indicator);
    if (indicator !== undefined && measure === undefined) report("indicator", `unknown indicator '${indicator}'`);
    if (area !== undefined) {
      if (!areaProblems.has(area)) areaProblems.set(area, /^[\w.-]+$/.test(area) ? checkAreaCode(area, "area", false) : "an area id holds letters, digits, '-', '_' and '.'");
      const problem = areaProblems.get(area);
      if (problem !== undefined) report("area", problem);
    }
    let period: Period | undefined;
    if (periodText !== undefined) {
      let read = periods.get(periodText);
      if (read === undefined) periods.set(periodText, (read = readPeriod(periodText)));
      if (typeof read === "string") report("period", `'${periodText}' is not a period: ${read}`);
      else period = read;
    }

    const observation: { -readonly [K in keyof Observation]: Observation[K] } = { indicator: indicator ?? "", area: area ?? "", period: periodText ?? "" };
    if (measure !== undefined) {
      const expected = fieldsOf[measure];
      for (const field of numericFields) {
        const present = record[field] !== undefined;
        if (!expected.includes(field)) {
          if (present) report(field, `a ${measure} indicator has no field '${field}' (it takes ${expected.join(" and ")})`);
          continue;
        }
        if (!present) {
          report(field, `missing: a ${measure} indicator needs ${expected.join(" and ")}`);
          continue;
        }
        const value = readAmount(record[field], field === "respondents" || field === "positive", field === "denominator" || field === "respondents", report.bind(null, field));
        if (value !== undefined) observation[field] = value;
      }
      if (measure === "share" && observation.positive !== undefined && observation.respondents !== undefined && observation.positive > observation.respondents) {
        report("positive", `positive (${observation.positive}) must not exceed respondents (${observation.respondents})`);
      }
    }
    if (source !== undefined) observation.source = source;
    if (note !== undefined) observation.note = note;
    if (issues.length > before || period === undefined) continue;

    const key = `${observation.indicator}\u0000${observation.area}`;
    let earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, (earlier = []));
    const clash = earlier.find((other) => other.period.start < period.end && period.start < other.period.end);
    if (clash !== undefined) {
      report(
        "period",
        clash.period.text === period.text
          ? `duplicate of row ${clash.row}: same indicator, area and period`
          : `${period.text} overlaps ${clash.period.text} of row ${clash.row} for the same indicator and area`,
      );
      continue;
    }
    earlier.push({ row, period });
    data.push(Object.freeze(observation));
  }
  if (issues.length > 0) return { success: false, error: new BuurtaanpakError("invalid-observations", issues) };
  return { success: true, data: Object.freeze(data) };
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
