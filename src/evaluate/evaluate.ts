import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import { columnsOf, type ObservationColumns, type SortedRows } from "../internal/observationColumns.js";
import type { Area } from "../model/area.js";
import type { Model } from "../model/Model.js";
import type { Rule } from "../model/rule.js";
import { safeParseAreas } from "../model/safeParseAreas.js";
import type { Observation } from "../observations/Observation.js";
import type { Observations } from "../observations/Observations.js";
import { textOfDay } from "../period/days.js";
import type { Instant } from "../period/Period.js";
import type { Evaluation } from "./Evaluation.js";
import { aggregateIndicator, type IndicatorAggregate, Scratch } from "./internal/aggregate.js";
import { MONITORED, NO_DATA, NOT_EVALUABLE } from "./internal/codes.js";
import { type CompiledModel, compileModel } from "./internal/compileModel.js";
import { EvaluationResult } from "./internal/EvaluationResult.js";
import { buildHierarchy, type Hierarchy } from "./internal/hierarchy.js";
import { judgeMeasure, unitShare } from "./internal/judge.js";
import { rollUp } from "./internal/rollUps.js";
import { type Series, seriesOf, sortedRows } from "./internal/series.js";
import { resolveSpans, type Spans } from "./internal/spans.js";
import { type MeasureArrays, measureColumns, type Store } from "./internal/store.js";
import { collectWarnings, type Warnings } from "./internal/warnings.js";

/**
 * Options of {@link evaluate}.
 *
 * @category Evaluation
 * @example
 * const options: EvaluateOptions = { period: "2024", baseline: "2023", asOf: "2024-07-01" };
 */
export interface EvaluateOptions {
  /** The period to evaluate, such as `2024`, `2024-Q2` or `2024-03-01/2024-05-31`. */
  readonly period: string;
  /** The period to compare with. Defaults to the same period one year earlier. */
  readonly baseline?: string;
  /**
   * The instant the evaluation is as of (see {@link Instant}): a date `YYYY-MM-DD` is
   * midnight in Amsterdam, so `"2024-07-01"` counts data through 30 June. Defaults to the end
   * of `period`, so the period is complete. Inside the period, the evaluation is partial;
   * before it, an error.
   */
  readonly asOf?: Instant;
  /**
   * The area hierarchy. When given, it replaces the model's own areas. Areas that appear only
   * in the observations are added as leaves: under the wijk or gemeente their CBS code lies in
   * when that is known, else at the top; either way with an `unknown-area` warning.
   */
  readonly areas?: readonly Area[];
  /** `"error"` makes an area that is not in the hierarchy an error instead of a warning. */
  readonly unknownAreas?: "warn" | "error";
}

/**
 * Evaluates every success factor of a model, for every area with data, over a period against
 * its baseline; rolls the statuses up to groups, sub-goals and goals; and reports coverage and
 * warnings. Pure: it reads no clock, the same inputs give deeply equal output whatever the order
 * of the observations, and it never throws on parsed input (problems become statuses, reasons
 * and warnings). It throws a {@link BuurtaanpakError} only for options it cannot read (code
 * `invalid-options`, also for an asOf before the period), for rows that `parseObservations` did
 * not return (`invalid-observations`), and, with `unknownAreas: "error"`, for unknown areas.
 *
 * A partial period compares like with like (docs/evaluation.md): the baseline window is the
 * same calendar stretch a year earlier, both run to where the data of both reach, a parent
 * compares only the children with data in both periods, and a ratio over a stock (moves over
 * dwellings) reads the stock once, not once per quarter.
 *
 * @param model - a parsed model
 * @param observations - observations that {@link parseObservations} returned for the model (or no rows: `[]`)
 * @param options - the period, and optionally baseline, asOf and areas
 * @returns the {@link Evaluation}
 * @category Evaluation
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * const observations = parseObservations(alblasserdam, [
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2023", value: 480 },
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 },
 * ]);
 * const result = evaluate(alblasserdam, observations, { period: "2024" });
 * result.factors[0]?.status;
 * //=> "achieved"
 * result.factors[0]?.explanation.nl;
 * //=> "Fixi-meldingen in Alblasserdam: 530 in 2024 tegen 480 in 2023 (+10,4%); doel +10% gehaald."
 * result.statusOf("fixi-meldingen", "GM0482");
 * //=> "achieved"
 */
