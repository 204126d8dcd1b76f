import type { Indicator, Measure, Unit } from "../../model/indicator.js";
import type { Model } from "../../model/Model.js";
import type { Rule } from "../../model/rule.js";
import type { Factor } from "../../model/vision.js";

/**
 * How an indicator adds up, as the aggregation reads it:
 * - `Count`: a flow of whole things; sums over time;
 * - `Flow`: a ratio with a flow denominator; both parts sum over time;
 * - `Stock`: a level; over time the value at the end of the window;
 * - `FlowOverStock`: a ratio whose denominator is a stock; the time-weighted mean of the
 *   denominators;
 * - `Share`: a survey share; positives and respondents pool, and need not cover the window.
 *
 * Counts and both kinds of ratio must cover their window without a gap.
 */
export const Kind = { Count: 0, Flow: 1, Stock: 2, FlowOverStock: 3, Share: 4 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** One indicator of the model, ready for the aggregation. */
export interface CompiledIndicator {
  readonly indicator: Indicator;
  readonly kind: Kind;
  readonly measure: Measure;
  readonly unit: Unit;
  /** For a rate: the index of the count indicator it divides, and the area figure. */
  readonly rateOf?: number;
  readonly ratePer?: "inhabitants" | "households";
  /** Whether some rule compares this indicator with its baseline, and whether some does not. */
  readonly comparative: boolean;
  readonly currentOnly: boolean;
}

/** One measure of one factor: the unit that gets a status per area. */
export interface CompiledMeasure {
  readonly factor: number;
  readonly indicator: number;
  readonly rule: Rule;
}

/**
 * The model in the numbers the evaluation works with, computed once per model object: every
 * indicator's aggregation kind, the factors and their measures in model order, and the
 * members of every group, sub-goal and goal (deduplicated, so that a factor serving a goal
 * through two sub-goals counts once). Linear in the size of the model.
 */
export interface CompiledModel {
  readonly indicators: readonly CompiledIndicator[];
  readonly indicatorIndex: ReadonlyMap<string, number>;
  readonly factors: readonly Factor[];
  readonly measures: readonly CompiledMeasure[];
  /** For each factor, the indexes of its measures in `measures`. */
  readonly measuresOf: readonly (readonly number[])[];
  readonly groups: readonly RollUpMembers[];
  readonly subgoals: readonly RollUpMembers[];
  readonly goals: readonly RollUpMembers[];
}

/** The factors (indexes in model order) that one group, sub-goal or goal rolls up. */
export interface RollUpMembers {
  readonly id: string;
  readonly factors: Uint32Array;
}

/** Whether a rule compares with a baseline. perPeriod, threshold and tracked judge the current value alone. */
export function isComparative(rule: Rule): boolean {
  switch (rule.kind) {
    case "relativeChange":
    case "increase":
    case "decrease":
    case "qualitative":
      return true;
    case "perPeriod":
    case "threshold":
    case "tracked":
      return false;
  }
}

// A model is deeply frozen once parsed, so its compiled form can be kept beside it for as long
// as the model lives; the cache holds no model alive.
const compiled = new WeakMap<Model, CompiledModel>();

/** The compiled form of a model, computed on first use. */
export function compileModel(model: Model): CompiledModel {
  let result = compiled.get(model);
  if (result === undefined) {
    result = compile(model);
    if (Object.isFrozen(model)) compiled.set(model, result);
  }
  return result;
}

function compile(model: Model): CompiledModel {
  const indicatorIndex = new Map<string, number>();
  model.indicators.forEach((indicator, index) => {
    if (!indicatorIndex.has(indicator.id)) indicatorIndex.set(indicator.id, index);
  });
  const factors = model.groups.flatMap((group) => group.factors);
  const measures: CompiledMeasure[] = [];
  const measuresOf: number[][] = [];
  const comparative = new Uint8Array(model.indicators.length);
  const currentOnly = new Uint8Array(model.indicators.length);
  factors.forEach((factor, factorIndex) => {
    const own: number[] = [];
    for (const { indicator: id, rule } of factor.measures) {
      const indicator = indicatorIndex.get(id);
      if (indicator === undefined) continue;
      own.push(measures.length);
      measures.push({ factor: factorIndex, indicator, rule });
      if (isComparative(rule)) comparative[indicator] = 1;
      else currentOnly[indicator] = 1;
    }
    measuresOf.push(own);
  });
  const indicators = model.indicators.map((indicator, index): CompiledIndicator => {
    const rateOf = indicator.rate === undefined ? undefined : indicatorIndex.get(indicator.rate.of);
    const base = {
      indicator,
      kind: kindOf(indicator),
      measure: indicator.measure,
      unit: unitOf(indicator),
      comparative: comparative[index] === 1,
      currentOnly: currentOnly[index] === 1,
    };
    return rateOf === undefined || indicator.rate === undefined
      ? base
      : { ...base, rateOf, ratePer: indicator.rate.per };
  });

  const factorIndex = new Map(factors.map((factor, index) => [factor.id, index]));
  const membersOf = (ids: Iterable<string>) => {
    const seen = new Set<number>();
    for (const id of ids) {
      const index = factorIndex.get(id);
      if (index !== undefined) seen.add(index);
    }
    return Uint32Array.from([...seen].sort((a, b) => a - b));
  };
  // Sub-goal → the groups that serve it, indexed once (not a filter of all groups per sub-goal).
  const groupsOf = new Map<string, (readonly Factor[])[]>();
  for (const group of model.groups) {
    for (const subgoal of group.subgoals) {
      const list = groupsOf.get(subgoal);
      if (list === undefined) groupsOf.set(subgoal, [group.factors]);
      else list.push(group.factors);
    }
  }
  const factorIdsOfSubgoal = (subgoal: string) =>
    (groupsOf.get(subgoal) ?? []).flatMap((list) => list.map((factor) => factor.id));
  return {
    indicators,
    indicatorIndex,
    factors,
    measures,
    measuresOf,
    groups: model.groups.map((group) => ({
      id: group.id,
      factors: membersOf(group.factors.map((factor) => factor.id)),
    })),
    subgoals: model.goals.flatMap((goal) =>
      goal.subgoals.map((subgoal) => ({ id: subgoal.id, factors: membersOf(factorIdsOfSubgoal(subgoal.id)) })),
    ),
    goals: model.goals.map((goal) => ({
      id: goal.id,
      factors: membersOf(goal.subgoals.flatMap((subgoal) => factorIdsOfSubgoal(subgoal.id))),
    })),
  };
}

function kindOf(indicator: Indicator): Kind {
  switch (indicator.measure) {
    case "count":
      return Kind.Count;
    case "stock":
      return Kind.Stock;
    case "ratio":
      return indicator.denominator === "stock" || indicator.rate !== undefined ? Kind.FlowOverStock : Kind.Flow;
    case "share":
      return Kind.Share;
  }
}

/** How an indicator's value reads; a Label in `unit` is the older form of `noun`. */
export function unitOf(indicator: Indicator): Unit {
  if (typeof indicator.unit === "string") return indicator.unit;
  return indicator.measure === "share" ? "percent" : "count";
}
