import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../../src/cli/escape/markdown.js";

describe("escapeMarkdown", () => {
  it.each([
    [
      "a line break, a heading, a script tag and a pipe",
      "Noord\n# <script>alert(1)</script> | x",
      "Noord \\# &lt;script&gt;alert(1)&lt;/script&gt; \\| x",
    ],
    ["an img tag with onerror=", '<img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)"&gt;'],
    ["a heading at the start", "# Kop", "\\# Kop"],
    ["a list marker at the start", "- lijst", "\\- lijst"],
    ["a plus list marker at the start", "+ lijst", "\\+ lijst"],
    ["a numbered-list marker at the start", "12. item", "12\\. item"],
    ["a numbered-list marker with a parenthesis", "3) item", "3\\) item"],
    ["leading spaces, which would make code", "    code", "&#32;   code"],
    ["a lone CR, which breaks a table row", "Noord\rZuid", "Noord Zuid"],
    ["CRLF", "Noord\r\nZuid", "Noord  Zuid"],
    [
      "emphasis, code, a link, strike-through and math",
      "*a* _b_ `c` [d](e) ~~f~~ $g$",
      "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~\\~f\\~\\~ \\$g\\$",
    ],
    ["a backslash", "C:\\data", "C:\\\\data"],
    ["an entity", "&lt; &amp;", "&amp;lt; &amp;amp;"],
    ["a quote marker", "> citaat", "&gt; citaat"],
    ["a screen clear", "\u001b[2J", "\\\\x1B\\[2J"],
    ["an OSC 52 clipboard write", "\u001b]52;c;ZXZpbA==\u0007", "\\\\x1B\\]52;c;ZXZpbA==\\\\x07"],
    ["a right-to-left override", "abc\u202edef", "abc\\\\u202Edef"],
  ])("writes %s as text", (_, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it("leaves ordinary text alone: words, numbers, a hyphen inside, a period at the end", () => {
    const text = "Fixi app: meer meldingen in 2024-Q2 (52,4%, ≥ 528).";
    expect(escapeMarkdown(text)).toBe(text);
  });

  it("leaves no tag, no line break and no control character in any text, and no pipe without its backslash", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[<>\r\n\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(escaped.replace(/\\\\/g, "")).not.toMatch(/(^|[^\\])\|/);
      }),
    );
  });
});
