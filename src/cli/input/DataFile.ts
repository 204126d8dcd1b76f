import type { Label } from "../../index.js";
import type { Problem } from "../messages/Problem.js";

/** Observation rows as read from a file, before they are checked against a model. */
export interface DataFile {
  /** The file as the user named it. */
  readonly file: string;
  readonly format: "csv" | "json";
  /** The rows, as plain objects; `parseObservations` checks them. */
  readonly rows: readonly unknown[];
  /** CSV: the file line a row starts on (header = line 1). */
  readonly lineOf?: (row: number) => number | undefined;
  /** JSON: the path of the rows array in the file: `[]` for a bare array, `["observations"]` for an object. */
  readonly rowsPath?: readonly string[];
  /** Problems of single rows the reader found (a CSV row with a cell too many); each path starts with the row index. */
  readonly rowProblems: readonly Problem[];
  /** Problems of the file outside its rows (a JSON `period` that is not a text); each path starts at the file's root. */
  readonly fileProblems: readonly Problem[];
  /** JSON object form: its `areas`, unchecked. */
  readonly areas?: unknown;
  /** JSON object form: its `period` and `baseline`, used when the command line gives none. */
  readonly period?: string;
  readonly baseline?: string;
  /** JSON object form: set when the file says `"synthetic": true`, with its description. */
  readonly synthetic?: Label;
}
