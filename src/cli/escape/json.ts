import { controlKind, rewrite } from "./internal/controls.js";

/**
 * Makes JSON text safe to print on a terminal and to embed in a script, without changing the
 * value it encodes. `JSON.stringify` already writes the C0 controls (ESC among them) as `\u001b`;
 * this also writes DEL, the C1 controls, the bidirectional controls and the line and paragraph
 * separators (U+2028, U+2029) as `\u` escapes. Outside strings, JSON text holds none of these
 * characters, so the rewrite is exact on any chunk of the text.
 *
 * @param json - JSON text, or any piece of it
 * @returns the same JSON with those characters escaped
 * @example
 * escapeJson('"Noord\u009b2J\u202e"');
 * //=> '"Noord\\u009b2J\\u202e"'
 */
export function escapeJson(json: string): string {
  return rewrite(json, (code) =>
    code >= 0x7f && controlKind(code) !== undefined ? `\\u${code.toString(16).padStart(4, "0")}` : undefined,
  );
}
