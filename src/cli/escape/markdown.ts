import { controlKind, rewrite, visibleEscape } from "./internal/controls.js";

// Backslash escapes for the characters that start inline Markdown: code, emphasis, links,
// strike-through, math ($ on GitHub), headings and table cells. HTML's three characters become
// entities, so that no `<script` or `<img onerror=` ever reaches the Markdown as a tag.
const inline = new Map<number, string>([
  [0x5c, "\\\\"], // \
  [0x60, "\\`"],
  [0x2a, "\\*"],
  [0x5f, "\\_"],
  [0x5b, "\\["],
  [0x5d, "\\]"],
  [0x7e, "\\~"],
  [0x24, "\\$"],
  [0x23, "\\#"],
  [0x7c, "\\|"],
  [0x26, "&amp;"],
  [0x3c, "&lt;"],
  [0x3e, "&gt;"],
]);

/**
 * Makes a text from a model, an areas file or a data file safe to place anywhere in a Markdown
 * document, in a paragraph, a list item, a heading or a table cell, so that it renders as the
 * text it is: line breaks (also a lone CR) and tabs become a space, so a table row stays one
 * row; Markdown's inline characters are escaped and `<`, `>`, `&` become entities; a list,
 * quote or numbered-list marker at the start is escaped, in case the text starts a line; control
 * characters and bidirectional controls are shown as escapes (`\x1B`, `\u202E`).
 *
 * @param text - the text
 * @returns the Markdown source that renders as the text
 * @example
 * escapeMarkdown("Noord\n# <script>alert(1)</script> | x");
 * //=> "Noord \\# &lt;script&gt;alert(1)&lt;/script&gt; \\| x"
 */
export function escapeMarkdown(text: string): string {
  const escaped = rewrite(text, (code) => {
    const kind = controlKind(code);
    if (kind === "space") return " ";
    // The visible escape's backslash is itself escaped, so that it renders as written.
    if (kind === "escape") return `\\${visibleEscape(code)}`;
    return inline.get(code);
  });
  return escapeLineStart(escaped);
}

/** A block marker at the start: `- `, `+ `, `= `, `1. `, `1) `, or a space (indented code). */
function escapeLineStart(text: string): string {
  const first = text.charCodeAt(0);
  if (first === 0x2d || first === 0x2b || first === 0x3d) return `\\${text}`;
  if (first === 0x20) return `&#32;${text.slice(1)}`;
  const number = /^(\d{1,9})([.)])/.exec(text);
  return number === null ? text : `${number[1] ?? ""}\\${text.slice((number[1] ?? "").length)}`;
}
