import type { Observation } from "../../index.js";
import type { RecordsWarning } from "../../records/index.js";
import type { RecordKindName } from "./recordKinds.js";

/** What the program derived from one register: for the report's header, its notes and the JSON. */
export interface DerivedRegister {
  readonly kind: Exclude<RecordKindName, "dwellings">;
  /** The file of the records, as the user named it. */
  readonly file: string;
  /** For the moves: the file of the dwelling stock, when one was given. */
  readonly dwellings?: string;
  /** The span the register covers, as given. */
  readonly covers: string;
  /** The mapping file, when one was given. */
  readonly mapping?: string;
  /** How many records the file holds (for the moves, the moves). */
  readonly records: number;
  /** How many observation rows were derived from them. */
  readonly rows: number;
  /** The derivation's warnings, as the library gave them. */
  readonly warnings: readonly RecordsWarning[];
}

/** The observation rows derived from every `--records` file, and where each came from. */
export interface DerivedRecords {
  /** The rows of every register, register after register, in the order of the command line. */
  readonly rows: readonly Observation[];
  readonly registers: readonly DerivedRegister[];
  /** The register (an index into `registers`) that a row (an index into `rows`) came from. */
  readonly registerOf: (row: number) => number;
}
