import type { Label } from "../../index.js";
import { CliError } from "../CliError.js";
import type { Problem } from "../messages/Problem.js";
import { quote } from "../messages/quote.js";
import type { DataFile } from "./DataFile.js";
import { decodeUtf8 } from "./decodeUtf8.js";
import type { InputFile } from "./InputFile.js";
import { maxBytesReason } from "./limits.js";
import { readBytes } from "./readBytes.js";
import { readCsv } from "./readCsv.js";
import { readJsonFile } from "./readJsonFile.js";

/** The fields of a data file in the object form, and what each must be. */
const objectFields = new Map<string, string>([
  ["observations", "an array of observation rows"],
  ["areas", "an array of areas"],
  ["period", 'a text such as "2024"'],
  ["baseline", 'a text such as "2023"'],
  ["synthetic", "true or false"],
  ["description", 'an object { "nl": …, "en": … }'],
  // Written by the testing kit's generator with the data it makes; they say where the data came from.
  ["model", "a text"],
  ["seed", "a text or a number"],
  ["scenario", "a text"],
]);

/**
 * Reads an observations file as it streams in: CSV when the name ends in `.csv`, JSON
 * otherwise, within the size limit.
 *
 * @param file - the file
 * @param maxBytes - the limit set by `--max-bytes`
 * @returns the rows and what else the file holds, with the problems found while reading it
 * @throws {@link CliError} naming the file (and the line) when the file cannot be read at all
 */
export async function readData(file: InputFile, maxBytes: number): Promise<DataFile> {
  if (/\.csv$/i.test(file.name)) {
    return readCsv(decodeUtf8(readBytes(file, { bytes: maxBytes, reason: maxBytesReason }), file.name), file.name);
  }
  const json = await readJsonFile(file, maxBytes);
  return readJsonData(json.value, json.duplicates, file.name);
}

/**
 * A JSON data file: an array of rows, or an object with an `observations` array and optionally
 * `areas`, `period`, `baseline`, `synthetic` and `description`. Every field of the object is
 * checked: a `"period": 2024` (a number) or an unknown field is a problem, not ignored.
 */
function readJsonData(json: unknown, duplicates: readonly Problem[], file: string): DataFile {
  if (Array.isArray(json)) {
    return { file, format: "json", rows: json, rowsPath: [], rowProblems: [], fileProblems: duplicates };
  }
  if (typeof json !== "object" || json === null || !Object.hasOwn(json, "observations")) {
    throw new CliError(
      `${quote(file, 200)}: expected an array of observation rows, or an object with an "observations" array`,
    );
  }
  const fileProblems: Problem[] = [...duplicates];
  const record = new Map<string, unknown>(Object.entries(json));
  const problem = (field: string, message: string) => fileProblems.push({ path: [field], message });
  for (const [field, value] of record) {
    const expected = objectFields.get(field);
    if (expected === undefined) {
      problem(field, `unknown field '${field}'; a data file's fields are ${[...objectFields.keys()].join(", ")}`);
    } else if (!fits(field, value)) {
      problem(field, `must be ${expected}, not ${describeValue(value)}`);
    }
  }
  const observations = record.get("observations");
  const rows = Array.isArray(observations) ? observations : [];
  const period = record.get("period");
  const baseline = record.get("baseline");
  const description = record.get("description");
  const synthetic =
    record.get("synthetic") === true
      ? {
          synthetic: isLabel(description)
            ? description
            : { nl: "Deze gegevens zijn synthetisch.", en: "These data are synthetic." },
        }
      : {};
  return {
    file,
    format: "json",
    rows,
    rowsPath: ["observations"],
    rowProblems: [],
    fileProblems,
    ...(record.has("areas") ? { areas: record.get("areas") } : {}),
    ...(typeof period === "string" ? { period } : {}),
    ...(typeof baseline === "string" ? { baseline } : {}),
    ...synthetic,
  };
}

function fits(field: string, value: unknown): boolean {
  switch (field) {
    case "observations":
    case "areas":
      return Array.isArray(value);
    case "synthetic":
      return typeof value === "boolean";
    case "description":
      return isLabel(value);
    case "seed":
      return typeof value === "string" || typeof value === "number";
    default:
      return typeof value === "string";
  }
}

function isLabel(value: unknown): value is Label {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const label = new Map<string, unknown>(Object.entries(value));
  return label.size === 2 && typeof label.get("nl") === "string" && typeof label.get("en") === "string";
}

/** A value as a message names it: "the number 2024", "an object", "null". */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "number":
      return `the number ${value}`;
    case "string":
      return `the text ${JSON.stringify(quote(value))}`;
    case "boolean":
      return String(value);
    default:
      return "an object";
  }
}
