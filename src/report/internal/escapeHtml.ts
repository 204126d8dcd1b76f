import { controlReplacement, rewrite } from "./controls.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
const needsEscape = /[&<>"'\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]/;

/**
 * Makes a text from a model, an areas file or a data file safe anywhere in an HTML or inline SVG
 * document, in element content and in a quoted attribute: `&`, `<`, `>`, `"` and `'` become
 * entities, so that `<script>` or `<img onerror=…>` reads as the text it is; line breaks (a
 * lone CR too) and tabs become a space; control and bidirectional characters are shown as
 * escapes (`\x1B`, `\u202E`); a lone surrogate becomes U+FFFD.
 *
 * @param text - the text
 * @returns the HTML that renders as the text
 */
export function escapeHtml(text: string): string {
  // Most texts need nothing: one regex test is far cheaper than a callback per character.
  if (!needsEscape.test(text)) return text;
  return rewrite(text, (code, index) => {
    switch (code) {
      case 0x26:
        return "&amp;";
      case 0x3c:
        return "&lt;";
      case 0x3e:
        return "&gt;";
      case 0x22:
        return "&quot;";
      case 0x27:
        return "&#39;";
      default:
        return controlReplacement(text, code, index, false);
    }
  });
}
