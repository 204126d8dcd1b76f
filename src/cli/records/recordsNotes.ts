import { formatNumber, type Label } from "../../index.js";

/** What the notes say of one register. */
export interface NotedRegister {
  /** How the notes name it: the file, or a name in each language. */
  readonly name: string | Label;
  readonly kind: "meldingen" | "partners" | "activities" | "moves";
  readonly covers: string;
  readonly records: number;
  readonly rows: number;
  /** The derivation's warnings (the library's `RecordsWarning`s): their messages are the notes. */
  readonly warnings: readonly { readonly message: Label }[];
}

const kinds = {
  nl: { meldingen: "meldingen", partners: "partners", activities: "activiteiten", moves: "verhuizingen" },
  en: { meldingen: "meldingen", partners: "partners", activities: "activities", moves: "moves" },
} as const;

/**
 * The notes a report shows about the records it was derived from, with the evaluation's own: for
 * each register a line saying how many rows came from how many records over which span, then
 * each of the derivation's warnings (cancelled and split meldingen, rows not written), named by
 * the register.
 *
 * @param registers - what was derived from each register
 * @returns the notes, in both languages
 */
export function recordsNotes(registers: readonly NotedRegister[]): readonly Label[] {
  const notes: Label[] = [];
  for (const register of registers) {
    const name = (language: "nl" | "en") =>
      typeof register.name === "string" ? register.name : register.name[language];
    const count = (value: number, language: "nl" | "en") => formatNumber(value, language);
    notes.push({
      nl: `${name("nl")}: ${count(register.rows, "nl")} ${register.rows === 1 ? "rij" : "rijen"} afgeleid uit ${count(register.records, "nl")} ${kinds.nl[register.kind]} over ${register.covers}.`,
      en: `${name("en")}: ${count(register.rows, "en")} ${register.rows === 1 ? "row" : "rows"} derived from ${count(register.records, "en")} ${kinds.en[register.kind]} over ${register.covers}.`,
    });
    for (const warning of register.warnings) {
      notes.push({ nl: `${name("nl")}: ${warning.message.nl}`, en: `${name("en")}: ${warning.message.en}` });
    }
  }
  return notes;
}
