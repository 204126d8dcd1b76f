import { formatNumber, type Group } from "../../index.js";
import { marks, statusOrder } from "../../internal/statusMarks.js";
import { escapeMarkdown as md } from "../escape/markdown.js";
import { formatCounts } from "./internal/counts.js";
import { factorTitle } from "./internal/factorTitle.js";
import { figuresOf, formatScore, rateText } from "./internal/figures.js";
import { type Lookup, lastDay, lookup } from "./internal/lookup.js";
import { perThousand, protectionText, rateFootnote } from "./internal/notes.js";
import { words } from "./internal/words.js";
import type { ReportInput } from "./ReportInput.js";

/**
 * Renders an evaluation as a Markdown report: a header (saying first when the data are
 * synthetic), a heading and a table per success-factor group (factor, area, status, current,
 * baseline, change, target, explanation), the goal roll-ups, the coverage gaps and the warnings.
 *
 * @param input - the evaluation, the model and areas it was made from, and the language
 * @returns the Markdown text, ending in a newline
 */
export function renderMarkdown(input: ReportInput): string {
  return `${markdownLines(input).join("\n")}\n`;
}

/**
 * The lines of {@link renderMarkdown}'s report. Every text that comes from a model, an areas
 * file, a data file or the evaluation passes through {@link md} (escapeMarkdown), so that it
 * renders as text: no HTML, no heading, no broken table row. Only the report's own frame is
 * written as Markdown.
 *
 * @param input - the evaluation, the model and areas it was made from, and the language
 * @returns the lines, without line breaks
 */
