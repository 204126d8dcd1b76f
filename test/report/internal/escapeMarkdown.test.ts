import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../../src/report/internal/escapeMarkdown.js";

// markdown-it (CommonMark with GFM tables and strike-through) is installed with typedoc.
const markdown = new MarkdownIt({ html: true });

/** The text a reader sees: the rendered inline HTML with its entities read back. */
const shown = (source: string) =>
  markdown
    .renderInline(source)
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");

describe("escapeMarkdown", () => {
  it("keeps a newline plus # from starting a heading", () => {
    expect(escapeMarkdown("Noord\n# Kop")).toBe("Noord \\# Kop");
    expect(markdown.render(`Buurt: ${escapeMarkdown("Noord\n# Kop")}`)).not.toContain("<h1>");
  });

  it("turns a script tag and an onerror attribute into text, even where raw HTML is allowed", () => {
    const html = markdown.render(escapeMarkdown('<script>alert(1)</script><img src=x onerror="alert(1)">'));
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("escapes a | so that a table cell stays one cell", () => {
    const table = markdown.render(`| a | b |\n| --- | --- |\n| ${escapeMarkdown("x | y")} | z |`);
    expect(table.match(/<td>/g)).toHaveLength(2);
    expect(table).toContain("<td>x | y</td>");
  });

  it("makes a lone CR a space and shows an ESC as a visible escape", () => {
    expect(escapeMarkdown("a\rb")).toBe("a b");
    expect(escapeMarkdown("a\u001b[31mb")).toBe("a\\\\x1B\\[31mb");
    expect(shown(escapeMarkdown("a\u001b[31mb"))).toBe("a\\x1B[31mb");
  });

  it("escapes a list or quote marker, a numbered item and an indent at the start", () => {
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("+ item")).toBe("\\+ item");
    expect(escapeMarkdown("1. item")).toBe("1\\. item");
    expect(escapeMarkdown("> quote")).toBe("&gt; quote");
    expect(escapeMarkdown("    code")).toBe("&#32;   code");
    expect(markdown.render(escapeMarkdown("---"))).not.toContain("<hr>");
  });

  it("leaves a leading marker alone where the text cannot start a line, as in a table cell", () => {
    expect(escapeMarkdown("+10,4%", false)).toBe("+10,4%");
    expect(escapeMarkdown("- x | y", false)).toBe("- x \\| y");
    expect(markdown.render(`| a |\n| --- |\n| ${escapeMarkdown("- x", false)} |`)).toContain("<td>- x</td>");
  });

  it("escapes emphasis, links, images, code and strike-through", () => {
    expect(shown(escapeMarkdown("*a* _b_ [c](d) ![e](f) `g` ~~h~~ $i$"))).toBe("*a* _b_ [c](d) ![e](f) `g` ~~h~~ $i$");
  });

  it("renders as exactly the text, for any printable text (property)", () => {
    const printable = fc.string({ unit: fc.constantFrom(..."ab <>&|#*_`[]()!~$\\-+=.1 9:/\"'{}".split("")) });
    fc.assert(
      fc.property(printable, (text) => {
        expect(shown(escapeMarkdown(text))).toBe(text);
      }),
    );
  });
});
