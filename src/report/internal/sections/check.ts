import type { Status } from "../../../evaluate/Evaluation.js";
import { formatDay } from "../../../format/formatDay.js";
import { formatNumber } from "../../../format/formatNumber.js";
import { formatValue } from "../../../format/formatValue.js";
import type { Factor, FactorMeasure, Goal } from "../../../model/vision.js";
import type { WithheldFigures } from "../../../protect/ProtectedEvaluation.js";
import { factorsFor } from "../../../trace/factorsFor.js";
import type { Context } from "../Context.js";
import { type DumbbellRow, dumbbellChart, sortRows } from "../charts/dumbbell.js";
import { type TrendPoint, trendChart } from "../charts/trendChart.js";
import type { Block, Cell, Inline } from "../document.js";
import { countsInline, measureTexts, ruleText, scoreText, statusInline } from "../figures.js";
import { unitOf } from "../lookup.js";
import type { ReportEvaluation, ReportMeasure } from "../ReportEvaluation.js";
import { factorTitle, interpretedMark } from "./plan.js";

/**
 * A figure's cell: its text; else, when protection withheld it (`which` names the figure, or
 * "derived" for a change or progress, which go with either), the withheld mark; else a dash.
 */
function figure(
  context: Context,
  text: string | undefined,
  withheld: WithheldFigures | undefined,
  which: "current" | "baseline" | "derived",
): Inline[] {
  if (text !== undefined) return [text];
  const isWithheld = withheld !== undefined && (which === "derived" || withheld[which] === true);
  if (!isWithheld) return ["–"];
  return [{ kind: "withheld", text: context.withheldText(withheld, which === "derived" ? "current" : which) }];
}

/** A measure's name: its indicator's label, or the indicator's id where a hand-built model lacks the indicator. */
function measureLabel(context: Context, measure: FactorMeasure): string {
  const indicator = context.indicator(measure.indicator);
  return indicator === undefined ? measure.indicator : context.text(indicator.label);
}

/** The period of an evaluation as a chart or sentence names it: "2024", or "2025 t/m 30-06-2025" when partial. */
function periodName(context: Context, evaluation: ReportEvaluation, result: ReportMeasure | undefined): string {
  if (evaluation.complete) return evaluation.period;
  const through = result?.window?.current.through ?? dayBefore(evaluation.asOf);
  return `${evaluation.period} ${context.words.check.partialPoint(formatDay(through, context.language))}`;
}

/** The last day before an instant, in Europe/Amsterdam terms as the evaluation wrote it (midnight there). */
function dayBefore(asOf: string): string {
  // asOf is midnight in Amsterdam, written in UTC: one or two hours before the day it starts.
  const instant = Date.parse(asOf) + 3 * 3_600_000;
  const day = new Date(instant - 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Per goal: its factors' overview, then each factor in full where it has not been shown yet. */
export function checkSection(context: Context): Block {
  const { model, words: w } = context;
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: [w.sections.check] },
    { kind: "paragraph", content: [w.check.intro] },
  ];
  const shown = new Set<string>();
  const sections: Block[] = model.goals.map((goal) => goalBlock(context, goal, factorsFor(model, goal.id), shown));
  const rest = model.groups.flatMap((group) => group.factors).filter((factor) => !shown.has(factor.id));
  if (rest.length > 0) {
    sections.push({
      kind: "section",
      id: "check-other",
      pageBreak: true,
      blocks: [
        { kind: "heading", level: 3, content: [w.check.otherFactors] },
        ...rest.flatMap((factor) => factorBlocks(context, factor)),
      ],
    });
  }
  return { kind: "section", id: "check", pageBreak: true, blocks: [...blocks, ...sections] };
}

