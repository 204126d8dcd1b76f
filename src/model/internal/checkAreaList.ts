import { formatPath } from "../../errors/BuurtaanpakError.js";
import type { Issue } from "../../errors/Issue.js";
import { checkAreaCode } from "../../internal/checkAreaCode.js";
import { areaIdPattern, shorten } from "../../internal/patterns.js";
import { textOf } from "../../internal/read.js";

type Path = readonly (string | number)[];

/** The id of an area as the schema reads it (trimmed), or `undefined` where the schema rejects it. */
function areaIdOf(area: unknown): string | undefined {
  const id = textOf(area, "id")?.trim();
  return id !== undefined && id.length <= 100 && areaIdPattern.test(id) ? id : undefined;
}

/** The parent an area names, or `undefined` where it names none or the schema rejects it. */
function parentOf(area: unknown): string | undefined {
  const parent = textOf(area, "parent");
  return parent !== undefined && parent.length >= 1 && parent.length <= 100 ? parent : undefined;
}

/**
 * Checks a list of areas as a hierarchy: unique ids, parents that exist, CBS codes that nest in
 * their parent's, and no cycles. Reads only the ids and parents whose own shape is right, so it
 * runs on input whose shape is wrong elsewhere. `prefix` is the path of the list. Linear in the
 * number of areas: each area is looked up and walked once; each cycle is one issue, at its
 * first-listed member, naming every member once.
 */
export function checkAreaList(areas: readonly unknown[], prefix: Path): Issue[] {
  const issues: Issue[] = [];
  const count = areas.length;
  const ids: (string | undefined)[] = areas.map(areaIdOf);
  const positionOf = new Map<string, number>();
  ids.forEach((id, position) => {
    if (id === undefined) return;
    const first = positionOf.get(id);
    if (first === undefined) positionOf.set(id, position);
    else {
      const firstPath = [...prefix, first];
      issues.push({
        code: "duplicate-id",
        path: [...prefix, position, "id"],
        params: { kind: "area", id: shorten(id), first: firstPath },
        message: `duplicate area id '${shorten(id)}' (first at ${formatPath(firstPath)})`,
      });
    }
  });

  // While an area has no id that can be read, a parent nobody has may be meant for it: its
  // shape problem is reported, and its children's parents are checked once it is fixed.
  const everyIdRead = ids.every((id) => id !== undefined);

  // The position of each area's parent, or -1: the hierarchy follows the first area of an id.
  const parentPosition = new Int32Array(count).fill(-1);
  areas.forEach((area, position) => {
    const parent = parentOf(area);
    if (parent === undefined) return;
    const found = positionOf.get(parent);
    const path = [...prefix, position, "parent"];
    if (found === undefined) {
      if (!everyIdRead) return;
      issues.push({
        code: "unknown-reference",
        path,
        params: { kind: "parent area", id: shorten(parent) },
        message: `unknown parent area '${shorten(parent)}'`,
      });
      return;
    }
    const id = ids[position];
    if (id === undefined || positionOf.get(id) !== position) return;
    parentPosition[position] = found;
    // The parent was found by its id, so it is that id.
    const parentId = parent;
    // CBS codes nest: BU04820102 lies in WK048201, which lies in GM0482. A malformed code is
    // reported as such, not as lying outside its parent too.
    if (
      /^(WK|BU)\d/.test(id) &&
      /^(GM|WK)\d/.test(parentId) &&
      isCbsCode(id) &&
      isCbsCode(parentId) &&
      !id.slice(2).startsWith(parentId.slice(2))
    ) {
      issues.push({
        code: "cbs-nesting",
        path,
        params: { id: shorten(id), parent: shorten(parentId) },
        message: `CBS code '${shorten(id)}' does not lie in '${shorten(parentId)}'`,
      });
    }
  });

  // Every area has at most one parent, so each walk up either reaches a root, an area an
  // earlier walk settled, or closes a loop on itself: a cycle made of the walk's tail.
  const walkOf = new Int32Array(count);
  const trail: number[] = [];
  for (let start = 0; start < count; start++) {
    if (walkOf[start] !== 0) continue;
    const walk = start + 1;
    trail.length = 0;
    let current = start;
    while (current !== -1 && walkOf[current] === 0) {
      walkOf[current] = walk;
      trail.push(current);
      current = parentPosition[current] as number;
    }
    if (current !== -1 && walkOf[current] === walk)
      issues.push(cycleIssue(trail.slice(trail.indexOf(current)), ids, prefix));
  }
  return issues;
}

function isCbsCode(id: string): boolean {
  return checkAreaCode(id, "area", false) === undefined;
}

/** The one issue of a cycle, at its first-listed member, naming the members from there on. */
function cycleIssue(cycle: readonly number[], ids: readonly (string | undefined)[], prefix: Path): Issue {
  let first = 0;
  let firstPosition = Number.POSITIVE_INFINITY;
  cycle.forEach((position, index) => {
    if (position < firstPosition) {
      first = index;
      firstPosition = position;
    }
  });
  const ordered = [...cycle.slice(first), ...cycle.slice(0, first)];
  const members = ordered.map((position) => ids[position] ?? "");
  const path = [...prefix, firstPosition, "parent"];
  const shown = members.map(shorten);
  if (members.length === 1) {
    return { code: "area-cycle", path, params: { members }, message: `area '${shown[0] ?? ""}' is its own parent` };
  }
  const loop = shown.length <= 8 ? [...shown, shown[0]] : [...shown.slice(0, 4), "…", ...shown.slice(-2), shown[0]];
  return {
    code: "area-cycle",
    path,
    params: { members },
    message: `${members.length} areas form a cycle: ${loop.join(" → ")}`,
  };
}
