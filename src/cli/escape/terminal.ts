import { controlKind, rewrite, visibleEscape } from "./internal/controls.js";

/** How {@link escapeTerminal} treats line breaks. */
export interface EscapeTerminalOptions {
  /** Keep `\n` as a line break (for the program's own multi-line messages); default: a space. */
  readonly keepNewlines?: boolean;
}

/**
 * Makes a text safe to print on a terminal: line breaks, tabs and the other separators become
 * a space, so that a label stays on its line; every other control character (C0, DEL, C1, with
 * ESC, which starts screen clears and OSC 52 clipboard writes) and every bidirectional control
 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) is shown as an escape, `\x1B` or
 * `\u202E`, so that the reader sees that it is there and the terminal does not act on it.
 *
 * @param text - any text, from a file or the command line
 * @param options - whether to keep `\n`
 * @returns the text, unchanged when it holds no such character
 * @example
 * escapeTerminal("Noord\u001b[2J\nZuid");
 * //=> "Noord\\x1B[2J Zuid"
 */
export function escapeTerminal(text: string, options: EscapeTerminalOptions = {}): string {
  const keepNewlines = options.keepNewlines === true;
  return rewrite(text, (code) => {
    if (code === 0x0a && keepNewlines) return undefined;
    const kind = controlKind(code);
    return kind === undefined ? undefined : kind === "space" ? " " : visibleEscape(code);
  });
}
