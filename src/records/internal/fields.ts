import { z } from "zod";
import type { IssueCode } from "../../errors/Issue.js";
import { carryIssue } from "../../internal/zodIssues.js";
import { describe, moment, readTimestamp, timestampProblem } from "./readTimestamp.js";

// Each kind of field twice: as a zod schema (the records' published shape and types) and as a
// hand-written reader for the derivations' hot loop. They sit side by side so that they stay
// alike; test/records/schemas.test.ts checks that they accept and produce the same.
//
// Records come as parsed JSON or as CSV rows mapped by column names, so an optional field may
// be absent, null or an empty text, and counts, flags and lists may be written as text.

/** What a reader returns for a value it cannot read. */
export class Problem {
  constructor(
    readonly code: IssueCode,
    readonly message: string,
  ) {}
}

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === "";

// --- ids --------------------------------------------------------------------------------

/** A record id: a text of 1–200 characters (trimmed) or a whole number, read as its text. */
export const idSchema = z.union([
  z.string().trim().min(1, "an id must not be empty").max(200),
  z.number().int().transform(String),
]);

export function readId(value: unknown): string | Problem {
  if (typeof value === "string") {
    const text = trimmed(value);
    if (text.length === 0) return new Problem("empty", "an id must not be empty");
    if (text.length > 200) return new Problem("too-long", "an id has at most 200 characters");
    return text;
  }
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return new Problem("wrong-type", `expected an id (a text or a whole number), not ${describe(value)}`);
}

// --- texts ------------------------------------------------------------------------------

/** A required text, trimmed, of 1–`max` characters. */
export function textSchema(max: number) {
  return z.string().trim().min(1, "must not be empty").max(max);
}

export function readText(value: unknown, max: number): string | Problem {
  if (typeof value !== "string") return new Problem("not-a-text", `expected a text, not ${describe(value)}`);
  const text = trimmed(value);
  if (text.length === 0) return new Problem("empty", "must not be empty");
  if (text.length > max) return new Problem("too-long", `has at most ${max} characters`);
  return text;
}

/** An optional text: absent, null or blank is "not given". */
export function optionalTextSchema(max: number) {
  return optional(z.string().trim().max(max)).transform((text) => (text === "" ? undefined : text));
}

export function readOptionalText(value: unknown, max: number): string | undefined | Problem {
  if (isBlank(value)) return undefined;
  if (typeof value !== "string") return new Problem("not-a-text", `expected a text, not ${describe(value)}`);
  const text = trimmed(value);
  if (text.length > max) return new Problem("too-long", `has at most ${max} characters`);
  return text.length === 0 ? undefined : text;
}

// --- timestamps ---------------------------------------------------------------------------

/** An instant with an offset, or a plain date read as that Amsterdam day. */
export const timestampSchema = z.string().superRefine((text, context) => {
  if (!readTimestamp(text, moment()))
    context.addIssue(carryIssue([], { code: "invalid-timestamp", message: timestampProblem(text) }));
});

export const optionalTimestampSchema = optional(timestampSchema);

// --- counts, flags, lists -------------------------------------------------------------------

const countPattern = /^\d{1,9}$/;

/** An optional whole number ≥ 0 (at most 999,999,999), or its digits as text. */
export const optionalCountSchema = optional(
  z.union([
    z.number().int().min(0).max(999_999_999),
    z.string().trim().regex(countPattern, "expected a whole number ≥ 0").transform(Number),
  ]),
);

export function readOptionalCount(value: unknown): number | undefined | Problem {
  if (isBlank(value)) return undefined;
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 0 && value <= 999_999_999) return value;
    return new Problem("not-whole", `expected a whole number ≥ 0, not ${describe(value)}`);
  }
  if (typeof value === "string") {
    const text = trimmed(value);
    if (countPattern.test(text)) return Number(text);
  }
  return new Problem("not-whole", `expected a whole number ≥ 0, not ${describe(value)}`);
}

const yes = ["true", "ja", "yes", "1"] as const;
const no = ["false", "nee", "no", "0"] as const;
const isYes = (text: string): boolean => yes.some((word) => word === text);
const isNo = (text: string): boolean => no.some((word) => word === text);

/** A yes or no: a boolean, or one of the texts true/false, ja/nee, yes/no, 1/0 (any case). */
export const flagSchema = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum([...yes, ...no], { error: "expected true or false (or ja/nee, yes/no, 1/0)" }))
    .transform(isYes),
]);

export function readFlag(value: unknown): boolean | Problem {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const text = trimmed(value).toLowerCase();
    if (isYes(text)) return true;
    if (isNo(text)) return false;
  }
  return new Problem("wrong-type", `expected true or false (or ja/nee, yes/no, 1/0), not ${describe(value)}`);
}

/** An optional list of texts: an array, or one text with the items separated by `;`. */
export function optionalListSchema(max: number) {
  return optional(
    z.union([
      z.array(z.string().trim().max(max)).max(1000),
      z
        .string()
        .max(100_000)
        .transform((text) => text.split(";").map((item) => item.trim()))
        .pipe(z.array(z.string().max(max)).max(1000)),
    ]),
  ).transform((items) => {
    const kept = items?.filter((item) => item !== "");
    return kept === undefined || kept.length === 0 ? undefined : kept;
  });
}

export function readOptionalList(value: unknown, max: number): string[] | undefined | Problem {
  if (isBlank(value)) return undefined;
  let items: unknown[];
  if (typeof value === "string") {
    if (value.length > 100_000) return new Problem("too-long", "a list has at most 100,000 characters");
    items = value.split(";");
  } else if (Array.isArray(value)) {
    items = value;
  } else {
    return new Problem(
      "not-a-list",
      `expected a list (an array, or a text with ';' between the items), not ${describe(value)}`,
    );
  }
  if (items.length > 1000) return new Problem("too-long", "a list has at most 1,000 items");
  const kept: string[] = [];
  for (const item of items) {
    if (typeof item !== "string")
      return new Problem("not-a-text", `expected a list of texts, not one holding ${describe(item)}`);
    const text = trimmed(item);
    if (text.length > max) return new Problem("too-long", `a list item has at most ${max} characters`);
    if (text !== "") kept.push(text);
  }
  return kept.length === 0 ? undefined : kept;
}

// --- helpers ------------------------------------------------------------------------------

/** A schema that also takes absent, null and "" as "not given". */
export function optional<Schema extends z.ZodType>(schema: Schema) {
  return z
    .union([z.literal(""), z.null(), schema])
    .optional()
    .transform((value): z.output<Schema> | undefined => (value === "" || value === null ? undefined : value));
}

/** `text.trim()`, without a new string for the usual text that needs none. */
export function trimmed(text: string): string {
  const length = text.length;
  if (length === 0) return text;
  // String.prototype.trim also takes non-ASCII spaces (no-break space, BOM): leave those to it.
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(length - 1);
  return first <= 32 || first >= 127 || last <= 32 || last >= 127 ? text.trim() : text;
}
