import { BuurtaanpakError, formatPath, type Issue, type Label } from "../index.js";
import { CliError } from "./CliError.js";

/** The observation fields a CSV header may name, in any order and any subset. */
export const csvColumns = ["indicator", "area", "period", "value", "numerator", "denominator", "respondents", "positive", "source", "note"] as const;
const numericColumns = new Set<string>(["value", "numerator", "denominator", "respondents", "positive"]);
const requiredColumns = ["indicator", "area", "period"] as const;

/** Observation rows as read from a file, before they are checked against a model. */
export interface DataFile {
  /** The file as the user named it. */
  readonly file: string;
  readonly format: "csv" | "json";
  /** The rows, as plain objects; `parseObservations` checks them. */
  readonly rows: readonly unknown[];
  /** CSV: the file line each row starts on (header = line 1). */
  readonly lines?: readonly number[];
  /** JSON: the path of the rows array in the file: `[]` for a bare array, `["observations"]` for an object. */
  readonly rowsPath?: readonly string[];
  /** JSON object form: its `areas`, unchecked. */
  readonly areas?: unknown;
  /** JSON object form: its `period` and `baseline`, used when the command line gives none. */
  readonly period?: string;
  readonly baseline?: string;
  /** JSON object form: set when the file says `"synthetic": true`, with its description. */
  readonly synthetic?: Label;
}

/**
 * Reads an observations file: CSV when the name ends in `.csv`, JSON otherwise.
 *
 * @param text - the file's contents
 * @param file - the file's name, for messages
 * @returns the rows and what else the file holds
 * @throws {@link CliError} naming the file, and for CSV the line, when the file cannot be read
 */
export function readData(text: string, file: string): DataFile {
  return /\.csv$/i.test(file) ? readCsv(text, file) : readJsonData(text, file);
}

/**
 * Parses JSON text, naming the file in the error. A UTF-8 byte-order mark is ignored.
 *
 * @throws {@link CliError} when the text is not JSON
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(stripBom(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${file}: not valid JSON (${reason})`);
  }
}

function readJsonData(text: string, file: string): DataFile {
  const json = parseJson(text, file);
  if (Array.isArray(json)) return { file, format: "json", rows: json, rowsPath: [] };
  if (typeof json !== "object" || json === null || !Array.isArray((json as { observations?: unknown }).observations)) {
    throw new CliError(`${file}: expected an array of observation rows, or an object with an "observations" array`);
  }
  const record = json as Record<string, unknown>;
  const rows = record["observations"] as readonly unknown[];
  const period = record["period"];
  const baseline = record["baseline"];
  const description = record["description"];
  const synthetic =
    record["synthetic"] === true
      ? {
          synthetic: isLabel(description) ? description : { nl: "Deze gegevens zijn synthetisch.", en: "These data are synthetic." },
        }
      : {};
  return {
    file,
    format: "json",
    rows,
    rowsPath: ["observations"],
    ...(record["areas"] === undefined ? {} : { areas: record["areas"] }),
    ...(typeof period === "string" ? { period } : {}),
    ...(typeof baseline === "string" ? { baseline } : {}),
    ...synthetic,
  };
}

function isLabel(value: unknown): value is Label {
  if (typeof value !== "object" || value === null) return false;
  const label = value as Record<string, unknown>;
  return typeof label["nl"] === "string" && typeof label["en"] === "string";
}

/**
 * Reads a CSV file of observations (RFC 4180): a header row naming observation fields, then
 * one row per observation. Empty cells leave the field out. Numbers are read strictly; any
 * other text in a numeric column is kept as text, so that `parseObservations` rejects it with
 * its own message. A file whose header is separated by `;` and holds no `,` (as Dutch Excel
 * writes it) is read with `;` between cells and a decimal comma in numbers.
 *
 * @param text - the file's contents
 * @param file - the file's name, for messages
 * @returns the rows, with the line each starts on
 * @throws {@link CliError} naming the file and line for a broken quote, a wrong cell count or an unknown column
 */
export function readCsv(text: string, file: string): DataFile {
  const content = stripBom(text);
  const firstLine = content.slice(0, content.search(/\r|\n|$/));
  const dutch = firstLine.includes(";") && !firstLine.includes(",");
  const records = splitCsv(content, dutch ? ";" : ",", file);
  const [header, ...body] = records;
  if (header === undefined) throw new CliError(`${file}: the file is empty; expected a header row such as ${csvColumns.slice(0, 4).join(",")}`);

  const names = header.cells.map((name) => name.trim());
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (!(csvColumns as readonly string[]).includes(name)) {
      const hint = name.includes(";") || name.includes("\t") ? " (are the cells separated by something other than commas?)" : "";
      throw new CliError(`${file}: line ${header.line}, column ${index + 1}: unknown column '${name}'${hint}; the columns are ${csvColumns.join(", ")}`);
    }
    if (seen.has(name)) throw new CliError(`${file}: line ${header.line}: column '${name}' appears twice`);
    seen.add(name);
  });
  const missing = requiredColumns.filter((name) => !seen.has(name));
  if (missing.length > 0) throw new CliError(`${file}: line ${header.line}: the header has no column ${missing.map((name) => `'${name}'`).join(", ")}`);

  const number = dutch ? /^-?\d+(,\d+)?([eE][+-]?\d+)?$/ : /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
  const rows: Record<string, string | number>[] = [];
  const lines: number[] = [];
  for (const record of body) {
    if (record.cells.length === 1 && record.cells[0] === "" && !record.quoted) continue; // a blank line
    if (record.cells.length !== names.length) {
      throw new CliError(`${file}: line ${record.line}: ${record.cells.length} cells, but the header has ${names.length} columns`);
    }
    const row: Record<string, string | number> = {};
    names.forEach((name, index) => {
      const raw = record.cells[index] ?? "";
      const trimmed = raw.trim();
      if (trimmed === "") return;
      if (numericColumns.has(name)) row[name] = number.test(trimmed) ? Number(dutch ? trimmed.replace(",", ".") : trimmed) : trimmed;
      else row[name] = name === "source" || name === "note" ? raw : trimmed;
    });
    rows.push(row);
    lines.push(record.line);
  }
  return { file, format: "csv", rows, lines };
}

interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
  /** Whether any cell was quoted (a quoted empty cell is not a blank line). */
  readonly quoted: boolean;
}

/** Splits CSV text into records (RFC 4180), each with the line it starts on. */
function splitCsv(text: string, separator: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let position = 0;
  const length = text.length;
  while (position < length) {
    const start = line;
    const cells: string[] = [];
    let quoted = false;
    for (;;) {
      let cell = "";
      if (text[position] === '"') {
        quoted = true;
        const opened = line;
        position++;
        for (;;) {
          if (position >= length) throw new CliError(`${file}: line ${opened}: a quoted cell is never closed (a '"' is missing)`);
          const char = text[position] as string;
          if (char === '"') {
            if (text[position + 1] === '"') {
              cell += '"';
              position += 2;
              continue;
            }
            position++;
            break;
          }
          if (char === "\n" || (char === "\r" && text[position + 1] !== "\n")) line++;
          cell += char;
          position++;
        }
        const next = text[position];
        if (next !== undefined && next !== separator && next !== "\n" && next !== "\r") {
          throw new CliError(`${file}: line ${line}: unexpected text after a closing quote; write a '"' inside a quoted cell as '""'`);
        }
      } else {
        // An unquoted cell runs to the next separator or line break: slice it, do not build it
        // character by character (a national file has millions of cells).
        const separatorCode = separator.charCodeAt(0);
        let end = position;
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === separatorCode || code === 10 || code === 13) break;
          end++;
        }
        cell = text.slice(position, end);
        position = end;
      }
      cells.push(cell);
      const next = text[position];
      if (next === separator) {
        position++;
        continue;
      }
      // End of the record: a line break (\n, \r\n or \r) or the end of the text.
      if (next === "\r") position += text[position + 1] === "\n" ? 2 : 1;
      else if (next === "\n") position++;
      if (next !== undefined) line++;
      break;
    }
    records.push({ line: start, cells, quoted });
  }
  return records;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Says where in a data file an issue of `parseObservations` lies: for CSV the file line and
 * column ("line 4, field value"), for JSON the path into the file ("observations[2].value").
 * Row numbers inside the message ("duplicate of row 2") become line numbers for CSV too.
 *
 * @param issue - an issue whose path starts with the row index
 * @param data - the file the rows came from
 * @returns the issue as one line of text, without the file name
 */
export function describeRowIssue(issue: Issue, data: DataFile): string {
  const [row, field, ...rest] = issue.path;
  if (data.lines !== undefined && typeof row === "number") {
    const line = data.lines[row];
    const where = line === undefined ? `row ${row}` : `line ${line}`;
    const message = issue.message.replace(/\brow (\d+)\b/g, (text, index: string) => {
      const other = data.lines?.[Number(index)];
      return other === undefined ? text : `line ${other}`;
    });
    const path = field === undefined ? "" : `, field ${formatPath([field, ...rest]).replace(/^\./, "")}`;
    return `${where}${path}: ${message}`;
  }
  return `${formatPath([...(data.rowsPath ?? []), ...issue.path])}: ${issue.message}`;
}

/**
 * Writes a library error about a file as a message that names the file and each problem.
 *
 * @param error - the error
 * @param file - the file the input came from
 * @param describe - how to say where each issue lies; the JSON path by default
 */
export function describeError(error: BuurtaanpakError, file: string, describe: (issue: Issue) => string = (issue) => `${formatPath(issue.path)}: ${issue.message}`): string {
  const count = error.issues.length;
  const what = {
    "invalid-model": "the model is invalid",
    "invalid-observations": "the observations are invalid",
    "invalid-period": "a period is invalid",
    "invalid-options": "the options are invalid",
  }[error.code];
  const shown = error.issues.slice(0, 50).map((issue) => `  - ${describe(issue)}`);
  if (count > 50) shown.push(`  - … and ${count - 50} more`);
  return `${file}: ${what} (${count} ${count === 1 ? "problem" : "problems"}):\n${shown.join("\n")}`;
}
