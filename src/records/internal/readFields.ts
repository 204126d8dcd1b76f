import type { IssueCode, IssueInput } from "../../errors/Issue.js";
import type { AmsterdamDayOf } from "./amsterdamDays.js";
import { NO_DAY } from "./days.js";
import { Problem } from "./fields.js";
import { type Hierarchy, unknownArea } from "./hierarchy.js";
import { describe, type Moment, readTimestamp, timestampProblem } from "./readTimestamp.js";

// Field by field reading for the registers of partners, activities and moves, which hold
// thousands of records rather than millions: plain functions over the field readers.

/** What reading one record needs: where issues go, and how instants become Amsterdam days. */
export interface RecordReader {
  readonly issues: IssueInput[];
  readonly moment: Moment;
  readonly dayOf: AmsterdamDayOf;
  readonly hierarchy: Hierarchy;
  /** The path of the record, such as `[3]` or `["dwellings", 3]`. */
  path: readonly (string | number)[];
}

/** Adds an issue for a field of the record being read. */
export function fail(
  reader: RecordReader,
  field: string,
  code: IssueCode,
  message: string,
  params?: IssueInput["params"],
): void {
  reader.issues.push(
    params === undefined
      ? { code, path: [...reader.path, field], message }
      : { code, path: [...reader.path, field], params, message },
  );
}

/** Reports fields that `allowed` does not name. */
export function checkFields(
  reader: RecordReader,
  record: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
  kind: string,
): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key))
      fail(reader, key, "unknown-field", `unknown field '${key}': ${kind} has ${allowed.join(", ")}`);
  }
}

/** A field reader's result, with its problem reported; `undefined` for a problem. */
export function take<Value>(reader: RecordReader, field: string, result: Value | Problem): Value | undefined {
  if (result instanceof Problem) {
    fail(reader, field, result.code, result.message);
    return undefined;
  }
  return result;
}

/**
 * The Amsterdam day of a timestamp field; NO_DAY when it is absent (and optional) or bad, with
 * the problem reported.
 */
export function readDay(
  reader: RecordReader,
  record: Readonly<Record<string, unknown>>,
  field: string,
  required: boolean,
): number {
  const value = record[field];
  if (value === undefined || value === null || value === "") {
    if (required) fail(reader, field, "missing-field", `missing: '${field}' is required`);
    return NO_DAY;
  }
  if (typeof value !== "string" || !readTimestamp(value, reader.moment)) {
    fail(reader, field, "invalid-timestamp", timestampProblem(value));
    return NO_DAY;
  }
  return reader.moment.dateOnly ? reader.moment.day : reader.dayOf(reader.moment.ms);
}

/** The position of the area a field names; -1 when it is not a known area, with the problem reported. */
export function readArea(reader: RecordReader, value: unknown, field: string): number {
  if (typeof value !== "string" || value.trim() === "") {
    fail(
      reader,
      field,
      value === undefined ? "missing-field" : "not-a-text",
      value === undefined ? `missing: '${field}' is required` : `expected an area code, not ${describe(value)}`,
    );
    return -1;
  }
  const code = value.trim();
  const position = reader.hierarchy.index.get(code);
  if (position === undefined) {
    reader.issues.push(unknownArea(reader.hierarchy, code, [...reader.path, field]));
    return -1;
  }
  return position;
}

/** The message part for a record dated outside the register's span. */
export function outsideSpan(reader: RecordReader, field: string, day: string, covers: string, what: string): void {
  fail(reader, field, "outside-span", `${what} ${day} (in Amsterdam), outside the register's span ${covers}`, {
    day,
    covers,
  });
}
