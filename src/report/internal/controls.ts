// The characters no text from a model, an areas file or a data file may carry into a report as
// they are: line breaks and tabs (a lone CR, a newline before "#": they would start a new
// Markdown block), the C0 and C1 control characters with DEL (ESC starts a terminal's escape
// sequences when a report is shown with `cat`), the bidirectional controls that reorder what the
// reader sees ("Trojan Source"), and lone surrogates, which no encoder can write.

/** What a code unit becomes: a space, a visible escape such as `\x1B`, U+FFFD, or itself (undefined). */
export type ControlKind = "space" | "escape" | "replace" | undefined;

/** Classifies the UTF-16 code unit at `index`; a surrogate is fine only as half of a pair. */
export function controlKind(text: string, index: number): ControlKind {
  const code = text.charCodeAt(index);
  if (code < 0x20)
    return code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d ? "space" : "escape";
  if (code < 0x7f) return undefined;
  if (code <= 0x9f) return code === 0x85 ? "space" : "escape";
  if (code < 0x061c) return undefined;
  if (code === 0x061c || code === 0x200e || code === 0x200f) return "escape";
  if (code >= 0x202a && code <= 0x202e) return "escape";
  if (code >= 0x2066 && code <= 0x2069) return "escape";
  if (code === 0x2028 || code === 0x2029) return "space";
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? undefined : "replace";
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = index === 0 ? 0 : text.charCodeAt(index - 1);
    return previous >= 0xd800 && previous <= 0xdbff ? undefined : "replace";
  }
  return undefined;
}

/** The visible form of a control: `\x1B` for a byte-sized one, `\u202E` for the others. */
export function visibleEscape(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

/**
 * Rewrites the code units for which `replace` returns a text, and keeps the others. The text is
 * scanned once; a text without any such character is returned as it is, without a copy, which
 * keeps a report of a national data set fast.
 */
export function rewrite(text: string, replace: (code: number, index: number) => string | undefined): string {
  let out = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const replacement = replace(text.charCodeAt(index), index);
    if (replacement === undefined) continue;
    out += text.slice(from, index) + replacement;
    from = index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The replacement of a control character, or undefined for any other code unit. */
export function controlReplacement(
  text: string,
  code: number,
  index: number,
  escapeBackslash: boolean,
): string | undefined {
  switch (controlKind(text, index)) {
    case "space":
      return " ";
    case "escape":
      return escapeBackslash ? `\\${visibleEscape(code)}` : visibleEscape(code);
    case "replace":
      return "\uFFFD";
    case undefined:
      return undefined;
  }
}
