import { controlReplacement, rewrite } from "./controls.js";

/**
 * Writes a text as a CSS string literal, for the running header of the print stylesheet
 * (`@top-left { content: "…" }`): control characters are first shown as escapes, as in the
 * rest of the report; then every character outside letters, digits, space and plain
 * punctuation becomes a CSS hex escape, so that no `"`, `\`, newline or `</style>` can leave
 * the string or the style element.
 *
 * @param text - the text
 * @returns the quoted CSS string
 */
export function cssString(text: string): string {
  const visible = rewrite(text, (code, index) => controlReplacement(text, code, index, false));
  let out = '"';
  for (const character of visible) {
    const code = character.codePointAt(0) ?? 0;
    out += /^[\p{L}\p{N} .,:;()\-–·/+%?!]$/u.test(character) ? character : `\\${code.toString(16)} `;
  }
  return `${out}"`;
}
