import type { RecordKind } from "./recordKinds.js";

/** A value a mapping may give a field: what a cell of the file may turn into. */
export type MappedValue = string | number | boolean;

/**
 * How to read one file of records: which column holds which field, which fields are the same for
 * every record, how cell values translate, and the derivation's options. Read from a mapping
 * file (`--map meldingen=fixi-mapping.json`); without one, each column is the field it is named
 * after.
 */
export interface Mapping {
  /** The mapping file, as the user named it; undefined for the default mapping by column names. */
  readonly file: string | undefined;
  readonly kind: RecordKind;
  /** The column of each mapped field, by field; undefined for the default (the header's names). */
  readonly columns: ReadonlyMap<string, string> | undefined;
  /** The fields every record gets, with their value. */
  readonly constants: ReadonlyMap<string, MappedValue>;
  /** Per field, what each cell text stands for; `*` for any other text (never for a blank cell). */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, MappedValue>>;
  /** The derivation's options the file sets (`indicators`, `norms`, `lessActive`, …), checked by the library. */
  readonly options: Readonly<Record<string, unknown>>;
}
