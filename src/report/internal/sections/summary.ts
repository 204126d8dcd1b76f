import type { StatusCounts } from "../../../evaluate/Evaluation.js";
import { formatNumber } from "../../../format/formatNumber.js";
import { coverageGaps } from "../../../trace/coverageGaps.js";
import type { Context } from "../Context.js";
import { scoreBarsChart } from "../charts/scoreBars.js";
import type { Block, Cell, Inline } from "../document.js";
import { countsInline, scoreChangeText, scoreText } from "../figures.js";
import { isLagging } from "./lagging.js";

/** The factors a score is over: those achieved, on track, behind or not achieved. */
function judgedOf(counts: StatusCounts): number {
  return counts.achieved + counts["on-track"] + counts.behind + counts["not-achieved"];
}

/**
 * The one-page summary: per goal the score, the change since the previous period of the series,
 * and the factors per status; a bar chart of the scores; and the findings in a few lines.
 */
export function summarySection(context: Context): Block {
  const { model, language, words: w, current, previous, mainArea } = context;
  const rollUp = (goal: string) => (mainArea === undefined ? undefined : current.goal(goal, mainArea));
  const before = (goal: string) => (mainArea === undefined ? undefined : previous?.goal(goal, mainArea));
  const head: Cell[] = [
    { content: [w.summary.goal] },
    { content: [w.summary.score], numeric: true },
    ...(previous === undefined ? [] : [{ content: [w.summary.change(previous.evaluation.period)], numeric: true }]),
    { content: [w.summary.counts] },
  ];
  const rows = model.goals.map((goal): Cell[] => {
    const figures = rollUp(goal.id);
    const score = figures?.score ?? null;
    const earlierFigures = previous === undefined ? undefined : before(goal.id);
    const earlier = previous === undefined ? undefined : (earlierFigures?.score ?? null);
    const judged =
      figures === undefined || earlierFigures === undefined
        ? undefined
        : { now: judgedOf(figures.counts), before: judgedOf(earlierFigures.counts) };
    return [
      { content: [{ kind: "link", target: `check-${goal.id}`, content: [context.text(goal.label)] }], header: true },
      { content: [scoreText(score, language)], numeric: true },
      ...(previous === undefined
        ? []
        : [{ content: [scoreChangeText(score, earlier, language, judged)], numeric: true }]),
      { content: figures === undefined ? [w.check.noData] : countsInline(figures.counts, language) },
    ];
  });
  const bars = model.goals.map((goal) => ({
    label: context.text(goal.label),
    score: rollUp(goal.id)?.score ?? null,
    note: w.summary.noScore,
  }));
  const period = current.evaluation.period;
  const chart = scoreBarsChart({
    id: context.chartId(),
    title: w.summary.chartTitle(context.mainName, period),
    description: w.summary.chartDescription(
      bars.map((bar) => `${bar.label} ${scoreText(bar.score, language)}`).join("; "),
    ),
    bars,
    language,
  });
  const lagging = model.goals.filter((goal) => isLagging(rollUp(goal.id)));
  const unjudged = model.goals.filter((goal) => (rollUp(goal.id)?.score ?? null) === null);
  const gaps = coverageGaps(model).subgoalsWithoutFactor.length;
  const findings: Inline[][] = [
    [
      lagging.length === 0
        ? w.summary.noneLagging
        : w.summary.lagging(formatNumber(lagging.length, language), formatNumber(model.goals.length, language)),
    ],
    ...(unjudged.length === 0 ? [] : [[w.summary.notJudged(formatNumber(unjudged.length, language))]]),
    ...(gaps === 0 ? [] : [[w.summary.gaps(formatNumber(gaps, language))]]),
  ];
  return {
    kind: "section",
    id: "summary",
    blocks: [
      { kind: "heading", level: 2, content: [w.sections.summary] },
      { kind: "paragraph", content: [w.summary.intro] },
      { kind: "table", caption: w.summary.chartTitle(context.mainName, period), head, rows },
      { kind: "chart", chart: { svg: chart, title: w.summary.chartTitle(context.mainName, period) } },
      { kind: "heading", level: 3, content: [w.summary.findings] },
      { kind: "list", items: findings },
    ],
  };
}
