import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { safeParseAreas } from "../../src/model/safeParseAreas.js";
import { isDeeplyFrozen } from "./fixtures.js";

/** The issues of a list of areas that does not parse, without params. */
function issuesOf(input: unknown, path?: readonly (string | number)[]) {
  const result = safeParseAreas(input, path === undefined ? {} : { path });
  if (result.success) throw new Error("expected the areas to be rejected");
  expect(result.error).toBeInstanceOf(BuurtaanpakError);
  expect(result.error.code).toBe("invalid-areas");
  return result.error.issues.map((issue) => ({ code: issue.code, path: [...issue.path], message: issue.message }));
}

const gemeente = { id: "GM0482", kind: "gemeente", name: "Alblasserdam" };
const wijk = { id: "WK048201", kind: "wijk", name: "Alblasserdam-Noord", parent: "GM0482" };
const buurt = { id: "BU04820101", kind: "buurt", name: "Dorpskern", parent: "WK048201" };

describe("safeParseAreas", () => {
  it("returns a valid hierarchy, deeply frozen, in its order", () => {
    const result = safeParseAreas([buurt, gemeente, wijk]);
    expect(result).toEqual({ success: true, data: [buurt, gemeente, wijk] });
    expect(result.success && isDeeplyFrozen(result.data)).toBe(true);
  });

  it("accepts an empty list", () => {
    expect(safeParseAreas([])).toEqual({ success: true, data: [] });
  });

  it("rejects what is not a list", () => {
    expect(issuesOf({ areas: [] })).toEqual([
      { code: "not-a-list", path: [], message: "must be a list, not an object" },
    ]);
  });

  it("reports shape and hierarchy problems together, in list order, each at [index, field]", () => {
    const input = [
      gemeente,
      { id: "WK048201", kind: "wijk", parent: "GM0482" },
      { ...wijk, name: "Tweede" },
      { id: "BU04830101", kind: "buurt", name: "Elders", parent: "WK048201" },
      { id: "BU0482010", kind: "buurt", name: "Kort" },
      { id: "zuid", kind: "area", name: "Zuid", parent: "nergens" },
    ];
    expect(issuesOf(input)).toEqual([
      { code: "missing-field", path: [1, "name"], message: "missing: an area needs a name" },
      { code: "duplicate-id", path: [2, "id"], message: "duplicate area id 'WK048201' (first at [1])" },
      // 0483… is another gemeente than the 0482 of its wijk.
      { code: "cbs-nesting", path: [3, "parent"], message: "CBS code 'BU04830101' does not lie in 'WK048201'" },
      {
        code: "not-a-cbs-code",
        path: [4, "id"],
        message:
          "'BU0482010' is not a CBS buurt code: BU + gemeente (4 digits) + wijk (2) + buurt (2), such as BU04820102",
      },
      { code: "unknown-reference", path: [5, "parent"], message: "unknown parent area 'nergens'" },
    ]);
  });

  it("leaves parents alone while an area has no id that can be read, since one may be meant for it", () => {
    expect(issuesOf([{ kind: "gemeente", name: "Alblasserdam" }, wijk])).toEqual([
      { code: "missing-field", path: [0, "id"], message: "missing: an area needs an id" },
    ]);
  });

  it("puts the list's own path in front of every path and every path a message names", () => {
    expect(issuesOf([gemeente, wijk, wijk], ["areas"])).toEqual([
      { code: "duplicate-id", path: ["areas", 2, "id"], message: "duplicate area id 'WK048201' (first at areas[1])" },
    ]);
  });

  it("gives a cycle its members once, as params, in the order of their parents", () => {
    const result = safeParseAreas([
      { id: "a", kind: "area", name: "A", parent: "b" },
      { id: "b", kind: "area", name: "B", parent: "c" },
      { id: "c", kind: "area", name: "C", parent: "a" },
    ]);
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        code: "area-cycle",
        path: [0, "parent"],
        params: { members: ["a", "b", "c"] },
        message: "3 areas form a cycle: a → b → c → a",
      },
    ]);
  });

  it("reports a ring of 16,000 areas (a 0.9 MB file) as one issue that names each member once", () => {
    const count = 16_000;
    const ring = Array.from({ length: count }, (_, index) => ({
      id: `a${index}`,
      kind: "area",
      name: `Area ${index}`,
      parent: `a${(index + 1) % count}`,
    }));
    expect(JSON.stringify(ring).length).toBeGreaterThan(900_000);
    const result = safeParseAreas(ring);
    if (result.success) throw new Error("expected the ring to be rejected");
    expect(result.error.issues).toHaveLength(1);
    const [issue] = result.error.issues;
    expect(issue?.path).toEqual([0, "parent"]);
    expect(issue?.params["members"]).toEqual(ring.map((area) => area.id));
    // Four from the start, the last two, and back to the first: a short message for a long ring.
    expect(issue?.message).toBe("16000 areas form a cycle: a0 → a1 → a2 → a3 → … → a15998 → a15999 → a0");
  });

  it("reports two rings of 8,000 as two issues, and an area hanging below a ring as none", () => {
    const ring = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        id: `${prefix}${index}`,
        kind: "area",
        name: prefix,
        parent: `${prefix}${(index + 1) % count}`,
      }));
    const result = safeParseAreas([
      ...ring("p", 8_000),
      { id: "onder", kind: "area", name: "Onder", parent: "q0" },
      ...ring("q", 8_000),
    ]);
    if (result.success) throw new Error("expected the rings to be rejected");
    expect(
      result.error.issues.map((issue) => [issue.path, (issue.params["members"] as readonly string[]).length]),
    ).toEqual([
      [[0, "parent"], 8_000],
      [[8_001, "parent"], 8_000],
    ]);
  });

  it("never throws, whatever the input", () => {
    for (const input of [null, undefined, 0, "", {}, [null], [[]], [{ id: 1 }], new Map()])
      expect(safeParseAreas(input).success).toBe(false);
  });

  it("does not mutate or freeze its input", () => {
    const input = [structuredClone(gemeente), structuredClone(wijk)];
    const result = safeParseAreas(input);
    expect(result.success).toBe(true);
    expect(input).toEqual([gemeente, wijk]);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input[0])).toBe(false);
  });
});