export function evaluate(model: Model, observations: Observations | readonly [], options: EvaluateOptions): Evaluation {
  const spans = resolveSpans(options);
  const given = options.areas === undefined ? model.areas : checkOptionAreas(options.areas);
  // An empty list has nothing parsing could have found; any other rows must come from parsing.
  const columns = Array.isArray(observations) && observations.length === 0 ? noRows(model) : columnsOf(observations);
  if (columns === undefined) {
    throw new BuurtaanpakError("invalid-observations", [
      {
        path: [],
        code: "not-parsed",
        message:
          "evaluate takes the observations parseObservations returns; these rows were not parsed, or were copied (a copy keeps the rows but not what parsing found): pass them through parseObservations",
      },
    ]);
  }
  const compiled = compileModel(model);
  const hierarchy = buildHierarchy(given, columns.areaIds);
  const warnings = collectWarnings();

  // Observation areas → hierarchy numbers; unknown ones were added, and are counted.
  const areaMap = new Int32Array(columns.areaIds.length);
  columns.areaIds.forEach((id, index) => {
    areaMap[index] = hierarchy.indexOf.get(id) ?? -1;
  });
  reportUnknownAreas(columns.area, columns.areaIds, areaMap, hierarchy, options.unknownAreas === "error", warnings);

  const sorted = sortedRows(columns);
  const columnIndex = new Map(columns.indicatorIds.map((id, index) => [id, index]));
  columns.indicatorIds.forEach((id, index) => {
    const rows =
      (sorted.runStart[sorted.indicatorRuns[index + 1] as number] as number) -
      (sorted.runStart[sorted.indicatorRuns[index] as number] as number);
    if (rows === 0) return;
    const known = compiled.indicatorIndex.get(id);
    if (known === undefined) warnings.add("unknown-indicator", { indicator: id }, rows);
    else if (compiled.indicators[known]?.measure !== columns.measures[index])
      warnings.add("measure-differs", { indicator: id }, rows);
  });

  // Aggregate each indicator a measure reads, once, and judge its measures straight after: the
  // aggregate lives in scratch space that the next indicator reuses.
  const scratch = new Scratch(hierarchy.areas.length);
  const units = memoisedUnits(spans.currentFirst);
  const measures: MeasureArrays[] = new Array(compiled.measures.length);
  const measuresByIndicator = new Map<number, number[]>();
  compiled.measures.forEach((measure, index) => {
    const list = measuresByIndicator.get(measure.indicator);
    if (list === undefined) measuresByIndicator.set(measure.indicator, [index]);
    else list.push(index);
  });
  for (const [indicator, measureIndexes] of measuresByIndicator) {
    const compiledIndicator = compiled.indicators[indicator];
    const id = compiledIndicator?.indicator.id ?? "";
    const series = seriesFor(compiled, indicator, columns, sorted, columnIndex, areaMap, hierarchy, warnings);
    reportEdges(series, id, observations, spans, warnings);
    const aggregate = aggregateIndicator(series, compiledIndicator?.kind ?? 0, hierarchy, spans, scratch, true);
    if (compiledIndicator?.comparative === true) reportComparison(aggregate, id, hierarchy, spans, warnings);
    const slots = byArea(aggregate);
    for (const index of measureIndexes) {
      const own = measureColumns(slots.length);
      judgeMeasure(compiled.measures[index]?.rule as Rule, aggregate, slots, spans, own, 0, units);
      measures[index] = own;
    }
  }

  const factors = factorSlots(compiled, hierarchy, measures);
  const rollUpScratch = new Uint32Array(hierarchy.areas.length * 8);
  const store: Store = {
    hierarchy,
    spans,
    model: compiled,
    source: model,
    measures,
    ...factors,
    groups: rollUp(compiled.groups, factors, factors.roots, rollUpScratch),
    subgoals: rollUp(compiled.subgoals, factors, factors.roots, rollUpScratch),
    goals: rollUp(compiled.goals, factors, factors.roots, rollUpScratch),
    evaluated: evaluatedAreas(factors.factorArea, hierarchy.areas.length),
  };
  return new EvaluationResult(store, warnings.list());
}

