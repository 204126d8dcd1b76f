import type { z } from "zod";
import type { Issue, IssueCode, IssueParams } from "../errors/Issue.js";
import { isIssueCode } from "./issueCodes.js";
import { areaIdPattern, gemeenteCodePattern, idPattern, shorten } from "./patterns.js";
import { isRecord, valueAt } from "./read.js";
import { closestName, fieldsAt } from "./schemaFields.js";

type Path = readonly (string | number)[];
type ZodIssue = z.core.$ZodIssue;

/** How a field is spoken of: the element that holds it and what it needs there. */
export interface FieldWords {
  /** The element, with its article: "a factor", "the model". */
  readonly element: string;
  /** What a missing field should hold: "a criterion (the succesfactor column)". */
  readonly needs: string;
  /** What the value should be, where that says more than its JSON type: "a label { nl, en }". */
  readonly is?: string;
}

/** What {@link zodIssues} may know besides the error. */
export interface ZodIssueOptions {
  /** The input that was parsed: it tells a missing field from a wrong one, and what was given instead. */
  readonly input?: unknown;
  /** The schema that was parsed with: it names the allowed fields, for "did you mean …?". */
  readonly schema?: z.core.$ZodType;
  /** Words for the field at a path (relative to the input), for the messages of missing and mistyped fields. */
  readonly describe?: (path: Path) => FieldWords;
}

/**
 * Turns zod's issues into the library's issues: a stable code, the values of the message as
 * params, a message in the library's own words, and the JSON path under `prefix`.
 */
export function zodIssues(error: z.ZodError, prefix: Path = [], options: ZodIssueOptions = {}): Issue[] {
  const issues: Issue[] = [];
  for (const issue of error.issues)
    translate(issue, [], options, (path, code, params, message) =>
      issues.push({ code, path: [...prefix, ...path], params, message }),
    );
  return issues;
}

/** The argument of zod's `addIssue` that carries a library issue through zod unchanged. */
export function carryIssue(
  path: readonly (string | number)[],
  issue: { readonly code: IssueCode; readonly params?: IssueParams; readonly message: string },
): {
  code: "custom";
  path: (string | number)[];
  message: string;
  params: { issue: { code: IssueCode; params: IssueParams } };
} {
  return {
    code: "custom",
    path: [...path],
    message: issue.message,
    params: { issue: { code: issue.code, params: issue.params ?? {} } },
  };
}

type Emit = (path: Path, code: IssueCode, params: IssueParams, message: string) => void;

// zod's own messages start like this; a schema's custom message (already in the library's
// words, such as "a factor needs at least one measure") is kept.
const zodWording = /^(Invalid|Too (small|big)|Unrecognized)/;

