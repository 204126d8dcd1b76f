import type { Language } from "../../format/Language.js";
import type { Label } from "../../model/common.js";
import type { Indicator } from "../../model/indicator.js";
import type { Model } from "../../model/Model.js";
import type { WithheldFigures, WithholdingReason } from "../../protect/ProtectedEvaluation.js";
import type { Lookup } from "./lookup.js";
import type { ReportEvaluation } from "./ReportEvaluation.js";
import type { Words } from "./words.js";

/** Everything the sections of a report share, built once per report. */
export interface Context {
  readonly model: Model;
  readonly language: Language;
  readonly words: Words;
  /** The evaluations of the series, oldest first; the last is the report's period. */
  readonly evaluations: readonly ReportEvaluation[];
  /** One lookup per evaluation, in the same order. */
  readonly lookups: readonly Lookup[];
  readonly current: Lookup;
  /** The evaluation before the report's period, when the series has one. */
  readonly previous: Lookup | undefined;
  /** The area the report is about, usually the gemeente; undefined when there are no results at all. */
  readonly mainArea: string | undefined;
  readonly mainName: string;
  readonly indicator: (id: string) => Indicator | undefined;
  /** The text of a withheld cell, by the reason it was withheld: "< 5", "n < 30", "x". */
  readonly withheldText: (
    withheld: WithholdingReason | WithheldFigures | undefined,
    figure?: "current" | "baseline",
  ) => string;
  readonly protected: boolean;
  readonly activities: readonly string[] | undefined;
  readonly synthetic: Label | undefined;
  readonly dataSource: string | undefined;
  /** A new id for a chart, unique in the report. */
  readonly chartId: () => string;
  /** Picks the language's text of a label. */
  readonly text: (label: Label) => string;
}
