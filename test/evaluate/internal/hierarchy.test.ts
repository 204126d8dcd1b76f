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

  it("leaves an observed code of an unknown gemeente without a parent", () => {
    expect(buildHierarchy([gemeente], ["BU05050101"]).areas[1]).toEqual({ id: "BU05050101", kind: "area", name: "BU05050101" });
  });

  it("keeps the first of two given areas with the same id", () => {
    expect(buildHierarchy([gemeente, { ...gemeente, name: "Tweede" }], []).areas).toEqual([gemeente]);
  });

  it("orders every area after all of its descendants", () => {
    const buurt: Area = { id: "BU04820101", kind: "buurt", name: "Buurt", parent: "WK048201" };
    const { bottomUp, areas } = buildHierarchy([gemeente, wijk, buurt], []);
    expect(bottomUp.map((index) => areas[index]?.id)).toEqual(["BU04820101", "WK048201", "GM0482"]);
  });

  it("walks a hierarchy a hundred thousand levels deep without overflowing the stack", () => {
    const chain: Area[] = Array.from({ length: 100_000 }, (_, index) =>
      index === 0 ? { id: "a0", kind: "area", name: "a0" } : { id: `a${index}`, kind: "area", name: `a${index}`, parent: `a${index - 1}` },
    );
    const { bottomUp } = buildHierarchy(chain, []);
    expect(bottomUp).toHaveLength(100_000);
    expect(bottomUp[0]).toBe(99_999);
  });
});
