import { BuurtaanpakError, type IssueCode, type IssueInput, type IssueParams } from "../errors/BuurtaanpakError.js";
import { checkAreaCode } from "../internal/checkAreaCode.js";
import { attachColumns } from "../internal/observationColumns.js";
import type { Area } from "../model/area.js";
import type { Indicator, Measure } from "../model/indicator.js";
import type { Model } from "../model/Model.js";
import type { SafeParseResult } from "../model/safeParseModel.js";
import type { Period } from "../period/Period.js";
import { readPeriod } from "../period/read.js";
import type { Observation } from "./Observation.js";
import type { Observations } from "./Observations.js";

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
 * Options of {@link parseObservations} and {@link safeParseObservations}.
 *
 * @category Observations
 * @example
 * const options: ParseObservationsOptions = { unknownAreas: "error" };
 */
export interface ParseObservationsOptions {
  /**
   * The areas the rows may name, besides the model's own: the hierarchy you will pass to
   * `evaluate`. Known areas let parsing catch an id in the wrong case (`gm0482` for `GM0482`).
   */
  readonly areas?: readonly Area[];
  /**
   * `"error"` rejects a row whose area is neither in the model nor in `areas`, for pipelines
   * that must be strict. The default, `"warn"`, lets `evaluate` add such areas with an
   * `unknown-area` warning.
   */
  readonly unknownAreas?: "warn" | "error";
}

/**
 * Reads observation rows against a model, without throwing. Every bad row is reported at once,
 * each problem naming the row index and the field, with a stable `code`:
 * - an unknown indicator, or one the library derives itself (a `rate`)
 * - an area id that matches a known area except for case, or a CBS code in lower case
 *   (`gm0482`): the message names the known area; an area id that looks like a malformed CBS
 *   code; with `unknownAreas: "error"`, an area the model and `areas` do not know
 * - fields that do not fit the indicator's measure, or unknown fields
 * - values that are not numbers (a string such as `"12"` is not a number here), negative,
 *   NaN, Infinity, above 10^15, or not whole where whole numbers are required
 * - `positive > respondents`
 * - a malformed period
 * - two rows for the same indicator, area and period, or two whose periods overlap (their sum
 *   would count the same days twice)
 *
 * The rows that parse come back as {@link Observations}: frozen, in the order given, and
 * carrying what parsing found (periods, figures) so that `evaluate` never reads them again.
 *
 * @param model - the model whose indicators the rows refer to
 * @param rows - the rows, as parsed JSON
 * @param options - known areas, and whether an unknown area is an error
 * @returns `{ success: true, data }` with the observations, or `{ success: false, error }`
 * @category Observations
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * const result = safeParseObservations(alblasserdam, [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: -1 }]);
 * result.success ? "" : result.error.issues[0]?.message;
 * //=> "must not be negative"
 * const typo = safeParseObservations(alblasserdam, [{ indicator: "fixi-meldingen", area: "gm0482", period: "2024", value: 1 }]);
 * typo.success ? "" : typo.error.issues[0]?.message;
 * //=> "'gm0482' is not a known area: did you mean 'GM0482'? Area ids are case-sensitive"
 */
