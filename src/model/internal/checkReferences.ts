import { formatPath } from "../../errors/BuurtaanpakError.js";
import type { Issue } from "../../errors/Issue.js";
import { idPattern, shorten } from "../../internal/patterns.js";
import { fieldOf, isRecord, listOf, textOf } from "../../internal/read.js";
import { Measure } from "../indicator.js";
import { checkAreaList } from "./checkAreaList.js";

type Path = readonly (string | number)[];

/**
 * The ids of one kind of element, to find duplicates. Where each first id sits is kept as the
 * list's base path, key and index, and a path is built only for an issue: a model of 100,000
 * elements allocates no path for the elements that are fine.
 */
function idsOf(kind: string, issues: Issue[]) {
  const firstOf = new Map<string, { readonly base: Path; readonly key: string; readonly position: number }>();
  let complete = true;
  const add = (id: unknown, base: Path, key: string, position: number): void => {
    if (typeof id !== "string") {
      complete = false;
      return;
    }
    const first = firstOf.get(id);
    if (first === undefined) {
      firstOf.set(id, { base, key, position });
      return;
    }
    const firstPath = [...first.base, first.key, first.position];
    issues.push({
      code: "duplicate-id",
      path: [...base, key, position, "id"],
      params: { kind, id: shorten(id), first: firstPath },
      message: `duplicate ${kind} id '${shorten(id)}' (first at ${formatPath(firstPath)})`,
    });
  };
  /** Adds the ids of the elements of the list `key` of `owner`, found at `base`, and returns the list. */
  const addList = (owner: unknown, base: Path, key: string): readonly unknown[] => {
    if (!Array.isArray(fieldOf(owner, key))) complete = false;
    const list = listOf(owner, key);
    for (let position = 0; position < list.length; position++) add(fieldOf(list[position], "id"), base, key, position);
    return list;
  };
  return {
    add,
    addList,
    /** Marks the kind as not fully read: a list that should hold its elements is not a list. */
    incomplete: (): void => {
      complete = false;
    },
    /**
     * Whether a reference to `id` points nowhere. Only asked once every element of the kind has
     * an id: while one lacks it (or the list is not a list), a reference may be meant for it,
     * and the shape check has already said what to fix.
     */
    lacks: (id: string): boolean => complete && !firstOf.has(id),
  };
}

/** Whether `id` is a well-formed id that the kind lacks: a reference to report. A malformed one is the shape check's. */
function dangles(id: unknown, kind: { lacks(id: string): boolean }): id is string {
  return typeof id === "string" && idPattern.test(id) && kind.lacks(id);
}

/**
 * Checks what the schema cannot: unique ids within each kind, every reference, rules that fit
 * their indicator's measure, rates that are derived from a count, and the area hierarchy.
 *
 * It reads the input field by field and looks only at the fields whose own shape is right, so
 * it runs on input whose shape is wrong elsewhere: a model with a broken label still has its
 * dangling references reported in the same round. A reference that is itself malformed (not an
 * id) is left to the shape check, so that one mistake is one issue. Linear in the size of the
 * model, with one map per kind of element.
 */