/** The columns of no rows at all. */
function noRows(model: Model): ObservationColumns {
  const none = new Uint32Array(0);
  return {
    version: 1,
    indicatorIds: model.indicators.map((indicator) => indicator.id),
    measures: model.indicators.map((indicator) => indicator.measure),
    indicator: none,
    areaIds: [],
    area: none,
    firstDay: new Int32Array(0),
    endDay: new Int32Array(0),
    first: new Float64Array(0),
    second: new Float64Array(0),
  };
}

// Validated hierarchies, by the array given: a dashboard passes the same one each time.
const validatedAreas = new WeakMap<readonly Area[], readonly Area[]>();

function checkOptionAreas(areas: readonly Area[]): readonly Area[] {
  const known = validatedAreas.get(areas);
  if (known !== undefined) return known;
  const parsed = safeParseAreas(areas, { path: ["areas"] });
  if (!parsed.success) throw new BuurtaanpakError("invalid-options", parsed.error.issues);
  if (Object.isFrozen(areas)) validatedAreas.set(areas, parsed.data);
  return parsed.data;
}

/** Counts the rows of each area the hierarchy did not know, and warns (or throws) once per area. */
function reportUnknownAreas(
  rowAreas: Uint32Array,
  areaIds: readonly string[],
  areaMap: Int32Array,
  hierarchy: Hierarchy,
  strict: boolean,
  warnings: Warnings,
): void {
  const unknown: number[] = [];
  areaIds.forEach((_, index) => {
    if ((areaMap[index] as number) >= hierarchy.given) unknown.push(index);
  });
  if (unknown.length === 0) return;
  const counts = new Uint32Array(areaIds.length);
  for (let row = 0; row < rowAreas.length; row++)
    counts[rowAreas[row] as number] = (counts[rowAreas[row] as number] as number) + 1;
  const ids = unknown.map((index) => areaIds[index] as string).sort();
  if (strict) {
    throw new BuurtaanpakError(
      "invalid-observations",
      ids.map((id) => ({
        path: ["area"],
        code: "unknown-area",
        message: `unknown area '${id}': it is not in the hierarchy (${counts[areaIds.indexOf(id)] ?? 0} rows)`,
      })),
    );
  }
  for (const index of unknown)
    warnings.add("unknown-area", { area: areaIds[index] as string }, counts[index] as number);
}

/** The series of one model indicator: its own rows, or for a rate its count's rows over the area figure. */
function seriesFor(
  compiled: CompiledModel,
  indicator: number,
  columns: ObservationColumns,
  sorted: SortedRows,
  columnIndex: ReadonlyMap<string, number>,
  areaMap: Int32Array,
  hierarchy: Hierarchy,
  warnings: Warnings,
): Series {
  const compiledIndicator = compiled.indicators[indicator];
  const source =
    compiledIndicator?.rateOf === undefined ? compiledIndicator : compiled.indicators[compiledIndicator.rateOf];
  const column = source === undefined ? undefined : columnIndex.get(source.indicator.id);
  const fits = column !== undefined && columns.measures[column] === source?.measure;
  if (!fits || column === undefined) return noSeries;
  const per = compiledIndicator?.ratePer;
  if (per === undefined) return seriesOf(sorted, column, areaMap);
  const without = new Set<string>();
  const series = seriesOf(sorted, column, areaMap, (area) => {
    const figure = hierarchy.areas[area]?.figures?.[per];
    if (figure === undefined || figure === 0) without.add(hierarchy.areas[area]?.id ?? "");
    return figure === 0 ? undefined : figure;
  });
  if (without.size > 0)
    warnings.add(
      "no-area-figure",
      { indicator: compiledIndicator?.indicator.id ?? "", areas: [...without].sort() },
      without.size,
    );
  return series;
}

