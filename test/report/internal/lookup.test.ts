import { describe, expect, it } from "vitest";
import type { Area } from "../../../src/index.js";
import { evaluate } from "../../../src/index.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { lookup } from "../../../src/report/internal/lookup.js";

const evaluation = evaluate(alblasserdam, [], { period: "2024" });

describe("lookup", () => {
  it("breaks an area down into its buurten in hierarchy order, however deep they lie", () => {
    // GM → WK1 → (BU2, BU1 listed in that order); GM → BU3: the buurten come in the order of the list.
    const areas: Area[] = [
      { id: "GM", kind: "gemeente", name: "G" },
      { id: "BU2", kind: "buurt", name: "Twee", parent: "WK1" },
      { id: "WK1", kind: "wijk", name: "Wijk", parent: "GM" },
      { id: "BU3", kind: "buurt", name: "Drie", parent: "GM" },
      { id: "BU1", kind: "buurt", name: "Een", parent: "WK1" },
    ];
    expect(
      lookup(evaluation, areas, "GM")
        .partsOf("GM")
        .map((area) => area.id),
    ).toEqual(["BU2", "BU3", "BU1"]);
  });

  it("breaks an area without buurten down into its children", () => {
    const areas: Area[] = [
      { id: "GM", kind: "gemeente", name: "G" },
      { id: "WK1", kind: "wijk", name: "Een", parent: "GM" },
      { id: "WK2", kind: "wijk", name: "Twee", parent: "GM" },
    ];
    expect(
      lookup(evaluation, areas, "GM")
        .partsOf("GM")
        .map((area) => area.id),
    ).toEqual(["WK1", "WK2"]);
    expect(lookup(evaluation, areas, "GM").partsOf("WK1")).toEqual([]);
  });

  it("does not loop on a hand-built hierarchy whose area lies under itself", () => {
    // GM under WK, WK under GM (parseAreas refuses this): GM's parts are WK alone, not GM again.
    const areas: Area[] = [
      { id: "GM", kind: "gemeente", name: "G", parent: "WK" },
      { id: "WK", kind: "wijk", name: "W", parent: "GM" },
    ];
    expect(
      lookup(evaluation, areas, "GM")
        .partsOf("GM")
        .map((area) => area.id),
    ).toEqual(["WK"]);
  });

  it("names an area the hierarchy does not know by its id", () => {
    expect(lookup(evaluation, [], undefined).areaName("BU99")).toBe("BU99");
  });
});
