import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import type { Derivation } from "../../src/records/Derivation.js";
import { derivePartners } from "../../src/records/derivePartners.js";
import type { Partner } from "../../src/records/Partner.js";
import { alblasserdam, areas, model } from "./fixtures.js";

const partner = (id: string, kind: Partner["kind"], joined: string, extra: Partial<Partner> = {}): Partner => ({
  id,
  name: id,
  kind,
  joined,
  ...extra,
});
const valuesOf = (derivation: Derivation, indicator: string, area = "GM0482") =>
  derivation.rows
    .filter((row) => row.indicator === indicator && row.area === area)
    .map((row) => [row.period, row.value]);

describe("derivePartners", () => {
  const records = [
    // Existing partners: active, not new.
    partner("present", "formal", "2019-05-01"),
    partner("bibliotheek", "formal", "2021-01-10", { left: "2024-06-30" }),
    // New in 2024.
    partner("woonkracht", "formal", "2024-03-01"),
    partner("buurtapp", "informal", "2024-02-01", { left: "2024-08-31" }),
    // Rejoins in 2025: not new again.
    partner("buurtapp", "informal", "2025-03-01"),
    partner("moestuin", "informal", "2025-04-15"),
  ];
  const derivation = derivePartners(
    model,
    { covers: "2024-01-01/2025-12-31", records },
    {
      areas,
      granularity: "quarter",
      indicators: {
        "formeel-netwerk": { figure: "new", kinds: ["formal"] },
        "informeel-netwerk": { figure: "new", kinds: ["informal"] },
        "actieve-partners": { figure: "active" },
      },
    },
  );

  it("counts new partners in the quarter of their first joining only", () => {
    expect(valuesOf(derivation, "formeel-netwerk").filter(([, value]) => value !== 0)).toEqual([["2024-Q1", 1]]);
    expect(valuesOf(derivation, "informeel-netwerk").filter(([, value]) => value !== 0)).toEqual([
      ["2024-Q1", 1],
      ["2025-Q2", 1],
    ]);
  });

  it("counts the partners active on each quarter's last day, through the day they left", () => {
    // Q1 2024 (31 Mar): present, bibliotheek, woonkracht, buurtapp = 4. Q2 (30 Jun): bibliotheek
    // still, through its last day = 4. Q3 (30 Sep): buurtapp left 31 Aug, bibliotheek gone = 2.
    // Q4: 2. Q1 2025 (31 Mar): buurtapp back = 3. Q2 onwards: moestuin too = 4.
    expect(valuesOf(derivation, "actieve-partners")).toEqual([
      ["2024-Q1", 4],
      ["2024-Q2", 4],
      ["2024-Q3", 2],
      ["2024-Q4", 2],
      ["2025-Q1", 3],
      ["2025-Q2", 4],
      ["2025-Q3", 4],
      ["2025-Q4", 4],
    ]);
  });

  it("writes rows for the gemeente only, and says who rejoined", () => {
    expect(new Set(derivation.rows.map((row) => row.area))).toEqual(new Set(["GM0482"]));
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "rejoined", count: 1, examples: ["buurtapp"] }),
    );
  });

  it("writes the preset's formal and informal network rows by default", () => {
    const preset = derivePartners(
      alblasserdam,
      { covers: "2024-01-01/2024-12-31", records: records.slice(0, 4) },
      { areas },
    );
    expect(preset.rows.map((row) => [row.indicator, row.value])).toEqual([
      ["formeel-netwerk", 1],
      ["informeel-netwerk", 1],
    ]);
  });

  it("counts partners for the register's areas they work in", () => {
    const byWijk = derivePartners(
      model,
      {
        covers: "2024-01-01/2024-12-31",
        areas: ["WK048201", "WK048202"],
        records: [
          partner("a", "formal", "2024-02-01", { areas: ["BU04820101"] }),
          partner("b", "formal", "2024-02-01", { areas: "GM0482" }),
          partner("c", "formal", "2024-02-01"),
        ],
      },
      { areas, indicators: { "formeel-netwerk": { figure: "new" } } },
    );
    // a works in a buurt of Wijk 01; b in the whole gemeente, so in both wijken; c names no areas, so both.
    expect(byWijk.rows.map((row) => [row.area, row.value])).toEqual([
      ["WK048201", 3],
      ["WK048202", 2],
    ]);
  });

  it("reports overlapping spells, a left before joined, and a joining after the span", () => {
    let error: unknown;
    try {
      derivePartners(
        model,
        {
          covers: "2024-01-01/2024-12-31",
          records: [
            partner("a", "formal", "2024-01-01"),
            partner("a", "formal", "2024-06-01"),
            partner("b", "formal", "2024-06-01", { left: "2024-05-01" }),
            partner("c", "formal", "2025-01-01"),
            partner("d", "informal", "2024-01-01", { left: "2024-02-01" }),
            partner("d", "formal", "2024-03-01"),
          ],
        },
        { areas },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BuurtaanpakError);
    if (!(error instanceof BuurtaanpakError)) return;
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [[1, "joined"], "duplicate-id"],
      [[2, "left"], "closed-before-created"],
      [[3, "joined"], "outside-span"],
      [[5, "kind"], "invalid-input"],
    ]);
  });
});

describe("derivePartners: outside the register, and options that are no object", () => {
  it("names a partner that works only outside the register's areas", () => {
    const derivation = derivePartners(
      model,
      {
        covers: "2024-01-01/2024-12-31",
        areas: ["WK048201"],
        records: [
          partner("in", "formal", "2024-02-01", { areas: ["BU04820101"] }),
          partner("dijk", "formal", "2024-02-01", { areas: ["BU04820201"] }),
        ],
      },
      { areas, indicators: { "formeel-netwerk": { figure: "new" } } },
    );
    // Only "in" works in Wijk 01.
    expect(derivation.rows.map((row) => [row.area, row.value])).toEqual([["WK048201", 1]]);
    expect(derivation.warnings).toContainEqual(
      expect.objectContaining({ code: "outside-areas", count: 1, examples: ["dijk"] }),
    );
  });

  it("rejects options that are not an object", () => {
    expect(() => derivePartners(model, { covers: "2024", records: [] }, "quarter" as never)).toThrow(
      "expected an options object",
    );
  });
});
