import { controlReplacement, rewrite } from "./controls.js";

const needsEscape =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
  /[\\`*_[\]~$#|!&<>\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/;

// Backslash escapes for the characters that start inline GitHub-flavoured Markdown: code,
// emphasis, links and images, strike-through, math, headings, table cells, footnotes. HTML's
// characters become entities, so that no `<script` or `<img onerror=` reaches the Markdown as a
// tag and no `&lt;` in a name turns into a `<`.
const inline = new Map<number, string>([
  [0x5c, "\\\\"],
  [0x60, "\\`"],
  [0x2a, "\\*"],
  [0x5f, "\\_"],
  [0x5b, "\\["],
  [0x5d, "\\]"],
  [0x7e, "\\~"],
  [0x24, "\\$"],
  [0x23, "\\#"],
  [0x7c, "\\|"],
  [0x21, "\\!"],
  [0x26, "&amp;"],
  [0x3c, "&lt;"],
  [0x3e, "&gt;"],
]);

/**
 * Makes a text from a model, an areas file or a data file safe anywhere in a Markdown document
 * the report writes: a paragraph, a list item, a heading or a table cell. Line breaks (a lone
 * CR too) and tabs become a space, so that a newline plus `#` cannot start a heading and a table
 * row stays one row; Markdown's inline characters are escaped; `<`, `>` and `&` become
 * entities; a block marker at the start (`- `, `+ `, `1. `, an indent) is escaped in case the
 * text starts a line; control and bidirectional characters are shown as escapes.
 *
 * @param text - the text
 * @param atLineStart - whether the text may start a line (a paragraph, a list item); false in a table cell or after other text
 * @returns the Markdown source that renders as the text
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const escaped = !needsEscape.test(text)
    ? text
    : rewrite(text, (code, index) => {
        const control = controlReplacement(text, code, index, true);
        return control ?? inline.get(code);
      });
  return atLineStart ? escapeLineStart(escaped) : escaped;
}

/** A block marker at the start: `-`, `+`, `=`, `1.`, `1)`, or a space (an indented code block). */
function escapeLineStart(text: string): string {
  const first = text.charCodeAt(0);
  if (first === 0x2d || first === 0x2b || first === 0x3d) return `\\${text}`;
  if (first === 0x20) return `&#32;${text.slice(1)}`;
  // The marker is the digits and the `.` or `)` after them: the backslash goes before that last character.
  const marker = /^\d{1,9}[.)]/.exec(text)?.[0];
  return marker === undefined ? text : `${text.slice(0, marker.length - 1)}\\${text.slice(marker.length - 1)}`;
}
