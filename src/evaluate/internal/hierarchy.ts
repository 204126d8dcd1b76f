import type { Area } from "../../model/area.js";

/** The areas of one evaluation, indexed, with children lists and a bottom-up order. */
export interface Hierarchy {
  readonly areas: readonly Area[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** For each area index, the indexes of its children, in area order. */
  readonly children: readonly (readonly number[])[];
  /** Every area index, each after all of its descendants. */
  readonly bottomUp: readonly number[];
}

const cbsParent = (id: string): string[] =>
  id.startsWith("BU") ? [`WK${id.slice(2, 8)}`, `GM${id.slice(2, 6)}`] : id.startsWith("WK") ? [`GM${id.slice(2, 6)}`] : [];

/**
 * Builds the hierarchy from the given areas plus the areas that appear only in observations.
 * Those are added as leaves, sorted by id; a CBS-coded one hangs under the known wijk or
 * gemeente its code lies in (BU04820102 under WK048201, else GM0482), any other is parentless.
 */
export function buildHierarchy(given: readonly Area[], observed: Iterable<string>): Hierarchy {
  const indexOf = new Map<string, number>();
  const areas: Area[] = [];
  for (const area of given) {
    if (indexOf.has(area.id)) continue;
    indexOf.set(area.id, areas.length);
    areas.push(area);
  }
  const extra = [...new Set(observed)].filter((id) => !indexOf.has(id)).sort();
  for (const id of extra) {
    indexOf.set(id, areas.length);
    const parent = /^(BU|WK)\d{4}/.test(id) ? cbsParent(id).find((candidate) => indexOf.has(candidate)) : undefined;
    areas.push(parent === undefined ? { id, kind: "area", name: id } : { id, kind: "area", name: id, parent });
  }
  const children: number[][] = areas.map(() => []);
  const roots: number[] = [];
  areas.forEach((area, index) => {
    const parent = area.parent === undefined ? undefined : indexOf.get(area.parent);
    if (parent === undefined || parent === index) roots.push(index);
    else children[parent]?.push(index);
  });
  // Post-order walk from the roots, iterative so that deep hierarchies cannot overflow the stack.
  const bottomUp: number[] = [];
  const visited = new Uint8Array(areas.length);
  for (const root of roots) {
    const stack: [number, number][] = [[root, 0]];
    visited[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const [node, next] = top;
      const child = children[node]?.[next];
      if (child === undefined) {
        bottomUp.push(node);
        stack.pop();
      } else {
        top[1] = next + 1;
        if (visited[child] === 0) {
          visited[child] = 1;
          stack.push([child, 0]);
        }
      }
    }
  }
  return { areas, indexOf, children, bottomUp };
}
