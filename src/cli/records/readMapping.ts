import { CliError } from "../CliError.js";
import type { InputFile } from "../input/InputFile.js";
import { readJsonFile } from "../input/readJsonFile.js";
import { describeMessage } from "../messages/describeMessage.js";
import { describePath } from "../messages/describePath.js";
import { describeProblems } from "../messages/describeProblems.js";
import type { Problem } from "../messages/Problem.js";
import { quote } from "../messages/quote.js";
import type { MappedValue, Mapping } from "./Mapping.js";
import type { RecordKind } from "./recordKinds.js";

/** The fields of a mapping file, and what each must be. */
const mappingFields = new Map<string, string>([
  ["$schema", "a text"],
  ["$comment", "a text"],
  ["description", "a text"],
  ["records", 'the kind of records, such as "meldingen"'],
  ["columns", 'an object of fields and the columns that hold them, such as { "id": "publicID" }'],
  ["constants", 'an object of fields and the value every record gets, such as { "source": "fixi" }'],
  [
    "values",
    'an object of fields, each with what its cell texts stand for, such as { "status": { "Afgehandeld": "closed" } }',
  ],
  ["options", 'an object of the derivation\'s options, such as { "norms": … }'],
]);

/**
 * Reads a mapping file for one kind of records, and checks all of it at once: its fields, that
 * each field it names is one of the kind's, that no field is both a column and a constant, that
 * every required field has a column or a constant, and that the options are ones a file may
 * set. The options' values are checked by the library when the records are derived.
 *
 * @param file - the mapping file (JSON)
 * @param kind - the kind of records it is given for (`--map meldingen=…`)
 * @param maxBytes - the limit set by `--max-bytes`
 * @returns the mapping
 * @throws {@link CliError} naming the file and listing every problem
 */
export async function readMapping(file: InputFile, kind: RecordKind, maxBytes: number): Promise<Mapping> {
  const json = await readJsonFile(file, maxBytes);
  const problems: Problem[] = [...json.duplicates];
  const problem = (path: (string | number)[], message: string) => problems.push({ path, message });
  const root = json.value;
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    throw new CliError(
      `${quote(file.name, 200)}: expected a mapping object, such as { "records": "${kind.name}", "columns": { … } }`,
    );
  }
  const entries = new Map<string, unknown>(Object.entries(root));
  for (const [field, value] of entries) {
    const expected = mappingFields.get(field);
    if (expected === undefined) {
      problem([field], `unknown field '${field}'; a mapping's fields are ${[...mappingFields.keys()].join(", ")}`);
    } else if ((field.startsWith("$") || field === "description") && typeof value !== "string") {
      problem([field], `must be ${expected}`);
    }
  }
  const records = entries.get("records");
  if (records !== undefined && records !== kind.name) {
    problem(
      ["records"],
      typeof records === "string"
        ? `this mapping is for ${quote(records)}, but it is given for ${kind.name}`
        : `must be the kind of records, "${kind.name}"`,
    );
  }
  const isField = (path: (string | number)[], field: string): boolean => {
    if (kind.fields.includes(field)) return true;
    problem(path, `unknown field '${field}': ${kind.one} has ${kind.fields.join(", ")}`);
    return false;
  };

  const columns = new Map<string, string>();
  for (const [field, column] of objectEntries(entries, "columns", problem)) {
    if (!isField(["columns", field], field)) continue;
    if (typeof column !== "string" || column.trim() === "" || column.length > 1000) {
      problem(["columns", field], "must be the name of a column, a text of 1 to 1000 characters");
    } else columns.set(field, column.trim());
  }
  const constants = new Map<string, MappedValue>();
  for (const [field, value] of objectEntries(entries, "constants", problem)) {
    if (!isField(["constants", field], field)) continue;
    if (columns.has(field))
      problem(["constants", field], `'${field}' has a column too: give it a column or a constant`);
    else if (!isMappedValue(value)) problem(["constants", field], "must be a text, a number or true/false");
    else constants.set(field, value);
  }
  const values = new Map<string, ReadonlyMap<string, MappedValue>>();
  for (const [field, table] of objectEntries(entries, "values", problem)) {
    if (!isField(["values", field], field)) continue;
    if (!columns.has(field)) {
      problem(["values", field], `'${field}' has no column: its values can only translate the cells of one`);
      continue;
    }
    if (typeof table !== "object" || table === null || Array.isArray(table)) {
      problem(
        ["values", field],
        'must be an object of cell texts and what they stand for, such as { "Afgehandeld": "closed" }',
      );
      continue;
    }
    const translations = new Map<string, MappedValue>();
    for (const [cell, value] of Object.entries(table)) {
      if (!isMappedValue(value)) problem(["values", field, cell], "must be a text, a number or true/false");
      else translations.set(cell, value);
    }
    values.set(field, translations);
  }
  const options: Record<string, unknown> = {};
  for (const [name, value] of objectEntries(entries, "options", problem)) {
    if (kind.options.includes(name)) options[name] = value;
    else if (name === "granularity")
      problem(["options", name], "the granularity is set by --granularity, or per indicator");
    else {
      problem(
        ["options", name],
        kind.options.length === 0
          ? `unknown option '${name}': the ${kind.name} take no options (those of the moves apply)`
          : `unknown option '${name}': a mapping for ${kind.name} may set ${kind.options.join(", ")}`,
      );
    }
  }
  if (entries.has("columns") || entries.has("constants")) {
    for (const field of kind.required) {
      if (!columns.has(field) && !constants.has(field)) {
        problem(
          ["columns"],
          `no column for '${field}', which ${kind.one} needs: map a column to it, or give it in constants`,
        );
      }
    }
  } else {
    problem(
      [],
      `a mapping names the columns: { "columns": { ${kind.required.map((field) => `"${field}": …`).join(", ")} } }`,
    );
  }
  if (problems.length > 0) {
    throw new CliError(
      describeProblems(
        file.name,
        "the mapping is invalid",
        problems,
        (problem) => `${describePath(problem.path)}: ${describeMessage(problem)}`,
      ),
    );
  }
  return { file: file.name, kind, columns, constants, values, options };
}

/** The entries of an object field of the mapping; a field that is not an object is a problem. */
function objectEntries(
  entries: ReadonlyMap<string, unknown>,
  field: string,
  problem: (path: (string | number)[], message: string) => void,
): [string, unknown][] {
  const value = entries.get(field);
  if (value === undefined) return [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problem([field], `must be ${mappingFields.get(field) ?? "an object"}`);
    return [];
  }
  return Object.entries(value);
}

function isMappedValue(value: unknown): value is MappedValue {
  return (
    typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))
  );
}
