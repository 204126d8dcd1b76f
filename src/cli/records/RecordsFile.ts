import type { Problem } from "../messages/Problem.js";
import type { MappedValue } from "./Mapping.js";

/** The records of one file, read with its mapping, before the library checks them. */
export interface RecordsFile {
  /** The file, as the user named it. */
  readonly file: string;
  /** One object per data row, with the fields of its kind. */
  readonly records: readonly Readonly<Record<string, MappedValue>>[];
  /** The file line a record starts on (header = line 1). */
  readonly lineOf: (record: number) => number | undefined;
  /** The column each field was read from, by field; a constant has none. */
  readonly columnOf: ReadonlyMap<string, string>;
  /** Problems the reader found in single records (a row with a cell too many); each path starts with the record's index. */
  readonly problems: readonly Problem[];
}
