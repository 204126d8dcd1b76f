import { formatPath } from "../../errors/BuurtaanpakError.js";
import type { Issue } from "../../errors/Issue.js";
import { idPattern, shorten } from "../../internal/patterns.js";
import { fieldOf, isRecord, listOf, textOf } from "../../internal/read.js";
import { Measure } from "../indicator.js";
import { checkAreaList } from "./checkAreaList.js";

type Path = readonly (string | number)[];

interface Entry {
  readonly id: unknown;
  readonly path: Path;
}

/**
 * Checks what the schema cannot: unique ids within each kind, every reference, rules that fit
 * their indicator's measure, rates that are derived from a count, and the area hierarchy.
 *
 * It reads the input field by field and looks only at the fields whose own shape is right, so
 * it runs on input whose shape is wrong elsewhere: a model with a broken label still has its
 * dangling references reported in the same round. A reference that is itself malformed (not an
 * id) is left to the shape check, so that one mistake is one issue. Linear in the size of the
 * model.
 */
export function checkReferences(model: unknown): Issue[] {
  const issues: Issue[] = [];
  const entries = (key: string, list: readonly unknown[], base: Path = []): Entry[] =>
    list.map((item, index) => ({ id: fieldOf(item, "id"), path: [...base, key, index] }));

  const unique = (kind: string, list: readonly Entry[]): ReadonlyMap<string, Path> => {
    const seen = new Map<string, Path>();
    for (const { id, path } of list) {
      if (typeof id !== "string") continue;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, path);
      else {
        issues.push({
          code: "duplicate-id",
          path: [...path, "id"],
          params: { kind, id: shorten(id), first },
          message: `duplicate ${kind} id '${shorten(id)}' (first at ${formatPath(first)})`,
        });
      }
    }
    return seen;
  };
  const refer = (path: Path, kind: string, id: unknown, known: ReadonlyMap<string, unknown>) => {
    if (typeof id !== "string" || !idPattern.test(id) || known.has(id)) return;
    issues.push({ code: "unknown-reference", path, params: { kind, id }, message: `unknown ${kind} '${id}'` });
  };

  unique("value", entries("values", listOf(model, "values")));
  const themes = unique("theme", entries("themes", listOf(model, "themes")));
  unique("context figure", entries("context", listOf(model, "context")));

  // Goals and sub-goals share one namespace: traceability queries take either.
  const goals = listOf(model, "goals");
  const subgoalEntries: Entry[] = [];
  const goalEntries = goals.flatMap((goal, goalIndex) => {
    const own = entries("subgoals", listOf(goal, "subgoals"), ["goals", goalIndex]);
    subgoalEntries.push(...own);
    return [{ id: fieldOf(goal, "id"), path: ["goals", goalIndex] }, ...own];
  });
  unique("goal or sub-goal", goalEntries);
  const subgoals = new Map(subgoalEntries.flatMap((entry) => (typeof entry.id === "string" ? [[entry.id, entry.path] as const] : [])));

  const lines = listOf(model, "strategyLines");
  const strategyLines = unique("strategy line", entries("strategyLines", lines));
  unique(
    "strategy element",
    lines.flatMap((line, lineIndex) => entries("elements", listOf(line, "elements"), ["strategyLines", lineIndex])),
  );
  unique("impact level", entries("impactLevels", listOf(model, "impactLevels")));
  const methods = listOf(model, "methods");
  unique("method", entries("methods", methods));
  const indicatorList = listOf(model, "indicators");
  const indicators = unique("indicator", entries("indicators", indicatorList));
  const groups = listOf(model, "groups");
  unique("group", entries("groups", groups));
  unique(
    "factor",
    groups.flatMap((group, groupIndex) => entries("factors", listOf(group, "factors"), ["groups", groupIndex])),
  );
  const programme = fieldOf(model, "programme");
  if (isRecord(programme)) {
    const base = ["programme"];
    unique("party", [...entries("initiators", listOf(programme, "initiators"), base), ...entries("partners", listOf(programme, "partners"), base)]);
    unique("governance body", entries("governance", listOf(programme, "governance"), base));
    unique("policy document", entries("policyFrame", listOf(programme, "policyFrame"), base));
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

  listOf(model, "context").forEach((figure, index) => refer(["context", index, "theme"], "theme", fieldOf(figure, "theme"), themes));
  goals.forEach((goal, index) => refer(["goals", index, "theme"], "theme", fieldOf(goal, "theme"), themes));
  methods.forEach((method, index) => {
    refer(["methods", index, "strategyLine"], "strategy line", fieldOf(method, "strategyLine"), strategyLines);
    listOf(method, "subgoals").forEach((id, link) => refer(["methods", index, "subgoals", link], "sub-goal", id, subgoals));
  });
  indicatorList.forEach((indicator, index) => {
    const rate = fieldOf(indicator, "rate");
    const of = fieldOf(rate, "of");
    if (typeof of !== "string" || !idPattern.test(of)) return;
    const path = ["indicators", index, "rate", "of"];
    const measure = measureOf.get(of);
    if (!indicators.has(of)) refer(path, "indicator", of, indicators);
    else if (of === textOf(indicator, "id")) {
      issues.push({ code: "rate-misfit", path, params: { of, measure: measure ?? "" }, message: `a rate cannot be derived from its own indicator '${of}': name a count indicator` });
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
    listOf(group, "subgoals").forEach((id, index) => refer(["groups", groupIndex, "subgoals", index], "sub-goal", id, subgoals));
    listOf(group, "factors").forEach((factor, factorIndex) =>
      listOf(factor, "measures").forEach((measure, index) => {
        const path = ["groups", groupIndex, "factors", factorIndex, "measures", index];
        const indicator = fieldOf(measure, "indicator");
        refer([...path, "indicator"], "indicator", indicator, indicators);
        const kind = typeof indicator === "string" ? measureOf.get(indicator) : undefined;
        if (kind !== undefined) checkRuleFit(fieldOf(measure, "rule"), kind, indicator, [...path, "rule"], issues);
      }),
    );
  });
  issues.push(...checkAreaList(listOf(model, "areas"), ["areas"]));
  return issues;
}

/** Reports a rule that does not fit the measure of its indicator, and share thresholds outside 0 to 1. */
function checkRuleFit(rule: unknown, measure: Measure, indicator: unknown, path: Path, issues: Issue[]): void {
  const kind = fieldOf(rule, "kind");
  const misfit = (needs: Measure, message: string) => {
    if (measure !== needs) issues.push({ code: "rule-misfit", path, params: { rule: String(kind), measure, needs }, message: `${message}, not a ${measure}` });
  };
  if (kind === "qualitative") misfit("share", "a qualitative rule needs a share indicator");
  else if (kind === "perPeriod") misfit("count", "a perPeriod rule sums counts over time and needs a count indicator");
  else if (kind === "threshold" && measure === "share") {
    for (const bound of ["atLeast", "atMost"] as const) {
      const value = fieldOf(rule, bound);
      if (typeof value !== "number" || !Number.isFinite(value) || (value >= 0 && value <= 1)) continue;
      const hint = value > 1 && value <= 100 ? `: a share is a fraction, so write ${value / 100} for ${value}%` : ": a share is a fraction, such as 0.5 for 50%";
      issues.push({
        code: "bound-out-of-range",
        path: [...path, bound],
        params: { indicator: String(indicator), bound, value, minimum: 0, maximum: 1 },
        message: `${bound} ${value} lies outside 0 to 1${hint}`,
      });
    }
  }
}

/**
 * The hierarchy checks of a list of parsed areas, reported one by one. Kept for the callers
 * that have not moved to {@link safeParseAreas} yet.
 *
 * @deprecated use `safeParseAreas`
 */
export function checkAreas(areas: readonly unknown[], report: (path: (string | number)[], message: string) => void): void {
  for (const issue of checkAreaList(areas, ["areas"])) report([...issue.path], issue.message);
}
