/**
 * The stable code of an {@link Issue}: what kind of problem it is, in kebab-case. Apps branch
 * on it and translate it; the English `message` may be reworded, a code is not. Every code
 * and its `params` are listed in docs/errors.md.
 *
 * @category Errors
 * @example
 * const code: IssueCode = "duplicate-id";
 */
export type IssueCode =
  // The shape of any input that is read field by field.
  | "missing-field"
  | "unknown-field"
  | "not-a-text"
  | "not-a-number"
  | "not-an-object"
  | "not-a-list"
  | "wrong-type"
  | "not-one-of"
  | "empty"
  | "too-long"
  | "too-small"
  | "too-large"
  | "negative"
  | "not-positive"
  | "not-whole"
  | "not-finite"
  | "not-an-id"
  | "not-a-date"
  | "invalid-format"
  | "invalid-input"
  // What the model's schema alone cannot check.
  | "duplicate-id"
  | "unknown-reference"
  | "rule-misfit"
  | "threshold-without-bounds"
  | "bounds-crossed"
  | "bound-out-of-range"
  | "field-misfit"
  | "rate-misfit"
  // Areas.
  | "invalid-area-id"
  | "not-a-cbs-code"
  | "cbs-kind-mismatch"
  | "cbs-nesting"
  | "area-cycle"
  | "area-case"
  | "unknown-area"
  // Periods and instants.
  | "invalid-period"
  | "invalid-timestamp"
  | "no-previous-year"
  // Observation rows.
  | "unknown-indicator"
  | "derived-indicator"
  | "positive-above-respondents"
  | "duplicate-row"
  | "overlapping-rows"
  | "not-parsed"
  // Records (buurtaanpak/records).
  | "closed-before-created"
  | "outside-span"
  | "outside-calendar"
  // Options.
  | "invalid-option"
  | "as-of-before-period";

/**
 * One value of an issue's `params`: a text, a number, a flag, or a list of texts or path
 * segments.
 *
 * @category Errors
 * @example
 * const members: IssueParam = ["noord", "zuid"];
 */
export type IssueParam = string | number | boolean | readonly string[] | readonly (string | number)[];

/**
 * The values an issue's message is made of, by name, so that an app can write its own
 * message: `{ kind: "goal", id: "veiliger", first: ["goals", 0] }` for a duplicate goal id.
 * docs/errors.md lists the names per {@link IssueCode}.
 *
 * @category Errors
 * @example
 * const params: IssueParams = { kind: "indicator", id: "verhuisgraad" };
 */
export type IssueParams = { readonly [name: string]: IssueParam };

/**
 * One problem found while reading input: where it is, what kind of problem it is, and what is
 * wrong.
 *
 * - `path` is the JSON path into the input, for example `["goals", 0, "subgoals", 1, "id"]`.
 *   For observation rows and area lists the first element is the row index.
 * - `code` is stable: branch on it, translate it.
 * - `params` holds the values the message names.
 * - `message` says it in plain English.
 *
 * @category Errors
 * @example
 * const issue: Issue = {
 *   code: "duplicate-id",
 *   path: ["goals", 1, "id"],
 *   params: { kind: "goal or sub-goal", id: "veiliger", first: ["goals", 0] },
 *   message: "duplicate goal or sub-goal id 'veiliger' (first at goals[0])",
 * };
 * formatPath(issue.path);
 * //=> "goals[1].id"
 */
export interface Issue {
  readonly code: IssueCode;
  readonly path: readonly (string | number)[];
  readonly params: IssueParams;
  readonly message: string;
}

/**
 * An {@link Issue} as it is handed to {@link BuurtaanpakError}: `params` may be left out when
 * the message names no values.
 *
 * @category Errors
 * @example
 * const issue: IssueInput = { code: "not-an-object", path: [3], message: "a row must be an object" };
 */
export interface IssueInput {
  readonly code: IssueCode;
  readonly path: readonly (string | number)[];
  readonly params?: IssueParams;
  readonly message: string;
}
