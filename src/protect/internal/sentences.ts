import type { FactorResult, MeasureResult } from "../../evaluate/Evaluation.js";
import { formatComparison } from "../../format/formatComparison.js";
import { formatValue } from "../../format/formatValue.js";
import type { Language } from "../../format/Language.js";
import type { Label } from "../../model/common.js";
import type { Unit } from "../../model/indicator.js";
import type { ProtectedMeasureResult } from "../ProtectedEvaluation.js";
import type { ProtectionPolicy } from "../ProtectionPolicy.js";
import { withheldClause } from "./words.js";

/** What every protected sentence of one protection pass shares. */
export interface Context {
  readonly policy: Required<ProtectionPolicy>;
  /** The names of the current and baseline periods. */
  readonly period: string;
  readonly baseline: string;
  /**
   * The labels of the measures of several-measure factors, by factor, position and language,
   * as found in a first sentence: one pass finds each once, not once per area.
   */
  readonly labels: Map<string, string>;
}

const units: readonly Unit[] = ["count", "percent", "per-100", "per-1000", "euro"];

/**
 * The verdicts evaluate writes after a measure's figures, by their first words: only these are
 * carried over into a protected sentence. They name the rule's own numbers (+10%, 10 per jaar,
 * a pro-rated amount), never the data's; anything else is dropped rather than trusted.
 */
const verdicts: Record<Language, readonly string[]> = {
  nl: [
    "doel ",
    "gevolgd zonder doel",
    "geen gegevens voor ",
    "geen relatieve verandering",
    "te weinig respondenten om te beoordelen",
    "niet te beoordelen",
  ],
  en: [
    "target ",
    "on track for target ",
    "behind target ",
    "monitored without a target",
    "no data for ",
    "no relative change",
    "too few respondents to judge",
    "cannot be judged",
  ],
};
const monitored: Record<Language, string> = { nl: "gevolgd zonder doel", en: "monitored without a target" };
const zeroBaseline: Record<Language, string> = { nl: "geen relatieve verandering", en: "no relative change" };
const positive: Record<Language, string> = { nl: "positief", en: "positive" };

/**
 * The explanation of a factor result some of whose figures are withheld. The evaluation does
 * not carry the model, so the sentence keeps what the original says before the figures (the
 * indicator's label, the area, "(7 van 9 buurten)") and the verdict after them, and writes the
 * withheld measures' clauses itself. The figures of a withheld measure are never copied.
 */
export function protectedExplanation(
  result: FactorResult,
  areaName: string,
  measures: readonly ProtectedMeasureResult[],
  context: Context,
): Label {
  return {
    nl: sentence(result, areaName, measures, context, "nl"),
    en: sentence(result, areaName, measures, context, "en"),
  };
}

function sentence(
  result: FactorResult,
  areaName: string,
  measures: readonly ProtectedMeasureResult[],
  context: Context,
  language: Language,
): string {
  const original = result.explanation[language];
  const anchor = ` in ${areaName}`;
  const at = original.indexOf(anchor);
  const colon = at === -1 ? -1 : original.indexOf(": ", at + anchor.length);
  const head = colon === -1 ? `${result.factor} in ${areaName}: ` : original.slice(0, colon + 2);
  const body = original.slice(head.length, original.endsWith(".") ? -1 : undefined);
  // A sentence not in evaluate's form: nothing of it is kept.
  if (colon === -1) return `${head}${withheldOnly(measures, context, language)}.`;

  const only = measures.length === 1 ? measures[0] : undefined;
  if (only !== undefined) return `${head}${clauseOf(only, body, context, language)}.`;

  // Several measures: one clause each, joined by "; ", each "label figures, verdict".
  const clauses = body.split("; ");
  if (clauses.length !== measures.length) {
    // A label with "; " in it: the clauses cannot be told apart, so none of the original's is kept.
    return `${head}${withheldOnly(measures, context, language)}.`;
  }
  const written = clauses.map((clause, index) => {
    const measure = measures[index];
    if (measure?.withheld === undefined) return clause;
    // The verdict cannot be told from the figures here ("," joins both): only the label is kept.
    const unprotected = result.measures[index];
    const subject =
      unprotected === undefined
        ? undefined
        : labelledSubject(
            clause,
            unprotected,
            `${result.factor}\u0000${index}\u0000${language}`,
            context.labels,
            language,
          );
    return `${subject ?? measure.indicator} ${clauseOf(measure, "", context, language)}`;
  });
  return `${head}${written.join("; ")}.`;
}

