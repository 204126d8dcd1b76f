/// <reference types="node" />
/**
 * The hostile-input corpus for the readers a user's file goes through: the CLI's JSON and CSV
 * readers, then parseObservations. Every case has an expected outcome — a clear error that names
 * the line or row and the field, or a correct result — and nothing pollutes a prototype, hangs
 * or drops a row silently.
 */
import { afterEach, describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/CliError.js";
import { describeRowIssue, readData, type DataFile } from "../../src/cli/readData.js";
import { safeParseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";

/** Reads a file as the CLI does and checks its rows: the rows, or every problem as the CLI words it. */
function read(file: string, text: string): { rows: readonly unknown[] } | { problems: string[] } | { fileError: string } {
  let data: DataFile;
  try {
    data = readData(text, file);
  } catch (error) {
    if (error instanceof CliError) return { fileError: error.message };
    throw error;
  }
  const result = safeParseObservations(alblasserdam, data.rows);
  if (result.success) return { rows: result.data };
  return { problems: result.error.issues.map((issue) => describeRowIssue(issue, data)) };
}

const csv = (value: string) => `indicator,area,period,value\nfixi-meldingen,GM0482,2024,${value}\n`;
const json = (value: string) => `[{"indicator":"fixi-meldingen","area":"GM0482","period":"2024","value":${value}}]`;

afterEach(() => {
  // No case may leave anything on the shared prototypes.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(Object.keys(Array.prototype)).toEqual([]);
});

describe("hostile input: numbers", () => {
  it.each([
    ["NaN as text in CSV", csv("NaN"), 'line 2, field value: must be a number, not the text "NaN"'],
    ["Infinity as text in CSV", csv("Infinity"), 'line 2, field value: must be a number, not the text "Infinity"'],
    ["-Infinity as text in CSV", csv("-Infinity"), 'line 2, field value: must be a number, not the text "-Infinity"'],
    ["1e308 in CSV", csv("1e308"), "line 2, field value: must be at most 10^15"],
    ["a negative count in CSV", csv("-3"), "line 2, field value: must not be negative"],
    ["a number with trailing text", csv("12abc"), 'line 2, field value: must be a number, not the text "12abc"'],
    ["a hexadecimal number", csv("0x10"), 'line 2, field value: must be a number, not the text "0x10"'],
    ["a decimal comma in a comma-separated file (quoted)", csv('"1,5"'), 'line 2, field value: must be a number, not the text "1,5"'],
    ["a thousands separator", csv('"1.234,5"'), 'line 2, field value: must be a number, not the text "1.234,5"'],
  ])("rejects %s, naming the line and field", (_, text, problem) => {
    expect(read("data.csv", text)).toEqual({ problems: [problem] });
  });

  it.each([
    ["NaN cannot be written in JSON", json("NaN")],
    ["Infinity cannot be written in JSON", json("Infinity")],
  ])("rejects %s with a file error naming the file", (_, text) => {
    expect(read("data.json", text)).toEqual({ fileError: expect.stringMatching(/^data\.json: not valid JSON/) });
  });

  it.each([
    ['"NaN" as a JSON string', json('"NaN"'), '[0].value: must be a number, not the text "NaN"'],
    ['"12" as a JSON string', json('"12"'), '[0].value: must be a number, not the text "12"'],
    ["1e308 in JSON", json("1e308"), "[0].value: must be at most 10^15"],
    ["1e309 (Infinity once parsed) in JSON", json("1e309"), "[0].value: must be finite"],
    ["null in JSON", json("null"), "[0].value: must be a number, not null"],
    ["a boolean in JSON", json("true"), "[0].value: must be a number, not boolean"],
  ])("rejects %s, naming the row and field", (_, text, problem) => {
    expect(read("data.json", text)).toEqual({ problems: [problem] });
  });

  it("reads −0 as 0, in CSV and in JSON", () => {
    for (const [file, text] of [["data.csv", csv("-0")], ["data.json", json("-0")]] as const) {
      const result = read(file, text);
      expect(result).toEqual({ rows: [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 0 }] });
      if ("rows" in result) expect(Object.is((result.rows[0] as { value: number }).value, 0)).toBe(true);
    }
  });

  it("keeps a recorded 0 as 0, not as missing", () => {
    expect(read("data.csv", csv("0"))).toEqual({ rows: [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 0 }] });
  });

  it("reports a missing value as missing, not as 0", () => {
    expect(read("data.csv", csv(""))).toEqual({ problems: ["line 2, field value: missing: a count indicator needs value"] });
  });
});

describe("hostile input: periods", () => {
  it.each([
    ["2024-Q5", "a quarter is Q1 to Q4"],
    ["2024-13", "a month is 01 to 12"],
    ["2021-W53", "2021 has 52 ISO weeks"],
    ["2024-02-30/2024-03-31", "2024-02-30 is not a date"],
    ["2024-05-31/2024-03-01", "the range ends on 2024-03-01, before it starts on 2024-05-31"],
  ])("rejects the period %s with the reason", (period, reason) => {
    const text = `indicator,area,period,value\nfixi-meldingen,GM0482,${period},1\n`;
    expect(read("data.csv", text)).toEqual({ problems: [expect.stringContaining(`line 2, field period: '${period}' is not a period: ${reason}`)] });
  });
});

