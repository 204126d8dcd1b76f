import { CliError } from "../CliError.js";
import type { Problem } from "../messages/Problem.js";
import { quote } from "../messages/quote.js";
import { csvColumns } from "./csvColumns.js";
import type { DataFile } from "./DataFile.js";
import type { CsvRecord } from "./internal/csvSplitter.js";
import { Interner } from "./internal/Interner.js";
import { LineNumbers } from "./internal/LineNumbers.js";
import { splitCsvStream } from "./internal/splitCsvStream.js";

const knownColumns = new Set<string>(csvColumns);
const numericColumns = new Set<string>(["value", "numerator", "denominator", "respondents", "positive"]);
const requiredColumns = ["indicator", "area", "period"] as const;
const plainNumber = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const dutchNumber = /^-?\d+(,\d+)?([eE][+-]?\d+)?$/;

/**
 * Reads a CSV file of observations (RFC 4180) as it streams in: a header row naming observation
 * fields, then one row per observation. Empty cells leave the field out. Numbers are read
 * strictly; any other text in a numeric column is kept as text, so that `parseObservations`
 * rejects it with its own message. A file whose header holds `;` and no `,` (as Dutch Excel
 * writes it) is read with `;` between cells and a decimal comma in numbers.
 *
 * A row with more or fewer cells than the header is read as far as its cells go, and the
 * problem is reported with the row's other problems, not instead of them.
 *
 * @param text - the file's text, in pieces (decoded, without a byte-order mark)
 * @param file - the file's name, for messages
 * @returns the rows, the line each starts on, and the problems of rows with a wrong cell count
 * @throws {@link CliError} naming the file and line for a broken quote or a bad header
 */
export async function readCsv(text: AsyncIterable<string>, file: string): Promise<DataFile> {
  const name = quote(file, 200);
  const rows: Record<string, string | number>[] = [];
  const lines = new LineNumbers();
  const rowProblems: Problem[] = [];
  const strings = new Interner();
  let names: readonly string[] | undefined;
  let number = plainNumber;
  let decimalComma = false;

  const onRecord = (record: CsvRecord) => {
    if (names === undefined) {
      names = readHeader(record, name);
      return;
    }
    if (record.cells.length === 1 && record.cells[0] === "" && !record.quoted) return; // a blank line
    const row: Record<string, string | number> = {};
    const count = Math.min(record.cells.length, names.length);
    for (let index = 0; index < count; index++) {
      const column = names[index] ?? "";
      const raw = record.cells[index] ?? "";
      const trimmed = raw.trim();
      if (trimmed === "") continue;
      if (numericColumns.has(column)) {
        row[column] = number.test(trimmed)
          ? Number(decimalComma ? trimmed.replace(",", ".") : trimmed)
          : strings.copy(trimmed);
      } else {
        row[column] = strings.intern(column === "source" || column === "note" ? raw : trimmed);
      }
    }
    if (record.cells.length !== names.length) {
      rowProblems.push({
        path: [rows.length],
        message: `${record.cells.length} cells, but the header has ${names.length} columns`,
      });
    }
    rows.push(row);
    lines.push(record.line);
  };

  await splitCsvStream(text, name, (separator) => {
    decimalComma = separator === ";";
    number = decimalComma ? dutchNumber : plainNumber;
    return onRecord;
  });
  if (names === undefined) {
    throw new CliError(`${name}: the file is empty; expected a header row such as ${csvColumns.slice(0, 4).join(",")}`);
  }
  return { file, format: "csv", rows, lineOf: (row) => lines.get(row), rowProblems, fileProblems: [] };
}

/** The column names of the header, or every problem with them at once. */
function readHeader(record: CsvRecord, file: string): readonly string[] {
  const names = record.cells.map((cell) => cell.trim());
  const problems: string[] = [];
  const seen = new Set<string>();
  names.forEach((column, index) => {
    if (!knownColumns.has(column)) {
      const hint =
        column.includes(";") || column.includes("\t")
          ? " (are the cells separated by something other than commas?)"
          : "";
      problems.push(`column ${index + 1}: unknown column '${quote(column)}'${hint}`);
    } else if (seen.has(column)) {
      problems.push(`column ${index + 1}: column '${column}' appears twice`);
    }
    seen.add(column);
  });
  const missing = requiredColumns.filter((column) => !seen.has(column));
  if (missing.length > 0)
    problems.push(`the header has no column ${missing.map((column) => `'${column}'`).join(", ")}`);
  if (problems.length === 0) return names;
  const columns = `the columns are ${csvColumns.join(", ")}`;
  const [only] = problems;
  if (problems.length === 1 && only !== undefined) {
    // "line 1, column 4: unknown column 'x'" reads as one place.
    throw new CliError(`${file}: line ${record.line}${only.startsWith("column") ? ", " : ": "}${only}; ${columns}`);
  }
  const list = problems.map((problem) => `  - ${problem}`).join("\n");
  throw new CliError(`${file}: line ${record.line}: the header has ${problems.length} problems (${columns}):\n${list}`);
}
