import { CliError } from "../CliError.js";
import { decodeUtf8 } from "../input/decodeUtf8.js";
import type { InputFile } from "../input/InputFile.js";
import type { CsvRecord } from "../input/internal/csvSplitter.js";
import { Interner } from "../input/internal/Interner.js";
import { LineNumbers } from "../input/internal/LineNumbers.js";
import { splitCsvStream } from "../input/internal/splitCsvStream.js";
import { maxBytesReason } from "../input/limits.js";
import { readBytes } from "../input/readBytes.js";
import type { Problem } from "../messages/Problem.js";
import { quote } from "../messages/quote.js";
import type { MappedValue, Mapping } from "./Mapping.js";
import type { RecordsFile } from "./RecordsFile.js";

/** A column of the file that a field is read from. */
interface Source {
  readonly field: string;
  readonly index: number;
  readonly values: ReadonlyMap<string, MappedValue> | undefined;
  readonly unique: boolean;
}

/**
 * Reads a CSV file of records as it streams in, with the same reader as the observations (RFC
 * 4180; `;` between cells when the header holds `;` and no `,`, as Dutch Excel writes it):
 * a header row, then one record per row. Each field is taken from the column the mapping names
 * (without a mapping file, from the column named after the field), its text translated by the
 * mapping's `values` (`*` for any other text); the mapping's constants go into every record. A
 * blank cell leaves its field out: it is "not given", never a value. Columns the mapping does
 * not name are not read: an export has more than the records need.
 *
 * @param file - the file
 * @param mapping - how to read it
 * @param maxBytes - the limit set by `--max-bytes`
 * @returns the records, the line each starts on, and the problems of rows with a wrong cell count
 * @throws {@link CliError} naming the file and line for a broken quote or a header that lacks a mapped column
 */
export async function readRecords(file: InputFile, mapping: Mapping, maxBytes: number): Promise<RecordsFile> {
  if (!/\.csv$/i.test(file.name)) {
    throw new CliError(
      `${quote(file.name, 200)}: records are read from a CSV file (.csv), with a header row; save the export as CSV`,
    );
  }
  const name = quote(file.name, 200);
  const records: Record<string, MappedValue>[] = [];
  const lines = new LineNumbers();
  const problems: Problem[] = [];
  const strings = new Interner();
  const columnOf = new Map<string, string>();
  let sources: readonly Source[] | undefined;
  let width = 0;
  const constants = [...mapping.constants];

  const onRecord = (record: CsvRecord) => {
    if (sources === undefined) {
      sources = readHeader(record, mapping, name, columnOf);
      width = record.cells.length;
      return;
    }
    if (record.cells.length === 1 && record.cells[0] === "" && !record.quoted) return; // a blank line
    const result: Record<string, MappedValue> = {};
    for (const [field, value] of constants) result[field] = value;
    for (const source of sources) {
      const cell = record.cells[source.index];
      if (cell === undefined) continue;
      const text = cell.trim();
      if (text === "") continue;
      const translated = source.values === undefined ? undefined : (source.values.get(text) ?? source.values.get("*"));
      result[source.field] =
        translated === undefined ? (source.unique ? strings.copy(text) : strings.intern(text)) : translated;
    }
    if (record.cells.length !== width) {
      problems.push({
        path: [records.length],
        message: `${record.cells.length} cells, but the header has ${width} columns`,
      });
    }
    records.push(result);
    lines.push(record.line);
  };

  await splitCsvStream(
    decodeUtf8(readBytes(file, { bytes: maxBytes, reason: maxBytesReason }), file.name),
    name,
    () => onRecord,
  );
  if (sources === undefined) {
    const columns = mapping.columns === undefined ? mapping.kind.required : [...mapping.columns.values()];
    throw new CliError(`${name}: the file is empty; expected a header row with ${columns.join(", ")}`);
  }
  return { file: file.name, records, lineOf: (record) => lines.get(record), columnOf, problems };
}

/** The columns to read each field from, or every problem of the header at once. */
function readHeader(
  record: CsvRecord,
  mapping: Mapping,
  file: string,
  columnOf: Map<string, string>,
): readonly Source[] {
  const names = record.cells.map((cell) => cell.trim());
  const kind = mapping.kind;
  const problems: string[] = [];
  const positions = new Map<string, number[]>();
  names.forEach((column, index) => {
    positions.set(column, [...(positions.get(column) ?? []), index]);
  });
  const wanted: [string, string][] =
    mapping.columns === undefined
      ? [...new Set(names.filter((column) => kind.fields.includes(column)))].map((column) => [column, column])
      : [...mapping.columns];
  if (mapping.columns === undefined) {
    names.forEach((column, index) => {
      if (!kind.fields.includes(column)) {
        problems.push(
          `column ${index + 1}: unknown column '${quote(column)}': ${kind.one} has ${kind.fields.join(", ")}; to read an export with columns of its own, give a mapping (--map ${kind.name}=<mapping.json>)`,
        );
      }
    });
    for (const field of kind.required) {
      if (!names.includes(field)) problems.push(`no column '${field}', which ${kind.one} needs`);
    }
  }
  const sources: Source[] = [];
  for (const [field, column] of wanted) {
    const found = positions.get(column) ?? [];
    const index = found[0];
    if (index === undefined) {
      const near = names.find((name) => name.toLowerCase() === column.toLowerCase());
      problems.push(
        `no column '${quote(column)}' (the column of ${field} in ${quote(mapping.file ?? "", 200)})${near === undefined ? "" : `; there is '${quote(near)}'`}; the header has ${names.map((name) => quote(name)).join(", ")}`,
      );
      continue;
    }
    if (found.length > 1) {
      problems.push(
        `the column '${quote(column)}' appears ${found.length} times (columns ${found.map((at) => at + 1).join(", ")}): which one holds ${field}?`,
      );
      continue;
    }
    columnOf.set(field, column);
    sources.push({ field, index, values: mapping.values.get(field), unique: kind.unique.includes(field) });
  }
  if (problems.length === 0) return sources;
  const [only] = problems;
  if (problems.length === 1 && only !== undefined) {
    throw new CliError(`${file}: line ${record.line}${only.startsWith("column") ? ", " : ": "}${only}`);
  }
  const list = problems.map((problem) => `  - ${problem}`).join("\n");
  throw new CliError(`${file}: line ${record.line}: the header has ${problems.length} problems:\n${list}`);
}