function goalBlock(context: Context, goal: Goal, factors: readonly Factor[], shown: Set<string>): Block {
  const { words: w, language, current, mainArea } = context;
  const rollUp = mainArea === undefined ? undefined : current.goal(goal.id, mainArea);
  const blocks: Block[] = [{ kind: "heading", level: 3, content: [context.text(goal.label)] }];
  if (rollUp !== undefined) {
    blocks.push({
      kind: "paragraph",
      content: [w.check.goalLine(scoreText(rollUp.score, language)), ...countsInline(rollUp.counts, language)],
    });
  }
  if (factors.length > 0) {
    const rows = factors.map((factor): Cell[] => {
      const result = mainArea === undefined ? undefined : current.result(factor.id, mainArea);
      const first = result?.measures[0];
      const texts = first === undefined ? {} : measureTexts(first, context.indicator(first.indicator), language);
      const note = shown.has(factor.id) ? w.check.seeAbove : w.check.seeBelow;
      return [
        {
          content: [
            {
              kind: "link",
              target: `factor-${factor.id}`,
              content: [factorTitle(context.text(factor.what), context.text(factor.objective))],
            },
            ` (${note})`,
          ],
          header: true,
        },
        { content: [statusInline(result?.status ?? "no-data", language)] },
        { content: figure(context, texts.current, first?.withheld, "current"), numeric: true },
        { content: figure(context, texts.change, first?.withheld, "derived"), numeric: true },
      ];
    });
    blocks.push({
      kind: "table",
      caption: w.check.overview(context.text(goal.label)),
      head: [
        { content: [w.plan.factor] },
        { content: ["Status"] },
        { content: [w.check.now(current.evaluation.period)], numeric: true },
        { content: [w.check.change], numeric: true },
      ],
      rows,
    });
  }
  for (const factor of factors) {
    if (shown.has(factor.id)) continue;
    shown.add(factor.id);
    blocks.push(...factorBlocks(context, factor));
  }
  return { kind: "section", id: `check-${goal.id}`, pageBreak: true, blocks };
}

/** One factor in full: its measures' figures, the sentence, the charts, and the notes on the data. */
function factorBlocks(context: Context, factor: Factor): Block[] {
  const { words: w, language, current, mainArea } = context;
  const evaluation = current.evaluation;
  const result = mainArea === undefined ? undefined : current.result(factor.id, mainArea);
  const blocks: Block[] = [
    {
      kind: "heading",
      level: 4,
      id: `factor-${factor.id}`,
      content: [
        factorTitle(context.text(factor.what), context.text(factor.objective)),
        ...interpretedMark(context, factor.provenance),
      ],
    },
  ];
  const rows = factor.measures.map((measure, index): Cell[] => {
    const indicator = context.indicator(measure.indicator);
    const measured = result?.measures[index];
    const texts = measured === undefined ? {} : measureTexts(measured, indicator, language);
    const withheld = measured?.withheld;
    return [
      { content: [measureLabel(context, measure)], header: true },
      { content: [statusInline(measured?.status ?? "no-data", language)] },
      { content: figure(context, texts.current, withheld, "current"), numeric: true },
      { content: figure(context, texts.baseline, withheld, "baseline"), numeric: true },
      { content: figure(context, texts.change, withheld, "derived"), numeric: true },
      {
        content: [
          withheld === undefined
            ? ruleText(measure.rule, unitOf(indicator), measured, language)
            : ruleText(measure.rule, unitOf(indicator), undefined, language),
        ],
      },
      { content: figure(context, texts.progress, withheld, "derived"), numeric: true },
    ];
  });
  blocks.push({
    kind: "table",
    caption: `${factorTitle(context.text(factor.what), context.text(factor.objective))}: ${context.mainName}`,
    head: [
      { content: [w.check.measure] },
      { content: ["Status"] },
      { content: [w.check.now(evaluation.period)], numeric: true },
      { content: [w.check.baseline(evaluation.baseline)], numeric: true },
      { content: [w.check.change], numeric: true },
      { content: [w.check.target] },
      { content: [w.check.progress], numeric: true },
    ],
    rows,
  });
  if (result !== undefined) blocks.push({ kind: "paragraph", content: [context.text(result.explanation)] });
  factor.measures.forEach((measure, index) => {
    blocks.push(...perAreaChart(context, factor, measure, index), trend(context, factor, measure, index));
  });
  blocks.push({ kind: "note", tone: "quality", blocks: qualityNotes(context, factor) });
  return blocks;
}

