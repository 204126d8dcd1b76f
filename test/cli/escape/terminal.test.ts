import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeTerminal } from "../../../src/cli/escape/terminal.js";

/** Every code unit a terminal acts on or a reader is misled by: C0, DEL, C1, the BIDI controls and marks, the separators. */
const dangerous = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe("escapeTerminal", () => {
  it.each([
    ["a screen clear (ESC [2J) and a line break", "Noord\u001b[2J\nZuid", "Noord\\x1B[2J Zuid"],
    ["an OSC 52 clipboard write, ended by BEL", "\u001b]52;c;ZXZpbA==\u0007", "\\x1B]52;c;ZXZpbA==\\x07"],
    ["the one-byte CSI of C1 (U+009B)", "\u009b2J", "\\x9B2J"],
    ["DEL", "a\u007fb", "a\\x7Fb"],
    ["a NUL", "a\u0000b", "a\\x00b"],
    ["a right-to-left override", "abc\u202edef", "abc\\u202Edef"],
    ["a first-strong isolate and its pop", "\u2068x\u2069", "\\u2068x\\u2069"],
    ["a left-to-right mark", "a\u200eb", "a\\u200Eb"],
    ["a lone CR, which would overwrite the line", "Noord\rZuid", "Noord Zuid"],
    ["a tab, a vertical tab and a form feed", "a\tb\u000bc\u000cd", "a b c d"],
    ["NEL and the line and paragraph separators", "a\u0085b\u2028c\u2029d", "a b c d"],
  ])("shows %s as text", (_, text, expected) => {
    expect(escapeTerminal(text)).toBe(expected);
  });

  it("keeps line breaks when asked, and still turns a lone CR into a space", () => {
    expect(escapeTerminal("a\nb\rc\u001b", { keepNewlines: true })).toBe("a\nb c\\x1B");
  });

  it("returns an ordinary text as it is, with its Dutch and typographic characters", () => {
    const text = "Alblasserdam – ✔ gehaald: 52,4% (n=210) · géén “echte” cijfers ≥ 528";
    expect(escapeTerminal(text)).toBe(text);
  });

  it("leaves no control character in any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(escapeTerminal(text)).not.toMatch(dangerous);
      }),
    );
  });

  it("changes nothing else: removing the escapes it adds gives back the text with spaces for separators", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "\\", "\u001b", "\n", "\u202e", "é") }), (text) => {
        const expected = text.replace(/\n/g, " ");
        const escaped = escapeTerminal(text)
          .replace(/\\x1B/g, "\u001b")
          .replace(/\\u202E/g, "\u202e");
        expect(escaped).toBe(expected);
      }),
    );
  });
});
