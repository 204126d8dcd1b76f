import { describe, expect, it } from "vitest";
import { readCsv } from "../../../src/cli/input/readCsv.js";
import { cliFailure, pieces } from "../fixtures.js";

const read = (text: string) => readCsv(pieces(text), "data.csv");

describe("readCsv", () => {
  it("reads a header and rows into observation objects, numbers as numbers", async () => {
    const data = await read("indicator,area,period,value\nfixi-meldingen,GM0482,2024,530\n");
    expect(data.rows).toEqual([{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 }]);
    expect(data.lineOf?.(0)).toBe(2);
  });

  it("accepts the columns in any order and any subset", async () => {
    const data = await read("period,numerator,area,indicator,denominator\n2024,54,BU04820101,mutatiegraad,400");
    expect(data.rows).toEqual([
      { indicator: "mutatiegraad", area: "BU04820101", period: "2024", numerator: 54, denominator: 400 },
    ]);
  });

  it("leaves empty cells out: an empty cell is an absent field, not a zero", async () => {
    const data = await read(
      "indicator,area,period,value,numerator,denominator,note\nfixi-meldingen,GM0482,2024,530,,, \n",
    );
    expect(data.rows[0]).toEqual({ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 });
  });

  it("reads quoted cells with separators, doubled quotes and line breaks (RFC 4180)", async () => {
    const text =
      'indicator,area,period,value,note\r\nfixi-meldingen,GM0482,2024,530,"a, b ""c""\r\nd"\r\nfixi-meldingen,GM0482,2023,480,plain\r\n';
    const data = await read(text);
    expect(data.rows.map((row) => (row as { note?: string }).note)).toEqual(['a, b "c"\r\nd', "plain"]);
    // The second row starts on line 4, because the first spans lines 2 and 3.
    expect([data.lineOf?.(0), data.lineOf?.(1)]).toEqual([2, 4]);
  });

  it("skips blank lines but keeps counting them", async () => {
    const data = await read("indicator,area,period,value\n\nfixi-meldingen,GM0482,2024,1\n\n");
    expect(data.rows).toHaveLength(1);
    expect(data.lineOf?.(0)).toBe(3);
  });

  it("reads numbers strictly and passes anything else through as text for parseObservations to reject", async () => {
    const data = await read(
      "indicator,area,period,value\na,b,2024,12a\na,b,2024,1e3\na,b,2024,-2.5\na,b,2024,.5\na,b,2024,0x10\na,b,2024, 7 ",
    );
    expect(data.rows.map((row) => (row as { value?: unknown }).value)).toEqual(["12a", 1000, -2.5, ".5", "0x10", 7]);
  });

  it("reads a Dutch-Excel file with ';' between cells and decimal commas", async () => {
    const data = await read(
      'indicator;area;period;numerator;denominator;note\nmutatiegraad;GM0482;2024;54,5;400;"a; b"\n',
    );
    expect(data.rows).toEqual([
      { indicator: "mutatiegraad", area: "GM0482", period: "2024", numerator: 54.5, denominator: 400, note: "a; b" },
    ]);
  });

  it("never reads a decimal point in a ';' file as a number, since 1.234 may mean a thousand", async () => {
    const data = await read("indicator;area;period;value\nfixi-meldingen;GM0482;2024;1.234\n");
    expect(data.rows[0]).toHaveProperty("value", "1.234");
  });

  it("decides the separator from a header line that comes in many pieces", async () => {
    const data = await readCsv(pieces("indicator;area;period;value\nfixi-meldingen;GM0482;2024;1,5\n", 1), "data.csv");
    expect(data.rows).toEqual([{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 1.5 }]);
  });

  it("rejects an unknown column, naming the file, line and column", async () => {
    expect(await cliFailure(() => read("indicator,area,period,waarde\n"))).toMatch(
      /^data\.csv: line 1, column 4: unknown column 'waarde'/,
    );
  });

  it("lists every problem of the header at once", async () => {
    const message = await cliFailure(() => read("indicator,waarde,value,value\n"));
    expect(message).toContain("data.csv: line 1: the header has 3 problems");
    expect(message).toContain("  - column 2: unknown column 'waarde'");
    expect(message).toContain("  - column 4: column 'value' appears twice");
    expect(message).toContain("  - the header has no column 'area', 'period'");
  });

  it("rejects a header that is missing a required column", async () => {
    expect(await cliFailure(() => read("indicator,area,value\n"))).toContain("no column 'period'");
  });

  it("reads a row with a cell too many or too few as far as its cells go, and names the problem with its row", async () => {
    const data = await read("indicator,area,period,value\na,b,2024,1,2\na,b,2024\n");
    expect(data.rows).toEqual([
      { indicator: "a", area: "b", period: "2024", value: 1 },
      { indicator: "a", area: "b", period: "2024" },
    ]);
    expect(data.rowProblems).toEqual([
      { path: [0], message: "5 cells, but the header has 4 columns" },
      { path: [1], message: "3 cells, but the header has 4 columns" },
    ]);
  });

  it("rejects a quote that is never closed, naming the line it opens on", async () => {
    expect(await cliFailure(() => read('indicator,area,period,note\na,b,2024,ok\na,b,2024,"open\n'))).toMatch(
      /line 3: a quoted cell is never closed/,
    );
  });

  it("rejects text after a closing quote", async () => {
    expect(await cliFailure(() => read('indicator,area,period,note\na,b,2024,"x"y\n'))).toMatch(
      /line 2: unexpected text after a closing quote/,
    );
  });

  it("rejects an empty file", async () => {
    expect(await cliFailure(() => read(""))).toMatch(/^data\.csv: the file is empty/);
  });

  it("shares the texts that repeat, and keeps no piece of the file alive through them", async () => {
    const data = await read(
      "indicator,area,period,value\nfixi-meldingen,BU04820101,2024,1\nfixi-meldingen,BU04820101,2023,2\n",
    );
    const [first, second] = data.rows as { indicator: string }[];
    expect(first?.indicator).toBe("fixi-meldingen");
    expect(second?.indicator).toBe(first?.indicator);
  });
});