/** Baseline against current per buurt for one measure, with the figures behind it as a folded table. */
function perAreaChart(context: Context, factor: Factor, measure: FactorMeasure, index: number): Block[] {
  const { words: w, language, current, mainArea } = context;
  if (mainArea === undefined) return [];
  const parts = current.partsOf(mainArea);
  if (parts.length === 0) return [];
  const indicator = context.indicator(measure.indicator);
  const unit = unitOf(indicator);
  const label = measureLabel(context, measure);
  const entries = parts.map((part) => ({ part, result: current.result(factor.id, part.id) }));
  const rows = entries.map(({ part, result }): DumbbellRow & { readonly id: string } => {
    const measured = result?.measures[index];
    const note = measured?.withheld !== undefined ? context.withheldText(measured.withheld, "current") : w.check.noData;
    const baselineNote = w.check.baselineNote(
      measured?.withheld?.baseline === true ? context.withheldText(measured.withheld, "baseline") : w.check.noData,
    );
    return {
      id: part.id,
      name: part.name,
      ...(measured?.current === undefined ? {} : { current: measured.current }),
      ...(measured?.baseline === undefined ? {} : { baseline: measured.baseline }),
      ...(measured?.target === undefined ? {} : { target: measured.target }),
      note,
      baselineNote,
    };
  });
  const sorted = sortRows(rows);
  const drawn = sorted.flatMap((row) => (row.current === undefined ? [] : [{ name: row.name, current: row.current }]));
  const [highest] = drawn;
  if (highest === undefined) return [];
  // The lowest is worth a sentence only beside another area.
  const lowest = drawn.slice(1).at(-1);
  const tally = new Map<Status, number>();
  for (const { result } of entries) {
    const status = result?.measures[index]?.status ?? "no-data";
    tally.set(status, (tally.get(status) ?? 0) + 1);
  }
  const counts = [...tally].map(([status, count]) => `${formatNumber(count, language)} ${w.status[status]}`).join(", ");
  const details = [
    w.check.highest(highest.name, formatValue(highest.current, unit, language)),
    lowest === undefined ? "" : w.check.lowest(lowest.name, formatValue(lowest.current, unit, language)),
    `${w.check.statusTally}: ${counts}.`,
  ]
    .filter((part) => part !== "")
    .join(" ");
  const title = `${w.check.perArea(label)}: ${current.evaluation.baseline} – ${current.evaluation.period}`;
  const svg = dumbbellChart({
    id: context.chartId(),
    title,
    description: w.check.dumbbellDescription(details),
    rows: sorted,
    unit,
    language,
    legend: {
      baseline: w.check.legendBaseline(current.evaluation.baseline),
      current: w.check.legendCurrent(current.evaluation.period),
      target: w.check.legendTarget,
    },
  });
  const byId = new Map(entries.map((entry) => [entry.part.id, entry.result?.measures[index]]));
  const tableRows = sorted.map((row): Cell[] => {
    const measured = byId.get(row.id);
    const texts = measured === undefined ? {} : measureTexts(measured, indicator, language);
    return [
      { content: [row.name], header: true },
      { content: [statusInline(measured?.status ?? "no-data", language)] },
      { content: figure(context, texts.current, measured?.withheld, "current"), numeric: true },
      { content: figure(context, texts.baseline, measured?.withheld, "baseline"), numeric: true },
      { content: figure(context, texts.change, measured?.withheld, "derived"), numeric: true },
    ];
  });
  return [
    {
      kind: "chart",
      chart: {
        svg,
        title,
        table: {
          caption: w.check.perAreaFigures(label),
          head: [
            { content: [w.do.area] },
            { content: ["Status"] },
            { content: [w.check.now(current.evaluation.period)], numeric: true },
            { content: [w.check.baseline(current.evaluation.baseline)], numeric: true },
            { content: [w.check.change], numeric: true },
          ],
          rows: tableRows,
        },
      },
    },
  ];
}

