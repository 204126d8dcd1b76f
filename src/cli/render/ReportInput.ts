import type { Area, Evaluation, Label, Model } from "../../index.js";

/** The languages the command-line program writes in. */
export type Language = keyof Label;

/** What a renderer needs: the evaluation and the model and areas it was made from. */
export interface ReportInput {
  readonly model: Model;
  readonly evaluation: Evaluation;
  /** The areas the evaluation used (`--areas`, the data file's or the model's), for names and kinds. */
  readonly areas: readonly Area[];
  readonly language: Language;
  /** Set when the data are made up; the report then says so before anything else. */
  readonly synthetic?: Label;
  /** Where the observations came from, as the user named it. */
  readonly dataSource?: string;
  /** The maximum line width for plain-text output. */
  readonly width?: number;
}