/** The series of an indicator without rows. */
const noSeries: Series = Object.freeze({
  count: 0,
  areaOf: new Int32Array(0),
  start: new Uint32Array(1),
  row: new Uint32Array(0),
  firstDay: new Int32Array(0),
  endDay: new Int32Array(0),
  first: new Float64Array(0),
  second: new Float64Array(0),
});

/** Warns about rows that cross a window's edge, or lie after asOf: left out, never split. */
function reportEdges(
  series: Series,
  indicator: string,
  observations: readonly Observation[],
  spans: Spans,
  warnings: Warnings,
): void {
  const currentName = {
    nl: nameOf(spans.period.text, spans.currentEnd, spans.complete, "nl"),
    en: nameOf(spans.period.text, spans.currentEnd, spans.complete, "en"),
  };
  const baselineName = {
    nl: nameOf(spans.baseline.text, spans.baselineEnd, spans.complete, "nl"),
    en: nameOf(spans.baseline.text, spans.baselineEnd, spans.complete, "en"),
  };
  // The row's own period text is read only for the rare row that crosses an edge.
  const periodAt = (k: number) => observations[series.row[k] as number]?.period ?? "";
  let after = 0;
  for (let k = 0; k < series.firstDay.length; k++) {
    const first = series.firstDay[k] as number;
    const end = series.endDay[k] as number;
    if (first < spans.currentEnd && end > spans.currentFirst && (first < spans.currentFirst || end > spans.currentEnd))
      warnings.add("straddles-span", { indicator, period: periodAt(k), span: currentName });
    else if (!spans.complete && first >= spans.currentEnd && end <= spans.periodEnd) after++;
    if (
      first < spans.baselineEnd &&
      end > spans.baselineFirst &&
      (first < spans.baselineFirst || end > spans.baselineEnd)
    )
      warnings.add("straddles-span", { indicator, period: periodAt(k), span: baselineName });
  }
  if (after > 0)
    warnings.add(
      "after-as-of",
      { indicator, span: { nl: textOfDay(spans.currentEnd), en: textOfDay(spans.currentEnd) } },
      after,
    );
}

function nameOf(text: string, end: number, complete: boolean, language: "nl" | "en"): string {
  if (complete) return text;
  const through = textOfDay(end - 1);
  return language === "nl" ? `${text} t/m ${through.split("-").reverse().join("-")}` : `${text} through ${through}`;
}

/** The like-for-like and common-reach warnings of one indicator, naming the areas. */
function reportComparison(
  aggregate: IndicatorAggregate,
  indicator: string,
  hierarchy: Hierarchy,
  spans: Spans,
  warnings: Warnings,
): void {
  const ids = (areas: ReadonlySet<number>) =>
    [...areas].sort((a, b) => a - b).map((area) => hierarchy.areas[area]?.id ?? "");
  if (aggregate.onlyCurrent.size > 0)
    warnings.add(
      "areas-differ",
      { indicator, period: spans.period.text, areas: ids(aggregate.onlyCurrent) },
      aggregate.onlyCurrent.size,
    );
  if (aggregate.onlyBaseline.size > 0)
    warnings.add(
      "areas-differ",
      { indicator, period: spans.baseline.text, areas: ids(aggregate.onlyBaseline) },
      aggregate.onlyBaseline.size,
    );
  if (aggregate.lagging.size > 0)
    warnings.add("reach-differs", { indicator, areas: ids(aggregate.lagging) }, aggregate.lagging.size);
}

/** The slots of an aggregate in area order: a numeric sort of (area, slot) packed into one number, exact below 2^53. */
function byArea(aggregate: IndicatorAggregate): Uint32Array {
  const count = aggregate.areas.length;
  const keys = new Float64Array(count);
  for (let slot = 0; slot < count; slot++) keys[slot] = (aggregate.areas[slot] as number) * 0x80000000 + slot;
  keys.sort();
  const slots = new Uint32Array(count);
  for (let index = 0; index < count; index++) slots[index] = (keys[index] as number) % 0x80000000;
  return slots;
}

