import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/cli/escape/markdown.js";
import { type EvaluateCommandOptions, evaluateCommand } from "../../src/cli/evaluate.js";
import { defaultMaxBytes } from "../../src/cli/input/limits.js";
import type { Output } from "../../src/cli/output/Output.js";
import { outputChunks } from "../../src/cli/output/outputChunks.js";
import { evaluate, parseObservations, protect } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, cliFailure, flat, memoryFiles, rows } from "./fixtures.js";

const fields = ["indicator", "area", "period", "value", "numerator", "denominator", "respondents", "positive"] as const;
const csv = [
  fields.join(","),
  ...rows.map((row) => fields.map((field) => String((row as Record<string, unknown>)[field] ?? "")).join(",")),
].join("\n");

const files = memoryFiles({
  "data.csv": csv,
  "rows.json": JSON.stringify(rows),
  "set.json": JSON.stringify({ period: "2024", baseline: "2023", areas, observations: rows }),
  "areas.json": JSON.stringify({ areas }),
  "model.json": JSON.stringify(alblasserdam),
  "broken-model.json": JSON.stringify({
    ...alblasserdam,
    groups: [{ ...alblasserdam.groups[0], subgoals: ["bestaat-niet"] }],
  }),
  "bad.json": '{"observations": [',
  "bad-areas.json": JSON.stringify([{ id: "GM0482", kind: "stad", name: "Alblasserdam" }]),
  "bad-period.json": JSON.stringify({ period: "2024-13", observations: rows }),
  "number-period.json": JSON.stringify({ period: 2024, observations: [{ ...rows[0], value: -1 }] }),
  "extra-cell.csv": "indicator,area,period,value\nfixi-meldingen,GM0482,2024,veel,9\n",
});
const options = (extra: Partial<EvaluateCommandOptions>): EvaluateCommandOptions => ({
  model: "alblasserdam",
  data: "data.csv",
  period: "2024",
  format: "table",
  language: "nl",
  maxBytes: defaultMaxBytes,
  ...extra,
});
const text = (output: Output) => [...outputChunks(output)].join("");
const run = async (extra: Partial<EvaluateCommandOptions>) => text(await evaluateCommand(options(extra), files));
const failure = (extra: Partial<EvaluateCommandOptions>) => cliFailure(() => evaluateCommand(options(extra), files));
const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
const expected = protect(evaluation);

describe("evaluateCommand", () => {
  it("gives, as JSON, exactly what the library's protect(evaluate(…)) gives on the same data", async () => {
    expect(JSON.parse(await run({ format: "json", areas: "areas.json" }))).toEqual(expected);
    expect(JSON.parse(await run({ format: "json", data: "rows.json", areas: "areas.json" }))).toEqual(expected);
  });

  it("gives, as JSON with --unprotected, the evaluation itself after a first field notForPublication", async () => {
    const json = JSON.parse(await run({ format: "json", areas: "areas.json", unprotected: true })) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json)[0]).toBe("notForPublication");
    expect(json).toEqual({ notForPublication: "NIET VOOR PUBLICATIE / not for publication", ...evaluation });
  });

  it("uses the areas, period and baseline of a JSON data object when the command line gives none", async () => {
    const { period: _, ...withoutPeriod } = options({ data: "set.json", format: "json" });
    expect(JSON.parse(text(await evaluateCommand(withoutPeriod, files)))).toEqual(expected);
  });

  it("shows the same figures in the table and the Markdown as in the JSON", async () => {
    const table = flat(await run({ areas: "areas.json" }));
    const markdown = await run({ format: "md", areas: "areas.json" });
    for (const result of expected.factors) {
      expect(markdown).toContain(escapeMarkdown(result.explanation.nl));
      if (result.area === "GM0482") expect(table).toContain(flat(result.explanation.nl));
    }
  });

  it("reads a model from a JSON file", async () => {
    expect(await run({ model: "model.json", format: "json", areas: "areas.json" })).toBe(
      await run({ format: "json", areas: "areas.json" }),
    );
  });

  it("names the model file and the JSON path of each problem in an invalid model", async () => {
    expect(await failure({ model: "broken-model.json" })).toMatch(
      /^broken-model\.json: the model is invalid \(1 problem\):\n {2}- groups\[0\]\.subgoals\[0\]: /,
    );
  });

  it("rejects an unknown model name, and a prototype's name as unknown", async () => {
    expect(await failure({ model: "dordrecht" })).toContain("unknown model 'dordrecht'");
    expect(await failure({ model: "constructor" })).toContain("unknown model 'constructor'");
  });

  it("names the file when the data are not valid JSON", async () => {
    expect(await failure({ data: "bad.json" })).toMatch(/^bad\.json: not valid JSON/);
  });

  it("names an unreadable file", async () => {
    expect(await failure({ data: "missing.csv" })).toBe("missing.csv: cannot read the file (no such file)");
  });

  it("names the flag of an invalid period given on the command line", async () => {
    expect(await failure({ period: "2024-Q5" })).toBe("--period: '2024-Q5' is not a period: a quarter is Q1 to Q4");
    expect(await failure({ baseline: "vorig jaar" })).toMatch(/^--baseline: 'vorig jaar' is not a period/);
    expect(await failure({ asOf: "2023-01-01" })).toMatch(/^--as-of: /);
  });

  it("reports an invalid period inside the data file against the file, not as if it came from --period", async () => {
    const { period: _, ...withoutPeriod } = options({ data: "bad-period.json" });
    const message = await cliFailure(() => evaluateCommand(withoutPeriod, files));
    expect(message).toMatch(
      /^bad-period\.json: the data are invalid \(1 problem\):\n {2}- period: '2024-13' is not a period: a month is 01 to 12$/,
    );
    expect(message).not.toContain("--period");
  });

  it("reports a period written as a number together with the rows' problems", async () => {
    const message = await failure({ data: "number-period.json" });
    expect(message).toMatch(/^number-period\.json: the data are invalid \(2 problems\):\n/);
    expect(message).toContain('  - period: must be a text such as "2024", not the number 2024');
    expect(message).toContain("  - observations[0].value: must not be negative");
  });

  it("reports a CSV row's cell too many and the row's other problems, together", async () => {
    expect(await failure({ data: "extra-cell.csv" })).toBe(
      'extra-cell.csv: the data are invalid (2 problems):\n  - line 2: 5 cells, but the header has 4 columns\n  - line 2, field value: must be a number, not the text "veel"',
    );
  });

  it("asks for a period when neither the command line nor the data give one", async () => {
    const { period: _, ...withoutPeriod } = options({});
    expect(await cliFailure(() => evaluateCommand(withoutPeriod, files))).toMatch(/missing --period/);
  });

  it("names the areas file and path of an invalid area", async () => {
    expect(await failure({ areas: "bad-areas.json" })).toMatch(
      /^bad-areas\.json: the areas are invalid \(1 problem\):\n {2}- \[0\]\.kind: /,
    );
  });
});
