import type { Area, AreaKind } from "../../model/area.js";

/**
 * The areas of one evaluation, numbered: the given hierarchy in its order, then the areas that
 * appear only in the observations. `parent[a]` is the parent's number or −1; `order` lists every
 * area after all of its descendants, so that one pass over it aggregates bottom-up; `depth[a]`
 * is 0 for a top-level area.
 */
export interface Hierarchy {
  readonly areas: readonly Area[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly parent: Int32Array;
  readonly depth: Uint32Array;
  readonly order: Uint32Array;
  /** How many of `areas` were given; the rest came from the observations. */
  readonly given: number;
}

// The given hierarchy is usually the same array evaluation after evaluation (the model's own
// areas, or a dashboard's list): number it once.
const numbered = new WeakMap<readonly Area[], Hierarchy>();

/**
 * The hierarchy of the given areas (validated: unique ids, parents that exist, no cycles)
 * plus `observed` ids it does not know, added as leaves sorted by id: a CBS code hangs under
 * the known wijk or gemeente it lies in (BU04820199 under WK048201, else GM0482), any other id
 * at the top. Linear in the areas, plus n log n to sort the added ones.
 */
export function buildHierarchy(given: readonly Area[], observed: readonly string[]): Hierarchy {
  let base = numbered.get(given);
  if (base === undefined) {
    base = number(given, []);
    if (Object.isFrozen(given)) numbered.set(given, base);
  }
  const extra = [...new Set(observed)].filter((id) => !base.indexOf.has(id));
  if (extra.length === 0) return base;
  extra.sort();
  const added = extra.map((id): Area => {
    const parent = cbsParents(id).find((candidate) => base.indexOf.has(candidate));
    const kind = cbsKind(id);
    return parent === undefined ? { id, kind, name: id } : { id, kind, name: id, parent };
  });
  return number(given, added);
}

function number(listed: readonly Area[], added: readonly Area[]): Hierarchy {
  // Parsed hierarchies have unique ids; of two alike, the first counts.
  const seen = new Set<string>();
  const firsts = listed.filter((area) => !seen.has(area.id) && seen.add(area.id) !== undefined);
  const given = firsts.length === listed.length ? listed : firsts;
  const areas = added.length === 0 ? given : [...given, ...added];
  const count = areas.length;
  const indexOf = new Map<string, number>();
  areas.forEach((area, index) => {
    if (!indexOf.has(area.id)) indexOf.set(area.id, index);
  });
  const parent = new Int32Array(count).fill(-1);
  areas.forEach((area, index) => {
    const up = area.parent === undefined ? undefined : indexOf.get(area.parent);
    if (up !== undefined && up !== index) parent[index] = up;
  });
  // Depth by walking up with memo; a cycle (never in parsed areas) is cut where it closes.
  const depth = new Uint32Array(count);
  const known = new Uint8Array(count);
  const trail: number[] = [];
  for (let start = 0; start < count; start++) {
    let at = start;
    while (at !== -1 && known[at] === 0 && trail.length <= count) {
      trail.push(at);
      known[at] = 2;
      at = parent[at] as number;
    }
    let below = at === -1 || known[at] === 2 ? -1 : (depth[at] as number);
    if (at !== -1 && known[at] === 2) parent[at] = -1;
    for (let index = trail.length - 1; index >= 0; index--) {
      const node = trail[index] as number;
      below += 1;
      depth[node] = below;
      known[node] = 1;
    }
    trail.length = 0;
  }
  // Deepest first, then in area order: a counting sort on depth.
  let maximum = 0;
  for (let index = 0; index < count; index++) maximum = Math.max(maximum, depth[index] as number);
  const starts = new Uint32Array(maximum + 2);
  for (let index = 0; index < count; index++)
    starts[maximum - (depth[index] as number) + 1] = (starts[maximum - (depth[index] as number) + 1] as number) + 1;
  for (let level = 1; level < starts.length; level++)
    starts[level] = (starts[level] as number) + (starts[level - 1] as number);
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    const slot = maximum - (depth[index] as number);
    order[starts[slot] as number] = index;
    starts[slot] = (starts[slot] as number) + 1;
  }
  return { areas, indexOf, parent, depth, order, given: given.length };
}

function cbsParents(id: string): string[] {
  if (/^BU\d{4}[0-9A-Z]{4}$/.test(id)) return [`WK${id.slice(2, 8)}`, `GM${id.slice(2, 6)}`];
  if (/^WK\d{4}[0-9A-Z]{2}$/.test(id)) return [`GM${id.slice(2, 6)}`];
  return [];
}

function cbsKind(id: string): AreaKind {
  if (/^BU\d{4}[0-9A-Z]{4}$/.test(id)) return "buurt";
  if (/^WK\d{4}[0-9A-Z]{2}$/.test(id)) return "wijk";
  if (/^GM\d{4}$/.test(id)) return "gemeente";
  return "area";
}