/** The measure's value in the main area over the series, with the first baseline in front. */
function trend(context: Context, factor: Factor, measure: FactorMeasure, index: number): Block {
  const { words: w, language, evaluations, lookups, mainArea } = context;
  const unit = unitOf(context.indicator(measure.indicator));
  const label = measureLabel(context, measure);
  const resultAt = (position: number) =>
    mainArea === undefined ? undefined : lookups[position]?.result(factor.id, mainArea)?.measures[index];
  const points: (TrendPoint & { readonly status?: Status; readonly withheld?: boolean })[] = [];
  const first = resultAt(0);
  const firstEvaluation = evaluations[0];
  // The first period's baseline leads the line, where there is one to show: it is the year the series starts from.
  if (
    firstEvaluation !== undefined &&
    !evaluations.some((evaluation) => evaluation.period === firstEvaluation.baseline)
  ) {
    if (first?.baseline !== undefined) points.push({ label: firstEvaluation.baseline, value: first.baseline });
    else if (first?.withheld?.baseline === true)
      points.push({
        label: firstEvaluation.baseline,
        note: context.withheldText(first.withheld, "baseline"),
        withheld: true,
      });
  }
  // Each period's figure comes from one evaluation only: a complete period that the next one
  // compares with is read as the next one's baseline, the figure that sits beside it in that
  // evaluation's table. Protected apart, a figure one evaluation withheld could be shown by
  // another (docs/privacy.md), and a parent's like-for-like baseline beside its full total would
  // give away the areas that differ.
  evaluations.forEach((evaluation, position) => {
    const own = resultAt(position);
    const next = evaluations[position + 1];
    const fromNext = next?.complete === true && next.baseline === evaluation.period;
    const source = fromNext ? resultAt(position + 1) : own;
    const value = fromNext ? source?.baseline : source?.current;
    const withheld = fromNext ? source?.withheld?.baseline === true : source?.withheld?.current === true;
    const name = periodName(context, evaluation, own);
    const partial = evaluation.complete ? {} : { partial: true };
    const status = own?.status ?? "no-data";
    points.push(
      value !== undefined
        ? { label: name, value, ...partial, status }
        : {
            label: name,
            note: withheld ? context.withheldText(source?.withheld, fromNext ? "baseline" : "current") : w.check.noData,
            ...partial,
            status,
            withheld,
          },
    );
  });
  const last = resultAt(evaluations.length - 1);
  const target =
    last?.target === undefined
      ? undefined
      : { value: last.target, label: w.check.targetReached(formatValue(last.target, unit, language)) };
  const described = points
    .map(
      (point) => `${point.label} ${point.value === undefined ? point.note : formatValue(point.value, unit, language)}`,
    )
    .join("; ");
  const title = w.check.trendTitle(label, context.mainName);
  const svg = trendChart({
    id: context.chartId(),
    title,
    description: w.check.trendDescription(target === undefined ? described : `${described}; ${target.label}`),
    points,
    unit,
    language,
    ...(target === undefined ? {} : { target }),
  });
  return {
    kind: "chart",
    chart: {
      svg,
      title,
      table: {
        caption: w.check.trendFigures(label),
        head: [{ content: [w.check.period] }, { content: [w.check.value], numeric: true }, { content: ["Status"] }],
        rows: points.map((point): Cell[] => [
          { content: [point.label], header: true },
          {
            content:
              point.value === undefined
                ? point.withheld === true
                  ? [{ kind: "withheld", text: point.note }]
                  : ["–"]
                : [formatValue(point.value, unit, language)],
            numeric: true,
          },
          { content: point.status === undefined ? ["–"] : [statusInline(point.status, language)] },
        ]),
      },
    },
  };
}

/** What a reader should know about a factor's data: the windows compared, like for like, warnings, withheld cells. */
function qualityNotes(context: Context, factor: Factor): Block[] {
  const { words: w, language, current, mainArea } = context;
  const evaluation = current.evaluation;
  const result = mainArea === undefined ? undefined : current.result(factor.id, mainArea);
  const items: Inline[][] = [];
  const first = result?.measures.find((measure) => measure.window !== undefined) ?? result?.measures[0];
  const window = first?.window;
  const day = (value: string) => formatDay(value, language);
  if (window !== undefined) {
    const currentText = `${day(window.current.from)} – ${day(window.current.through)}`;
    items.push([
      window.baseline === undefined
        ? w.check.windowNoBaseline(currentText)
        : w.check.window(currentText, `${day(window.baseline.from)} – ${day(window.baseline.through)}`),
    ]);
  } else {
    items.push([w.check.window(evaluation.period, evaluation.baseline)]);
  }
  for (const measure of result?.measures ?? []) {
    if (measure.covers === undefined) continue;
    const { areas, of, kind } = measure.covers;
    items.push([w.check.covers(formatNumber(areas, language), formatNumber(of, language), w.kinds[kind](of))]);
  }
  const indicators = new Set(factor.measures.map((measure) => measure.indicator));
  for (const warning of current.warnings) {
    if (warning.indicator !== undefined && indicators.has(warning.indicator))
      items.push([context.text(warning.message)]);
  }
  if (mainArea !== undefined) {
    const withheld = current
      .partsOf(mainArea)
      .filter(
        (part) =>
          current.result(factor.id, part.id)?.measures.some((measure) => measure.withheld !== undefined) === true,
      );
    if (withheld.length > 0)
      items.push([
        w.check.withheld(formatNumber(withheld.length, language), withheld.map((part) => part.name).join(", ")),
      ]);
  }
  return [
    { kind: "paragraph", content: [{ kind: "strong", content: [w.check.quality] }] },
    { kind: "list", items },
  ];
}
