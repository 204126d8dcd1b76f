/// <reference types="node" />
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { safeParseObservations } from "../../src/index.js";
import { CliError } from "../../src/cli/CliError.js";
import { describeRowIssue, parseJson, readCsv, readData } from "../../src/cli/readData.js";

function failure(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("expected a CliError");
}

function issuesOf(rows: readonly unknown[], data: Parameters<typeof describeRowIssue>[1]): string[] {
  const result = safeParseObservations(alblasserdam, rows);
  if (result.success) throw new Error("expected the rows to be rejected");
  return result.error.issues.map((issue) => describeRowIssue(issue, data));
}

describe("readCsv", () => {
  it("reads a header and rows into observation objects, numbers as numbers", () => {
    const data = readCsv("indicator,area,period,value\nfixi-meldingen,GM0482,2024,530\n", "data.csv");
    expect(data.rows).toEqual([{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 }]);
    expect(data.lines).toEqual([2]);
  });

  it("accepts the columns in any order and any subset", () => {
    const data = readCsv("period,numerator,area,indicator,denominator\n2024,54,BU04820101,mutatiegraad,400", "data.csv");
    expect(data.rows).toEqual([{ indicator: "mutatiegraad", area: "BU04820101", period: "2024", numerator: 54, denominator: 400 }]);
  });

  it("leaves empty cells out: an empty cell is an absent field, not a zero", () => {
    const data = readCsv("indicator,area,period,value,numerator,denominator,note\nfixi-meldingen,GM0482,2024,530,,, \n", "data.csv");
    expect(data.rows[0]).toEqual({ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 });
  });

  it("reads quoted cells with separators, doubled quotes and line breaks (RFC 4180)", () => {
    const text = 'indicator,area,period,value,note\r\nfixi-meldingen,GM0482,2024,530,"a, b ""c""\r\nd"\r\nfixi-meldingen,GM0482,2023,480,plain\r\n';
    const data = readCsv(text, "data.csv");
    expect(data.rows.map((row) => (row as { note?: string }).note)).toEqual(['a, b "c"\r\nd', "plain"]);
    // The second row starts on line 4, because the first spans lines 2 and 3.
    expect(data.lines).toEqual([2, 4]);
  });

  it("strips a UTF-8 byte-order mark before the header", () => {
    const data = readCsv("\uFEFFindicator,area,period,value\nfixi-meldingen,GM0482,2024,1", "data.csv");
    expect(data.rows[0]).toHaveProperty("indicator", "fixi-meldingen");
  });

  it("skips blank lines but keeps counting them", () => {
    const data = readCsv("indicator,area,period,value\n\nfixi-meldingen,GM0482,2024,1\n\n", "data.csv");
    expect(data.lines).toEqual([3]);
  });

  it("reads numbers strictly and passes anything else through as text for parseObservations to reject", () => {
    const data = readCsv("indicator,area,period,value\na,b,2024,12a\na,b,2024,1e3\na,b,2024,-2.5\na,b,2024,.5\na,b,2024,0x10\na,b,2024, 7 ", "data.csv");
    expect(data.rows.map((row) => (row as { value?: unknown }).value)).toEqual(["12a", 1000, -2.5, ".5", "0x10", 7]);
  });

  it("reads a Dutch-Excel file with ';' between cells and decimal commas", () => {
    const data = readCsv("indicator;area;period;numerator;denominator;note\nmutatiegraad;GM0482;2024;54,5;400;\"a; b\"\n", "data.csv");
    expect(data.rows).toEqual([{ indicator: "mutatiegraad", area: "GM0482", period: "2024", numerator: 54.5, denominator: 400, note: "a; b" }]);
  });

  it("never reads a decimal point in a ';' file as a number, since 1.234 may mean a thousand", () => {
    const data = readCsv("indicator;area;period;value\nfixi-meldingen;GM0482;2024;1.234\n", "data.csv");
    expect(data.rows[0]).toHaveProperty("value", "1.234");
  });

  it("rejects an unknown column, naming the file, line and column", () => {
    expect(failure(() => readCsv("indicator,area,period,waarde\n", "data.csv")).message).toMatch(/^data\.csv: line 1, column 4: unknown column 'waarde'/);
  });

  it("rejects a header that is missing a required column", () => {
    expect(failure(() => readCsv("indicator,area,value\n", "data.csv")).message).toContain("no column 'period'");
  });

  it("rejects a repeated column", () => {
    expect(failure(() => readCsv("indicator,area,period,value,value\n", "data.csv")).message).toContain("column 'value' appears twice");
  });

  it("rejects a row with more or fewer cells than the header, naming its line", () => {
    expect(failure(() => readCsv("indicator,area,period,value\na,b,2024,1\na,b,2024,1,2\n", "data.csv")).message).toBe(
      "data.csv: line 3: 5 cells, but the header has 4 columns",
    );
    expect(failure(() => readCsv("indicator,area,period,value\na,b,2024\n", "data.csv")).message).toContain("line 2: 3 cells");
  });

  it("rejects a quote that is never closed, naming the line it opens on", () => {
    expect(failure(() => readCsv('indicator,area,period,note\na,b,2024,ok\na,b,2024,"open\n', "data.csv")).message).toMatch(/line 3: a quoted cell is never closed/);
  });

  it("rejects text after a closing quote", () => {
    expect(failure(() => readCsv('indicator,area,period,note\na,b,2024,"x"y\n', "data.csv")).message).toMatch(/line 2: unexpected text after a closing quote/);
  });

  it("rejects an empty file", () => {
    expect(failure(() => readCsv("", "data.csv")).message).toMatch(/^data\.csv: the file is empty/);
  });
});

