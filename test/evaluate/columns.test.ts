import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { count } from "./fixtures.js";

// talentontwikkelplekken has two measures, both `increase`: organisaties-met-plekken, reported by
// one buurt (3 → 5, so it and its wijk and gemeente rise), and werkgevers-met-werk, reported only
// by the gemeente (4 → 4: equal is not met).
const evaluated = () =>
  evaluate(
    alblasserdam,
    parseObservations(alblasserdam, [
      count("organisaties-met-plekken", "BU04820101", "2023", 3),
      count("organisaties-met-plekken", "BU04820101", "2024", 5),
      count("werkgevers-met-werk", "GM0482", "2023", 4),
      count("werkgevers-met-werk", "GM0482", "2024", 4),
    ]),
    { period: "2024" },
  );

describe("evaluate: the columnar face", () => {
  it("lays out a two-measure factor in the union of its measures' areas, in area order, a measure without data there as no-data and NaN", () => {
    const columns = evaluated().columns("talentontwikkelplekken");
    // Codes: status 1 not-achieved, 3 no-data, 6 achieved; trend 1 up, 3 flat; 0 is none.
    expect(columns?.factor).toBe("talentontwikkelplekken");
    expect(columns?.areas).toEqual(["GM0482", "WK048201", "BU04820101"]);
    // The gemeente: worst of achieved and not-achieved; wijk and buurt: achieved and no data, so no-data.
    expect([...(columns?.status ?? [])]).toEqual([1, 3, 3]);
    expect([...(columns?.reason ?? [])]).toEqual([0, 0, 0]);
    const [places, employers] = columns?.measures ?? [];
    expect(places?.indicator).toBe("organisaties-met-plekken");
    expect([...(places?.status ?? [])]).toEqual([6, 6, 6]);
    expect([...(places?.trend ?? [])]).toEqual([1, 1, 1]);
    expect([...(places?.current ?? [])]).toEqual([5, 5, 5]);
    expect([...(places?.baseline ?? [])]).toEqual([3, 3, 3]);
    // (5 − 3) ÷ 3 = 2/3; an increase's target is the baseline itself, and it has no progress.
    expect([...(places?.change ?? [])]).toEqual([2 / 3, 2 / 3, 2 / 3]);
    expect([...(places?.target ?? [])]).toEqual([3, 3, 3]);
    expect([...(places?.progress ?? [])]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(employers?.indicator).toBe("werkgevers-met-werk");
    expect([...(employers?.status ?? [])]).toEqual([1, 3, 3]);
    expect([...(employers?.reason ?? [])]).toEqual([0, 0, 0]);
    expect([...(employers?.trend ?? [])]).toEqual([3, 0, 0]);
    // 4 against 4: change 0, target 4; the wijk and the buurt have no figures of it at all.
    expect([...(employers?.current ?? [])]).toEqual([4, Number.NaN, Number.NaN]);
    expect([...(employers?.baseline ?? [])]).toEqual([4, Number.NaN, Number.NaN]);
    expect([...(employers?.change ?? [])]).toEqual([0, Number.NaN, Number.NaN]);
    expect([...(employers?.target ?? [])]).toEqual([4, Number.NaN, Number.NaN]);
    expect(columns?.codes.status[3]).toBe("no-data");
    expect(columns?.codes.trend[3]).toBe("flat");
  });

  it("gives the same statuses through statusOf as the plain objects, at the gemeente, the wijk and the buurt", () => {
    const evaluation = evaluated();
    const statuses = ["GM0482", "WK048201", "BU04820101"].map((area) =>
      evaluation.statusOf("talentontwikkelplekken", area),
    );
    expect(statuses).toEqual(["not-achieved", "no-data", "no-data"]);
    expect(statuses).toEqual(
      ["GM0482", "WK048201", "BU04820101"].map(
        (area) =>
          evaluation.factors.find((result) => result.factor === "talentontwikkelplekken" && result.area === area)
            ?.status,
      ),
    );
  });

  it("answers undefined for an area without a result, an unknown area and an unknown factor", () => {
    const evaluation = evaluated();
    // Buurt B (BU04820102) reported nothing; only the top-level area gets every factor.
    expect(evaluation.statusOf("talentontwikkelplekken", "BU04820102")).toBeUndefined();
    expect(evaluation.statusOf("talentontwikkelplekken", "BU99999999")).toBeUndefined();
    expect(evaluation.statusOf("geen-factor", "GM0482")).toBeUndefined();
    expect(evaluation.columns("geen-factor")).toBeUndefined();
  });

  it("lays out a factor without data as its top-level area alone, no-data", () => {
    const columns = evaluated().columns("fixi-meldingen");
    expect(columns?.areas).toEqual(["GM0482"]);
    expect([...(columns?.status ?? [])]).toEqual([3]);
    expect([...(columns?.measures[0]?.current ?? [])]).toEqual([Number.NaN]);
  });
});
