import { describe, expect, it } from "vitest";
import { evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { CliError } from "../../src/cli/CliError.js";
import { evaluateCommand, type EvaluateCommandOptions, type ReadFile } from "../../src/cli/evaluate.js";
import { areas, flat, rows } from "./fixtures.js";

const csv = [
  "indicator,area,period,value,numerator,denominator,respondents,positive",
  ...rows.map((row) =>
    ["indicator", "area", "period", "value", "numerator", "denominator", "respondents", "positive"]
      .map((field) => String((row as Record<string, unknown>)[field] ?? ""))
      .join(","),
  ),
].join("\n");

const files: Record<string, string> = {
  "data.csv": csv,
  "rows.json": JSON.stringify(rows),
  "set.json": JSON.stringify({ period: "2024", baseline: "2023", areas, observations: rows }),
  "areas.json": JSON.stringify({ areas }),
  "model.json": JSON.stringify(alblasserdam),
  "broken-model.json": JSON.stringify({ ...alblasserdam, groups: [{ ...alblasserdam.groups[0], subgoals: ["bestaat-niet"] }] }),
  "bad.json": '{"observations": [',
  "bad-areas.json": JSON.stringify([{ id: "GM0482", kind: "stad", name: "Alblasserdam" }]),
};
const readFile: ReadFile = (path) => {
  const text = files[path];
  if (text === undefined) throw new CliError(`${path}: cannot read the file (no such file)`);
  return text;
};
const run = (options: Partial<EvaluateCommandOptions>) =>
  evaluateCommand({ model: "alblasserdam", data: "data.csv", period: "2024", format: "table", language: "nl", ...options }, readFile);
const failure = (options: Partial<EvaluateCommandOptions>): string => {
  try {
    run(options);
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  throw new Error("expected a CliError");
};
const expected = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });

describe("evaluateCommand", () => {
  it("gives, as JSON, exactly what the library's evaluate gives on the same data", () => {
    expect(JSON.parse(run({ format: "json", areas: "areas.json" }))).toEqual(expected);
    expect(JSON.parse(run({ format: "json", data: "rows.json", areas: "areas.json" }))).toEqual(expected);
  });

  it("reads CSV and JSON alike", () => {
    expect(run({ format: "json", areas: "areas.json" })).toBe(run({ format: "json", data: "rows.json", areas: "areas.json" }));
  });

  it("uses the areas, period and baseline of a JSON data object when the command line gives none", () => {
    expect(JSON.parse(evaluateCommand({ model: "alblasserdam", data: "set.json", format: "json", language: "nl" }, readFile))).toEqual(expected);
  });

  it("shows the same figures in the table and the Markdown as in the JSON", () => {
    const table = flat(run({ areas: "areas.json" }));
    const markdown = run({ format: "md", areas: "areas.json" });
    for (const result of expected.factors) {
      expect(markdown).toContain(result.explanation.nl);
      if (result.area === "GM0482") expect(table).toContain(flat(result.explanation.nl));
    }
  });

  it("reads a model from a JSON file", () => {
    expect(run({ model: "model.json", format: "json", areas: "areas.json" })).toBe(run({ format: "json", areas: "areas.json" }));
  });

  it("names the model file and the JSON path of each problem in an invalid model", () => {
    expect(failure({ model: "broken-model.json" })).toMatch(/^broken-model\.json: the model is invalid \(1 problem\):\n {2}- groups\[0\]\.subgoals\[0\]: /);
  });

  it("rejects an unknown model name", () => {
    expect(failure({ model: "dordrecht" })).toContain("unknown model 'dordrecht'");
  });

  it("names the file when the data are not valid JSON", () => {
    expect(failure({ data: "bad.json" })).toMatch(/^bad\.json: not valid JSON/);
  });

  it("names an unreadable file", () => {
    expect(failure({ data: "missing.csv" })).toBe("missing.csv: cannot read the file (no such file)");
  });

  it("names the flag of an invalid period", () => {
    expect(failure({ period: "2024-Q5" })).toBe("--period: '2024-Q5' is not a period: a quarter is Q1 to Q4");
    expect(failure({ baseline: "vorig jaar" })).toMatch(/^--baseline: 'vorig jaar' is not a period/);
    expect(failure({ asOf: "2023-01-01" })).toMatch(/^--as-of: /);
  });

  it("asks for a period when neither the command line nor the data give one", () => {
    expect(() => evaluateCommand({ model: "alblasserdam", data: "data.csv", format: "table", language: "nl" }, readFile)).toThrow(/missing --period/);
  });

  it("names the areas file and path of an invalid area", () => {
    expect(failure({ areas: "bad-areas.json" })).toMatch(/^bad-areas\.json: the options are invalid \(1 problem\):\n {2}- areas\[0\]\.kind: /);
  });
});