function translate(issue: ZodIssue, base: Path, options: ZodIssueOptions, emit: Emit): void {
  const path: Path = [
    ...base,
    ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment)),
  ];
  const field = fieldName(path);
  const given = givenAt(issue, path, options);
  const own = zodWording.test(issue.message) ? undefined : issue.message;
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue, path, field, given, options, emit);
    case "too_small": {
      const minimum = Number(issue.minimum);
      if ((issue.origin === "string" || issue.origin === "array") && minimum === 1) {
        return emit(
          path,
          "empty",
          { field },
          own ?? (issue.origin === "string" ? "must not be empty" : "must hold at least one entry"),
        );
      }
      if (issue.origin === "string" || issue.origin === "array") {
        return emit(
          path,
          "too-small",
          { field, minimum },
          own ?? `must hold at least ${minimum} ${issue.origin === "string" ? "characters" : "entries"}`,
        );
      }
      if (minimum === 0 && issue.inclusive !== false)
        return emit(path, "negative", { field }, own ?? "must not be negative");
      if (minimum === 0) return emit(path, "not-positive", { field }, own ?? "must be above 0");
      return emit(
        path,
        "too-small",
        { field, minimum },
        own ?? `must be ${issue.inclusive === false ? "above" : "at least"} ${minimum}`,
      );
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string")
        return emit(path, "too-long", { field, maximum }, own ?? `must be at most ${maximum} characters`);
      if (issue.origin === "array")
        return emit(path, "too-long", { field, maximum }, own ?? `must hold at most ${maximum} entries`);
      return emit(
        path,
        "too-large",
        { field, maximum },
        own ?? `must be ${issue.inclusive === false ? "below" : "at most"} ${maximum}`,
      );
    }
    case "invalid_format": {
      const value = typeof given.value === "string" ? shorten(given.value) : "";
      if (issue.format === "regex") {
        const { pattern } = issue;
        if (pattern === String(idPattern))
          return emit(path, "not-an-id", { field, value }, own ?? `'${value}' is not an id`);
        if (pattern === String(areaIdPattern))
          return emit(path, "invalid-area-id", { field, value }, own ?? `'${value}' is not an area id`);
        if (pattern === String(gemeenteCodePattern)) {
          return emit(
            path,
            "not-a-cbs-code",
            { id: value, kind: "gemeente", format: "GM + 4 digits, such as GM0482" },
            own ?? `'${value}' is not a CBS gemeente code`,
          );
        }
      }
      if (issue.format === "date")
        return emit(
          path,
          "not-a-date",
          { field, value },
          `must be a date written YYYY-MM-DD, such as 2024-01-01, not '${value}'`,
        );
      return emit(path, "invalid-format", { field, value }, own ?? `'${value}' is not a valid ${issue.format}`);
    }
    case "unrecognized_keys": {
      const known = options.schema === undefined ? undefined : fieldsAt(options.schema, path, options.input);
      for (const key of issue.keys) {
        const shown = shorten(key);
        const suggestion = known === undefined ? undefined : closestName(key, known);
        if (suggestion === undefined)
          emit([...path, key], "unknown-field", { field: shown }, `unknown field '${shown}'`);
        else
          emit(
            [...path, key],
            "unknown-field",
            { field: shown, suggestion },
            `unknown field '${shown}' (did you mean '${suggestion}'?)`,
          );
      }
      return;
    }
    case "invalid_union":
      return invalidUnion(issue, path, field, given, options, emit);
    case "invalid_value": {
      const allowed = issue.values.map(String);
      return emit(
        path,
        "not-one-of",
        { field, value: shownValue(given.value), allowed },
        `must be ${oneOf(allowed)}, not ${describeValue(given, issue)}`,
      );
    }
    case "custom": {
      const carried: unknown = issue.params?.["issue"];
      if (isRecord(carried) && isIssueCode(carried["code"]) && isRecord(carried["params"])) {
        return emit(path, carried["code"], paramsOf(carried["params"]), issue.message);
      }
      return emit(path, "invalid-input", { field }, issue.message);
    }
    case "not_multiple_of":
    case "invalid_key":
    case "invalid_element":
      return emit(path, "invalid-input", { field }, issue.message);
  }
}

function invalidType(
  issue: z.core.$ZodIssueInvalidType,
  path: Path,
  field: string,
  given: Given,
  options: ZodIssueOptions,
  emit: Emit,
): void {
  const words = options.describe?.(path);
  if (!given.present || (given.known && given.value === undefined)) {
    if (path.length === 0)
      return emit(
        path,
        expectedCode(issue.expected),
        { field, received: "nothing" },
        `must be ${expectedWords(issue.expected, words)}, not nothing`,
      );
    const element = words?.element ?? "";
    const message =
      words === undefined ? `missing: '${shorten(field)}' is required` : `missing: ${element} needs ${words.needs}`;
    return emit(path, "missing-field", { element: element.replace(/^(a|an|the) /, ""), field }, message);
  }
  const received = describeValue(given, issue);
  if (issue.expected === "int") return emit(path, "not-whole", { field }, `must be a whole number, not ${received}`);
  const { value } = given;
  if (issue.expected === "number" && typeof value === "number" && !Number.isNaN(value))
    return emit(path, "not-finite", { field }, `must be a finite number, not ${value}`);
  emit(
    path,
    expectedCode(issue.expected),
    { field, expected: issue.expected, received },
    `must be ${expectedWords(issue.expected, words)}, not ${received}`,
  );
}

function invalidUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  path: Path,
  field: string,
  given: Given,
  options: ZodIssueOptions,
  emit: Emit,
): void {
  if ("discriminator" in issue && issue.discriminator !== undefined && issue.errors.length === 0) {
    // A discriminated union names its discriminator in the path already: rules' `kind`.
    const allowed = ("options" in issue ? (issue.options ?? []) : []).map(String);
    if (!given.present || given.value === undefined) {
      const words = options.describe?.(path);
      const element = words?.element ?? "";
      const message =
        words === undefined ? `missing: '${shorten(field)}' is required` : `missing: ${element} needs ${words.needs}`;
      return emit(path, "missing-field", { element: element.replace(/^(a|an|the) /, ""), field }, message);
    }
    return emit(
      path,
      "not-one-of",
      { field, value: shownValue(given.value), allowed },
      `must be ${oneOf(allowed)}, not ${describeValue(given, issue)}`,
    );
  }
  const branch = bestBranch(issue.errors);
  if (branch === undefined)
    return emit(path, "invalid-input", { field }, "does not fit any of the forms this field takes");
  for (const inner of branch) translate(inner, path, options, emit);
}

/**
 * The branch of a union the input came closest to: one whose issues all lie inside the value
 * (its type was right), else one whose value was of the right type but not allowed, else the
 * first.
 */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  let best: readonly ZodIssue[] | undefined;
  let bestScore = -1;
  for (const branch of branches) {
    const atRoot = branch.filter((issue) => issue.path.length === 0 && issue.code !== "unrecognized_keys");
    const score = atRoot.length === 0 ? 2 : atRoot.some((issue) => issue.code === "invalid_type") ? 0 : 1;
    if (score > bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

interface Given {
  /** Whether the input is known at all (it was handed to {@link zodIssues}, or zod reported it). */
  readonly known: boolean;
  readonly present: boolean;
  readonly value: unknown;
}

function givenAt(issue: ZodIssue, path: Path, options: ZodIssueOptions): Given {
  if ("input" in options) {
    const { present, value } = valueAt(options.input, path);
    return { known: true, present, value };
  }
  if ("input" in issue) return { known: true, present: issue.input !== undefined, value: issue.input };
  // Without the input, zod's wording is all there is to tell a missing field by.
  const missing = issue.code === "invalid_type" && /received undefined$/.test(issue.message);
  return { known: false, present: !missing, value: undefined };
}

function fieldName(path: Path): string {
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    if (typeof segment === "string") return shorten(segment);
  }
  return "";
}

function expectedCode(expected: string): IssueCode {
  switch (expected) {
    case "string":
      return "not-a-text";
    case "number":
      return "not-a-number";
    case "object":
      return "not-an-object";
    case "array":
      return "not-a-list";
    default:
      return "wrong-type";
  }
}

function expectedWords(expected: string, words: FieldWords | undefined): string {
  if (words?.is !== undefined) return words.is;
  switch (expected) {
    case "string":
      return "a text";
    case "number":
      return "a number";
    case "object":
      return "an object";
    case "array":
      return "a list";
    case "boolean":
      return "true or false";
    default:
      return `a ${expected}`;
  }
}

/** The given value in words: "the text 'x'", "a list", "1.5"; without the input, what zod's message says it was. */
function describeValue(given: Given, issue: ZodIssue): string {
  if (!given.known) {
    const received = /received (\w+)$/.exec(issue.message)?.[1];
    const words: Readonly<Record<string, string>> = {
      string: "a text",
      number: "a number",
      array: "a list",
      object: "an object",
      boolean: "true or false",
      null: "null",
    };
    return (received !== undefined && Object.hasOwn(words, received) ? words[received] : undefined) ?? "what was given";
  }
  const { value } = given;
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return `the text '${shorten(value)}'`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

function shownValue(value: unknown): string {
  if (typeof value === "string") return shorten(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined)
    return String(value);
  return Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : typeof value;
}

/** "one of count, stock, ratio or share"; two values read "increase or decrease", one "'x'". */
function oneOf(values: readonly string[]): string {
  // slice, not at(-1): the last value as a list of at most one, so no fallback is invented.
  const last = values.slice(-1).join("");
  if (values.length === 1) return `'${last}'`;
  const listed = `${values.slice(0, -1).join(", ")} or ${last}`;
  return values.length === 2 ? listed : `one of ${listed}`;
}

function paramsOf(record: Readonly<Record<string, unknown>>): IssueParams {
  const params: Record<string, IssueParams[string]> = {};
  for (const [name, value] of Object.entries(record)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") params[name] = value;
    else if (Array.isArray(value))
      params[name] = value.filter(
        (item): item is string | number => typeof item === "string" || typeof item === "number",
      );
  }
  return params;
}