export function markdownLines(input: ReportInput): string[] {
  const language = input.language;
  const w = words[language];
  const t = w.table;
  const find = lookup(input);
  const { model, evaluation } = input;
  const mainName = md(find.mainArea === undefined ? model.gemeente.name : find.areaName(find.mainArea));
  const areaName = (id: string) => md(find.areaName(id));
  const areas = find.mainArea === undefined ? find.otherAreas : [find.mainArea, ...find.otherAreas];
  const out: string[] = [];
  const policy = evaluation.protection?.policy;
  const unprotected = evaluation.protection === undefined;
  const number = (value: number) => formatNumber(value, language);

  out.push(`# ${w.title}: ${md(model.title[language])}`, "");
  if (unprotected) out.push(`> **‼ ${md(w.notForPublication)}**`, ">", `> ${md(w.unprotectedText)}`, "");
  if (input.synthetic !== undefined) {
    out.push(`> **⚠ ${w.synthetic} ${md(model.gemeente.name)}.**`, ">", `> ${md(input.synthetic[language])}`, "");
  }
  const state = evaluation.complete ? w.complete : w.partial(lastDay(evaluation.asOf, language));
  out.push(`- **${w.period}:** ${md(evaluation.period)}, ${w.comparedWith} ${md(evaluation.baseline)} (${state})`);
  out.push(
    `- **${w.model}:** ${md(model.source.title)}${model.source.date === undefined ? "" : ` (${md(model.source.date)})`}`,
  );
  if (input.dataSource !== undefined) out.push(`- **${w.data}:** ${md(input.dataSource)}`);
  out.push(`- **${w.areas}:** ${areas.map(areaName).join(", ") || "–"}`);
  out.push(`- **${w.protection}:** ${md(protectionText(input))}`);
  out.push(`- **${w.legend}:** ${statusOrder.map((status) => `${marks[status]} ${w.status[status]}`).join(" · ")}`);
  out.push(`- ${w.scoreNote}`);

  let rates = false;
  model.groups.forEach((group, index) => {
    out.push("", `## ${number(index + 1)}. ${md(group.label[language])}`, "");
    const rollUp = find.mainArea === undefined ? undefined : find.groupRollUp(group.id, find.mainArea);
    if (rollUp !== undefined) {
      out.push(
        `${mainName}: ${w.factors(rollUp.factors)}: ${formatCounts(rollUp.counts, language)}; ${w.score} ${formatScore(rollUp.score, language)}.`,
        "",
      );
    }
    const current = `${t.current} (${md(evaluation.period)})`;
    const baseline = `${t.baseline} (${md(evaluation.baseline)})`;
    // A column per 1,000 inhabitants where the group counts something and the areas have inhabitants.
    const withRates = hasCounts(group, find) && find.rateAreas.length > 0;
    rates ||= withRates;
    const rateHeader = withRates ? [`${t.current} ${perThousand(language)}¹`] : [];
    const header = [t.factor, t.area, t.status, current, ...rateHeader, baseline, t.change, t.target, t.explanation];
    out.push(row(header), row(Array<string>(header.length).fill("---")));
    for (const factor of group.factors) {
      const name = md(factorTitle(factor, language));
      const results = areas.flatMap((area) => {
        const result = find.result(factor.id, area);
        return result === undefined ? [] : [result];
      });
      if (results.length === 0) {
        const target = factor.measures.map(
          (measure) => figuresOf(undefined, measure.rule, find.indicator(measure.indicator), language).target,
        );
        out.push(
          row([
            name,
            mainName,
            `${marks["no-data"]} ${w.status["no-data"]}`,
            "–",
            ...(withRates ? ["–"] : []),
            "–",
            "–",
            target.join("<br>"),
            w.noDataAnywhere,
          ]),
        );
        continue;
      }
      const several = factor.measures.length > 1;
      results.forEach((result, position) => {
        const columns = factor.measures.map((measure, index) => {
          const indicator = find.indicator(measure.indicator);
          const figures = figuresOf(result.measures[index], measure.rule, indicator, language, policy);
          const prefix = several ? `${md(indicator?.label[language] ?? measure.indicator)}: ` : "";
          return [figures.current, figures.baseline, figures.change, figures.target].map((text) => prefix + text);
        });
        const column = (index: number) => columns.map((figures) => figures[index] ?? "–").join("<br>");
        const isRateArea = find.rateAreas.includes(result.area);
        const rate = factor.measures
          .map((measure, index) => {
            const indicator = find.indicator(measure.indicator);
            const text =
              isRateArea && indicator?.measure === "count"
                ? rateText(result.measures[index], find.inhabitants(result.area), language, policy)
                : "–";
            return several ? `${md(indicator?.label[language] ?? measure.indicator)}: ${text}` : text;
          })
          .join("<br>");
        out.push(
          row([
            // The factor's name heads its first row only, so that each factor reads as a block.
            position === 0 ? name : "",
            areaName(result.area),
            `${marks[result.status]} ${w.status[result.status]}`,
            column(0),
            ...(withRates ? [rate] : []),
            column(1),
            column(2),
            column(3),
            md(result.explanation[language]),
          ]),
        );
      });
    }
  });

  if (rates) out.push("", `¹ ${md(rateFootnote(input))}`);

  out.push("", `## ${w.goals}`, "");
  out.push(
    row([t.goal, t.area, t.factors, ...statusOrder.map((status) => marks[status]), t.score]),
    row(Array<string>(4 + statusOrder.length).fill("---")),
  );
  for (const goal of model.goals) {
    for (const area of areas) {
      const rollUp = find.goalRollUp(goal.id, area);
      if (rollUp === undefined) continue;
      out.push(
        row([
          md(goal.label[language]),
          areaName(area),
          number(rollUp.factors),
          ...statusOrder.map((status) => number(rollUp.counts[status])),
          formatScore(rollUp.score, language),
        ]),
      );
    }
  }

  out.push("", `## ${w.coverage}`, "");
  const gapList = (title: string, ids: readonly string[]) => {
    out.push(`### ${title}`, "");
    if (ids.length === 0) out.push(`${w.none}.`);
    for (const id of ids) {
      const labels = find.subgoalLabel(id);
      out.push(
        `- ${md(labels === undefined ? id : `${labels.subgoal[language]} (${w.under}: ${labels.goal[language]})`)}`,
      );
    }
    out.push("");
  };
  gapList(w.withoutFactor, evaluation.coverage.gaps.subgoalsWithoutFactor);
  gapList(w.withoutMethod, evaluation.coverage.gaps.subgoalsWithoutMethod);
  for (const coverage of evaluation.coverage.areas) {
    const missing =
      coverage.withoutData.length === 0
        ? ""
        : ` ${w.missingData}: ${coverage.withoutData.map((id) => md(find.factorName(id))).join(", ")}.`;
    out.push(`- ${w.dataCoverage(areaName(coverage.area), coverage.withData, coverage.factors)}${missing}`);
  }

  const notes = [...evaluation.warnings.map((warning) => warning.message), ...(input.notes ?? [])];
  if (notes.length > 0) {
    out.push("", `## ${w.notes}`, "");
    for (const note of notes) out.push(`- ${md(note[language])}`);
  }
  if (input.synthetic !== undefined) {
    const reminder =
      input.syntheticReminder === undefined ? w.syntheticReminder : md(input.syntheticReminder[language]);
    out.push("", `> **⚠ ${reminder}**`);
  }
  if (unprotected) out.push("", `> **‼ ${md(w.notForPublication)}**`);
  return out;
}

/** Whether a group has a factor with a count among its measures: only counts get a rate. */
function hasCounts(group: Group, find: Lookup): boolean {
  return group.factors.some((factor) =>
    factor.measures.some((measure) => find.indicator(measure.indicator)?.measure === "count"),
  );
}

/** A table row of cells that are Markdown already: their texts passed through {@link md}. */
function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}
