import type { Provenance } from "../../../model/common.js";
import { factorsFor } from "../../../trace/factorsFor.js";
import { methodsFor } from "../../../trace/methodsFor.js";
import type { Context } from "../Context.js";
import type { Block, Cell, Inline } from "../document.js";
import { ruleText } from "../figures.js";
import { unitOf } from "../lookup.js";

/** The "interpretatie" mark after an element this library reads into the vision. */
export function interpretedMark(context: Context, provenance: Provenance | undefined): Inline[] {
  return provenance === "interpreted" ? [{ kind: "interpreted", text: context.words.interpreted }] : [];
}

/** "Fixi app: Meer meldingen", or just the "wat" when the objective repeats it. */
export function factorTitle(what: string, objective: string): string {
  return objective.toLowerCase() === what.toLowerCase() ? what : `${what}: ${objective}`;
}

/**
 * Plan: what the vision aims at. Per goal its sub-goals, each with the factors that measure it
 * and the methods that serve it; then the factors with their targets per group; then the
 * strategy lines with their layer, role and "door".
 */
export function planSection(context: Context): Block {
  const { model, words: w, language } = context;
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: [w.sections.plan] },
    { kind: "paragraph", content: [w.plan.intro] },
    { kind: "paragraph", content: [{ kind: "emphasis", content: [w.plan.interpretedLegend] }] },
  ];
  for (const goal of model.goals) {
    blocks.push({
      kind: "heading",
      level: 3,
      content: [context.text(goal.label), ...interpretedMark(context, goal.provenance)],
    });
    if (goal.description !== undefined) blocks.push({ kind: "paragraph", content: [context.text(goal.description)] });
    const items = goal.subgoals.map((subgoal): Inline[] => {
      const factors = factorsFor(model, subgoal.id);
      const methods = methodsFor(model, subgoal.id);
      const measured =
        factors.length === 0
          ? [{ kind: "emphasis" as const, content: [w.plan.notMeasured] }]
          : [
              `${w.plan.measuredBy}: `,
              ...factors.flatMap((factor, index): Inline[] => [
                ...(index === 0 ? [] : [", "]),
                { kind: "link", target: `factor-${factor.id}`, content: [context.text(factor.what)] },
              ]),
            ];
      const served =
        methods.length === 0
          ? w.plan.noMethod
          : `${w.plan.servedBy}: ${methods.map((method) => context.text(method.label)).join(", ")}`;
      const linksInterpreted = methods.some((method) => method.provenanceOf?.subgoals === "interpreted")
        ? "interpreted"
        : undefined;
      return [
        { kind: "strong", content: [context.text(subgoal.label)] },
        ...interpretedMark(context, subgoal.provenance),
        " — ",
        ...measured,
        "; ",
        served,
        ...interpretedMark(context, linksInterpreted),
      ];
    });
    if (items.length > 0) blocks.push({ kind: "list", items });
  }

  blocks.push({ kind: "heading", level: 3, content: [w.plan.factorsHeading] });
  const head: Cell[] = [
    { content: [w.plan.factor] },
    { content: [w.plan.objective] },
    { content: [w.plan.criterion] },
    { content: [w.plan.target] },
  ];
  for (const group of model.groups) {
    if (group.factors.length === 0) continue;
    const rows = group.factors.map((factor): Cell[] => {
      const targets = factor.measures.map((measure) => {
        const indicator = context.indicator(measure.indicator);
        const rule = ruleText(measure.rule, unitOf(indicator), undefined, language);
        return factor.measures.length === 1 || indicator === undefined
          ? rule
          : `${context.text(indicator.label)}: ${rule}`;
      });
      return [
        {
          content: [
            context.text(factor.what),
            ...interpretedMark(context, factor.provenanceOf?.what ?? factor.provenance),
          ],
          header: true,
        },
        { content: [context.text(factor.objective), ...interpretedMark(context, factor.provenanceOf?.objective)] },
        { content: [context.text(factor.criterion), ...interpretedMark(context, factor.provenanceOf?.criterion)] },
        { content: [targets.join("; ")] },
      ];
    });
    blocks.push({ kind: "table", caption: context.text(group.label), head, rows });
  }

  if (model.strategyLines.length > 0) {
    blocks.push({ kind: "heading", level: 3, content: [w.plan.strategyHeading] });
    const lineRows = model.strategyLines.map((line): Cell[] => [
      { content: [context.text(line.label), ...interpretedMark(context, line.provenance)], header: true },
      { content: [context.text(line.layer), ...interpretedMark(context, line.provenanceOf?.layer)] },
      { content: [context.text(line.role), ...interpretedMark(context, line.provenanceOf?.role)] },
      { content: [context.text(line.by), ...interpretedMark(context, line.provenanceOf?.by)] },
      { content: [line.elements.map((element) => context.text(element.label)).join("; ") || "–"] },
      {
        content: [
          model.methods
            .filter((method) => method.strategyLine === line.id)
            .map((method) => context.text(method.label))
            .join("; ") || "–",
        ],
      },
    ]);
    blocks.push({
      kind: "table",
      caption: w.plan.strategyHeading,
      head: [
        { content: [w.plan.strategyLine] },
        { content: [w.plan.layer] },
        { content: [w.plan.role] },
        { content: [w.plan.by] },
        { content: [w.plan.elements] },
        { content: [w.plan.methods] },
      ],
      rows: lineRows,
    });
  }
  return { kind: "section", id: "plan", pageBreak: true, blocks };
}