export function safeParseObservations(
  model: Model,
  rows: unknown,
  options: ParseObservationsOptions = {},
): SafeParseResult<Observations> {
  if (!Array.isArray(rows)) {
    return {
      success: false,
      error: new BuurtaanpakError("invalid-observations", [
        { path: [], code: "not-a-list", message: "observations must be an array of rows" },
      ]),
    };
  }
  const indicators = new Map<string, KnownIndicator>(
    model.indicators.map((indicator, index) => [
      indicator.id,
      { index, measure: indicator.measure, rate: indicator.rate },
    ]),
  );
  const periods = new Map<string, ReadPeriod | string>();
  const areas = new AreaChecker(model.areas, options);
  const issues: IssueInput[] = [];
  const data: Observation[] = [];
  const periodsSeen = new PeriodsSeen(rows.length, model.indicators.length);
  const list: readonly unknown[] = rows;
  const rowCount = list.length;
  const indicatorColumn = new Uint32Array(rowCount);
  const areaColumn = new Uint32Array(rowCount);
  const firstDay = new Int32Array(rowCount);
  const endDay = new Int32Array(rowCount);
  const figures: FigureColumns = { first: new Float64Array(rowCount), second: new Float64Array(rowCount) };

  // The fast path reads a valid row with no closure, no lookup it did for the row before, and
  // no intermediate object; any doubt sends the row down the slow path, which says everything
  // that is wrong with it.
  let lastIndicator: unknown;
  let lastKnown: KnownIndicator | undefined;
  let lastAreaId: unknown;
  let lastArea = -1;
  let lastPeriodText: unknown;
  let lastPeriod: ReadPeriod | undefined;
  const write = (observation: Observation, known: KnownIndicator, area: number, period: ReadPeriod) => {
    const at = data.length;
    indicatorColumn[at] = known.index;
    areaColumn[at] = area;
    firstDay[at] = period.firstDay;
    endDay[at] = period.endDay;
    data.push(Object.freeze(observation));
  };

  for (let row = 0; row < rowCount; row++) {
    const input: unknown = list[row];
    // biome-ignore lint/suspicious/noConfusingLabels: the fast path leaves its block at the first field it cannot take as it is
    fast: if (issues.length === 0 && typeof input === "object" && input !== null && !Array.isArray(input)) {
      const record = input as Record<string, unknown>;
      for (const key in record) if (!knownFields.has(key)) break fast;
      const { indicator, area, period: periodText, source, note } = record;
      if (indicator !== lastIndicator) {
        lastKnown = typeof indicator === "string" ? indicators.get(indicator) : undefined;
        lastIndicator = indicator;
      }
      const known = lastKnown;
      if (known === undefined || known.rate !== undefined) break fast;
      if (area !== lastAreaId) {
        lastArea = typeof area === "string" && isText(area, 100) ? areas.quick(area) : -1;
        lastAreaId = area;
      }
      if (lastArea === -1) break fast;
      if (periodText !== lastPeriodText) {
        const read =
          typeof periodText === "string" && isText(periodText, 100)
            ? (periods.get(periodText) ?? cachePeriod(periods, periodText))
            : undefined;
        lastPeriod = typeof read === "string" ? undefined : read;
        lastPeriodText = periodText;
      }
      const period = lastPeriod;
      if (
        period === undefined ||
        (source !== undefined && !isText(source, 1000, true)) ||
        (note !== undefined && !isText(note, 4000, true))
      )
        break fast;
      const observation = figuresOrUndefined(
        record,
        known.measure,
        indicator as string,
        area as string,
        periodText as string,
        figures,
        data.length,
      );
      if (observation === undefined || periodsSeen.add(row, known.index, lastArea, period.period) !== undefined)
        break fast;
      if (source !== undefined) observation.source = source as string;
      if (note !== undefined) observation.note = note as string;
      write(observation, known, lastArea, period);
      continue;
    }
    slowRow(row, input);
  }

  /** Says everything that is wrong with one row; keeps it when nothing is. */
  function slowRow(row: number, input: unknown): void {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      issues.push({ path: [row], code: "not-an-object", message: "a row must be an object" });
      return;
    }
    const record = input as Record<string, unknown>;
    const before = issues.length;
    const report: Report = (field, code, message, params) =>
      issues.push(
        params === undefined ? { path: [row, field], code, message } : { path: [row, field], code, message, params },
      );
    for (const key in record)
      if (!knownFields.has(key))
        report(key, "unknown-field", `unknown field '${shorten(key)}'`, { field: shorten(key) });

    const indicator = readText(record, "indicator", report);
    const area = readText(record, "area", report);
    const periodText = readText(record, "period", report);

    const known = indicator === undefined ? undefined : indicators.get(indicator);
    const measure = known?.measure;
    if (indicator !== undefined) {
      if (known === undefined)
        report("indicator", "unknown-indicator", `unknown indicator '${shorten(indicator)}'`, {
          indicator: shorten(indicator),
        });
      else if (known.rate !== undefined)
        report(
          "indicator",
          "derived-indicator",
          `'${indicator}' is derived from '${known.rate.of}' and the areas' ${known.rate.per}: give rows for '${known.rate.of}'`,
          { indicator, of: known.rate.of, per: known.rate.per },
        );
    }
    const areaIndex = area === undefined ? -1 : areas.check(area, report);
    let period: ReadPeriod | undefined;
    if (periodText !== undefined) {
      let read = periods.get(periodText);
      if (read === undefined) {
        read = readWithDays(periodText);
        periods.set(periodText, read);
      }
      if (typeof read === "string")
        report("period", "invalid-period", `'${shorten(periodText)}' is not a period: ${read}`, {
          text: shorten(periodText),
          reason: read,
        });
      else period = read;
    }
    const observation =
      measure === undefined || indicator === undefined || area === undefined || periodText === undefined
        ? undefined
        : readFigures(record, measure, { indicator, area, period: periodText }, report, figures, data.length);
    if (
      issues.length > before ||
      observation === undefined ||
      period === undefined ||
      known === undefined ||
      areaIndex === -1
    )
      return;

    const clash = periodsSeen.add(row, known.index, areaIndex, period.period);
    if (clash !== undefined) {
      const other = list[clash] as { period: string };
      if (other.period === period.period.text)
        report("period", "duplicate-row", `duplicate of row ${clash}: same indicator, area and period`, { row: clash });
      else
        report(
          "period",
          "overlapping-rows",
          `${period.period.text} overlaps ${other.period} of row ${clash} for the same indicator and area`,
          { row: clash, period: period.period.text, otherPeriod: other.period },
        );
      return;
    }
    const source = readOptionalText(record, "source", 1000, report);
    const note = readOptionalText(record, "note", 4000, report);
    if (issues.length > before) return;
    if (source !== undefined) observation.source = source;
    if (note !== undefined) observation.note = note;
    write(observation, known, areaIndex, period);
  }
  if (issues.length > 0) return { success: false, error: new BuurtaanpakError("invalid-observations", issues) };
  const count = data.length;
  attachColumns(data, {
    version: 1,
    indicatorIds: model.indicators.map((indicator) => indicator.id),
    measures: model.indicators.map((indicator) => indicator.measure),
    indicator: indicatorColumn.subarray(0, count),
    areaIds: areas.ids,
    area: areaColumn.subarray(0, count),
    firstDay: firstDay.subarray(0, count),
    endDay: endDay.subarray(0, count),
    first: figures.first.subarray(0, count),
    second: figures.second.subarray(0, count),
  });
  // The array is frozen; the brand is what parsing checked, so only parsing sets it.
  return { success: true, data: Object.freeze(data) as unknown as Observations };
}

