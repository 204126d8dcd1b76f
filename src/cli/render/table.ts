import { type Factor, formatNumber, type Group, type ProtectedFactorResult } from "../../index.js";
import { marks, statusOrder } from "../../internal/statusMarks.js";
import { escapeTerminal } from "../escape/terminal.js";
import { formatCounts } from "./internal/counts.js";
import { factorTitle } from "./internal/factorTitle.js";
import { figuresOf, formatScore, rateText, valueText } from "./internal/figures.js";
import { type Lookup, lastDay, lookup } from "./internal/lookup.js";
import { perThousand, protectionText, rateFootnote } from "./internal/notes.js";
import { words } from "./internal/words.js";
import { wrap, wrapItems } from "./internal/wrap.js";
import type { ReportInput } from "./ReportInput.js";

/** The width of the header's labels, "Afscherming: " the longest. */
const labelWidth = 13;

/** Areas beyond this many get no per-area line in the goal roll-ups: it would not be short. */
const maxAreasPerLine = 12;

/**
 * Renders an evaluation as a plain-text report for the terminal: a header (saying first when
 * the data are synthetic), a legend, one section per success-factor group with each factor's
 * figures, explanation and per-area marks, the goal roll-ups, the coverage gaps and the warnings.
 *
 * @param input - the evaluation, the model and areas it was made from, and the language
 * @returns the report, lines at most `input.width` (default 100) characters where words allow
 */
export function renderTable(input: ReportInput): string {
  return `${tableLines(input).join("\n")}\n`;
}

/**
 * The lines of {@link renderTable}'s report, each safe for the terminal: every line passes
 * through {@link escapeTerminal}, so that a line break in a label cannot split a line and a
 * control character from a model, an areas file or a data file is shown, never run.
 *
 * @param input - the evaluation, the model and areas it was made from, and the language
 * @returns the lines, without line breaks
 */
