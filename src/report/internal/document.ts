import type { Status } from "../../evaluate/Evaluation.js";

// The report as a small document tree that holds only plain text. The HTML and Markdown writers
// escape every text they meet and write all markup themselves, so that nothing from a model, an
// areas file or the data can ever be markup: there is no "raw" node. Charts are the one
// exception: they are SVG that the chart builders made, escaping each text they put in.

/** A run of text in a paragraph, a cell or a heading. */
export type Inline =
  | string
  | { readonly kind: "strong"; readonly content: readonly Inline[] }
  | { readonly kind: "emphasis"; readonly content: readonly Inline[] }
  /** A status as its mark and a text that names it in words ("2 gehaald"): never colour alone. */
  | { readonly kind: "status"; readonly status: Status; readonly text: string }
  /** A link within the report, to the block with this id. */
  | { readonly kind: "link"; readonly target: string; readonly content: readonly Inline[] }
  /** "interpretatie": the element is this library's reading of the vision, not its own words. */
  | { readonly kind: "interpreted"; readonly text: string }
  /** A cell that small-number protection withheld: "< 5". */
  | { readonly kind: "withheld"; readonly text: string };

/** A cell of a table; `header` cells label their row. */
export interface Cell {
  readonly content: readonly Inline[];
  readonly header?: boolean;
  /** Numbers are right-aligned. */
  readonly numeric?: boolean;
}

/** An SVG chart with the table a reader without the picture (or a Markdown reader) reads instead. */
export interface Chart {
  readonly svg: string;
  readonly title: string;
  readonly table?: Table;
}

export interface Table {
  readonly caption: string;
  readonly head: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  /** Shown folded (a `<details>` in HTML): the figures behind a chart. */
  readonly folded?: boolean;
}

export type Block =
  | { readonly kind: "heading"; readonly level: 2 | 3 | 4; readonly id?: string; readonly content: readonly Inline[] }
  | { readonly kind: "paragraph"; readonly content: readonly Inline[] }
  | { readonly kind: "list"; readonly items: readonly (readonly Inline[])[] }
  /** A list of label and value pairs: the facts of the report. */
  | { readonly kind: "facts"; readonly items: readonly { readonly label: string; readonly value: readonly Inline[] }[] }
  | ({ readonly kind: "table" } & Table)
  | { readonly kind: "chart"; readonly chart: Chart }
  /** A boxed note: `derived` for Act's suggestions, `quality` for data-quality notes. */
  | { readonly kind: "note"; readonly tone: "derived" | "quality"; readonly blocks: readonly Block[] }
  | {
      readonly kind: "section";
      readonly id: string;
      /** Starts a new page in print. */
      readonly pageBreak?: boolean;
      readonly blocks: readonly Block[];
    };

/** A banner at the top and the bottom of the report. */
export interface Banner {
  readonly tone: "synthetic" | "unprotected";
  readonly title: string;
  readonly text: string;
}

/** The whole report. */
export interface ReportDocument {
  readonly language: "nl" | "en";
  readonly title: string;
  /** The running header of the printed pages. */
  readonly runningHeader: string;
  readonly banners: readonly Banner[];
  /** The report's facts under its title: period, model, data. */
  readonly header: readonly Block[];
  readonly navigationLabel: string;
  readonly navigation: readonly { readonly target: string; readonly content: string }[];
  /** The text of the link that skips to the main content. */
  readonly skipLabel: string;
  readonly sections: readonly Block[];
  readonly footer: readonly Block[];
}
