import type { Issue } from "../../errors/BuurtaanpakError.js";
import type { Model } from "../Model.js";
import type { Rule } from "../rule.js";
import type { Measure } from "../indicator.js";

type Path = (string | number)[];

/**
 * Checks what the schema cannot: unique ids within each kind, every reference, rules that fit
 * their indicator's measure, and the area hierarchy. Returns every problem, in model order.
 */
export function checkReferences(model: Model): Issue[] {
  const issues: Issue[] = [];
  const report = (path: Path, message: string) => issues.push({ path, message });

  const unique = (kind: string, entries: Iterable<{ id: string; path: Path }>) => {
    const seen = new Map<string, Path>();
    for (const { id, path } of entries) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, path);
      else report([...path, "id"], `duplicate ${kind} id '${id}' (first at ${first.join(".")})`);
    }
    return new Set(seen.keys());
  };
  const at = <T extends { id: string }>(key: string, items: readonly T[]) =>
    items.map((item, index) => ({ id: item.id, path: [key, index] as Path }));

  unique("value", at("values", model.values));
  const themes = unique("theme", at("themes", model.themes));
  unique("context figure", at("context", model.context));
  // Goals and sub-goals share one namespace: traceability queries take either.
  const subgoals = new Set<string>();
  unique(
    "goal or sub-goal",
    model.goals.flatMap((goal, goalIndex) => [
      { id: goal.id, path: ["goals", goalIndex] as Path },
      ...goal.subgoals.map((subgoal, index) => {
        subgoals.add(subgoal.id);
        return { id: subgoal.id, path: ["goals", goalIndex, "subgoals", index] as Path };
      }),
    ]),
  );
  const strategyLines = unique("strategy line", at("strategyLines", model.strategyLines));
  unique(
    "strategy element",
    model.strategyLines.flatMap((line, lineIndex) =>
      line.elements.map((element, index) => ({ id: element.id, path: ["strategyLines", lineIndex, "elements", index] as Path })),
    ),
  );
  unique("impact level", at("impactLevels", model.impactLevels ?? []));
  unique("method", at("methods", model.methods));
  const indicators = new Map(model.indicators.map((indicator) => [indicator.id, indicator.measure]));
  unique("indicator", at("indicators", model.indicators));
  unique("group", at("groups", model.groups));
  unique(
    "factor",
    model.groups.flatMap((group, groupIndex) =>
      group.factors.map((factor, index) => ({ id: factor.id, path: ["groups", groupIndex, "factors", index] as Path })),
    ),
  );
  if (model.programme !== undefined) {
    const { initiators, partners, governance, policyFrame } = model.programme;
    unique("party", [...at("initiators", initiators), ...at("partners", partners)].map((entry) => ({ ...entry, path: ["programme", ...entry.path] })));
    unique("governance body", at("governance", governance).map((entry) => ({ ...entry, path: ["programme", ...entry.path] })));
    unique("policy document", at("policyFrame", policyFrame).map((entry) => ({ ...entry, path: ["programme", ...entry.path] })));
  }

  const exists = (path: Path, kind: string, id: string, known: ReadonlySet<string>) => {
    if (!known.has(id)) report(path, `unknown ${kind} '${id}'`);
  };
  model.context.forEach((figure, index) => {
    if (figure.theme !== undefined) exists(["context", index, "theme"], "theme", figure.theme, themes);
  });
  model.goals.forEach((goal, index) => {
    if (goal.theme !== undefined) exists(["goals", index, "theme"], "theme", goal.theme, themes);
  });
  model.methods.forEach((method, index) => {
    exists(["methods", index, "strategyLine"], "strategy line", method.strategyLine, strategyLines);
    method.subgoals.forEach((id, linkIndex) => exists(["methods", index, "subgoals", linkIndex], "sub-goal", id, subgoals));
  });
  model.groups.forEach((group, groupIndex) => {
    group.subgoals.forEach((id, index) => exists(["groups", groupIndex, "subgoals", index], "sub-goal", id, subgoals));
    group.factors.forEach((factor, factorIndex) =>
      factor.measures.forEach((measure, index) => {
        const path: Path = ["groups", groupIndex, "factors", factorIndex, "measures", index];
        const kind = indicators.get(measure.indicator);
        if (kind === undefined) report([...path, "indicator"], `unknown indicator '${measure.indicator}'`);
        else {
          const misfit = ruleMisfit(measure.rule, kind);
          if (misfit !== undefined) report([...path, "rule"], misfit);
        }
      }),
    );
  });
  checkAreas(model.areas, report);
  return issues;
}

function ruleMisfit(rule: Rule, measure: Measure): string | undefined {
  switch (rule.kind) {
    case "qualitative":
      return measure === "share" ? undefined : `a qualitative rule needs a share indicator, not a ${measure}`;
    case "perPeriod":
      return measure === "count" ? undefined : `a perPeriod rule sums counts over time and needs a count indicator, not a ${measure}`;
    case "relativeChange":
    case "increase":
    case "decrease":
    case "threshold":
    case "tracked":
      return undefined;
  }
}

export function checkAreas(areas: Model["areas"], report: (path: Path, message: string) => void): void {
  const index = new Map<string, number>();
  areas.forEach((area, position) => {
    if (index.has(area.id)) report(["areas", position, "id"], `duplicate area id '${area.id}' (first at areas.${index.get(area.id)})`);
    else index.set(area.id, position);
  });
  areas.forEach((area, position) => {
    if (area.parent === undefined) return;
    const parentPosition = index.get(area.parent);
    if (parentPosition === undefined) return report(["areas", position, "parent"], `unknown parent area '${area.parent}'`);
    if (area.parent === area.id) return report(["areas", position, "parent"], `area '${area.id}' is its own parent`);
    const parent = areas[parentPosition];
    // CBS codes nest: BU04820102 lies in WK048201, which lies in GM0482.
    if (parent !== undefined && /^(WK|BU)\d/.test(area.id) && /^(GM|WK)\d/.test(parent.id) && !area.id.slice(2).startsWith(parent.id.slice(2))) {
      report(["areas", position, "parent"], `CBS code '${area.id}' does not lie in '${parent.id}'`);
    }
  });
  // Cycles: walk up from each area; colour areas already proven to reach a root.
  const settled = new Set<string>();
  areas.forEach((area, position) => {
    const trail: string[] = [];
    const onTrail = new Set<string>();
    let current: string | undefined = area.id;
    while (current !== undefined && !settled.has(current)) {
      if (onTrail.has(current)) {
        if (current === area.id) report(["areas", position, "parent"], `areas form a cycle: ${[...trail, current].join(" → ")}`);
        break;
      }
      onTrail.add(current);
      trail.push(current);
      const parentId: string | undefined = areas[index.get(current) ?? -1]?.parent;
      current = parentId !== undefined && index.has(parentId) && parentId !== current ? parentId : undefined;
    }
    if (current === undefined || settled.has(current)) for (const id of trail) settled.add(id);
  });
}
