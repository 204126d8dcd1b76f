import { ACHIEVED, BEHIND, NO_DATA, NOT_ACHIEVED, ON_TRACK } from "./codes.js";
import type { RollUpMembers } from "./compileModel.js";
import type { RollUpColumns } from "./store.js";

/** The factor slots the roll-ups read: per factor, its areas (sorted) and status codes. */
interface FactorSlots {
  readonly factorStart: Uint32Array;
  readonly factorArea: Int32Array;
  readonly factorStatus: Uint8Array;
}

/**
 * Rolls factor statuses up to one level (groups, sub-goals or goals), in every top-level area
 * (`roots`, so that an entity without factors still shows, with score null) and every area
 * where one of an entity's factors has a result. Sparse: the work is the factor results each
 * entity reads, not entities × areas. A member without a result in the area counts as
 * `no-data`. `scratch` holds eight counters per area number and is left zeroed; a counter's
 * first slot is 1 + the results counted, so that 0 means untouched.
 */
export function rollUp(
  entities: readonly RollUpMembers[],
  factors: FactorSlots,
  roots: readonly number[],
  scratch: Uint32Array,
): RollUpColumns {
  const start = new Uint32Array(entities.length + 1);
  const areas = new Grow(Int32Array);
  const counts = new Grow(Uint32Array);
  const scores = new Grow(Float64Array);
  const touched: number[] = [];
  entities.forEach((entity, index) => {
    for (const area of roots) {
      scratch[area * 8] = 1;
      touched.push(area);
    }
    for (const factor of entity.factors) {
      const from = factors.factorStart[factor] as number;
      const to = factors.factorStart[factor + 1] as number;
      for (let slot = from; slot < to; slot++) {
        const area = factors.factorArea[slot] as number;
        const base = area * 8;
        if (scratch[base] === 0) {
          touched.push(area);
          scratch[base] = 1;
        }
        scratch[base] = (scratch[base] as number) + 1;
        const status = factors.factorStatus[slot] as number;
        scratch[base + status] = (scratch[base + status] as number) + 1;
      }
    }
    touched.sort((a, b) => a - b);
    const members = entity.factors.length;
    for (const area of touched) {
      const base = area * 8;
      const withResult = (scratch[base] as number) - 1;
      scratch[base] = 0;
      // Codes 1..7 are the statuses; members without a result here count as no data.
      scratch[base + NO_DATA] = (scratch[base + NO_DATA] as number) + (members - withResult);
      for (let status = 1; status <= 7; status++) {
        counts.push(scratch[base + status] as number);
        scratch[base + status] = 0;
      }
      const met = counts.at(-7 + ACHIEVED - 1) + counts.at(-7 + ON_TRACK - 1);
      const judged = met + counts.at(-7 + BEHIND - 1) + counts.at(-7 + NOT_ACHIEVED - 1);
      scores.push(judged === 0 ? Number.NaN : met / judged);
      areas.push(area);
    }
    touched.length = 0;
    start[index + 1] = areas.length;
  });
  return {
    start,
    area: areas.done(),
    counts: counts.done(),
    score: scores.done(),
    factors: Uint32Array.from(entities.map((entity) => entity.factors.length)),
  };
}

type Typed = Int32Array | Uint32Array | Float64Array;

/** A typed array that grows by doubling: no array of boxed numbers for a national roll-up. */
class Grow<T extends Typed> {
  private data: T;
  length = 0;

  constructor(private readonly make: new (length: number) => T) {
    this.data = new make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The value `offset` from the end (−1 is the last). */
  at(offset: number): number {
    return this.data[this.length + offset] as number;
  }

  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}
