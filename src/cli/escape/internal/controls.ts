// The characters no text from a model, an areas file or a data file may carry into an output as
// they are: line breaks and tabs (they break a table row or a wrapped line), the C0 and C1
// control characters with DEL (ESC starts the terminal's escape sequences: a screen clear, an
// OSC 52 write to the clipboard; U+009B is a one-byte CSI), and the bidirectional controls that
// reorder what the reader sees ("Trojan Source").

/** What a character becomes: a space, a visible escape, or (undefined) itself. */
export type ControlKind = "space" | "escape" | undefined;

/** Classifies a UTF-16 code unit. Only code units below U+0100 and a few marks are special. */
export function controlKind(code: number): ControlKind {
  if (code < 0x20)
    return code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d ? "space" : "escape";
  if (code < 0x7f) return undefined;
  if (code <= 0x9f) return code === 0x85 ? "space" : "escape";
  if (code < 0x061c) return undefined;
  if (code === 0x061c || code === 0x200e || code === 0x200f) return "escape";
  if (code >= 0x202a && code <= 0x202e) return "escape";
  if (code >= 0x2066 && code <= 0x2069) return "escape";
  if (code === 0x2028 || code === 0x2029) return "space";
  return undefined;
}

/** The visible form of a control: `\x1B` for a byte-sized one, `\u202E` for the others. */
export function visibleEscape(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

/**
 * Rewrites the characters for which `replace` returns a text, and keeps the others. The text is
 * scanned once; a text without any such character is returned as it is, without a copy.
 */
export function rewrite(text: string, replace: (code: number) => string | undefined): string {
  let out = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const replacement = replace(text.charCodeAt(index));
    if (replacement === undefined) continue;
    out += text.slice(from, index) + replacement;
    from = index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
