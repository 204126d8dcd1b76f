import {
  type Area,
  type Evaluation,
  evaluate,
  evaluateSeries,
  type Model,
  parseAreas,
  parseModel,
  parseObservations,
} from "../../src/index.js";

/**
 * Texts an attacker might put in a gemeente's own model file, an areas file or a data file: a
 * script tag, an onerror attribute, a Markdown heading after a newline, a table pipe, a lone CR,
 * terminal escapes (a screen clear and an OSC 52 write to the clipboard), a bidi override, and
 * an entity that must not turn into a tag.
 */
export const hostile = {
  script: "<script>alert(1)</script>",
  onerror: '<img src=x onerror="alert(1)">',
  heading: "Noord\n# Kop",
  pipe: "Oost | West",
  carriageReturn: "Lone\rCR",
  terminal: "Zuid\u001b[2J\u001b]52;c;ZXZpbA==\u0007",
  bidi: "Dijk\u202Eevil",
  entity: "&lt;b&gt;vet&lt;/b&gt; **vet** [link](javascript:alert(1))",
} as const;

const both = (text: string) => ({ nl: text, en: text });

/** A valid model whose every label is hostile, with one goal, two sub-goals, a count and a survey. */
export function hostileModel(): Model {
  return parseModel({
    id: "hostile",
    gemeente: { code: "GM0482", name: hostile.script },
    title: both(`${hostile.heading} ${hostile.script}`),
    source: { title: hostile.onerror, reference: hostile.pipe },
    values: [],
    themes: [],
    context: [],
    goals: [
      {
        id: "doel",
        label: both(`${hostile.heading} ${hostile.onerror}`),
        description: both(hostile.terminal),
        subgoals: [
          { id: "gemeten", label: both(hostile.pipe), provenance: "stated" },
          { id: "ongemeten", label: both(hostile.carriageReturn), provenance: "interpreted" },
        ],
        provenance: "stated",
      },
    ],
    strategyLines: [
      {
        id: "lijn",
        label: both(hostile.script),
        layer: both(hostile.bidi),
        role: both(hostile.onerror),
        by: both(hostile.heading),
        elements: [{ id: "element", label: both(hostile.entity), provenance: "stated" }],
        provenance: "stated",
      },
    ],
    methods: [
      {
        id: "methode",
        label: both(hostile.terminal),
        strategyLine: "lijn",
        subgoals: ["gemeten"],
        provenance: "stated",
      },
    ],
    indicators: [
      { id: "meldingen", label: both(hostile.script), measure: "count", provenance: "stated" },
      { id: "trots", label: both(hostile.pipe), measure: "share", provenance: "stated" },
    ],
    groups: [
      {
        id: "groep",
        label: both(hostile.entity),
        subgoals: ["gemeten"],
        factors: [
          {
            id: "meldingen",
            what: both(hostile.onerror),
            objective: both(hostile.heading),
            criterion: both(hostile.carriageReturn),
            measures: [
              {
                indicator: "meldingen",
                rule: { kind: "relativeChange", direction: "increase", percent: 10 },
                provenance: "stated",
              },
            ],
            provenance: "stated",
          },
          {
            id: "trots",
            what: both(hostile.bidi),
            objective: both(hostile.terminal),
            criterion: both(hostile.pipe),
            measures: [
              { indicator: "trots", rule: { kind: "qualitative", direction: "increase" }, provenance: "interpreted" },
            ],
            provenance: "interpreted",
          },
        ],
        provenance: "stated",
      },
    ],
    areas: [],
  });
}

/** A gemeente, a wijk and three buurten, each named by a hostile text. */
export function hostileAreas(): readonly Area[] {
  return parseAreas([
    { id: "GM0482", kind: "gemeente", name: hostile.script },
    { id: "WK048201", kind: "wijk", name: hostile.heading, parent: "GM0482" },
    { id: "BU04820101", kind: "buurt", name: hostile.onerror, parent: "WK048201" },
    { id: "BU04820102", kind: "buurt", name: `${hostile.pipe} ${hostile.carriageReturn}`, parent: "WK048201" },
    { id: "BU04820103", kind: "buurt", name: `${hostile.terminal} ${hostile.bidi}`, parent: "WK048201" },
  ]);
}

/** Two years of counts and surveys in the three buurten, with hostile sources and notes. */
export function hostileEvaluations(
  model: Model,
  areas: readonly Area[],
): { readonly series: ReturnType<typeof evaluateSeries>; readonly single: Evaluation } {
  const rows = ["BU04820101", "BU04820102", "BU04820103"].flatMap((area, index) =>
    ["2023", "2024"].flatMap((period, year) => [
      {
        indicator: "meldingen",
        area,
        period,
        value: 40 + 10 * index + 7 * year,
        source: hostile.script,
        note: hostile.heading,
      },
      { indicator: "trots", area, period, respondents: 60, positive: 20 + 5 * year + index, note: hostile.terminal },
    ]),
  );
  const observations = parseObservations(model, rows);
  return {
    series: evaluateSeries(model, observations, ["2023", "2024"], { areas }),
    single: evaluate(model, observations, { period: "2024", areas }),
  };
}

/** The tag names the report's HTML may contain: anything else came from a text. */
export const allowedTags = new Set([
  "html",
  "head",
  "meta",
  "title",
  "link",
  "style",
  "body",
  "a",
  "header",
  "h1",
  "h2",
  "h3",
  "h4",
  "div",
  "p",
  "dl",
  "dt",
  "dd",
  "nav",
  "ul",
  "li",
  "main",
  "section",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "span",
  "strong",
  "em",
  "details",
  "summary",
  "figure",
  "figcaption",
  "svg",
  "desc",
  "text",
  "line",
  "circle",
  "path",
  "rect",
  "footer",
]);

/** The attribute names the report's HTML may contain. */
export const allowedAttributes = new Set([
  "lang",
  "charset",
  "http-equiv",
  "content",
  "name",
  "rel",
  "href",
  "class",
  "id",
  "role",
  "aria-label",
  "aria-labelledby",
  "tabindex",
  "scope",
  "xmlns",
  "viewBox",
  "width",
  "height",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "d",
  "text-anchor",
]);

/** Every tag of an HTML text, with its attribute names; attribute values are all double-quoted. */
export function tagsOf(html: string): { readonly name: string; readonly attributes: readonly string[] }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: (match[1] ?? "").toLowerCase(),
    attributes: [...(match[2] ?? "").matchAll(/\s([\w:-]+)(?:="[^"]*")?/g)].map((attribute) => attribute[1] ?? ""),
  }));
}

/** The readable text of an HTML fragment: tags as spaces, the five entities read back, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The HTML of the `<section>` with this id, nested sections included. */
export function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start === -1) return "";
  let depth = 0;
  const pattern = /<section[\s>]|<\/section>/g;
  pattern.lastIndex = start;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    depth += match[0] === "</section>" ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  return html.slice(start);
}

/** The rows of every table in an HTML fragment, each as the texts of its cells. */
export function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1] ?? "")),
  );
}
