import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { renderReportHtml, renderReportMarkdown } from "../../src/report/index.js";
import {
  allowedAttributes,
  allowedTags,
  hostile,
  hostileAreas,
  hostileEvaluations,
  hostileModel,
  tagsOf,
} from "./fixtures.js";

const model = hostileModel();
const areas = hostileAreas();
const { series } = hostileEvaluations(model, areas);
const input = { model, evaluation: series, activities: ["meldingen"] };
const options = {
  synthetic: { nl: hostile.script, en: hostile.heading },
  dataSource: `${hostile.onerror}.csv`,
} as const;

// Control characters a report may not carry, and the bidirectional overrides; tab and LF are the report's own.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe.each(["nl", "en"] as const)("a hostile model, areas file and data set, in %s", (language) => {
  describe("as HTML", () => {
    for (const [name, unprotected] of [
      ["protected", false],
      ["unprotected", true],
    ] as const) {
      const html = renderReportHtml(input, { ...options, language, unprotected });

      it(`has only the report's own tags and attributes (${name})`, () => {
        const tags = tagsOf(html);
        // Every < starts one of these tags or the doctype: no text brought one of its own.
        expect(html.split("<").length - 1).toBe(tags.length + 1);
        expect([...new Set(tags.map((tag) => tag.name))].filter((tag) => !allowedTags.has(tag))).toEqual([]);
        expect(
          [...new Set(tags.flatMap((tag) => tag.attributes))].filter((attribute) => !allowedAttributes.has(attribute)),
        ).toEqual([]);
        expect(html).not.toMatch(/<script|<img/i);
      });

      it(`shows the hostile texts as text (${name})`, () => {
        expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
        expect(html).toContain("Noord # Kop");
        expect(html).toContain("&amp;lt;b&amp;gt;vet&amp;lt;/b&amp;gt;");
        expect(html).toContain("Zuid\\x1B[2J\\x1B]52;c;ZXZpbA==\\x07");
        expect(html).toContain("Dijk\\u202Eevil");
      });

      it(`carries no control character, lone CR or bidi override (${name})`, () => {
        expect(html).not.toMatch(controls);
        expect(html).not.toContain("\r");
      });
    }

    it("keeps the running header inside its CSS string", () => {
      const html = renderReportHtml(input, { ...options, language, unprotected: true });
      const page = /@top-left\{content:("(?:[^"\\]|\\.)*")/.exec(html);
      expect(page?.[1]).toBeDefined();
      expect(page?.[1]).not.toMatch(/[<>\n]/);
    });
  });

  describe("as Markdown", () => {
    const markdown = renderReportMarkdown(input, { ...options, language });
    const rendered = new MarkdownIt({ html: true }).render(markdown);

    it("renders no tag from a text, even with raw HTML allowed", () => {
      expect(rendered).not.toMatch(/<script|<img/i);
      const attributes = [...new Set(tagsOf(rendered).flatMap((tag) => tag.attributes))];
      expect(attributes.filter((attribute) => attribute.startsWith("on"))).toEqual([]);
      expect(rendered).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    });

    it("starts no heading from a text: every heading is one of the report's own", () => {
      const headings = [...rendered.matchAll(/<h([1-6])>(.*?)<\/h\1>/g)].map((match) => match[2] ?? "");
      expect(headings.some((heading) => heading.startsWith("Kop"))).toBe(false);
      const sourceHeadings = markdown.split("\n").filter((line) => /^#{1,6} /.test(line));
      expect(headings).toHaveLength(sourceHeadings.length);
    });

    it("keeps every table row as wide as its header, whatever | a name holds", () => {
      const tables = [...rendered.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((match) => match[1] ?? "");
      expect(tables.length).toBeGreaterThan(3);
      for (const table of tables) {
        const header = (/<thead>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? "").match(/<th/g)?.length ?? 0;
        const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1);
        for (const row of rows) expect(row[1]?.match(/<t[dh]/g)?.length).toBe(header);
      }
    });

    it("carries no control character, lone CR or bidi override", () => {
      expect(markdown).not.toMatch(controls);
      expect(markdown).not.toContain("\r");
      expect(markdown).toContain("Zuid\\\\x1B\\[2J\\\\x1B\\]52;c;ZXZpbA==\\\\x07");
    });
  });
});
