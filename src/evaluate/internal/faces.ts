import type { Label } from "../../model/common.js";
import type { Indicator } from "../../model/indicator.js";
import type { Rule } from "../../model/rule.js";
import { textOfDay } from "../../period/days.js";
import { coverageGaps } from "../../trace/coverageGaps.js";
import type {
  AreaCoverage,
  DayRange,
  FactorColumns,
  FactorResult,
  GoalRollUp,
  GroupRollUp,
  MeasureResult,
  Parts,
  RollUpFigures,
  Status,
  StatusCounts,
  SubgoalRollUp,
} from "../Evaluation.js";
import { NO_DATA, reasonCodes, reasonOf, statusCodes, statusOf, trendCodes, trendOf } from "./codes.js";
import { Kind } from "./compileModel.js";
import { explainFactor, type SentenceContext } from "./explain.js";
import { factorSlot, linkedMeasure, type RollUpColumns, type Store } from "./store.js";

/** The contract's plain objects, read off the columns (see Evaluation in Evaluation.ts). */

/** The sentence context of a store: period names and the windows' last days. */
export function sentenceContext(store: Store): SentenceContext {
  const { spans } = store;
  return {
    period: spans.period.text,
    baseline: spans.baseline.text,
    complete: spans.complete,
    currentThrough: textOfDay(spans.currentEnd - 1),
    baselineThrough: textOfDay(spans.baselineEnd - 1),
  };
}

/** Every factor result, factor by factor in model order, each in area order. */
export function factorResults(store: Store): FactorResult[] {
  const { model, hierarchy } = store;
  const context = sentenceContext(store);
  const names = new Map(hierarchy.areas.map((area) => [area.id, area.name]));
  const results: FactorResult[] = [];
  model.factors.forEach((factor, factorIndex) => {
    const measureIndexes = model.measuresOf[factorIndex] ?? [];
    const book: SentenceBook = {
      what: factor.what,
      names,
      context,
      pairs: measureIndexes.map((index) => {
        const measure = model.measures[index];
        return {
          indicator: model.indicators[measure?.indicator ?? 0]?.indicator as Indicator,
          rule: measure?.rule as Rule,
        };
      }),
    };
    const from = store.factorStart[factorIndex] as number;
    const to = store.factorStart[factorIndex + 1] as number;
    for (let slot = from; slot < to; slot++) {
      const area = hierarchy.areas[store.factorArea[slot] as number]?.id ?? "";
      const measures: MeasureResult[] = [];
      for (let position = 0; position < measureIndexes.length; position++)
        measures.push(
          measureResult(store, measureIndexes[position] as number, linkedMeasure(store, factorIndex, slot, position)),
        );
      const status = statusOf(store.factorStatus[slot] as number) ?? "no-data";
      const reason = reasonOf(store.factorReason[slot] as number);
      results.push(withExplanation(factor.id, area, status, reason, measures, book));
    }
  });
  return results;
}

/**
 * What the sentences of one factor's results share: its "what", its measures, the areas'
 * names and the periods. A result's sentence reads its own fields and this, and nothing of the
 * evaluation's columns.
 */
interface SentenceBook {
  readonly what: Label;
  readonly pairs: readonly { readonly indicator: Indicator; readonly rule: Rule }[];
  readonly names: ReadonlyMap<string, string>;
  readonly context: SentenceContext;
}

/**
 * A factor result whose `explanation` is written when first read, then kept as a plain data
 * property. Two fixed shapes, with and without a reason: literals with a getter stay cheap by the
 * hundred thousand, where defineProperty on each would not. The getter reads the result itself
 * and the factor's book, so a result kept alone keeps nothing else of the evaluation alive.
 */
function withExplanation(
  factor: string,
  area: string,
  status: Status,
  reason: FactorResult["reason"],
  measures: readonly MeasureResult[],
  book: SentenceBook,
): FactorResult {
  return reason === undefined
    ? {
        factor,
        area,
        status,
        measures,
        get explanation() {
          return settleExplanation(this, book);
        },
      }
    : {
        factor,
        area,
        status,
        reason,
        measures,
        get explanation() {
          return settleExplanation(this, book);
        },
      };
}

/** Writes a result's explanation and keeps it as a plain data property of the result. */
function settleExplanation(
  result: Pick<FactorResult, "area" | "measures">,
  book: SentenceBook,
): FactorResult["explanation"] {
  const explanation = explainFactor(
    book.what,
    book.names.get(result.area) ?? result.area,
    book.pairs,
    result.measures,
    book.context,
  );
  Object.defineProperty(result, "explanation", {
    value: explanation,
    enumerable: true,
    configurable: true,
    writable: false,
  });
  return explanation;
}

