import { describe, expect, it } from "vitest";
import type { Warning } from "../../../src/evaluate/Evaluation.js";
import { evaluate, parseAreas, parseObservations, protect } from "../../../src/index.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { partition } from "../../../src/report/internal/partition.js";

// Two gemeenten, each with a wijk and a buurt; Fixi in both buurten, 2023 → 2024.
const areas = parseAreas([
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048201", kind: "wijk", name: "Centrum", parent: "GM0482" },
  { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "WK048201" },
  { id: "GM0505", kind: "gemeente", name: "Dordrecht" },
  { id: "WK050501", kind: "wijk", name: "Binnenstad", parent: "GM0505" },
  { id: "BU05050101", kind: "buurt", name: "Statenkwartier", parent: "WK050501" },
]);
const observations = parseObservations(alblasserdam, [
  { indicator: "fixi-meldingen", area: "BU04820101", period: "2023", value: 100 },
  { indicator: "fixi-meldingen", area: "BU04820101", period: "2024", value: 120 },
  { indicator: "fixi-meldingen", area: "BU05050101", period: "2023", value: 200 },
  { indicator: "fixi-meldingen", area: "BU05050101", period: "2024", value: 190 },
]);
const evaluation = evaluate(alblasserdam, observations, { period: "2024", areas });
const message = { nl: "let op", en: "note" };
const warning = (extra: Partial<Warning>): Warning => ({ code: "unknown-area", count: 1, message, ...extra });

describe("partition", () => {
  it("gives each target its own subtree: Dordrecht's part holds its three areas and none of Alblasserdam", () => {
    const part = partition(evaluation, ["GM0482", "GM0505"])("GM0505");
    expect(part.areas.map((area) => area.id)).toEqual(["GM0505", "WK050501", "BU05050101"]);
    expect(new Set(part.factors.map((result) => result.area))).toEqual(new Set(["GM0505", "WK050501", "BU05050101"]));
    expect(part.goals.every((rollUp) => ["GM0505", "WK050501", "BU05050101"].includes(rollUp.area))).toBe(true);
    expect(part.period).toBe("2024");
    expect(part.baseline).toBe("2023");
  });

  it("hands each warning to the targets of the areas it names, a general one to every target", () => {
    const general = warning({});
    const alblasserdamOnly = warning({ area: "BU04820101" });
    const both = warning({ areas: ["BU04820101", "WK050501"] });
    // Two areas of Dordrecht: the warning still goes to Dordrecht once.
    const twiceDordrecht = warning({ areas: ["BU05050101"], area: "GM0505" });
    const elsewhere = warning({ area: "BU99999999" });
    const parts = partition({ ...evaluation, warnings: [general, alblasserdamOnly, both, twiceDordrecht, elsewhere] }, [
      "GM0482",
      "GM0505",
    ]);
    expect(parts("GM0482").warnings).toEqual([general, alblasserdamOnly, both]);
    expect(parts("GM0505").warnings).toEqual([general, both, twiceDordrecht]);
  });

  it("gives a target the hierarchy lacks an empty part, with only the general warnings", () => {
    const general = warning({});
    const part = partition({ ...evaluation, warnings: [general, warning({ area: "GM0482" })] }, ["GM9999"])("GM9999");
    expect(part.areas).toEqual([]);
    expect(part.factors).toEqual([]);
    expect(part.groups).toEqual([]);
    expect(part.subgoals).toEqual([]);
    expect(part.goals).toEqual([]);
    expect(part.coverage.areas).toEqual([]);
    expect(part.coverage.gaps).toBe(evaluation.coverage.gaps);
    expect(part.warnings).toEqual([general]);
  });

  it("puts a hand-built loop of areas under no target, and stops walking it", () => {
    // BU1 → BU2 → BU1 never reaches GM0482: both are in no part; the gemeente keeps its own tree.
    const looped = {
      ...evaluation,
      areas: [
        ...evaluation.areas,
        { id: "BU1", kind: "buurt" as const, name: "Een", parent: "BU2" },
        { id: "BU2", kind: "buurt" as const, name: "Twee", parent: "BU1" },
      ],
    };
    const part = partition(looped, ["GM0482"])("GM0482");
    expect(part.areas.map((area) => area.id)).toEqual(["GM0482", "WK048201", "BU04820101"]);
  });

  it("keeps the protection of a protected evaluation and adds none to a plain one", () => {
    const protectedEvaluation = protect(evaluation);
    expect(partition(protectedEvaluation, ["GM0482"])("GM0482").protection).toBe(protectedEvaluation.protection);
    expect("protection" in partition(evaluation, ["GM0482"])("GM0482")).toBe(false);
  });
});
