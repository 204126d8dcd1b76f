import { z } from "zod";
import type { IssueInput } from "../../errors/Issue.js";
import { zodIssues } from "../../internal/zodIssues.js";
import { Area } from "../../model/area.js";

/** The area hierarchy, indexed by position in the order given. */
export interface Hierarchy {
  readonly areas: readonly Area[];
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** The parent's position, or -1. */
  readonly parent: Int32Array;
  /** Each area's ancestors, nearest first. */
  readonly ancestors: readonly (readonly number[])[];
  readonly isLeaf: Uint8Array;
  /** The areas in an order where every area comes after all its descendants. */
  readonly bottomUp: Int32Array;
  /** Finds an area whose id matches except for case, for messages. */
  readonly caseless: ReadonlyMap<string, string>;
}

/**
 * Checks and indexes an area hierarchy. Returns the issues instead when the areas are not an
 * array of valid areas, repeat an id, name a parent that is not there, or form a cycle.
 */
export function readHierarchy(input: unknown, path: readonly (string | number)[]): Hierarchy | IssueInput[] {
  const parsed = z.array(Area).max(1_000_000).safeParse(input);
  if (!parsed.success) return zodIssues(parsed.error, path, { input });
  const areas = parsed.data;
  const issues: IssueInput[] = [];
  const index = new Map<string, number>();
  areas.forEach((area, position) => {
    const earlier = index.get(area.id);
    if (earlier !== undefined)
      issues.push({
        code: "duplicate-id",
        path: [...path, position, "id"],
        params: { kind: "area", id: area.id, first: [...path, earlier] },
        message: `duplicate area id '${area.id}' (also at ${[...path, earlier].join(".")})`,
      });
    else index.set(area.id, position);
  });
  const parent = new Int32Array(areas.length).fill(-1);
  areas.forEach((area, position) => {
    if (area.parent === undefined) return;
    const found = index.get(area.parent);
    if (found === undefined)
      issues.push({
        code: "unknown-reference",
        path: [...path, position, "parent"],
        params: { kind: "area", id: area.parent },
        message: `area '${area.id}' names a parent '${area.parent}' that is not among the areas`,
      });
    else parent[position] = found;
  });
  const ancestors: number[][] = [];
  for (const [position, area] of areas.entries()) {
    const chain: number[] = [];
    let at = parent[position] as number;
    while (at !== -1 && chain.length <= areas.length) {
      if (at === position) break;
      chain.push(at);
      at = parent[at] as number;
    }
    if (at === position || chain.length > areas.length) {
      issues.push({
        code: "area-cycle",
        path: [...path, position, "parent"],
        params: { id: area.id },
        message: `area '${area.id}' lies inside itself: its parents form a cycle`,
      });
    }
    ancestors.push(chain);
  }
  if (issues.length > 0) return issues;

  const isLeaf = new Uint8Array(areas.length).fill(1);
  for (const at of parent) if (at !== -1) isLeaf[at] = 0;
  // Deepest first: an area's descendants are all deeper than it.
  const depth = Int32Array.from(ancestors, (chain) => chain.length);
  const bottomUp = Int32Array.from(
    areas.map((_, position) => position).sort((a, b) => (depth[b] as number) - (depth[a] as number) || a - b),
  );
  const caseless = new Map<string, string>();
  for (const area of areas) caseless.set(area.id.toLowerCase(), area.id);
  return { areas, ids: areas.map((area) => area.id), index, parent, ancestors, isLeaf, bottomUp, caseless };
}

/** Marks the areas inside (or equal to) any of `within`. */
export function inside(hierarchy: Hierarchy, within: readonly number[]): Uint8Array {
  const marked = new Uint8Array(hierarchy.ids.length);
  const targets = new Set(within);
  hierarchy.ancestors.forEach((chain, position) => {
    if (targets.has(position) || chain.some((ancestor) => targets.has(ancestor))) marked[position] = 1;
  });
  return marked;
}

/** The issue for an area code that is not in the hierarchy. */
export function unknownArea(hierarchy: Hierarchy, code: string, path: readonly (string | number)[]): IssueInput {
  const match = hierarchy.caseless.get(code.trim().toLowerCase());
  if (match !== undefined) {
    return {
      code: "area-case",
      path,
      params: { id: code, known: match },
      message: `unknown area '${code}': did you mean '${match}'? Area codes are matched exactly`,
    };
  }
  return {
    code: "unknown-area",
    path,
    params: { id: code },
    message: `unknown area '${code}': it is not among the ${hierarchy.ids.length} areas given`,
  };
}