describe("hostile input: keys", () => {
  it.each(["__proto__", "constructor", "prototype"])("rejects a JSON row with a '%s' key as an unknown field, without polluting anything", (key) => {
    const text = `[{"indicator":"fixi-meldingen","area":"GM0482","period":"2024","value":1,"${key}":{"polluted":true}}]`;
    expect(read("data.json", text)).toEqual({ problems: [`[0].${key}: unknown field '${key}'`] });
  });

  it("rejects a CSV column named __proto__ as unknown, naming the line and column", () => {
    expect(read("data.csv", "indicator,area,period,__proto__\nfixi-meldingen,GM0482,2024,1\n")).toEqual({
      fileError: expect.stringContaining("data.csv: line 1, column 4: unknown column '__proto__'"),
    });
  });

  it("ignores a JSON object's __proto__ key as a carrier of observations", () => {
    expect(read("data.json", '{"__proto__":{"observations":[]}}')).toEqual({
      fileError: 'data.json: expected an array of observation rows, or an object with an "observations" array',
    });
  });
});

describe("hostile input: encodings and separators", () => {
  it("reads a CSV with a UTF-8 byte-order mark", () => {
    expect(read("data.csv", `\uFEFF${csv("12")}`)).toEqual({ rows: [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 12 }] });
  });

  it("reads JSON with a UTF-8 byte-order mark", () => {
    expect(read("data.json", `\uFEFF${json("12")}`)).toEqual({ rows: [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 12 }] });
  });

  it("reads a CSV as Dutch Excel writes it: ';' between cells and a decimal comma", () => {
    const text = "indicator;area;period;numerator;denominator\r\nmutatiegraad;GM0482;2024;54,5;400\r\n";
    expect(read("data.csv", text)).toEqual({ rows: [{ indicator: "mutatiegraad", area: "GM0482", period: "2024", numerator: 54.5, denominator: 400 }] });
  });

  it("rejects a decimal point in a Dutch Excel CSV instead of guessing whether it groups thousands", () => {
    const text = "indicator;area;period;value\nfixi-meldingen;GM0482;2024;1.234\n";
    expect(read("data.csv", text)).toEqual({ problems: ['line 2, field value: must be a number, not the text "1.234"'] });
  });

  it("rejects a row with a cell too many, naming the line", () => {
    expect(read("data.csv", "indicator,area,period,value\nfixi-meldingen,GM0482,2024,1,2\n")).toEqual({
      fileError: "data.csv: line 2: 5 cells, but the header has 4 columns",
    });
  });

  it("rejects a quoted cell that never closes, naming the line it opened on", () => {
    expect(read("data.csv", 'indicator,area,period,value\nfixi-meldingen,GM0482,2024,"1\n')).toEqual({
      fileError: expect.stringContaining("data.csv: line 2: a quoted cell is never closed"),
    });
  });

  it("rejects an empty file and a file of only a BOM", () => {
    expect(read("data.csv", "")).toEqual({ fileError: expect.stringContaining("data.csv: the file is empty") });
    expect(read("data.csv", "\uFEFF")).toEqual({ fileError: expect.stringContaining("data.csv: the file is empty") });
    expect(read("data.json", "")).toEqual({ fileError: expect.stringMatching(/^data\.json: not valid JSON/) });
  });
});

describe("hostile input: size", () => {
  it("reads an enormous CSV of 200,000 rows and accounts for every row", () => {
    const lines = ["indicator,area,period,value"];
    for (let index = 0; index < 200_000; index++) lines.push(`fixi-meldingen,area-${index},2024,${index % 1000}`);
    const result = read("data.csv", `${lines.join("\n")}\n`);
    expect("rows" in result && result.rows.length).toBe(200_000);
  }, 30_000);

  it("reports every bad row of an enormous file, not just the first", () => {
    const lines = ["indicator,area,period,value"];
    for (let index = 0; index < 50_000; index++) lines.push(`fixi-meldingen,area-${index},2024,${index % 2 === 0 ? "x" : "1"}`);
    const result = read("data.csv", lines.join("\n"));
    expect("problems" in result && result.problems.length).toBe(25_000);
    expect("problems" in result && result.problems[0]).toBe('line 2, field value: must be a number, not the text "x"');
  }, 30_000);

  it("rejects a cell of a million characters with a short message", () => {
    const result = read("data.csv", `indicator,area,period,value\nfixi-meldingen,${"A".repeat(1_000_000)},2024,1\n`);
    expect(result).toEqual({ problems: ["line 2, field area: must be at most 100 characters"] });
  });

  it("rejects JSON nested a hundred thousand levels deep without a crash", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const result = read("data.json", `[{"indicator":"fixi-meldingen","area":"GM0482","period":"2024","value":1,"note":${deep}}]`);
    expect(result).toEqual({ problems: ["[0].note: must be a text"] });
  });
});
