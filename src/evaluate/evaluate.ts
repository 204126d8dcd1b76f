import { z } from "zod";
import { BuurtaanpakError, type Issue } from "../errors/BuurtaanpakError.js";
import { zodIssues } from "../internal/zodIssues.js";
import { Area } from "../model/area.js";
import type { Indicator } from "../model/indicator.js";
import { checkAreas } from "../model/internal/checkReferences.js";
import type { Model } from "../model/Model.js";
import type { Observation } from "../observations/Observation.js";
import { readPeriod } from "../period/internal/readPeriod.js";
import type { Period, Span } from "../period/Period.js";
import { coverageGaps } from "../trace/coverageGaps.js";
import type { AreaCoverage, Evaluation, FactorResult, MeasureResult, Status } from "./Evaluation.js";
import { aggregateOwn, aggregateUp, type Aggregate, type Entry } from "./internal/aggregate.js";
import { explainFactor } from "./internal/explain.js";
import { compareFractions, valueOf } from "./internal/Fraction.js";
import { buildHierarchy } from "./internal/hierarchy.js";
import { resolveSpans, type Spans } from "./internal/resolveSpans.js";
import { rollUps } from "./internal/rollUps.js";
import { collectWarnings } from "./internal/warnings.js";
import { judge, needsBaseline } from "./rules/judge.js";

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
   * The instant the evaluation is as of: a `Date`, an ISO date-time with a zone, or a date
   * `YYYY-MM-DD` (midnight in Amsterdam, so `"2024-07-01"` counts data through 30 June).
   * Defaults to the end of `period`, so the period is complete. Inside the period, the
   * evaluation is partial; before it, an error.
   */
  readonly asOf?: string | Date;
  /**
   * The area hierarchy. When given, it replaces the model's own areas. Areas that appear only
   * in the observations are added as leaves: under the wijk or gemeente their CBS code lies in
   * when that is known, else without a parent.
   */
  readonly areas?: readonly Area[];
}

const worstFirst: readonly Status[] = ["not-achieved", "behind", "no-data", "not-evaluable", "on-track", "achieved"];

/**
 * Evaluates every success factor of a model, for every area with data, over a period against
 * its baseline; rolls the statuses up to groups, sub-goals and goals; and reports coverage and
 * warnings. Pure: it reads no clock, the same inputs give deeply equal output whatever the order
 * of the observations, and it never throws on parsed input (problems become statuses, reasons
 * and warnings). It throws a {@link BuurtaanpakError} `invalid-options` only for unreadable
 * options or an `asOf` before the period.
 *
 * @param model - a parsed model
 * @param observations - observations parsed against the model
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
 */
export function evaluate(model: Model, observations: readonly Observation[], options: EvaluateOptions): Evaluation {
  const spans = resolveSpans(options);
  const hierarchy = buildHierarchy(options.areas === undefined ? model.areas : checkOptionAreas(options.areas), observations.map((row) => row.area));
  const indicatorIndex = new Map(model.indicators.map((indicator, index) => [indicator.id, index]));
  const warnings = collectWarnings();

  // Index every observation once: per indicator, per span, per area, the entries inside.
  const areaCount = hierarchy.areas.length;
  const buckets = model.indicators.map(() => [new Map<number, Entry[]>(), new Map<number, Entry[]>()] as const);
  const periods = new Map<string, Period | string>();
  const spanList: readonly [Span, Span] = [spans.current, spans.baselineSpan];
  for (const row of observations) {
    const indicator = indicatorIndex.get(row.indicator);
    if (indicator === undefined) {
      warnings.add("unknown-indicator", { indicator: row.indicator });
      continue;
    }
    let period = periods.get(row.period);
    if (period === undefined) periods.set(row.period, (period = readPeriod(row.period)));
    if (typeof period === "string") {
      warnings.add("unreadable-period", { indicator: row.indicator, period: row.period });
      continue;
    }
    const area = hierarchy.indexOf.get(row.area) ?? -1;
    const entry = toEntry(model.indicators[indicator] as Indicator, row, period);
    for (let which = 0; which < 2; which++) {
      const span = spanList[which] as Span;
      if (period.start >= span.start && period.end <= span.end) {
        const bucket = (buckets[indicator] as readonly [Map<number, Entry[]>, Map<number, Entry[]>])[which as 0 | 1];
        const entries = bucket.get(area);
        if (entries === undefined) bucket.set(area, [entry]);
        else entries.push(entry);
      } else if (period.start < span.end && period.end > span.start) {
        warnings.add("straddles-span", { indicator: row.indicator, period: row.period, span: which === 0 ? spans.names.current : spans.names.baseline });
      }
    }
  }

  // Aggregate: own values per area, then up the hierarchy.
  const values = model.indicators.map((indicator, index) => {
    const own = ([0, 1] as const).map((which) => {
      const column: (Aggregate | undefined)[] = new Array<Aggregate | undefined>(areaCount).fill(undefined);
      const span = spanList[which];
      for (const [area, entries] of (buckets[index] as readonly [Map<number, Entry[]>, Map<number, Entry[]>])[which]) {
        column[area] = aggregateOwn(indicator.measure, entries, span, spans.complete);
      }
      return column;
    });
    const { values: both, differing } = aggregateUp(indicator.measure, hierarchy, [own[0] ?? [], own[1] ?? []]);
    if (differing > 0) warnings.add("areas-differ", { indicator: indicator.id }, differing);
    return both;
  });

  const factors: FactorResult[] = [];
  for (const group of model.groups) {
    for (const factor of group.factors) {
      const measures = factor.measures.map((measure) => {
        const index = indicatorIndex.get(measure.indicator) ?? -1;
        return { rule: measure.rule, indicator: model.indicators[index] as Indicator, values: values[index] };
      });
      for (let area = 0; area < areaCount; area++) {
        if (!measures.some(({ values: both }) => both !== undefined && (both[0][area] !== undefined || both[1][area] !== undefined))) continue;
        const results = measures.map(({ rule, indicator, values: both }) => ({
          rule,
          indicator,
          result: judgeMeasure(indicator, rule, both?.[0][area], both?.[1][area], spans),
        }));
        const status = factorStatus(results.map(({ result }) => result));
        const reason = status === "not-evaluable" ? results.find(({ result }) => result.status === status)?.result.reason : undefined;
        const place = hierarchy.areas[area] as Area;
        factors.push({
          factor: factor.id,
          area: place.id,
          status,
          ...(reason === undefined ? {} : { reason }),
          measures: results.map(({ result }) => result),
          explanation: explainFactor(factor.what, place.name, results, spans.names),
        });
      }
    }
  }

  const evaluatedAreas = new Set(factors.map((result) => result.area));
  const areasWithResults = hierarchy.areas.map((area) => area.id).filter((id) => evaluatedAreas.has(id));
  const { groups, subgoals, goals, statusOf } = rollUps(model, factors, areasWithResults);
  const allFactors = model.groups.flatMap((group) => group.factors.map((factor) => factor.id));
  const coverageAreas: AreaCoverage[] = areasWithResults.map((area) => {
    const withoutData = allFactors.filter((factor) => (statusOf(factor, area) ?? "no-data") === "no-data");
    return { area, factors: allFactors.length, withData: allFactors.length - withoutData.length, withoutData };
  });

  return {
    period: spans.period.text,
    baseline: spans.baseline.text,
    asOf: new Date(spans.asOf).toISOString(),
    complete: spans.complete,
    factors,
    groups,
    subgoals,
    goals,
    coverage: { gaps: coverageGaps(model), areas: coverageAreas },
    warnings: warnings.list(),
  };
}

