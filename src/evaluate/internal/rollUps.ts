import type { RollUpMembers } from "./compileModel.js";
import { ACHIEVED, BEHIND, NO_DATA, NOT_ACHIEVED, ON_TRACK } from "./codes.js";
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
export function rollUp(entities: readonly RollUpMembers[], factors: FactorSlots, roots: readonly number[], scratch: Uint32Array): RollUpColumns {
  const start = new Uint32Array(entities.length + 1);
  const areas: number[] = [];
  const counts: number[] = [];
  const scores: number[] = [];
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
      const at = counts.length - 7;
      const met = (counts[at + ACHIEVED - 1] as number) + (counts[at + ON_TRACK - 1] as number);
      const judged = met + (counts[at + BEHIND - 1] as number) + (counts[at + NOT_ACHIEVED - 1] as number);
      scores.push(judged === 0 ? Number.NaN : met / judged);
      areas.push(area);
    }
    touched.length = 0;
    start[index + 1] = areas.length;
  });
  return {
    start,
    area: Int32Array.from(areas),
    counts: Uint32Array.from(counts),
    score: Float64Array.from(scores),
    factors: Uint32Array.from(entities.map((entity) => entity.factors.length)),
  };
}
