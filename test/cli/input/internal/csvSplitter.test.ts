import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvRecord, csvSplitter } from "../../../../src/cli/input/internal/csvSplitter.js";

/** Splits text fed in the given pieces; returns the records. */
function split(pieces: readonly string[], separator = ",", maxRowLength = 1 << 20): CsvRecord[] {
  const records: CsvRecord[] = [];
  const splitter = csvSplitter(separator, "data.csv", (record) => records.push(record), maxRowLength);
  for (const piece of pieces) splitter.push(piece);
  splitter.end();
  return records;
}

/** Cuts a text at the given fractions of its length. */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((fraction) => Math.floor(fraction * text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  pieces.push(text.slice(from));
  return pieces;
}

const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r", " ", "é", ";") });
const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 });
const lineEnding = fc.constantFrom("\n", "\r\n", "\r");

/** Writes records as RFC 4180 CSV, quoting the cells that need it, with the given line endings. */
function write(
  rows: readonly (readonly string[])[],
  endings: readonly string[],
  finalEnding: boolean,
): { text: string; lines: number[] } {
  let text = "";
  let line = 1;
  const lines: number[] = [];
  rows.forEach((row, index) => {
    const only = row.length === 1 && row[0] === "";
    // A record of one empty cell is written quoted: unquoted, it is a blank line.
    const cells = row.map((value) => (only || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value));
    const record = cells.join(",");
    lines.push(line);
    line += (record.match(/\r\n|\r|\n/g) ?? []).length + 1;
    const last = index === rows.length - 1;
    text += record + (last && !finalEnding ? "" : (endings[index % endings.length] ?? "\n"));
  });
  return { text, lines };
}

describe("csvSplitter", () => {
  it("reads the records csv-parse reads, from any CSV text, with the line each starts on", () => {
    fc.assert(
      fc.property(
        records,
        fc.array(lineEnding, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (rows, endings, finalEnding) => {
          const { text, lines } = write(rows, endings, finalEnding);
          const expected: string[][] = parse(text, {
            relax_column_count: true,
            relax_quotes: true,
            record_delimiter: ["\r\n", "\n", "\r"],
          });
          const records = split([text]);
          expect(records.map((record) => record.cells)).toEqual(expected);
          expect(records.map((record) => record.cells)).toEqual(rows);
          expect(records.map((record) => record.line)).toEqual(lines);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads the same records whatever pieces the text comes in, even a CRLF or a doubled quote cut in two", () => {
    fc.assert(
      fc.property(
        records,
        lineEnding,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        (rows, ending, at) => {
          const { text } = write(rows, [ending], true);
          expect(split(cut(text, at))).toEqual(split([text]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts \\n, \\r\\n and a lone \\r as one line each, also inside a quoted cell", () => {
    const records = split(['a,"1\r\n2\r3\n4"\r\nb,x\rc,y\n', "d,z"]);
    expect(records.map((record) => [record.line, record.cells])).toEqual([
      [1, ["a", "1\r\n2\r3\n4"]],
      [5, ["b", "x"]],
      [6, ["c", "y"]],
      [7, ["d", "z"]],
    ]);
  });

  it("reads a quote inside an unquoted cell as text, and a blank line as one empty, unquoted cell", () => {
    expect(split(['5" scherm,x\n\n"",y\n']).map((record) => [record.cells, record.quoted])).toEqual([
      [['5" scherm', "x"], false],
      [[""], false],
      [["", "y"], true],
    ]);
  });

  it("splits at ';' when told", () => {
    expect(split(['a;"b;c";1,5\n'], ";").map((record) => record.cells)).toEqual([["a", "b;c", "1,5"]]);
  });

  it("names the line a never-closed quote opens on", () => {
    expect(() => split(['a,b\nc,"open\n\nmore'])).toThrow("data.csv: line 2: a quoted cell is never closed");
  });

  it("names the line of text after a closing quote", () => {
    expect(() => split(['a\n"x\ny"z,1\n'])).toThrow("data.csv: line 3: unexpected text after a closing quote");
  });

  it("refuses a row longer than the limit while it streams, without waiting for the end", () => {
    const splitter = csvSplitter(",", "data.csv", () => {}, 100);
    splitter.push("indicator,area\n");
    // An unclosed quote: the rest of the stream would all be one cell.
    expect(() => {
      for (let index = 0; index < 100; index++) splitter.push(index === 0 ? '"' : "x".repeat(10));
    }).toThrow("data.csv: line 2: a row longer than 100 characters; is a quoted cell never closed");
  });
});
