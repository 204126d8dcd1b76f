import { formatDay } from "../../format/formatDay.js";
import { formatNumber } from "../../format/formatNumber.js";
import { statusOrder } from "../../internal/statusMarks.js";
import type { Label } from "../../model/common.js";
import { withheldText } from "../../protect/withheldText.js";
import type { ReportInput, ReportOptions } from "../ReportInput.js";
import type { Context } from "./Context.js";
import type { Banner, Block, Inline, ReportDocument } from "./document.js";
import { statusInline } from "./figures.js";
import { lookup, mainAreaOf } from "./lookup.js";
import type { Prepared } from "./prepare.js";
import { actSection } from "./sections/act.js";
import { checkSection } from "./sections/check.js";
import { doSection } from "./sections/do.js";
import { planSection } from "./sections/plan.js";
import { summarySection } from "./sections/summary.js";
import { words } from "./words.js";

/** The last day before an ISO instant that is midnight in Amsterdam: the last day an interim report covers. */
function lastDay(asOf: string): string {
  return new Date(Date.parse(asOf) + 3 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Builds the report as a document tree of plain texts, in PDCA order: the one-page summary,
 * Plan, Do, Check and Act, with a header of facts and a footer. Both writers, HTML and
 * Markdown, serialise this same tree, so the two formats never differ in content.
 *
 * @param input - the model and the activity indicators
 * @param prepared - the evaluations as `prepareEvaluations` made them, oldest first
 * @param options - the report's options
 */
export function composeReport(input: ReportInput, prepared: Prepared, options: ReportOptions): ReportDocument {
  const { evaluations, last } = prepared;
  const { model } = input;
  const language = options.language;
  const w = words[language];
  const unprotected = options.unprotected === true;
  const areas = last.areas.length > 0 ? last.areas : model.areas;
  const mainArea = mainAreaOf(model, last, areas, options.area);
  const current = lookup(last, areas, mainArea);
  // `last` is the last of `evaluations` (see Prepared): its lookup is made once.
  const lookups = [
    ...evaluations
      .slice(0, -1)
      .map((evaluation) => lookup(evaluation, evaluation.areas.length > 0 ? evaluation.areas : model.areas, mainArea)),
    current,
  ];
  const indicators = new Map(model.indicators.map((indicator) => [indicator.id, indicator]));
  const policy = last.protection?.policy ?? options.protection;
  let charts = 0;
  const text = (label: Label) => label[language];
  const context: Context = {
    model,
    language,
    words: w,
    evaluations,
    lookups,
    current,
    previous: lookups.length > 1 ? lookups[lookups.length - 2] : undefined,
    mainArea,
    mainName: mainArea === undefined ? model.gemeente.name : current.areaName(mainArea),
    indicator: (id) => indicators.get(id),
    withheldText: (withheld, figure) => withheldText(policy, language, withheld, figure),
    protected: !unprotected,
    activities: input.activities,
    synthetic: options.synthetic,
    dataSource: options.dataSource,
    chartId: () => `chart-${++charts}`,
    text,
  };

  const banners: Banner[] = [
    ...(options.synthetic === undefined
      ? []
      : [{ tone: "synthetic" as const, title: w.synthetic.banner, text: text(options.synthetic) }]),
    ...(unprotected ? [{ tone: "unprotected" as const, title: w.unprotected.banner, text: w.unprotected.text }] : []),
  ];
  const state = last.complete ? w.complete : w.partial(formatDay(lastDay(last.asOf), language));
  const periods = evaluations.map((evaluation) => evaluation.period);
  const protection = last.protection;
  const protectionText = unprotected
    ? w.protectionOff
    : protection === undefined
      ? w.protectionNone(withheldText(policy, language))
      : protection.withheld === 0
        ? w.protectionNone(withheldText(protection.policy, language))
        : w.protectionOn(
            withheldText(protection.policy, language),
            formatNumber(protection.withheld, language),
            formatNumber(protection.secondary, language),
          );
  const source = model.source;
  const facts: { label: string; value: Inline[] }[] = [
    { label: w.facts.gemeente, value: [`${model.gemeente.name} (${model.gemeente.code})`] },
    { label: w.facts.period, value: [`${last.period}, ${w.comparedWith(last.baseline)} (${state})`] },
    ...(periods.length > 1 ? [{ label: w.facts.series, value: [periods.join(", ")] }] : []),
    {
      label: w.facts.model,
      value: [[source.title, source.reference, source.date].filter((part) => part !== undefined).join(", ")],
    },
    ...(options.dataSource === undefined ? [] : [{ label: w.facts.data, value: [options.dataSource] }]),
    ...(mainArea === undefined || mainArea === model.gemeente.code
      ? []
      : [{ label: w.facts.area, value: [context.mainName] }]),
    { label: w.facts.protection, value: [protectionText] },
  ];
  const marksInHeader = [
    options.synthetic === undefined ? undefined : w.synthetic.header,
    unprotected ? w.unprotected.header : undefined,
  ].filter((mark) => mark !== undefined);
  const title = `${w.title}: ${text(model.title)}`;
  const footer: Block[] = [
    ...(options.synthetic === undefined
      ? []
      : [{ kind: "paragraph" as const, content: [{ kind: "strong" as const, content: [w.synthetic.reminder] }] }]),
    { kind: "paragraph", content: [w.footer.made] },
    { kind: "paragraph", content: [w.footer.score] },
    {
      kind: "paragraph",
      content: [
        `${w.footer.legend}: `,
        ...statusOrder.flatMap((status, index): Inline[] => [
          ...(index === 0 ? [] : [" · "]),
          statusInline(status, language),
        ]),
      ],
    },
  ];
  return {
    language,
    title,
    runningHeader: [`${w.title} ${last.period}`, context.mainName, ...marksInHeader].join(" · "),
    banners,
    header: [{ kind: "facts", items: facts }],
    navigationLabel: w.navigation,
    navigation: [
      { target: "summary", content: w.sections.summary },
      { target: "plan", content: "Plan" },
      { target: "do", content: "Do" },
      { target: "check", content: "Check" },
      { target: "act", content: "Act" },
    ],
    skipLabel: w.skip,
    sections: [
      summarySection(context),
      planSection(context),
      doSection(context),
      checkSection(context),
      actSection(context),
    ],
    footer,
  };
}
