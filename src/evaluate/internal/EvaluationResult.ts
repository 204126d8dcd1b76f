import type { Area } from "../../model/area.js";
import type { CoverageGaps } from "../../trace/coverageGaps.js";
import type {
  AreaCoverage,
  Evaluation,
  FactorColumns,
  FactorResult,
  GoalRollUp,
  GroupRollUp,
  Status,
  SubgoalRollUp,
  Warning,
} from "../Evaluation.js";
import { statusOf } from "./codes.js";
import { coverage, factorColumns, factorResults, rollUpResults } from "./faces.js";
import { factorSlot, type Store } from "./store.js";

/**
 * An evaluation over its columnar store. The contract's lists are own, enumerable properties
 * that build their plain objects when first read and then stay as data properties; the
 * methods (on the prototype, so that `toEqual` and `JSON.stringify` do not see them) read the
 * columns directly.
 */
export class EvaluationResult implements Evaluation {
  readonly period: string;
  readonly baseline: string;
  readonly asOf: string;
  readonly complete: boolean;
  readonly areas: readonly Area[];
  declare readonly factors: readonly FactorResult[];
  declare readonly groups: readonly GroupRollUp[];
  declare readonly subgoals: readonly SubgoalRollUp[];
  declare readonly goals: readonly GoalRollUp[];
  declare readonly coverage: { readonly gaps: CoverageGaps; readonly areas: readonly AreaCoverage[] };
  readonly warnings: readonly Warning[];
  readonly #store: Store;
  readonly #factorIndex: ReadonlyMap<string, number>;

  constructor(store: Store, warnings: readonly Warning[]) {
    this.#store = store;
    this.period = store.spans.period.text;
    this.baseline = store.spans.baseline.text;
    this.asOf = new Date(store.spans.asOf).toISOString();
    this.complete = store.spans.complete;
    this.areas = store.hierarchy.areas;
    lazy(this, "factors", () => factorResults(store));
    lazy(this, "groups", () => rollUpResults(store, "group"));
    lazy(this, "subgoals", () => rollUpResults(store, "subgoal"));
    lazy(this, "goals", () => rollUpResults(store, "goal"));
    lazy(this, "coverage", () => coverage(store));
    this.warnings = warnings;
    this.#factorIndex = new Map(store.model.factors.map((factor, index) => [factor.id, index]));
  }

  statusOf(factor: string, area: string): Status | undefined {
    const factorIndex = this.#factorIndex.get(factor);
    const areaIndex = this.#store.hierarchy.indexOf.get(area);
    if (factorIndex === undefined || areaIndex === undefined) return undefined;
    const slot = factorSlot(this.#store, factorIndex, areaIndex);
    return slot === -1 ? undefined : statusOf(this.#store.factorStatus[slot] as number);
  }

  columns(factor: string): FactorColumns | undefined {
    const factorIndex = this.#factorIndex.get(factor);
    return factorIndex === undefined ? undefined : factorColumns(this.#store, factorIndex);
  }
}

/** Defines an own, enumerable property that computes its value on first read and then holds it as data. */
function lazy<T extends object, K extends keyof T & string>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: false });
      return value;
    },
  });
}