/** A period with its first day and the day after its last as day numbers. */
interface ReadPeriod {
  readonly period: Period;
  readonly firstDay: number;
  readonly endDay: number;
}

const dayLength = 86_400_000;

function readWithDays(text: string): ReadPeriod | string {
  const period = readPeriod(text);
  if (typeof period === "string") return period;
  const firstDay =
    Date.UTC(
      Number(period.firstDay.slice(0, 4)),
      Number(period.firstDay.slice(5, 7)) - 1,
      Number(period.firstDay.slice(8, 10)),
    ) / dayLength;
  return { period, firstDay, endDay: firstDay + period.days };
}

/** An indicator as parsing reads it. */
interface KnownIndicator {
  readonly index: number;
  readonly measure: Measure;
  readonly rate: Indicator["rate"];
}

function cachePeriod(periods: Map<string, ReadPeriod | string>, text: string): ReadPeriod | string {
  const read = readWithDays(text);
  periods.set(text, read);
  return read;
}

/** A text of at most `max` characters that is not blank (or, `blankAllowed`, any such text). */
function isText(value: unknown, max: number, blankAllowed = false): boolean {
  if (typeof value !== "string" || value.length > max) return false;
  if (blankAllowed) return true;
  // Only a text that starts or ends with white space can be blank: trim only those.
  return (
    value.length > 0 &&
    (value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32 ? true : value.trim() !== "")
  );
}

/** Where parsing keeps the two figures of each kept row, by its place among the kept rows. */
interface FigureColumns {
  readonly first: Float64Array;
  readonly second: Float64Array;
}

/**
 * The observation of a valid row's figures, or `undefined` (the slow path says why). Each
 * measure builds its object in one literal, so that all observations of a measure share one
 * shape. It writes the figures at `at`, the place the row takes if it is kept; a row that is
 * not kept leaves them for the next kept row to overwrite, or beyond the count that is read.
 */
