/**
 * One problem found while reading input: where it is and what is wrong.
 *
 * `path` is the JSON path into the input, for example `["goals", 0, "subgoals", 1, "id"]`.
 * For observation rows the first element is the row index.
 *
 * @category Errors
 * @example
 * const issue: Issue = { path: ["goals", 0, "id"], message: "duplicate goal id 'x'" };
 * formatPath(issue.path);
 * //=> "goals[0].id"
 */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * What kind of input a {@link BuurtaanpakError} is about.
 *
 * @category Errors
 * @example
 * const code: ErrorCode = "invalid-model";
 */
export type ErrorCode = "invalid-model" | "invalid-observations" | "invalid-period" | "invalid-options";

/**
 * The library's one error class. It carries every problem found, each with its JSON path,
 * so that a caller can show them all at once.
 *
 * @category Errors
 * @example
 * try {
 *   parsePeriod("2024-Q5");
 * } catch (error) {
 *   if (error instanceof BuurtaanpakError) error.issues[0]?.message;
 *   //=> "'2024-Q5' is not a period: a quarter is Q1 to Q4"
 * }
 */
export class BuurtaanpakError extends Error {
  override readonly name = "BuurtaanpakError";
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, issues: readonly Issue[], summary?: string) {
    const lines = issues.slice(0, 50).map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`);
    if (issues.length > 50) lines.push(`- … and ${issues.length - 50} more`);
    super(`${summary ?? defaultSummary(code, issues.length)}\n${lines.join("\n")}`);
    this.code = code;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}

function defaultSummary(code: ErrorCode, count: number): string {
  const what = {
    "invalid-model": "The model is invalid",
    "invalid-observations": "The observations are invalid",
    "invalid-period": "The period is invalid",
    "invalid-options": "The options are invalid",
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
      return /^[A-Za-z_$][\w$]*$/.test(segment) ? (index === 0 ? segment : `.${segment}`) : `[${JSON.stringify(segment)}]`;
    })
    .join("");
}
