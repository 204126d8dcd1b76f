import { formatNumber, type Label } from "../../index.js";
import type { DerivedRecords } from "./DerivedRecords.js";

const kinds = {
  nl: { meldingen: "meldingen", partners: "partners", activities: "activiteiten", moves: "verhuizingen" },
  en: { meldingen: "meldingen", partners: "partners", activities: "activities", moves: "moves" },
} as const;

/**
 * The notes a report shows about the records it was derived from, with the evaluation's own: for
 * each register a line saying how many rows came from how many records over which span, then
 * each of the derivation's warnings (cancelled and split meldingen, rows not written), named by
 * the file.
 *
 * @param derived - what was derived from the records
 * @returns the notes, in both languages
 */
export function recordsNotes(derived: DerivedRecords): readonly Label[] {
  const notes: Label[] = [];
  for (const register of derived.registers) {
    const count = (value: number, language: "nl" | "en") => formatNumber(value, language);
    notes.push({
      nl: `${register.file}: ${count(register.rows, "nl")} ${register.rows === 1 ? "rij" : "rijen"} afgeleid uit ${count(register.records, "nl")} ${kinds.nl[register.kind]} over ${register.covers}.`,
      en: `${register.file}: ${count(register.rows, "en")} ${register.rows === 1 ? "row" : "rows"} derived from ${count(register.records, "en")} ${kinds.en[register.kind]} over ${register.covers}.`,
    });
    for (const warning of register.warnings) {
      notes.push({ nl: `${register.file}: ${warning.message.nl}`, en: `${register.file}: ${warning.message.en}` });
    }
  }
  return notes;
}
