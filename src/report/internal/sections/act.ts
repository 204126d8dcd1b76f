import type { RollUpFigures } from "../../../evaluate/Evaluation.js";
import type { Goal, SubGoal } from "../../../model/vision.js";
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
  const goalRollUp = (goal: Goal) => (mainArea === undefined ? undefined : current.goal(goal.id, mainArea));
  const subgoalRollUp = (subgoal: SubGoal) =>
    mainArea === undefined ? undefined : current.subgoal(subgoal.id, mainArea);
  const lagging = model.goals.filter((goal) => isLagging(goalRollUp(goal)));
  const derived: Inline = { kind: "emphasis", content: [`(${w.derivedMark})`] };

  // The coverage gaps in model order, each with its goal, as the evaluation found them.
  const { subgoalsWithoutFactor, subgoalsWithoutMethod } = current.evaluation.coverage.gaps;
  const unmeasured = new Set(subgoalsWithoutFactor);
  const unworked = new Set(subgoalsWithoutMethod);
  const pairs = model.goals.flatMap((goal) => goal.subgoals.map((subgoal) => ({ goal, subgoal })));
  const agenda: Inline[][] = [
    ...pairs
      .filter(({ subgoal }) => unmeasured.has(subgoal.id))
      .map(({ goal, subgoal }) => [w.act.withoutFactor(context.text(subgoal.label), context.text(goal.label))]),
    ...pairs
      .filter(({ subgoal }) => unworked.has(subgoal.id))
      .map(({ goal, subgoal }) => [w.act.withoutMethod(context.text(subgoal.label), context.text(goal.label))]),
  ];
  const unjudged = model.goals.filter((goal) => (goalRollUp(goal)?.score ?? null) === null);

  const blocks: Block[] = [
    { kind: "heading", level: 2, content: [w.sections.act] },
    { kind: "paragraph", content: [w.act.intro] },
    {
      kind: "note",
      tone: "derived",
      blocks: [{ kind: "paragraph", content: [{ kind: "strong", content: [w.act.derived] }] }],
    },
    ...(lagging.length === 0 ? [{ kind: "paragraph" as const, content: [w.act.noLagging] }] : []),
    ...lagging.map((goal) => laggingGoal(context, goal, goalRollUp(goal), subgoalRollUp, derived)),
    {
      kind: "section",
      id: "act-agenda",
      blocks: [
        { kind: "heading", level: 3, content: [w.act.agendaHeading] },
        { kind: "paragraph", content: [w.act.agendaIntro, " ", derived] },
        agenda.length === 0 ? { kind: "paragraph", content: [w.none] } : { kind: "list", items: agenda },
        ...(unjudged.length === 0
          ? []
          : [
              {
                kind: "paragraph" as const,
                content: [w.act.notJudged(unjudged.map((goal) => context.text(goal.label)).join("; "))],
              },
            ]),
      ],
    },
  ];
  return { kind: "section", id: "act", pageBreak: true, blocks };
}

/** One lagging goal: its score, its lagging sub-goals, the methods that serve it, and the lagging sub-goals no method serves. */
function laggingGoal(
  context: Context,
  goal: Goal,
  rollUp: RollUpFigures | undefined,
  subgoalRollUp: (subgoal: SubGoal) => RollUpFigures | undefined,
  derived: Inline,
): Block {
  const { model, words: w, language } = context;
  const blocks: Block[] = [{ kind: "heading", level: 3, content: [context.text(goal.label)] }];
  // A lagging goal has a roll-up: only one with a verdict lags.
  if (rollUp !== undefined)
    blocks.push({
      kind: "paragraph",
      content: [w.act.goalLine(scoreText(rollUp.score, language)), ...countsInline(rollUp.counts, language)],
    });
  const laggingSubgoals = goal.subgoals.flatMap((subgoal) => {
    const figures = subgoalRollUp(subgoal);
    return figures !== undefined && isLagging(figures) ? [{ subgoal, figures }] : [];
  });
  if (laggingSubgoals.length > 0) {
    blocks.push(
      { kind: "paragraph", content: [{ kind: "strong", content: [w.act.laggingSubgoals] }] },
      {
        kind: "list",
        items: laggingSubgoals.map(({ subgoal, figures }): Inline[] => [
          context.text(subgoal.label),
          ": ",
          ...countsInline(figures.counts, language),
        ]),
      },
    );
  }
  const methods = methodsFor(model, goal.id);
  if (methods.length === 0) {
    blocks.push({ kind: "paragraph", content: [w.act.noMethods, " ", derived] });
  } else {
    const rows = methods.map((method): Cell[] => {
      // parseModel checked that every method's strategy line exists.
      const line = strategyLineOf(model, method.id);
      const serves = laggingSubgoals
        .filter(({ subgoal }) => method.subgoals.includes(subgoal.id))
        .map(({ subgoal }) => context.text(subgoal.label));
      const lineCells: Cell[] =
        line === undefined
          ? [{ content: ["–"] }, { content: ["–"] }, { content: ["–"] }]
          : [
              { content: [context.text(line.label)] },
              { content: [context.text(line.role), ...interpretedMark(context, line.provenanceOf?.role)] },
              { content: [context.text(line.by), ...interpretedMark(context, line.provenanceOf?.by)] },
            ];
      return [
        { content: [context.text(method.label)], header: true },
        ...lineCells,
        { content: [serves.join("; ") || "–", ...interpretedMark(context, method.provenanceOf?.subgoals)] },
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
  const unserved = laggingSubgoals.filter(({ subgoal }) => methodsFor(model, subgoal.id).length === 0);
  if (unserved.length > 0)
    blocks.push({
      kind: "list",
      items: unserved.map(({ subgoal }): Inline[] => [
        w.act.laggingWithoutMethod(context.text(subgoal.label)),
        " ",
        derived,
      ]),
    });
  return { kind: "section", id: `act-${goal.id}`, blocks };
}