/** One measure result from its slot, or the bare no-data result where the measure has no data. */
export function measureResult(store: Store, measure: number, slot: number): MeasureResult {
  const compiled = store.model.measures[measure];
  const indicatorIndex = compiled?.indicator ?? 0;
  const indicator = store.model.indicators[indicatorIndex];
  const id = indicator?.indicator.id ?? "";
  const columns = store.measures[measure];
  if (slot === -1 || columns === undefined) return { indicator: id, status: "no-data" };
  const result: { -readonly [K in keyof MeasureResult]: MeasureResult[K] } = {
    indicator: id,
    status: statusOf(columns.status[slot] as number) ?? "no-data",
  };
  const reason = reasonOf(columns.reason[slot] as number);
  if (reason !== undefined) result.reason = reason;
  const currentValue = columns.current[slot] as number;
  const baselineValue = columns.baseline[slot] as number;
  const current = Number.isNaN(currentValue) ? undefined : currentValue;
  const baseline = Number.isNaN(baselineValue) ? undefined : baselineValue;
  if (current !== undefined) result.current = current;
  if (baseline !== undefined) result.baseline = baseline;
  const change = columns.change[slot] as number;
  if (!Number.isNaN(change)) result.change = change;
  const target = columns.target[slot] as number;
  if (!Number.isNaN(target)) result.target = target;
  const progress = columns.progress[slot] as number;
  if (!Number.isNaN(progress)) result.progress = progress;
  const trend = trendOf(columns.trend[slot] as number);
  if (trend !== undefined) result.trend = trend;
  const kind = indicator?.kind;
  if (kind === Kind.Share && current !== undefined) {
    const respondentsCurrent = columns.currentDenominator[slot] as number;
    result.respondents =
      baseline === undefined
        ? { current: respondentsCurrent }
        : { current: respondentsCurrent, baseline: columns.baselineDenominator[slot] as number };
  }
  const significant = columns.significant[slot] as number;
  if (significant !== 0) result.significant = significant === 1;
  if (kind === Kind.Flow || kind === Kind.FlowOverStock || kind === Kind.Share) {
    const { spans } = store;
    const parts: { current?: Parts; baseline?: Parts } = {};
    if (current !== undefined)
      parts.current = partsOf(
        columns.currentNumerator,
        columns.currentDenominator,
        slot,
        kind,
        (columns.cut[slot] as number) - spans.currentFirst + 1,
      );
    if (baseline !== undefined)
      parts.baseline = partsOf(
        columns.baselineNumerator,
        columns.baselineDenominator,
        slot,
        kind,
        (columns.baselineCut[slot] as number) - spans.baselineFirst + 1,
      );
    if (current !== undefined || baseline !== undefined) result.parts = parts;
  }
  if (!store.spans.complete && (current !== undefined || baseline !== undefined)) {
    const window: { current: DayRange; baseline?: DayRange } = {
      current: {
        from: store.spans.period.firstDay,
        through: textOfDay(current === undefined ? store.spans.currentEnd - 1 : (columns.cut[slot] as number)),
      },
    };
    if (baseline !== undefined)
      window.baseline = {
        from: store.spans.baseline.firstDay,
        through: textOfDay(columns.baselineCut[slot] as number),
      };
    result.window = window;
  }
  const included = columns.included[slot] as number;
  const of = columns.of[slot] as number;
  if (included < of)
    result.covers = {
      areas: included,
      of,
      kind: (["mixed", "buurt", "wijk", "gemeente", "area"] as const)[columns.kind[slot] as number] ?? "mixed",
    };
  return result;
}

/** The sums behind a ratio or share as a reader knows them: a stock denominator as its mean over the window. */
function partsOf(
  numerators: Float64Array,
  denominators: Float64Array,
  slot: number,
  kind: number,
  days: number,
): Parts {
  const numerator = numerators[slot] as number;
  const denominator = denominators[slot] as number;
  if (kind !== Kind.FlowOverStock) return { numerator, denominator };
  const mean = denominator / days;
  return { numerator: numerator / days, denominator: Number.isInteger(mean) ? mean : Number(mean.toPrecision(15)) };
}

