import { describe, expect, it } from "vitest";
import { buildHierarchy } from "../../../src/evaluate/internal/hierarchy.js";
import type { Area } from "../../../src/index.js";

const gemeente: Area = { id: "GM0482", kind: "gemeente", name: "Alblasserdam" };
const wijk: Area = { id: "WK048201", kind: "wijk", name: "Wijk 1", parent: "GM0482" };

describe("buildHierarchy", () => {
  it("hangs an observed buurt code under its wijk when the wijk is known, else under its gemeente", () => {
    const { areas } = buildHierarchy([gemeente, wijk], ["BU04820101", "BU04820201", "WK048203", "elders"]);
    expect(areas.map((area) => [area.id, area.parent])).toEqual([
      ["GM0482", undefined],
      ["WK048201", "GM0482"],
      ["BU04820101", "WK048201"],
      ["BU04820201", "GM0482"],
      ["WK048203", "GM0482"],
      ["elders", undefined],
    ]);
  });

  it("leaves an observed code of an unknown gemeente at the top, as the kind its code names", () => {
    expect(buildHierarchy([gemeente], ["BU05050101"]).areas[1]).toEqual({
      id: "BU05050101",
      kind: "buurt",
      name: "BU05050101",
    });
  });

  it("keeps the first of two given areas with the same id", () => {
    expect(buildHierarchy([gemeente, { ...gemeente, name: "Tweede" }], []).areas).toEqual([gemeente]);
  });

  it("orders every area after all of its descendants", () => {
    const buurt: Area = { id: "BU04820101", kind: "buurt", name: "Buurt", parent: "WK048201" };
    const { order, areas, depth } = buildHierarchy([gemeente, wijk, buurt], []);
    expect(Array.from(order, (index) => areas[index]?.id)).toEqual(["BU04820101", "WK048201", "GM0482"]);
    expect([...depth]).toEqual([0, 1, 2]);
  });

  it("walks a hierarchy a hundred thousand levels deep without overflowing the stack", () => {
    const chain: Area[] = Array.from({ length: 100_000 }, (_, index) =>
      index === 0
        ? { id: "a0", kind: "area", name: "a0" }
        : { id: `a${index}`, kind: "area", name: `a${index}`, parent: `a${index - 1}` },
    );
    const { order, depth } = buildHierarchy(chain, []);
    expect(order).toHaveLength(100_000);
    expect([order[0], depth[99_999]]).toEqual([99_999, 99_999]);
  });
});

describe("buildHierarchy: areas that appear only in observations", () => {
  it("adds them sorted by id, whatever order they were observed in, and never adds a given area twice", () => {
    const { areas, indexOf } = buildHierarchy(
      [gemeente, wijk],
      ["elders", "BU04820102", "GM0482", "BU04820101", "elders", "WK048201"],
    );
    expect(areas.map((area) => area.id)).toEqual(["GM0482", "WK048201", "BU04820101", "BU04820102", "elders"]);
    expect(indexOf.get("GM0482")).toBe(0);
    expect(indexOf.get("elders")).toBe(4);
  });

  it("names them by their id, of the kind their CBS code names (else area), with a parent only where one was found", () => {
    const { areas } = buildHierarchy([gemeente, wijk], ["BU04820101", "elders"]);
    expect(areas[2]).toStrictEqual({ id: "BU04820101", kind: "buurt", name: "BU04820101", parent: "WK048201" });
    expect(areas[3]).toStrictEqual({ id: "elders", kind: "area", name: "elders" });
  });

  it("numbers the same given list once, and counts how many areas were given", () => {
    const given = Object.freeze([gemeente, wijk]);
    expect(buildHierarchy(given, [])).toBe(buildHierarchy(given, []));
    expect(buildHierarchy(given, ["elders"]).given).toBe(2);
  });
});

describe("buildHierarchy: the bottom-up order", () => {
  it("lists every area of a tree with several branches once, each after all of its descendants", () => {
    const tree: Area[] = [
      gemeente,
      wijk,
      { id: "WK048202", kind: "wijk", name: "Wijk 2", parent: "GM0482" },
      { id: "BU04820101", kind: "buurt", name: "Buurt 1", parent: "WK048201" },
      { id: "BU04820102", kind: "buurt", name: "Buurt 2", parent: "WK048201" },
      { id: "BU04820201", kind: "buurt", name: "Buurt 3", parent: "WK048202" },
    ];
    const { order, parent, areas } = buildHierarchy(tree, []);
    const ids = Array.from(order, (index) => areas[index]?.id);
    expect([...ids].sort()).toEqual(tree.map((area) => area.id).sort());
    tree.forEach((area) => {
      if (area.parent !== undefined) expect(ids.indexOf(area.id)).toBeLessThan(ids.indexOf(area.parent));
    });
    expect([...parent]).toEqual([-1, 0, 0, 1, 1, 2]);
  });
});