/** perPeriod units per (cut, unit), computed once per evaluation: every buurt shares a few cuts. */
function memoisedUnits(first: number) {
  const known = new Map<string, ReturnType<typeof unitShare>>();
  return (cut: number, per: "year" | "quarter" | "month") => {
    const key = `${cut}/${per}`;
    let share = known.get(key);
    if (share === undefined) {
      share = unitShare(first, cut, per);
      known.set(key, share);
    }
    return share;
  };
}

/**
 * Factor slots: per factor, the union of its measures' areas and the top-level areas, in area
 * order, with the worst of its measures' statuses (monitored never lowers it) and links to the
 * measure slots.
 */
function factorSlots(compiled: CompiledModel, hierarchy: Hierarchy, measures: readonly MeasureArrays[]) {
  const roots: number[] = [];
  for (let area = 0; area < hierarchy.areas.length; area++) if (hierarchy.parent[area] === -1) roots.push(area);
  const factorStart = new Uint32Array(compiled.factors.length + 1);
  const areaLists: Int32Array[] = [];
  compiled.factors.forEach((_, factor) => {
    const lists = (compiled.measuresOf[factor] ?? []).map(
      (measure) => measures[measure]?.measureArea ?? new Int32Array(0),
    );
    const merged = mergeSorted([...lists, Int32Array.from(roots)]);
    areaLists.push(merged);
    factorStart[factor + 1] = (factorStart[factor] as number) + merged.length;
  });
  const total = factorStart[compiled.factors.length] as number;
  const factorArea = new Int32Array(total);
  const factorStatus = new Uint8Array(total);
  const factorReason = new Uint8Array(total);
  const factorLink = new Uint32Array(compiled.factors.length);
  let links = 0;
  compiled.factors.forEach((_, factor) => {
    factorLink[factor] = links;
    links += (areaLists[factor]?.length ?? 0) * (compiled.measuresOf[factor]?.length ?? 0);
  });
  const factorMeasure = new Int32Array(links).fill(-1);
  compiled.factors.forEach((_, factor) => {
    const areas = areaLists[factor] as Int32Array;
    const own = compiled.measuresOf[factor] ?? [];
    const cursors = own.map(() => 0);
    const base = factorStart[factor] as number;
    for (let index = 0; index < areas.length; index++) {
      const area = areas[index] as number;
      let worst = MONITORED;
      let worstReason = 0;
      own.forEach((measure, position) => {
        const columns = measures[measure];
        const measureArea = columns?.measureArea ?? new Int32Array(0);
        let cursor = cursors[position] as number;
        while (cursor < measureArea.length && (measureArea[cursor] as number) < area) cursor++;
        cursors[position] = cursor;
        const slot = cursor < measureArea.length && measureArea[cursor] === area ? cursor : -1;
        factorMeasure[(factorLink[factor] as number) + index * own.length + position] = slot;
        const measureStatus = slot === -1 || columns === undefined ? NO_DATA : (columns.status[slot] as number);
        if (measureStatus < worst) {
          worst = measureStatus;
          worstReason =
            measureStatus === NOT_EVALUABLE && slot !== -1 && columns !== undefined
              ? (columns.reason[slot] as number)
              : 0;
        }
      });
      factorArea[base + index] = area;
      factorStatus[base + index] = own.length === 0 ? NO_DATA : worst;
      factorReason[base + index] = worstReason;
    }
  });
  return { factorStart, factorArea, factorStatus, factorReason, factorLink, factorMeasure, roots };
}

/** The union of sorted lists of area numbers, sorted. */
function mergeSorted(lists: readonly Int32Array[]): Int32Array {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const all = new Int32Array(total);
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let unique = 0;
  for (let index = 0; index < all.length; index++)
    if (index === 0 || all[index] !== all[index - 1]) all[unique++] = all[index] as number;
  return all.slice(0, unique);
}

/** The areas with at least one factor result, in area order. */
function evaluatedAreas(factorArea: Int32Array, areas: number): Int32Array {
  const seen = new Uint8Array(areas);
  for (let index = 0; index < factorArea.length; index++) seen[factorArea[index] as number] = 1;
  const list: number[] = [];
  for (let area = 0; area < areas; area++) if (seen[area] === 1) list.push(area);
  return Int32Array.from(list);
}
