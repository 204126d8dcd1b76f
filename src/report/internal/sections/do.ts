import { formatNumber } from "../../../format/formatNumber.js";
import { formatValue } from "../../../format/formatValue.js";
import { withheldReason } from "../../../protect/withheldReason.js";
import type { Context } from "../Context.js";
import type { Block, Cell, Inline } from "../document.js";
import { unitOf } from "../lookup.js";
import type { ReportMeasure } from "../ReportEvaluation.js";

/** Where an indicator's results are: the first factor that measures it, and the measure's place in it. */
function measureOf(
  context: Context,
  indicator: string,
): { readonly factor: string; readonly index: number } | undefined {
  for (const group of context.model.groups) {
    for (const factor of group.factors) {
      const index = factor.measures.findIndex((measure) => measure.indicator === indicator);
      if (index !== -1) return { factor: factor.id, index };
    }
  }
  return undefined;
}

/**
 * Do: what was done, per buurt: the current values of the activity indicators (activities,
 * partners, presence) as the evaluation has them. Works without them: it then says that no
 * activity figures were given.
 */
export function doSection(context: Context): Block {
  const { words: w, language, current, mainArea } = context;
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: [w.sections.do] },
    { kind: "paragraph", content: [w.do.intro] },
  ];
  const asked = context.activities ?? [];
  const found = asked.flatMap((id) => {
    const indicator = context.indicator(id);
    const place = measureOf(context, id);
    return indicator === undefined || place === undefined ? [] : [{ id, indicator, ...place }];
  });
  const missing = asked.filter((id) => !found.some((item) => item.id === id));
  if (found.length === 0 || mainArea === undefined) {
    blocks.push({ kind: "paragraph", content: [w.do.none] });
    if (missing.length > 0) blocks.push({ kind: "paragraph", content: [w.do.missing(missing.join(", "))] });
    return { kind: "section", id: "do", pageBreak: true, blocks };
  }
  const parts = current.partsOf(mainArea);
  const measure = (factor: string, index: number, area: string): ReportMeasure | undefined =>
    current.result(factor, area)?.measures[index];
  const cellOf = (item: (typeof found)[number], area: string): Cell => {
    const result = measure(item.factor, item.index, area);
    const content: Inline[] =
      result?.current !== undefined
        ? [formatValue(result.current, unitOf(item.indicator), language)]
        : result?.withheld?.current === true
          ? [{ kind: "withheld", text: context.withheldText(result.withheld, "current") }]
          : ["–"];
    return { content, numeric: true };
  };
  const rows = [mainArea, ...parts.map((part) => part.id)].map((area): Cell[] => [
    {
      // A header cell is bold already: a strong inside it wrote "****Alblasserdam****" in Markdown.
      content: [current.areaName(area)],
      header: true,
    },
    ...found.map((item) => cellOf(item, area)),
  ]);
  blocks.push({
    kind: "table",
    caption: w.do.caption(current.evaluation.period),
    head: [
      { content: [w.do.area] },
      ...found.map((item): Cell => ({ content: [context.text(item.indicator.label)], numeric: true })),
    ],
    rows,
  });
  if (parts.length > 0) {
    const kind = parts.every((part) => part.kind === "buurt") ? "buurt" : "area";
    blocks.push({
      kind: "list",
      items: found.map((item): Inline[] => {
        // A count withheld as small is 1 to 4, so more than 0; one withheld to protect another
        // could be anything; a missing one is no figure, not 0.
        let known = 0;
        let active = 0;
        let unknown = 0;
        for (const part of parts) {
          const result = measure(item.factor, item.index, part.id);
          if (result?.current !== undefined) {
            known++;
            if (result.current > 0) active++;
          } else if (result?.withheld?.current === true) {
            known++;
            if (withheldReason(result.withheld, "current") === "small-count") active++;
            else unknown++;
          }
        }
        const label = context.text(item.indicator.label);
        if (known === 0) return [w.do.presenceNoData(label, w.kinds[kind](1))];
        const sentence = w.do.presence(
          label,
          formatNumber(active, language),
          formatNumber(known, language),
          w.kinds[kind](known),
          known === parts.length,
        );
        return [unknown === 0 ? sentence : sentence + w.do.presenceUnknown(formatNumber(unknown, language))];
      }),
    });
  }
  if (missing.length > 0) blocks.push({ kind: "paragraph", content: [w.do.missing(missing.join(", "))] });
  return { kind: "section", id: "do", pageBreak: true, blocks };
}