/** The roll-ups of one level as the contract's plain objects. */
export function rollUpResults(store: Store, level: "group"): GroupRollUp[];
export function rollUpResults(store: Store, level: "subgoal"): SubgoalRollUp[];
export function rollUpResults(store: Store, level: "goal"): GoalRollUp[];
export function rollUpResults(
  store: Store,
  level: "group" | "subgoal" | "goal",
): (GroupRollUp | SubgoalRollUp | GoalRollUp)[] {
  const columns: RollUpColumns = level === "group" ? store.groups : level === "subgoal" ? store.subgoals : store.goals;
  const entities =
    level === "group" ? store.model.groups : level === "subgoal" ? store.model.subgoals : store.model.goals;
  const results: (GroupRollUp | SubgoalRollUp | GoalRollUp)[] = [];
  entities.forEach((entity, index) => {
    const factors = columns.factors[index] as number;
    for (let slot = columns.start[index] as number; slot < (columns.start[index + 1] as number); slot++) {
      const figures: RollUpFigures = {
        area: store.hierarchy.areas[columns.area[slot] as number]?.id ?? "",
        factors,
        counts: countsAt(columns.counts, slot),
        score: scoreAt(columns.score, slot),
      };
      // One literal per level, so that all roll-ups of a level share one shape.
      if (level === "group")
        results.push({ group: entity.id, area: figures.area, factors, counts: figures.counts, score: figures.score });
      else if (level === "subgoal")
        results.push({ subgoal: entity.id, area: figures.area, factors, counts: figures.counts, score: figures.score });
      else results.push({ goal: entity.id, area: figures.area, factors, counts: figures.counts, score: figures.score });
    }
  });
  return results;
}

function countsAt(counts: Uint32Array, slot: number): StatusCounts {
  const at = slot * 7;
  return {
    achieved: counts[at + 5] as number,
    "not-achieved": counts[at] as number,
    "on-track": counts[at + 4] as number,
    behind: counts[at + 1] as number,
    monitored: counts[at + 6] as number,
    "no-data": counts[at + 2] as number,
    "not-evaluable": counts[at + 3] as number,
  };
}

function scoreAt(scores: Float64Array, slot: number): number | null {
  const score = scores[slot] as number;
  return Number.isNaN(score) ? null : score;
}

/** How many factors have data in each evaluated area. */
export function coverage(store: Store): { gaps: ReturnType<typeof coverageGaps>; areas: AreaCoverage[] } {
  const { model, hierarchy } = store;
  const areas = Array.from(store.evaluated, (area): AreaCoverage => {
    const withoutData: string[] = [];
    model.factors.forEach((factor, index) => {
      const slot = factorSlot(store, index, area);
      if (slot === -1 || store.factorStatus[slot] === NO_DATA) withoutData.push(factor.id);
    });
    return {
      area: hierarchy.areas[area]?.id ?? "",
      factors: model.factors.length,
      withData: model.factors.length - withoutData.length,
      withoutData,
    };
  });
  return { gaps: coverageGaps(store.source), areas };
}

/** One factor's results as columns, aligned with its areas. */
export function factorColumns(store: Store, factor: number): FactorColumns {
  const from = store.factorStart[factor] as number;
  const to = store.factorStart[factor + 1] as number;
  const measures = (store.model.measuresOf[factor] ?? []).map((measure, position) => {
    const own = store.measures[measure] as (typeof store.measures)[number];
    const length = to - from;
    const gather = (column: Float64Array) => {
      const out = new Float64Array(length).fill(Number.NaN);
      for (let slot = from; slot < to; slot++) {
        const at = linkedMeasure(store, factor, slot, position);
        if (at !== -1) out[slot - from] = column[at] as number;
      }
      return out;
    };
    const gatherCodes = (column: Uint8Array, none: number) => {
      const out = new Uint8Array(length).fill(none);
      for (let slot = from; slot < to; slot++) {
        const at = linkedMeasure(store, factor, slot, position);
        if (at !== -1) out[slot - from] = column[at] as number;
      }
      return out;
    };
    return {
      indicator: store.model.indicators[store.model.measures[measure]?.indicator ?? 0]?.indicator.id ?? "",
      status: gatherCodes(own.status, NO_DATA),
      reason: gatherCodes(own.reason, 0),
      trend: gatherCodes(own.trend, 0),
      current: gather(own.current),
      baseline: gather(own.baseline),
      change: gather(own.change),
      target: gather(own.target),
      progress: gather(own.progress),
    };
  });
  return {
    factor: store.model.factors[factor]?.id ?? "",
    areas: Array.from(store.factorArea.subarray(from, to), (area) => store.hierarchy.areas[area]?.id ?? ""),
    status: store.factorStatus.slice(from, to),
    reason: store.factorReason.slice(from, to),
    measures,
    codes: { status: statusCodes, reason: reasonCodes, trend: trendCodes },
  };
}
