/** Distinct texts beyond this many are copied, not shared: the table must not grow without bound. */
const maxEntries = 1 << 20;

/**
 * Shares equal texts between rows (a national file repeats a few hundred indicator, period and
 * area ids millions of times) and copies each out of the piece of file text it was cut from:
 * V8 keeps a slice's whole parent string alive, which would hold the entire file in memory.
 */
export class Interner {
  readonly #texts = new Map<string, string>();

  /** The shared copy of a text. */
  intern(text: string): string {
    const known = this.#texts.get(text);
    if (known !== undefined) return known;
    const copy = this.copy(text);
    if (this.#texts.size < maxEntries) this.#texts.set(copy, copy);
    return copy;
  }

  /** A copy of a text that does not keep the string it was sliced from alive. */
  copy(text: string): string {
    // Slices shorter than 13 characters are copies already. Longer ones: the concatenation is
    // flattened into a new string by the slice, which then refers to that string only.
    return text.length < 13 ? text : ` ${text}`.slice(1);
  }
}
