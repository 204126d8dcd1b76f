import type { Goal } from "../../../model/vision.js";
import { methodsFor } from "../../../trace/methodsFor.js";
import { strategyLineOf } from "../../../trace/strategyLineOf.js";
import type { Context } from "../Context.js";
import type { Block, Cell, Inline } from "../document.js";
import { countsInline, scoreText } from "../figures.js";
import { isLagging } from "./lagging.js";
import { interpretedMark } from "./plan.js";

/**
 * Act: for each lagging goal, its lagging sub-goals, the methods that serve the goal by the
 * vision's links (`methodsFor`), their strategy line (`strategyLineOf`) with its role and who
 * acts ("door"); then the coverage gaps as items for the agenda. All of it is marked as derived
 * from the links in the vision, not advice the vision gives.
 */
export function actSection(context: Context): Block {
  const { model, words: w, current, mainArea } = context;
  const goalRollUp = (goal: string) => (mainArea === undefined ? undefined : current.goal(goal, mainArea));
  const subgoalRollUp = (subgoal: string) => (mainArea === undefined ? undefined : current.subgoal(subgoal, mainArea));
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: [w.sections.act] },
    { kind: "paragraph", content: [w.act.intro] },
    {
      kind: "note",
      tone: "derived",
      blocks: [{ kind: "paragraph", content: [{ kind: "strong", content: [w.act.derived] }] }],
    },
  ];
  const lagging = model.goals.filter((goal) => isLagging(goalRollUp(goal.id)));
  if (lagging.length === 0) blocks.push({ kind: "paragraph", content: [w.act.noLagging] });
  const sections: Block[] = lagging.map((goal) => laggingGoal(context, goal, subgoalRollUp));

  const unjudged = model.goals.filter((goal) => (goalRollUp(goal.id)?.score ?? null) === null);
  const gaps = current.evaluation.coverage.gaps;
  const goalOf = new Map(
    model.goals.flatMap((goal) => goal.subgoals.map((subgoal) => [subgoal.id, { goal, subgoal }] as const)),
  );
  const agenda: Inline[][] = [
    ...gaps.subgoalsWithoutFactor.flatMap((id): Inline[][] => {
      const found = goalOf.get(id);
      return found === undefined
        ? []
        : [[w.act.withoutFactor(context.text(found.subgoal.label), context.text(found.goal.label))]];
    }),
    ...gaps.subgoalsWithoutMethod.flatMap((id): Inline[][] => {
      const found = goalOf.get(id);
      return found === undefined
        ? []
        : [[w.act.withoutMethod(context.text(found.subgoal.label), context.text(found.goal.label))]];
    }),
  ];
  const agendaBlocks: Block[] = [
    { kind: "heading", level: 3, content: [w.act.agendaHeading] },
    { kind: "paragraph", content: [w.act.agendaIntro, " ", { kind: "emphasis", content: [`(${w.derivedMark})`] }] },
    ...(agenda.length === 0
      ? [{ kind: "paragraph" as const, content: [w.none] }]
      : [{ kind: "list" as const, items: agenda }]),
    ...(unjudged.length === 0
      ? []
      : [
          {
            kind: "paragraph" as const,
            content: [w.act.notJudged(unjudged.map((goal) => context.text(goal.label)).join("; "))],
          },
        ]),
  ];
  sections.push({ kind: "section", id: "act-agenda", blocks: agendaBlocks });
  return { kind: "section", id: "act", pageBreak: true, blocks: [...blocks, ...sections] };
}

function laggingGoal(
  context: Context,
  goal: Goal,
  subgoalRollUp: (id: string) => ReturnType<Context["current"]["subgoal"]>,
): Block {
  const { model, words: w, language, current, mainArea } = context;
  const rollUp = mainArea === undefined ? undefined : current.goal(goal.id, mainArea);
  const blocks: Block[] = [{ kind: "heading", level: 3, content: [context.text(goal.label)] }];
  if (rollUp !== undefined)
    blocks.push({
      kind: "paragraph",
      content: [w.act.goalLine(scoreText(rollUp.score, language)), ...countsInline(rollUp.counts, language)],
    });
  const laggingSubgoals = goal.subgoals.filter((subgoal) => isLagging(subgoalRollUp(subgoal.id)));
  if (laggingSubgoals.length > 0) {
    blocks.push({ kind: "paragraph", content: [{ kind: "strong", content: [w.act.laggingSubgoals] }] });
    blocks.push({
      kind: "list",
      items: laggingSubgoals.map((subgoal): Inline[] => {
        const figures = subgoalRollUp(subgoal.id);
        return [
          context.text(subgoal.label),
          ": ",
          ...(figures === undefined ? [] : countsInline(figures.counts, language)),
        ];
      }),
    });
  }
  const methods = methodsFor(model, goal.id);
  if (methods.length === 0) {
    blocks.push({
      kind: "paragraph",
      content: [w.act.noMethods, " ", { kind: "emphasis", content: [`(${w.derivedMark})`] }],
    });
  } else {
    const laggingIds = new Set(laggingSubgoals.map((subgoal) => subgoal.id));
    const rows = methods.map((method): Cell[] => {
      const line = strategyLineOf(model, method.id);
      const serves = goal.subgoals.filter(
        (subgoal) => laggingIds.has(subgoal.id) && method.subgoals.includes(subgoal.id),
      );
      return [
        { content: [context.text(method.label)], header: true },
        { content: line === undefined ? ["–"] : [context.text(line.label)] },
        {
          content:
            line === undefined
              ? ["–"]
              : [context.text(line.role), ...interpretedMark(context, line.provenanceOf?.role)],
        },
        {
          content:
            line === undefined ? ["–"] : [context.text(line.by), ...interpretedMark(context, line.provenanceOf?.by)],
        },
        {
          content: [
            serves.map((subgoal) => context.text(subgoal.label)).join("; ") || "–",
            ...interpretedMark(context, method.provenanceOf?.subgoals),
          ],
        },
      ];
    });
    blocks.push({
      kind: "table",
      caption: `${w.act.methodsHeading} (${w.derivedMark})`,
      head: [
        { content: [w.act.method] },
        { content: [w.plan.strategyLine] },
        { content: [w.plan.role] },
        { content: [w.plan.by] },
        { content: [w.act.serves] },
      ],
      rows,
    });
  }
  const unserved = laggingSubgoals.filter((subgoal) => methodsFor(model, subgoal.id).length === 0);
  if (unserved.length > 0)
    blocks.push({
      kind: "list",
      items: unserved.map((subgoal): Inline[] => [w.act.laggingWithoutMethod(context.text(subgoal.label))]),
    });
  return { kind: "section", id: `act-${goal.id}`, blocks };
}