function figuresOrUndefined(
  record: Record<string, unknown>,
  measure: Measure,
  indicator: string,
  area: string,
  period: string,
  figures: FigureColumns,
  at: number,
): Observation | undefined {
  const { value, numerator, denominator, respondents, positive } = record;
  switch (measure) {
    case "count":
    case "stock":
      if (
        isAmount(value) &&
        numerator === undefined &&
        denominator === undefined &&
        respondents === undefined &&
        positive === undefined
      ) {
        figures.first[at] = value + 0;
        figures.second[at] = 1;
        return { indicator, area, period, value: value + 0 };
      }
      return undefined;
    case "ratio":
      if (
        isAmount(numerator) &&
        isAmount(denominator) &&
        denominator > 0 &&
        value === undefined &&
        respondents === undefined &&
        positive === undefined
      ) {
        figures.first[at] = numerator + 0;
        figures.second[at] = denominator;
        return { indicator, area, period, numerator: numerator + 0, denominator };
      }
      return undefined;
    case "share":
      if (
        isWhole(respondents) &&
        respondents > 0 &&
        isWhole(positive) &&
        positive <= respondents &&
        value === undefined &&
        numerator === undefined &&
        denominator === undefined
      ) {
        figures.first[at] = positive + 0;
        figures.second[at] = respondents;
        return { indicator, area, period, respondents, positive: positive + 0 };
      }
      return undefined;
  }
}

/**
 * Checks each distinct area id once and numbers it: case typos of known areas and CBS codes in
 * lower case are errors that name the known area; with `unknownAreas: "error"`, so is any area
 * the model and the given areas do not know.
 */
class AreaChecker {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly problems = new Map<string, readonly [IssueCode, string, IssueParams]>();
  private readonly known = new Set<string>();
  private readonly byLowerCase = new Map<string, string>();
  private readonly strict: boolean;
  private lastId = "";
  private lastIndex = -1;

  constructor(modelAreas: readonly Area[], options: ParseObservationsOptions) {
    for (const area of [...modelAreas, ...(options.areas ?? [])]) {
      this.known.add(area.id);
      this.byLowerCase.set(area.id.toLowerCase(), area.id);
    }
    this.strict = options.unknownAreas === "error";
  }

  /** The area's number when it has one or needs none of the checks that report, else −1. */
  quick(id: string): number {
    const numbered = this.index.get(id);
    if (numbered !== undefined) return numbered;
    // An id whose problem is known never comes here again: the slow path reports it, and the
    // fast path takes no row after a problem.
    const problem = this.problemOf(id);
    if (problem !== undefined) {
      this.problems.set(id, problem);
      return -1;
    }
    this.index.set(id, this.ids.length);
    this.ids.push(id);
    return this.ids.length - 1;
  }

  /** The area's number, or −1 after reporting what is wrong with it. */
  check(id: string, report: Report): number {
    if (id === this.lastId && this.lastIndex !== -1) return this.lastIndex;
    const numbered = this.index.get(id);
    if (numbered !== undefined) return this.remember(id, numbered);
    let problem = this.problems.get(id);
    if (problem === undefined) {
      problem = this.problemOf(id);
      if (problem === undefined) {
        this.index.set(id, this.ids.length);
        this.ids.push(id);
        return this.remember(id, this.ids.length - 1);
      }
      this.problems.set(id, problem);
    }
    report("area", problem[0], problem[1], problem[2]);
    return -1;
  }

  private remember(id: string, index: number): number {
    this.lastId = id;
    this.lastIndex = index;
    return index;
  }

  private problemOf(id: string): readonly [IssueCode, string, IssueParams] | undefined {
    if (this.known.has(id)) return undefined;
    const shown = shorten(id);
    if (!/^[\w.-]+$/.test(id))
      return ["invalid-area-id", "an area id holds letters, digits, '-', '_' and '.'", { field: "area", value: shown }];
    const knownCase = this.byLowerCase.get(id.toLowerCase());
    if (knownCase !== undefined)
      return [
        "area-case",
        `'${shown}' is not a known area: did you mean '${knownCase}'? Area ids are case-sensitive`,
        { id: shown, suggestion: knownCase },
      ];
    if (/^(gm|wk|bu)\d/i.test(id) && id !== id.toUpperCase())
      return [
        "area-case",
        `'${shown}' is a CBS code in lower case: write '${shorten(id.toUpperCase())}'`,
        { id: shown, suggestion: shorten(id.toUpperCase()) },
      ];
    const malformed = checkAreaCode(id, "area", false);
    if (malformed !== undefined) return ["not-a-cbs-code", malformed, { id: shown }];
    if (this.strict)
      return [
        "unknown-area",
        `unknown area '${shown}': it is not in the model's areas nor in the areas given`,
        { id: shown },
      ];
    return undefined;
  }
}

