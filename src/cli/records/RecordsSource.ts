import type { RecordKind } from "./recordKinds.js";

/** One `--records` argument, read: which kind of records, in which file, covering which span. */
export interface RecordsSource {
  /** The argument as given, `meldingen=fixi.csv@2023-01-01/2024-12-31`, for messages. */
  readonly argument: string;
  readonly kind: RecordKind;
  /** The file, as the user named it. */
  readonly file: string;
  /** The span given after `@`, when one was. */
  readonly covers?: string;
}