/**
 * The clauses of the withheld measures alone, each named by its indicator's id where there are
 * several: the shown measures keep their figures in the result, not in this sentence.
 */
function withheldOnly(measures: readonly ProtectedMeasureResult[], context: Context, language: Language): string {
  if (measures.length === 1 && measures[0] !== undefined) return clauseOf(measures[0], "", context, language);
  return measures
    .filter((measure) => measure.withheld !== undefined)
    .map((measure) => `${measure.indicator}: ${clauseOf(measure, "", context, language)}`)
    .join("; ");
}

/** The clause of one withheld measure: what was withheld and why, then the original's verdict where it is one of evaluate's. */
function clauseOf(measure: ProtectedMeasureResult, original: string, context: Context, language: Language): string {
  const withheld = measure.withheld;
  if (withheld === undefined) return original;
  // With one window withheld and the other's figure shown, the clause names the withheld one.
  const named =
    withheld.current === true && withheld.baseline !== true && measure.baseline !== undefined
      ? context.period
      : withheld.baseline === true && withheld.current !== true && measure.current !== undefined
        ? context.baseline
        : undefined;
  // Withheld for different reasons, each figure is named with its own: a 6 that protects another
  // is not "fewer than 5".
  const clause =
    withheld.reasons === undefined
      ? withheldClause(withheld.reason, context.policy, language, named)
      : `${withheldClause(withheld.reasons.baseline, context.policy, language, context.baseline)}; ${withheldClause(withheld.reasons.current, context.policy, language, context.period)}`;
  const verdict = verdictOf(original, measure, language);
  return verdict === undefined ? clause : `${clause}; ${verdict}`;
}

function verdictOf(original: string, measure: ProtectedMeasureResult, language: Language): string | undefined {
  const split = original.lastIndexOf("; ");
  if (split === -1) return undefined;
  const verdict = original.slice(split + 2);
  if (!verdicts[language].some((start) => verdict.startsWith(start))) return undefined;
  // The trend is a figure's direction: it goes with the figures.
  if (verdict.startsWith(monitored[language])) return monitored[language];
  // "No relative change from 0" names a withheld baseline.
  if (verdict.startsWith(zeroBaseline[language]) && measure.withheld?.baseline === true) return undefined;
  return verdict;
}

/** The subject of a clause through a label found before, else found afresh (and then kept). */
function labelledSubject(
  clause: string,
  measure: MeasureResult,
  key: string,
  labels: Context["labels"],
  language: Language,
): string | undefined {
  const label = labels.get(key);
  if (label !== undefined && clause.startsWith(`${label} `)) {
    // After the label, "(7 van 9 buurten)" where the measure covers part of its areas.
    const coverage =
      measure.covers === undefined ? undefined : /^ \([^()]*\)(?= )/.exec(clause.slice(label.length))?.[0];
    return label + (coverage ?? "");
  }
  const subject = subjectOf(clause, measure, language);
  if (subject !== undefined)
    labels.set(key, measure.covers === undefined ? subject : subject.replace(/ \([^()]*\)$/, ""));
  return subject;
}

/**
 * The label (and coverage) that begins a clause of a several-measure sentence: everything before
 * the first figure. The figure is found as evaluate wrote it, in whichever unit, followed by
 * " in " and a period, or by " positief (n=". Undefined when it cannot be found.
 */
function subjectOf(clause: string, measure: MeasureResult, language: Language): string | undefined {
  const share = measure.respondents !== undefined;
  const texts = new Set<string>();
  for (const unit of units) {
    if (measure.current !== undefined && measure.baseline !== undefined)
      texts.add(formatComparison(measure.current, measure.baseline, unit, language, { points: share }).current);
    else if (measure.current !== undefined) texts.add(formatValue(measure.current, unit, language));
    else if (measure.baseline !== undefined) texts.add(formatValue(measure.baseline, unit, language));
  }
  let best = -1;
  for (const text of texts) {
    for (const after of [" in ", ` ${positive[language]} (n=`]) {
      const found = clause.indexOf(` ${text}${after}`);
      if (found !== -1 && (best === -1 || found < best)) best = found;
    }
  }
  return best === -1 ? undefined : clause.slice(0, best);
}
