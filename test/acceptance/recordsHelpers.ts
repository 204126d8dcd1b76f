// Shared fixtures for the hand-computed acceptance cases of issue 8 (buurtaanpak/records).
//
// Written from the docs only (issue 8, /work/shared/docs/records.md, contract.md, docs/records.md,
// docs/evaluation.md and the API reference), without reading src/. Every expected value in the
// records*.test.ts and workingDays.test.ts files is worked out by hand from the documented rule.
import { type Area, BuurtaanpakError, type evaluate, parseModel } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import type { Derivation, Melding } from "../../src/records/index.js";

/**
 * A small piece of the real indeling: two wijken, three buurten. Small enough that a test can
 * list every row a derivation writes.
 */
export const smallAreas = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048201", kind: "wijk", name: "Wijk 01 Centrum", parent: "GM0482" },
  { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "WK048201" },
  { id: "BU04820102", kind: "buurt", name: "Redersbuurt", parent: "WK048201" },
  { id: "WK048202", kind: "wijk", name: "Wijk 02 Kinderdijk", parent: "GM0482" },
  { id: "BU04820201", kind: "buurt", name: "Dijk", parent: "WK048202" },
] satisfies Area[];

export const cortgene = "BU04820101";
export const redersbuurt = "BU04820102";
export const dijk = "BU04820201";
export const zeelt = "BU04820301";
export const centrum = "WK048201";
export const blokweer = "WK048203";
export const gemeente = "GM0482";

/** A Fixi melding, open, in an area; `extra` overrides or adds fields. */
export function melding(id: string, createdAt: string, area: string, extra: Partial<Melding> = {}): Melding {
  return { id, source: "fixi", createdAt, status: "open", area, ...extra };
}

/** `[period, value]` of the rows of one indicator in one area, in the order written. */
export function valuesOf(derivation: Derivation, indicator: string, area: string): [string, number | undefined][] {
  return derivation.rows
    .filter((row) => row.indicator === indicator && row.area === area)
    .map((row) => [row.period, row.value]);
}

/** `[period, numerator, denominator]` of the ratio rows of one indicator in one area. */
export function partsOf(
  derivation: Derivation,
  indicator: string,
  area: string,
): [string, number | undefined, number | undefined][] {
  return derivation.rows
    .filter((row) => row.indicator === indicator && row.area === area)
    .map((row) => [row.period, row.numerator, row.denominator]);
}

/** The one row of an indicator, area and period, or undefined. */
export function rowOf(derivation: Derivation, indicator: string, area: string, period: string) {
  return derivation.rows.find((row) => row.indicator === indicator && row.area === area && row.period === period);
}

/** The warnings with a code. */
export function warningsOf(derivation: Derivation, code: string) {
  return derivation.warnings.filter((warning) => warning.code === code);
}

/** Runs `action`, expects a BuurtaanpakError, and returns its code and `[path, code]` of each issue, sorted. */
export function issuesOf(action: () => unknown): { code: string; issues: [string, string][] } {
  try {
    action();
  } catch (error) {
    if (error instanceof BuurtaanpakError) {
      return {
        code: error.code,
        issues: error.issues.map((issue): [string, string] => [JSON.stringify(issue.path), issue.code]).sort(),
      };
    }
    throw error;
  }
  throw new Error("expected a BuurtaanpakError, but nothing was thrown");
}

const label = (nl: string, en: string) => ({ nl, en });

/**
 * The preset plus indicators for the figures the preset has no indicator for (cancelled, backlog,
 * handling times, the share within the norm, active partners, moves), each with a `tracked`
 * factor so that `evaluate` reports its current value. The way docs/records.md adds
 * "Afhandeling binnen termijn": a gemeente's own model.
 */
export const extendedModel = parseModel({
  ...alblasserdam,
  indicators: [
    ...alblasserdam.indicators,
    {
      id: "meldingen-alle",
      label: label("Alle meldingen", "All reports"),
      measure: "count",
      unit: "count",
      provenance: "interpreted",
    },
    {
      id: "meldingen-geannuleerd",
      label: label("Geannuleerde meldingen", "Cancelled reports"),
      measure: "count",
      unit: "count",
      provenance: "interpreted",
    },
    {
      id: "meldingen-open",
      label: label("Openstaande meldingen", "Open reports"),
      measure: "stock",
      unit: "count",
      provenance: "interpreted",
    },
    {
      id: "afhandelduur-kalenderdagen",
      label: label("Afhandelduur in kalenderdagen", "Handling time in calendar days"),
      measure: "ratio",
      unit: label("dagen", "days"),
      provenance: "interpreted",
    },
    {
      id: "afhandelduur-werkdagen",
      label: label("Afhandelduur in werkdagen", "Handling time in working days"),
      measure: "ratio",
      unit: label("werkdagen", "working days"),
      provenance: "interpreted",
    },
    {
      id: "afhandeling-binnen-termijn",
      label: label("Afhandeling binnen termijn", "Handled within the norm"),
      measure: "ratio",
      unit: "percent",
      provenance: "interpreted",
    },
    {
      id: "actieve-partners",
      label: label("Actieve partners", "Active partners"),
      measure: "stock",
      unit: "count",
      provenance: "interpreted",
    },
    {
      id: "deelnemers-alle",
      label: label("Alle deelnemers", "All participants"),
      measure: "count",
      unit: "count",
      provenance: "interpreted",
    },
    {
      id: "organisaties-alle",
      label: label("Alle deelnemende organisaties", "All taking part organisations"),
      measure: "count",
      unit: "count",
      provenance: "interpreted",
    },
    {
      id: "verhuizingen",
      label: label("Verhuizingen", "Moves"),
      measure: "count",
      unit: "count",
      provenance: "interpreted",
    },
  ],
  groups: [
    ...alblasserdam.groups,
    {
      id: "records-acceptatie",
      label: label("Acceptatie: cijfers uit registraties", "Acceptance: figures from records"),
      subgoals: ["afhandeling-meldingen"],
      provenance: "interpreted",
      factors: [
        "meldingen-alle",
        "meldingen-geannuleerd",
        "meldingen-open",
        "afhandelduur-kalenderdagen",
        "afhandelduur-werkdagen",
        "afhandeling-binnen-termijn",
        "actieve-partners",
        "deelnemers-alle",
        "organisaties-alle",
        "verhuizingen",
      ].map((id) => ({
        id,
        what: label(id, id),
        objective: label(id, id),
        criterion: label(id, id),
        measures: [{ indicator: id, rule: { kind: "tracked" }, provenance: "interpreted" }],
        provenance: "interpreted",
      })),
    },
  ],
});

/** What `evaluate` returns. */
export type EvaluationResult = ReturnType<typeof evaluate>;

/** The first measure of a factor's result in an area; fails the test when absent. */
export function measureOf(evaluation: EvaluationResult, factor: string, area: string) {
  const found = evaluation.factors.find((result) => result.factor === factor && result.area === area)?.measures[0];
  if (found === undefined) {
    throw new Error(`no measure result for factor ${factor} in area ${area}`);
  }
  return found;
}