export function tableLines(input: ReportInput): string[] {
  const width = input.width ?? 100;
  const language = input.language;
  const w = words[language];
  const find = lookup(input);
  const { model, evaluation } = input;
  const lines: string[] = [];
  const heavy = "═".repeat(width);
  const light = "─".repeat(width);
  const mainName = find.mainArea === undefined ? model.gemeente.name : find.areaName(find.mainArea);
  const unprotected = evaluation.protection === undefined;

  // Header. Unprotected figures and synthetic data are announced before anything else, so that
  // no one publishes the first or quotes the second as real.
  if (unprotected) {
    lines.push(heavy, ...wrap(w.notForPublication, width, "‼  ", "   "));
    lines.push(...wrap(w.unprotectedText, width, "   "), heavy);
  }
  if (input.synthetic !== undefined) {
    lines.push(heavy, ...wrap(`${w.synthetic} ${model.gemeente.name}.`, width, "⚠  ", "   "));
    lines.push(...wrap(input.synthetic[language], width, "   "), heavy);
  }
  lines.push(...wrap(`${w.title}: ${model.title[language]}`, width));
  const state = evaluation.complete ? w.complete : w.partial(lastDay(evaluation.asOf, language));
  const label = (text: string) => `${text}: `.padEnd(labelWidth);
  lines.push(
    ...wrap(`${evaluation.period}, ${w.comparedWith} ${evaluation.baseline} (${state})`, width, label(w.period)),
  );
  const source = [model.source.author, model.source.date].filter((part) => part !== undefined).join(", ");
  lines.push(...wrap(source === "" ? model.source.title : `${model.source.title} (${source})`, width, label(w.model)));
  if (input.dataSource !== undefined) lines.push(...wrap(input.dataSource, width, label(w.data)));
  const others = find.otherAreas.length === 0 ? "" : ` + ${w.areaCount(find.otherAreas.length, find.othersAreBuurten)}`;
  lines.push(`${label(w.areas)}${mainName}${others}`);
  lines.push(...wrap(protectionText(input), width, label(w.protection)));
  const legend = statusOrder.map((status) => `${marks[status]} ${w.status[status]}`);
  lines.push(...wrapItems(legend, "   ", width, label(w.legend)), ...wrap(w.scoreNote, width, " ".repeat(labelWidth)));

  // One section per success-factor group.
  let rates = false;
  model.groups.forEach((group, index) => {
    lines.push("", light, ...wrap(group.label[language], width, `${formatNumber(index + 1, language)}. `));
    lines.push(...groupSummary(group, find, mainName, width), light);
    for (const factor of group.factors) {
      const factorLines = factorSection(input, find, factor, width);
      rates ||= factorLines.rates;
      lines.push("", ...factorLines.lines);
    }
  });
  if (rates) lines.push("", ...wrap(`¹ ${rateFootnote(input)}`, width, "", "  "));

  // Goal roll-ups.
  lines.push("", heavy, w.goals.toUpperCase(), heavy, ...wrap(w.goalsIntro(mainName), width));
  for (const goal of model.goals) {
    lines.push("", ...wrap(goal.label[language], width));
    const main = find.mainArea === undefined ? undefined : find.goalRollUp(goal.id, find.mainArea);
    if (main === undefined) lines.push(`    ${w.noDataHere}`);
    else
      lines.push(
        `    ${w.factors(main.factors)}: ${formatCounts(main.counts, language)}   ${w.score} ${formatScore(main.score, language)}`,
      );
    if (find.otherAreas.length > 0 && find.otherAreas.length <= maxAreasPerLine) {
      const perArea = find.otherAreas.map(
        (area) => `${find.shortName(area)} ${formatScore(find.goalRollUp(goal.id, area)?.score ?? null, language)}`,
      );
      lines.push(...wrapItems(perArea, " · ", width, `    ${areasLabel(find)}: `, "      "));
    }
  }

  // Coverage: what the vision leaves unmeasured or unworked, and which factors lack data.
  lines.push("", heavy, w.coverage.toUpperCase(), heavy);
  const gapList = (title: string, ids: readonly string[]) => {
    lines.push(...wrap(`${title}: ${ids.length === 0 ? w.none : formatNumber(ids.length, language)}`, width));
    for (const id of ids) {
      const labels = find.subgoalLabel(id);
      const text = labels === undefined ? id : `${labels.subgoal[language]} (${w.under}: ${labels.goal[language]})`;
      lines.push(...wrap(text, width, "  - ", "    "));
    }
  };
  gapList(w.withoutFactor, evaluation.coverage.gaps.subgoalsWithoutFactor);
  lines.push("");
  gapList(w.withoutMethod, evaluation.coverage.gaps.subgoalsWithoutMethod);
  const mainCoverage = evaluation.coverage.areas.find((coverage) => coverage.area === find.mainArea);
  if (mainCoverage !== undefined) {
    lines.push("", ...wrap(w.dataCoverage(mainName, mainCoverage.withData, mainCoverage.factors), width));
    if (mainCoverage.withoutData.length > 0) {
      lines.push(
        ...wrap(`${w.missingData}: ${mainCoverage.withoutData.map(find.factorName).join(", ")}.`, width, "  "),
      );
    }
  }

  const notes = [...evaluation.warnings.map((warning) => warning.message), ...(input.notes ?? [])];
  if (notes.length > 0) {
    lines.push("", heavy, w.notes.toUpperCase(), heavy);
    for (const note of notes) lines.push(...wrap(note[language], width, "  - ", "    "));
  }
  if (input.synthetic !== undefined) {
    const reminder = input.syntheticReminder?.[language] ?? w.syntheticReminder;
    lines.push("", heavy, ...wrap(reminder, width, "⚠  ", "   "), heavy);
  }
  if (unprotected) lines.push("", heavy, ...wrap(w.notForPublication, width, "‼  ", "   "), heavy);
  return lines.map((line) => escapeTerminal(line).trimEnd());
}

function groupSummary(group: Group, find: Lookup, mainName: string, width: number): string[] {
  const w = words[find.language];
  const rollUp = find.mainArea === undefined ? undefined : find.groupRollUp(group.id, find.mainArea);
  if (rollUp === undefined)
    return wrap(`${mainName}: ${w.factors(group.factors.length)}, ${w.noDataHere}`, width, "   ");
  const parts = [
    `${mainName}: ${w.factors(rollUp.factors)}`,
    formatCounts(rollUp.counts, find.language),
    `${w.score} ${formatScore(rollUp.score, find.language)}`,
  ];
  return wrapItems(parts, "   ", width, "   ", "     ");
}

