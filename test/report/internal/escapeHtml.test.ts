import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../../src/report/internal/escapeHtml.js";

/** What a browser shows for escaped text: the five entities read back. */
const decode = (html: string) =>
  html
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");

// What escaped text must never hold, and the characters it does not keep as they are.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters
const unsafe = /[<>"'\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters
const special = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]/;

describe("escapeHtml", () => {
  it("turns a script tag and an onerror attribute into text", () => {
    expect(escapeHtml("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("escapes both quotes, so that a text cannot leave an attribute", () => {
    expect(escapeHtml(`a" onmouseover='x'`)).toBe("a&quot; onmouseover=&#39;x&#39;");
  });

  it("escapes an ampersand, so that an entity in a name reads as written", () => {
    expect(escapeHtml("Noord &lt;b&gt; & Zuid")).toBe("Noord &amp;lt;b&amp;gt; &amp; Zuid");
  });

  it("makes a newline, a lone CR and a tab a space, and shows an ESC and a bidi override as escapes", () => {
    expect(escapeHtml("Noord\n# kop\rx\ty")).toBe("Noord # kop x y");
    expect(escapeHtml("a\u001b[2Jb")).toBe("a\\x1B[2Jb");
    expect(escapeHtml("abc\u202Edef")).toBe("abc\\u202Edef");
    expect(escapeHtml("nul\u0000")).toBe("nul\\x00");
  });

  it("treats NEL and the Unicode line separators as line breaks, and shows the other direction marks", () => {
    expect(escapeHtml("a\u0085b\u2028c\u2029d")).toBe("a b c d");
    expect(escapeHtml("\u061c\u200e\u200f\u2066\u2069\u0080\u009f\u007f")).toBe(
      "\\u061C\\u200E\\u200F\\u2066\\u2069\\x80\\x9F\\x7F",
    );
  });

  it("replaces a lone surrogate, which no encoder can write, and keeps a pair", () => {
    expect(escapeHtml("\uDC00a")).toBe("\uFFFDa");
    expect(escapeHtml("a\uD800b")).toBe("a\uFFFDb");
    expect(escapeHtml("a\uDC00")).toBe("a\uFFFD");
    expect(escapeHtml("🏠 Oranjebuurt")).toBe("🏠 Oranjebuurt");
  });

  it("returns a text without special characters as it is", () => {
    const text = "Groene Long, Polder Souburgh: 1.519 (+9,9%)";
    expect(escapeHtml(text)).toBe(text);
  });

  it("never lets a tag, a quote or a control character through, and reads back as the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(unsafe);
        // Every & starts one of the five entities.
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
        if (!special.test(text)) {
          expect(decode(escaped)).toBe(text);
        }
      }),
    );
  });
});
