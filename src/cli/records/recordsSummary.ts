import type { DerivedRecords, DerivedRegister } from "./DerivedRecords.js";

/**
 * What `--format json` says of the records the evaluation was derived from, in its field
 * `records`: per register its kind, files, span, how many records and rows, and the
 * derivation's warnings exactly as the library gave them.
 *
 * @param derived - what was derived from the records
 * @returns one entry per register, in the order of the command line
 */
export function recordsSummary(derived: DerivedRecords): readonly DerivedRegister[] {
  return derived.registers.map((register) => ({ ...register }));
}
