import type { Area, Label, Model, ProtectedEvaluation, Protection } from "../../index.js";

/** The languages the command-line program writes in. */
export type Language = keyof Label;

/**
 * What the renderers show: a `ProtectedEvaluation` (what `protect` returned), or with
 * `--unprotected` the `Evaluation` itself, which has no `protection`. Both fit this shape: a
 * result of an unprotected evaluation is a protected one with nothing withheld.
 */
export interface ShownEvaluation extends Omit<ProtectedEvaluation, "protection"> {
  /** How the figures were protected; absent when they were not, and the report then says "niet voor publicatie". */
  readonly protection?: Protection;
}

/** What a renderer needs: the evaluation and the model and areas it was made from. */
export interface ReportInput {
  readonly model: Model;
  readonly evaluation: ShownEvaluation;
  /** The areas the evaluation used (`--areas`, the data file's or the model's), for names, kinds and inhabitants. */
  readonly areas: readonly Area[];
  readonly language: Language;
  /** Set when the data are made up; the report then says so before anything else. */
  readonly synthetic?: Label;
  /** What the report says last of synthetic data, instead of the general reminder that they are made up. */
  readonly syntheticReminder?: Label;
  /** Notes besides the evaluation's warnings, shown with them: what the derivations from records said. */
  readonly notes?: readonly Label[];
  /** Where the observations came from, as the user named it. */
  readonly dataSource?: string;
  /** The maximum line width for plain-text output. */
  readonly width?: number;
}