/** At most 40 characters of a text from the input, so that hostile input cannot bloat messages. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
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
  private readonly indicatorCount: number;

  constructor(rows: number, indicators: number) {
    this.indicatorCount = indicators;
    this.starts = new Float64Array(rows);
    this.ends = new Float64Array(rows);
    this.previous = new Int32Array(rows);
    this.last = new Int32Array(rows).fill(-1);
    this.latestEnd = new Float64Array(rows);
  }

  /** Records a row and returns the earlier row whose period overlaps it, if any (then the row is not recorded). */
  add(row: number, indicator: number, area: number, period: Period): number | undefined {
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

  private pairOf(indicator: number, area: number): number {
    // A number as key hashes faster than a pair of texts; the pairs are numbered densely.
    const key = area * this.indicatorCount + indicator;
    let pair = this.pairs.get(key);
    if (pair === undefined) {
      pair = this.pairs.size;
      this.pairs.set(key, pair);
    }
    return pair;
  }
}

/** The observation of a row with the figures its indicator's measure takes, or `undefined` after reporting what is wrong. */
function readFigures(
  record: Record<string, unknown>,
  measure: Measure,
  where: Pick<Observation, "indicator" | "area" | "period">,
  report: Report,
  figures: FigureColumns,
  at: number,
): Observation | undefined {
  const observation = figuresOrUndefined(record, measure, where.indicator, where.area, where.period, figures, at);
  if (observation === undefined) reportFigures(record, measure, report);
  return observation;
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
      if (present)
        report(
          field,
          "field-misfit",
          `a ${measure} indicator has no field '${field}' (it takes ${expected.join(" and ")})`,
        );
    } else if (!present)
      report(field, "missing-field", `missing: a ${measure} indicator needs ${expected.join(" and ")}`);
    else
      readAmount(
        record[field],
        field === "respondents" || field === "positive",
        field === "denominator" || field === "respondents",
        (code, message) => report(field, code, message),
      );
  }
  const { positive, respondents } = record;
  if (
    measure === "share" &&
    typeof positive === "number" &&
    typeof respondents === "number" &&
    positive > respondents
  ) {
    report(
      "positive",
      "positive-above-respondents",
      `positive (${positive}) must not exceed respondents (${respondents})`,
      { positive, respondents },
    );
  }
}

type Report = (field: string, code: IssueCode, message: string, params?: IssueParams) => void;

function readText(record: Record<string, unknown>, field: string, report: Report): string | undefined {
  const value = record[field];
  if (value === undefined) report(field, "missing-field", "missing");
  else if (typeof value !== "string" || value.trim() === "") report(field, "not-a-text", "must be a non-empty text");
  else if (value.length > 100) report(field, "too-long", "must be at most 100 characters");
  else return value;
  return undefined;
}

function readOptionalText(
  record: Record<string, unknown>,
  field: string,
  max: number,
  report: Report,
): string | undefined {
  const value = record[field];
  if (value === undefined) return undefined;
  if (typeof value !== "string") report(field, "not-a-text", "must be a text");
  else if (value.length > max) report(field, "too-long", `must be at most ${max} characters`);
  else return value;
  return undefined;
}

function readAmount(
  value: unknown,
  whole: boolean,
  positive: boolean,
  report: (code: IssueCode, message: string) => void,
): number | undefined {
  if (typeof value !== "number") {
    report(
      "not-a-number",
      typeof value === "string"
        ? `must be a number, not the text ${JSON.stringify(value.slice(0, 40))}`
        : `must be a number, not ${value === null ? "null" : typeof value}`,
    );
  } else if (Number.isNaN(value)) report("not-a-number", "must be a number, not NaN");
  else if (!Number.isFinite(value)) report("not-finite", "must be finite");
  else if (value < 0) report("negative", "must not be negative");
  else if (positive && value === 0) report("not-positive", "must be above 0");
  else if (value > MAX_AMOUNT) report("too-large", "must be at most 10^15");
  else if (whole && !Number.isInteger(value)) report("not-whole", "must be a whole number");
  else return value + 0; // normalises -0 to 0
  return undefined;
}