function factorSection(
  input: ReportInput,
  find: Lookup,
  factor: Factor,
  width: number,
): { readonly lines: string[]; readonly rates: boolean } {
  const language = input.language;
  const w = words[language];
  const { evaluation } = input;
  const policy = evaluation.protection?.policy;
  const result: ProtectedFactorResult | undefined =
    find.mainArea === undefined ? undefined : find.result(factor.id, find.mainArea);
  const lines = wrap(factorTitle(factor, language), width, `${marks[result?.status ?? "no-data"]} `, "  ");
  const anywhere = evaluation.factors.some((other) => other.factor === factor.id);
  const several = factor.measures.length > 1;
  if (result === undefined) {
    lines.push(
      `    ${find.mainArea === undefined ? "" : `${find.areaName(find.mainArea)}: `}${anywhere ? w.noDataHere : w.noDataAnywhere}`,
    );
  } else {
    factor.measures.forEach((measure, index) => {
      const indicator = find.indicator(measure.indicator);
      const measureResult = result.measures[index];
      const figures = figuresOf(measureResult, measure.rule, indicator, language, policy);
      const parts = [
        `${evaluation.period}: ${figures.current}`,
        `${evaluation.baseline}: ${figures.baseline}`,
        ...(figures.change === "–" ? [] : [`${w.change} ${figures.change}`]),
        `${w.target} ${figures.target}`,
      ];
      if (several) {
        lines.push(
          ...wrap(
            indicator?.label[language] ?? measure.indicator,
            width,
            `    ${marks[measureResult?.status ?? "no-data"]} `,
            "      ",
          ),
        );
        lines.push(...wrapItems(parts, " · ", width, "        ", "        "));
      } else {
        lines.push(...wrapItems(parts, " · ", width, "    ", "      "));
      }
    });
    lines.push(...wrap(result.explanation[language], width, "    "));
  }
  const label = `    ${areasLabel(find)}: `;
  if (find.otherAreas.length > 0 && find.otherAreas.every((area) => find.result(factor.id, area) === undefined)) {
    lines.push(`${label}${w.noDataPerArea}`);
  } else if (find.otherAreas.length > 0) {
    const items = find.otherAreas.map(
      (area) => `${marks[find.result(factor.id, area)?.status ?? "no-data"]} ${find.shortName(area)}`,
    );
    lines.push(...wrapItems(items, "  ", width, label, "      "));
  }
  // The buurt comparison of a count: per 1,000 inhabitants, so that a buurt of 15 and one of
  // 1,600 inhabitants can be read side by side.
  let rates = false;
  const withResults = find.rateAreas.filter((area) => find.result(factor.id, area) !== undefined);
  if (withResults.length > 0) {
    factor.measures.forEach((measure, index) => {
      const indicator = find.indicator(measure.indicator);
      if (indicator?.measure !== "count" && indicator?.measure !== "stock") return;
      rates = true;
      const name = several ? `${indicator.label[language]}, ` : "";
      const items = find.rateAreas.map((area) => {
        const text = rateText(find.result(factor.id, area)?.measures[index], find.inhabitants(area), language, policy);
        return `${area === find.mainArea ? find.areaName(area) : find.shortName(area)} ${text}`;
      });
      const unit = `${perThousand(language)}¹ (${evaluation.period})`;
      const title = `    ${name === "" ? unit.charAt(0).toUpperCase() + unit.slice(1) : `${name}${unit}`}: `;
      lines.push(...wrapItems(items, " · ", width, title, "      "));
    });
  }
  // A share or a ratio reads side by side as it is, whatever the buurt's size; a survey of too
  // few respondents or a ratio of too few shows as withheld ("n < 30", "< 5").
  if (find.otherAreas.some((area) => find.result(factor.id, area) !== undefined)) {
    factor.measures.forEach((measure, index) => {
      const indicator = find.indicator(measure.indicator);
      if (indicator?.measure !== "share" && indicator?.measure !== "ratio") return;
      const items = find.otherAreas.map((area) => {
        const text = valueText(find.result(factor.id, area)?.measures[index], indicator, language, policy);
        return `${find.shortName(area)} ${text}`;
      });
      const name = several ? `${indicator.label[language]}, ` : "";
      const title = `    ${name}${w.valuePerArea(find.othersAreBuurten, evaluation.period)}: `;
      lines.push(...wrapItems(items, " · ", width, title, "      "));
    });
  }
  return { lines, rates };
}

/** "Buurten", or "Buurten (Synthetische buurt …)" when the names share their first words. */
function areasLabel(find: Lookup): string {
  const w = words[find.language];
  const label = find.othersAreBuurten ? w.buurten : w.otherAreas;
  return find.sharedPrefix === "" ? label : `${label} (${find.sharedPrefix} …)`;
}
