import type { Issue, IssueInput } from "./Issue.js";

export type { Issue, IssueCode, IssueInput, IssueParam, IssueParams } from "./Issue.js";

/**
 * What kind of input a {@link BuurtaanpakError} is about.
 *
 * @category Errors
 * @example
 * const code: ErrorCode = "invalid-model";
 */
export type ErrorCode =
  | "invalid-model"
  | "invalid-areas"
  | "invalid-observations"
  | "invalid-period"
  | "invalid-options"
  | "invalid-records";

/**
 * The library's one error class. It carries every problem found, each with its JSON path, its
 * stable {@link IssueCode} and the values its message names, so that a caller can show them
 * all at once, translate them and branch on them. `code` says what kind of input was wrong.
 *
 * @category Errors
 * @example
 * try {
 *   parsePeriod("2024-Q5");
 * } catch (error) {
 *   if (error instanceof BuurtaanpakError) [error.issues[0]?.code, error.issues[0]?.message];
 *   //=> ["invalid-period", "'2024-Q5' is not a period: a quarter is Q1 to Q4"]
 * }
 */
export class BuurtaanpakError extends Error {
  override readonly name = "BuurtaanpakError";
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, issues: readonly IssueInput[], summary?: string) {
    // A path segment read from input (an unknown key) may be huge: the message quotes 40 characters of it.
    const shown = (path: readonly (string | number)[]) =>
      formatPath(
        path.map((segment) =>
          typeof segment === "string" && segment.length > 40 ? `${segment.slice(0, 40)}…` : segment,
        ),
      );
    const lines = issues.slice(0, 50).map((issue) => `- ${shown(issue.path)}: ${issue.message}`);
    if (issues.length > 50) lines.push(`- … and ${issues.length - 50} more`);
    super(`${summary ?? defaultSummary(code, issues.length)}\n${lines.join("\n")}`);
    this.code = code;
    this.issues = Object.freeze(issues.map(copyIssue));
  }
}

/** A frozen copy of an issue, with `params` always present, so that later changes to the input cannot reach it. */
function copyIssue(issue: IssueInput): Issue {
  const params: Record<string, Issue["params"][string]> = {};
  for (const [name, value] of Object.entries(issue.params ?? {}))
    params[name] = typeof value === "object" ? Object.freeze([...value]) : value;
  return Object.freeze({
    code: issue.code,
    path: Object.freeze([...issue.path]),
    params: Object.freeze(params),
    message: issue.message,
  });
}

function defaultSummary(code: ErrorCode, count: number): string {
  const what = {
    "invalid-model": "The model is invalid",
    "invalid-areas": "The areas are invalid",
    "invalid-observations": "The observations are invalid",
    "invalid-period": "The period is invalid",
    "invalid-options": "The options are invalid",
    "invalid-records": "The records are invalid",
  }[code];
  return `${what} (${count} ${count === 1 ? "problem" : "problems"}):`;
}

/**
 * Writes a JSON path the way a person reads it: `goals[0].subgoals[1].id`.
 *
 * @param path - the path segments
 * @returns the path as text; `(root)` for an empty path
 * @category Errors
 * @example
 * formatPath(["methods", 2, "subgoals", 0]);
 * //=> "methods[2].subgoals[0]"
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      return /^[A-Za-z_$][\w$]*$/.test(segment)
        ? index === 0
          ? segment
          : `.${segment}`
        : `[${JSON.stringify(segment)}]`;
    })
    .join("");
}