describe("readData", () => {
  it("reads .csv files as CSV and anything else as JSON", () => {
    expect(readData("indicator,area,period\n", "x.CSV").format).toBe("csv");
    expect(readData("[]", "x.json").format).toBe("json");
  });

  it("reads a JSON array of rows", () => {
    const data = readData('[{"indicator":"fixi-meldingen","area":"GM0482","period":"2024","value":1}]', "rows.json");
    expect(data.rows).toHaveLength(1);
    expect(data.rowsPath).toEqual([]);
  });

  it("reads a JSON object with observations, areas, period, baseline and a synthetic flag", () => {
    const text = JSON.stringify({
      synthetic: true,
      description: { nl: "Verzonnen.", en: "Made up." },
      period: "2024",
      baseline: "2023",
      areas: [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }],
      observations: [],
    });
    const data = readData(text, "set.json");
    expect(data).toMatchObject({ period: "2024", baseline: "2023", synthetic: { nl: "Verzonnen.", en: "Made up." }, rowsPath: ["observations"] });
    expect(data.areas).toHaveLength(1);
  });

  it("rejects JSON that holds no rows", () => {
    expect(failure(() => readData('{"rows": []}', "set.json")).message).toMatch(/^set\.json: expected an array of observation rows/);
  });
});

describe("parseJson", () => {
  it("names the file when the text is not JSON", () => {
    expect(failure(() => parseJson('{"a":', "model.json")).message).toMatch(/^model\.json: not valid JSON \(/);
  });

  it("ignores a byte-order mark", () => {
    expect(parseJson("\uFEFF[1]", "x.json")).toEqual([1]);
  });
});

describe("describeRowIssue", () => {
  it("names CSV rows by their file line and field, not by array index", () => {
    const data = readCsv("indicator,area,period,value\n\nfixi-meldingen,GM0482,2023,480\nfixi-meldingen,GM0482,2024,-3\n", "data.csv");
    expect(issuesOf(data.rows, data)).toEqual(["line 4, field value: must not be negative"]);
  });

  it("turns row numbers inside messages into line numbers too", () => {
    const data = readCsv("indicator,area,period,value\nfixi-meldingen,GM0482,2024,1\nfixi-meldingen,GM0482,2024,2\n", "data.csv");
    expect(issuesOf(data.rows, data)).toEqual(["line 3, field period: duplicate of line 2: same indicator, area and period"]);
  });

  it("names JSON rows by their path in the file", () => {
    const rows = [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: "12" }];
    expect(issuesOf(rows, { file: "set.json", format: "json", rows, rowsPath: ["observations"] })).toEqual([
      'observations[0].value: must be a number, not the text "12"',
    ]);
    expect(issuesOf(rows, { file: "rows.json", format: "json", rows, rowsPath: [] })).toEqual(['[0].value: must be a number, not the text "12"']);
  });
});

describe("docs/cli.md", () => {
  const guide = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
  const fence = /```(\w+)\n([\s\S]*?)```/g;

  it("has a CSV example that reads and parses", () => {
    const example = [...guide.matchAll(fence)].find((match) => match[1] === "csv")?.[2] ?? "";
    const data = readCsv(example, "metingen.csv");
    expect(data.rows).toHaveLength(4);
    expect(safeParseObservations(alblasserdam, data.rows).success).toBe(true);
  });

  it("has a JSON example that parses", () => {
    const example = [...guide.matchAll(fence)].find((match) => match[1] === "json")?.[2] ?? "";
    expect(safeParseObservations(alblasserdam, readData(example, "rows.json").rows).success).toBe(true);
  });
});