export function checkReferences(model: unknown): Issue[] {
  const issues: Issue[] = [];
  const dangling = (path: Path, kind: string, id: string) =>
    issues.push({ code: "unknown-reference", path, params: { kind, id }, message: `unknown ${kind} '${id}'` });

  idsOf("value", issues).addList(model, [], "values");
  const themes = idsOf("theme", issues);
  themes.addList(model, [], "themes");
  const context = idsOf("context figure", issues).addList(model, [], "context");

  // Goals and sub-goals share one namespace: traceability queries take either.
  const goalIds = idsOf("goal or sub-goal", issues);
  const subgoals = idsOf("sub-goal", []);
  const goals = listOf(model, "goals");
  if (!Array.isArray(fieldOf(model, "goals"))) {
    goalIds.incomplete();
    subgoals.incomplete();
  }
  goals.forEach((goal, goalIndex) => {
    goalIds.add(fieldOf(goal, "id"), [], "goals", goalIndex);
    goalIds.addList(goal, ["goals", goalIndex], "subgoals");
    // The sub-goals on their own, for the references to them (their duplicates are reported
    // above); a goal that is not an object may have held some.
    if (!isRecord(goal)) subgoals.incomplete();
    else subgoals.addList(goal, ["goals", goalIndex], "subgoals");
  });

  const strategyLines = idsOf("strategy line", issues);
  const lines = strategyLines.addList(model, [], "strategyLines");
  const elements = idsOf("strategy element", issues);
  lines.forEach((line, lineIndex) => {
    elements.addList(line, ["strategyLines", lineIndex], "elements");
  });
  idsOf("impact level", issues).addList(model, [], "impactLevels");
  const methods = idsOf("method", issues).addList(model, [], "methods");
  const indicators = idsOf("indicator", issues);
  const indicatorList = indicators.addList(model, [], "indicators");
  const groups = idsOf("group", issues).addList(model, [], "groups");
  const factors = idsOf("factor", issues);
  groups.forEach((group, groupIndex) => {
    factors.addList(group, ["groups", groupIndex], "factors");
  });
  const programme = fieldOf(model, "programme");
  if (isRecord(programme)) {
    const parties = idsOf("party", issues);
    parties.addList(programme, ["programme"], "initiators");
    parties.addList(programme, ["programme"], "partners");
    idsOf("governance body", issues).addList(programme, ["programme"], "governance");
    idsOf("policy document", issues).addList(programme, ["programme"], "policyFrame");
  }

  // The measure of each indicator, by id (the first of an id), where it is one.
  const measureOf = new Map<string, Measure>();
  const derived = new Set<string>();
  for (const indicator of indicatorList) {
    const id = textOf(indicator, "id");
    if (id === undefined || measureOf.has(id)) continue;
    const measure = Measure.safeParse(fieldOf(indicator, "measure"));
    if (measure.success) measureOf.set(id, measure.data);
    if (fieldOf(indicator, "rate") !== undefined) derived.add(id);
  }

  context.forEach((figure, index) => {
    const theme = fieldOf(figure, "theme");
    if (dangles(theme, themes)) dangling(["context", index, "theme"], "theme", theme);
  });
  goals.forEach((goal, index) => {
    const theme = fieldOf(goal, "theme");
    if (dangles(theme, themes)) dangling(["goals", index, "theme"], "theme", theme);
  });
  methods.forEach((method, index) => {
    const line = fieldOf(method, "strategyLine");
    if (dangles(line, strategyLines)) dangling(["methods", index, "strategyLine"], "strategy line", line);
    listOf(method, "subgoals").forEach((id, link) => {
      if (dangles(id, subgoals)) dangling(["methods", index, "subgoals", link], "sub-goal", id);
    });
  });
  indicatorList.forEach((indicator, index) => {
    const of = fieldOf(fieldOf(indicator, "rate"), "of");
    if (typeof of !== "string" || !idPattern.test(of)) return;
    const path = ["indicators", index, "rate", "of"];
    const measure = measureOf.get(of);
    if (indicators.lacks(of)) dangling(path, "indicator", of);
    else if (of === textOf(indicator, "id")) {
      issues.push({
        code: "rate-misfit",
        path,
        params: { of, measure: measure ?? "" },
        message: `a rate cannot be derived from its own indicator '${of}': name a count indicator`,
      });
    } else if (measure !== undefined && measure !== "count") {
      issues.push({
        code: "rate-misfit",
        path,
        params: { of, measure },
        message: `a rate is derived from a count indicator, and '${of}' is a ${measure}${derived.has(of) ? " derived in turn: rates do not chain" : ""}`,
      });
    }
  });
  groups.forEach((group, groupIndex) => {
    listOf(group, "subgoals").forEach((id, index) => {
      if (dangles(id, subgoals)) dangling(["groups", groupIndex, "subgoals", index], "sub-goal", id);
    });
    listOf(group, "factors").forEach((factor, factorIndex) => {
      listOf(factor, "measures").forEach((measure, index) => {
        const at = () => ["groups", groupIndex, "factors", factorIndex, "measures", index];
        const indicator = fieldOf(measure, "indicator");
        if (dangles(indicator, indicators)) dangling([...at(), "indicator"], "indicator", indicator);
        const kind = typeof indicator === "string" ? measureOf.get(indicator) : undefined;
        if (kind !== undefined) checkRuleFit(fieldOf(measure, "rule"), kind, indicator, at, issues);
      });
    });
  });
  issues.push(...checkAreaList(listOf(model, "areas"), ["areas"]));
  return issues;
}

/** Reports a rule that does not fit the measure of its indicator, and share thresholds outside 0 to 1. */
function checkRuleFit(
  rule: unknown,
  measure: Measure,
  indicator: unknown,
  measurePath: () => Path,
  issues: Issue[],
): void {
  const kind = fieldOf(rule, "kind");
  const misfit = (needs: Measure, message: string) => {
    if (measure !== needs) {
      issues.push({
        code: "rule-misfit",
        path: [...measurePath(), "rule"],
        params: { rule: String(kind), measure, needs },
        message: `${message}, not a ${measure}`,
      });
    }
  };
  if (kind === "qualitative") misfit("share", "a qualitative rule needs a share indicator");
  else if (kind === "perPeriod") misfit("count", "a perPeriod rule sums counts over time and needs a count indicator");
  else if (kind === "threshold" && measure === "share") {
    for (const bound of ["atLeast", "atMost"] as const) {
      const value = fieldOf(rule, bound);
      if (typeof value !== "number" || !Number.isFinite(value) || (value >= 0 && value <= 1)) continue;
      const hint =
        value > 1 && value <= 100
          ? `: a share is a fraction, so write ${value / 100} for ${value}%`
          : ": a share is a fraction, such as 0.5 for 50%";
      issues.push({
        code: "bound-out-of-range",
        path: [...measurePath(), "rule", bound],
        params: { indicator: String(indicator), bound, value, minimum: 0, maximum: 1 },
        message: `${bound} ${value} lies outside 0 to 1${hint}`,
      });
    }
  }
}