function toEntry(indicator: Indicator, row: Observation, period: Period): Entry {
  switch (indicator.measure) {
    case "count":
    case "stock":
      return { start: period.start, end: period.end, numerator: row.value ?? 0, denominator: 1 };
    case "ratio":
      return { start: period.start, end: period.end, numerator: row.numerator ?? 0, denominator: row.denominator ?? 1 };
    case "share":
      return { start: period.start, end: period.end, numerator: row.positive ?? 0, denominator: row.respondents ?? 1 };
  }
}

function judgeMeasure(
  indicator: Indicator,
  rule: Model["groups"][number]["factors"][number]["measures"][number]["rule"],
  current: Aggregate | undefined,
  baseline: Aggregate | undefined,
  spans: Spans,
): MeasureResult {
  const figures: { -readonly [K in keyof MeasureResult]: MeasureResult[K] } = { indicator: indicator.id, status: "no-data" };
  if (current !== undefined) figures.current = valueOf(current);
  const usable = baseline !== undefined && (baseline.complete || needsBaseline(rule)) ? baseline : undefined;
  if (usable !== undefined) {
    figures.baseline = valueOf(usable);
    // (c − b) ÷ b on the sums, so that 480 → 530 gives exactly 50 / 480.
    if (usable.numerator !== 0 && current !== undefined) {
      figures.change = (current.numerator * usable.denominator - usable.numerator * current.denominator) / (usable.numerator * current.denominator);
    }
    if (current !== undefined) {
      const comparison = compareFractions(current, usable);
      figures.trend = comparison > 0 ? "up" : comparison < 0 ? "down" : "flat";
    }
  }
  if (indicator.measure === "share" && current !== undefined) {
    figures.respondents = usable === undefined ? { current: current.denominator } : { current: current.denominator, baseline: usable.denominator };
  }
  if (current === undefined || (usable === undefined && needsBaseline(rule))) return figures;
  if (!current.complete || (usable !== undefined && !usable.complete)) return { ...figures, status: "not-evaluable", reason: "incomplete-data" };
  const judgement = judge(rule, { current, baseline: usable, units: spans.units });
  if (judgement === undefined) return { ...figures, status: "monitored" };
  if ("reason" in judgement) return { ...figures, status: "not-evaluable", reason: judgement.reason };
  const { met, ...numbers } = judgement;
  const status: Status = met ? (spans.complete ? "achieved" : "on-track") : spans.complete ? "not-achieved" : "behind";
  return { ...figures, ...numbers, status };
}

/** The worst of the measures' statuses; `monitored` measures do not lower it. */
function factorStatus(results: readonly MeasureResult[]): Status {
  let worst: Status = "monitored";
  let rank = worstFirst.length;
  for (const { status } of results) {
    const position = worstFirst.indexOf(status);
    if (position !== -1 && position < rank) {
      rank = position;
      worst = status;
    }
  }
  return worst;
}

function checkOptionAreas(areas: readonly Area[]): readonly Area[] {
  const parsed = z.array(Area).safeParse(areas);
  if (!parsed.success) throw new BuurtaanpakError("invalid-options", zodIssues(parsed.error, ["areas"]));
  const issues: Issue[] = [];
  checkAreas(parsed.data, (path, message) => issues.push({ path: path.map((segment, index) => (index === 0 ? "areas" : segment)), message }));
  if (issues.length > 0) throw new BuurtaanpakError("invalid-options", issues);
  return parsed.data;
}
