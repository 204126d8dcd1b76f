// Issue 7, point 8: area ids in the data, and the parse errors of contract.md ("Measures"):
// every bad row is named by its index and field; nothing is dropped silently.
import { describe, expect, it } from "vitest";
import { evaluate, parseObservations, safeParseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, countRow, measureResult, type Row, warningTexts } from "./helpers.js";

const fixi = "fixi-meldingen";

/** The issues of a failed parse; fails the test when the parse succeeded. */
function parseIssues(rows: readonly Row[]) {
  const result = safeParseObservations(alblasserdam, rows);
  if (result.success) {
    throw new Error("expected the rows to be rejected");
  }
  return result.error.issues;
}

describe("parseObservations: area ids in the wrong case", () => {
  it("rejects 'gm0482' at row 1, field area, naming GM0482", () => {
    const issues = parseIssues([countRow(fixi, "GM0482", "2023", 100), countRow(fixi, "gm0482", "2024", 110)]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([1, "area"]);
    expect(issues[0]?.message).toContain("GM0482");
  });

  it("rejects 'bu04820101' at row 0, field area, naming BU04820101", () => {
    const issues = parseIssues([countRow(fixi, "bu04820101", "2024", 10)]);
    expect(issues[0]?.path).toEqual([0, "area"]);
    expect(issues[0]?.message).toContain("BU04820101");
  });

  it("rejects a mixed-case wijk code 'Wk048201', naming WK048201", () => {
    const issues = parseIssues([countRow(fixi, "Wk048201", "2024", 10)]);
    expect(issues[0]?.path).toEqual([0, "area"]);
    expect(issues[0]?.message).toContain("WK048201");
  });

  it("accepts the same codes in CBS's case", () => {
    const result = safeParseObservations(alblasserdam, [
      countRow(fixi, "GM0482", "2024", 10),
      countRow(fixi, "BU04820101", "2024", 10),
    ]);
    expect(result.success).toBe(true);
  });
});

describe("evaluate: areas not in the hierarchy", () => {
  // BU04829999 looks like a buurt of GM0482 but is not in CBS's indeling. Three rows carry it.
  const rows: Row[] = [
    countRow(fixi, "BU04829999", "2023", 20),
    countRow(fixi, "BU04829999", "2024", 30),
    countRow("formeel-netwerk", "BU04829999", "2024", 4),
    countRow(fixi, "BU04820101", "2023", 80),
    countRow(fixi, "BU04820101", "2024", 90),
  ];

  // Held in a variable rather than written inline: issue 7 adds `unknownAreas` to the options,
  // and this file must type-check before and after that lands.
  const strict = { period: "2024", areas, unknownAreas: "error" as const };

  it("warns unknown-area with the id and its count of 3 observations", () => {
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const warnings = warningTexts(evaluation, "unknown-area");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("BU04829999");
    expect(warnings[0]).toMatch(/(^|[^\d])3([^\d]|$)/);
  });

  it("adds the unknown buurt under GM0482, whose code it lies in: the gemeente sums 30 + 90 = 120 against 20 + 80 = 100, +20%", () => {
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
    const own = measureResult(evaluation, fixi, "BU04829999");
    expect(own.current).toBe(30);
    expect(own.baseline).toBe(20);
    const whole = measureResult(evaluation, fixi, "GM0482");
    expect(whole.current).toBe(120);
    expect(whole.baseline).toBe(100);
    expect(whole.change).toBe(0.2);
  });

  it("throws with unknownAreas: 'error', naming the id", () => {
    const observations = parseObservations(alblasserdam, rows);
    expect(() => evaluate(alblasserdam, observations, strict)).toThrow(/BU04829999/);
  });

  it("evaluates normally with unknownAreas: 'error' when every area is known", () => {
    const known = rows.filter((row) => row.area !== "BU04829999");
    const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, known), strict);
    expect(measureResult(evaluation, fixi, "GM0482").current).toBe(90);
    expect(warningTexts(evaluation, "unknown-area")).toHaveLength(0);
  });
});

describe("parseObservations: bad rows are named by index and field", () => {
  it("rejects a negative count at row 0, field value", () => {
    const issues = parseIssues([countRow(fixi, "GM0482", "2024", -1)]);
    expect(issues[0]?.path).toEqual([0, "value"]);
  });

  it("rejects positive > respondents (31 of 30) at row 0, field positive", () => {
    const issues = parseIssues([
      { indicator: "trots-op-buurt", area: "GM0482", period: "2024", respondents: 30, positive: 31 },
    ]);
    expect(issues[0]?.path).toEqual([0, "positive"]);
  });

  it("rejects NaN and Infinity as values, naming each row", () => {
    const issues = parseIssues([
      countRow(fixi, "GM0482", "2023", Number.NaN),
      countRow(fixi, "GM0482", "2024", Number.POSITIVE_INFINITY),
    ]);
    expect(issues.map((issue) => issue.path.join(".")).sort()).toEqual(["0.value", "1.value"]);
  });

  it("rejects a malformed period '2024-Q5' at row 0, field period", () => {
    const issues = parseIssues([countRow(fixi, "GM0482", "2024-Q5", 12)]);
    expect(issues[0]?.path).toEqual([0, "period"]);
  });

  it("rejects a second row for the same indicator, area and period, naming row 1", () => {
    const issues = parseIssues([countRow(fixi, "GM0482", "2024", 12), countRow(fixi, "GM0482", "2024", 13)]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path[0]).toBe(1);
  });

  it("rejects an unknown indicator at row 0, field indicator", () => {
    const issues = parseIssues([countRow("fixie-meldingen", "GM0482", "2024", 12)]);
    expect(issues[0]?.path).toEqual([0, "indicator"]);
  });

  it("rejects a zero denominator for mutatiegraad at row 0, field denominator", () => {
    const issues = parseIssues([
      { indicator: "mutatiegraad", area: "GM0482", period: "2024", numerator: 3, denominator: 0 },
    ]);
    expect(issues[0]?.path).toEqual([0, "denominator"]);
  });

  it("reports every problem at once: three bad rows give issues at rows 0, 2 and 3", () => {
    const issues = parseIssues([
      countRow(fixi, "GM0482", "2022", -5),
      countRow(fixi, "GM0482", "2023", 5),
      countRow(fixi, "gm0482", "2024", 6),
      countRow(fixi, "GM0482", "2025-13", 7),
    ]);
    expect(issues.map((issue) => issue.path[0]).sort()).toEqual([0, 2, 3]);
  });
});
