import type { Label } from "../../model/common.js";
import type { Observation } from "../../observations/Observation.js";
import type { RecordsWarning } from "../Derivation.js";
import type { GridPeriod } from "./grid.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Setup, Target } from "./setup.js";

/** Keeps the few smallest of the texts offered, so that examples do not depend on input order. */
export class Examples {
  readonly #items: string[] = [];
  count = 0;
  constructor(readonly limit = 5) {}
  add(text: string): void {
    this.count++;
    const items = this.#items;
    if (items.length === this.limit && text >= (items[this.limit - 1] as string)) return;
    if (items.includes(text)) return;
    let at = items.length;
    while (at > 0 && (items[at - 1] as string) > text) at--;
    items.splice(at, 0, text);
    if (items.length > this.limit) items.pop();
  }
  get items(): readonly string[] {
    return [...this.#items];
  }
}

/** Collects warnings, in the order the derivation raises them. */
export class Warnings {
  readonly list: RecordsWarning[] = [];
  add(
    code: RecordsWarning["code"],
    count: number,
    message: Label,
    extra: { indicator?: string; examples?: Examples } = {},
  ): void {
    if (count === 0) return;
    const warning: { -readonly [Key in keyof RecordsWarning]: RecordsWarning[Key] } = {
      code,
      count,
      message: Object.freeze({ ...message }),
    };
    if (extra.indicator !== undefined) warning.indicator = extra.indicator;
    if (extra.examples !== undefined && extra.examples.items.length > 0)
      warning.examples = Object.freeze(extra.examples.items);
    this.list.push(Object.freeze(warning));
  }
}

/** A noun in both languages, singular and plural. */
export interface Noun {
  readonly nl: readonly [string, string];
  readonly en: readonly [string, string];
}

/** "1 melding", "1.234 meldingen" (nl) or "1,234 reports" (en): a count with its noun. */
export function counted(count: number, noun: Noun, language: "nl" | "en"): string {
  const digits = String(count).replace(/\B(?=(\d{3})+(?!\d))/g, language === "nl" ? "." : ",");
  return `${digits} ${noun[language][count === 1 ? 0 : 1]}`;
}

/**
 * The areas that get rows of an additive figure: every covered leaf, and every covered area
 * above the leaves that holds records of its own (its row then counts its own records and its
 * descendants', so that its own row, which wins over its children's, is the whole).
 */
export function additiveAreas(hierarchy: Hierarchy, covered: Uint8Array, hasOwn: Uint8Array): number[] {
  const areas: number[] = [];
  for (let area = 0; area < hierarchy.ids.length; area++) {
    if (covered[area] === 1 && (hierarchy.isLeaf[area] === 1 || hasOwn[area] === 1)) areas.push(area);
  }
  return areas;
}

/** Adds every area's cells (`periods` per area) into its parent's, deepest areas first. */
export function sumUpTree(hierarchy: Hierarchy, cells: Float64Array | Int32Array, periods: number): void {
  for (const area of hierarchy.bottomUp) {
    const parent = hierarchy.parent[area] as number;
    if (parent === -1) continue;
    const from = area * periods;
    const to = parent * periods;
    for (let period = 0; period < periods; period++) (cells[to + period] as number) += cells[from + period] as number;
  }
}

/** Writes rows and says on every written 0 that it is one. */
export class Rows {
  readonly list: Observation[] = [];
  readonly #zeros = new Map<string, string>();
  constructor(
    private readonly setup: Setup<unknown>,
    private readonly noun: string,
  ) {}

  /**
   * A count or stock. A 0 gets the note that the register holds none of its records for the
   * area and period (a real 0, as the register covers it) unless `note` says otherwise; `null`
   * writes no note.
   */
  value(target: Target<unknown>, area: number, period: number, value: number, note?: string | null): void {
    const row: { -readonly [Key in keyof Observation]: Observation[Key] } = {
      indicator: target.indicator.id,
      area: this.setup.hierarchy.ids[area] as string,
      period: (target.grid.periods[period] as GridPeriod).text,
      value,
    };
    this.finish(row, note === null ? undefined : (note ?? (value === 0 ? this.zero(`no ${this.noun}`) : undefined)));
  }

  /** The note of a real 0: "0: the register, which covers …, holds no … for this area and period". */
  zero(what: string): string {
    // One text per kind of 0, shared by its rows: a register of 2,000 buurten writes thousands.
    let note = this.#zeros.get(what);
    if (note === undefined) {
      note = `0: the register, which covers ${this.setup.covers}, holds ${what} for this area and period`;
      this.#zeros.set(what, note);
    }
    return note;
  }

  ratio(
    target: Target<unknown>,
    area: number,
    period: number,
    numerator: number,
    denominator: number,
    note?: string,
  ): void {
    const row: { -readonly [Key in keyof Observation]: Observation[Key] } = {
      indicator: target.indicator.id,
      area: this.setup.hierarchy.ids[area] as string,
      period: (target.grid.periods[period] as GridPeriod).text,
      numerator,
      denominator,
    };
    this.finish(row, note);
  }

  private finish(row: { -readonly [Key in keyof Observation]: Observation[Key] }, note: string | undefined): void {
    if (this.setup.source !== undefined) row.source = this.setup.source;
    if (note !== undefined) row.note = note;
    this.list.push(row);
  }
}

/** The warning for periods of a target that the span covers only in part. */
export function warnPartlyCovered(
  warnings: Warnings,
  setup: Setup<unknown>,
  target: Target<unknown>,
  records: number | undefined,
  noun: Noun,
): void {
  const partial = target.grid.partial;
  if (partial.length === 0) return;
  const names = partial.map((period) => period.text).join(", ");
  warnings.add(
    "partly-covered",
    partial.length,
    {
      nl: `${target.indicator.id}: het register (${setup.covers}) dekt ${names} maar voor een deel; die ${partial.length === 1 ? "periode krijgt" : "periodes krijgen"} geen rij, want een rij geldt voor de hele periode${records === undefined ? "" : ` (${counted(records, noun, "nl")} daarin niet geteld)`}`,
      en: `${target.indicator.id}: the register (${setup.covers}) covers ${names} only in part; ${partial.length === 1 ? "it gets" : "they get"} no row, as a row stands for the whole period${records === undefined ? "" : ` (${counted(records, noun, "en")} in ${partial.length === 1 ? "it" : "them"} not counted)`}`,
    },
    { indicator: target.indicator.id },
  );
}
