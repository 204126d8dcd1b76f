import { describe, expect, it } from "vitest";
import { z } from "zod";
import { carryIssue, zodIssues } from "../../src/internal/zodIssues.js";

const issuesOf = (schema: z.ZodType, input: unknown, options: Parameters<typeof zodIssues>[2] = { input }) => {
  const result = schema.safeParse(input);
  return result.success ? [] : zodIssues(result.error, [], options);
};

describe("zodIssues", () => {
  it("turns zod's issues into the library's, with a code, params and its own words, under a prefix", () => {
    const result = z.strictObject({ id: z.string() }).safeParse({ id: 1 });
    expect(result.success ? [] : zodIssues(result.error, ["areas", 0])).toEqual([
      {
        code: "not-a-text",
        path: ["areas", 0, "id"],
        params: { field: "id", expected: "string", received: "a number" },
        message: "must be a text, not a number",
      },
    ]);
  });

  it("says what was given when it has the input", () => {
    expect(issuesOf(z.strictObject({ id: z.string() }), { id: 1 })).toEqual([
      {
        code: "not-a-text",
        path: ["id"],
        params: { field: "id", expected: "string", received: "1" },
        message: "must be a text, not 1",
      },
    ]);
  });

  it("writes a symbol in a path as text, so that paths stay plain data", () => {
    const error = new z.ZodError([{ code: "custom", path: [Symbol("sleutel"), 0], message: "fout", input: undefined }]);
    expect(zodIssues(error)).toEqual([
      { code: "invalid-input", path: ["Symbol(sleutel)", 0], params: { field: "Symbol(sleutel)" }, message: "fout" },
    ]);
  });

  it("tells a missing field from a wrong one, with or without the input", () => {
    const schema = z.strictObject({ name: z.string() });
    const missing = {
      code: "missing-field",
      path: ["name"],
      params: { element: "", field: "name" },
      message: "missing: 'name' is required",
    };
    expect(issuesOf(schema, {})).toEqual([missing]);
    expect(issuesOf(schema, {}, {})).toEqual([missing]);
  });

  it("uses the words it is given for a missing field", () => {
    const schema = z.strictObject({ criterion: z.string() });
    const describe = () => ({ element: "a factor", needs: "a criterion (the succesfactor column)" });
    expect(issuesOf(schema, {}, { input: {}, describe })).toEqual([
      {
        code: "missing-field",
        path: ["criterion"],
        params: { element: "factor", field: "criterion" },
        message: "missing: a factor needs a criterion (the succesfactor column)",
      },
    ]);
  });

  it.each<[string, z.ZodType, unknown, string, string]>([
    ["an empty text", z.string().min(1), "", "empty", "must not be empty"],
    ["an empty list", z.array(z.string()).min(1), [], "empty", "must hold at least one entry"],
    ["a text of 5 where 3 is the most", z.string().max(3), "abcde", "too-long", "must be at most 3 characters"],
    [
      "a list of 3 where 2 is the most",
      z.array(z.number()).max(2),
      [1, 2, 3],
      "too-long",
      "must hold at most 2 entries",
    ],
    ["a negative number", z.number().min(0), -1, "negative", "must not be negative"],
    ["zero where it must be positive", z.number().positive(), 0, "not-positive", "must be above 0"],
    ["2 where 5 is the least", z.number().min(5), 2, "too-small", "must be at least 5"],
    ["11 where 10 is the most", z.number().max(10), 11, "too-large", "must be at most 10"],
    ["1.5 where a whole number belongs", z.number().int(), 1.5, "not-whole", "must be a whole number, not 1.5"],
    ["Infinity", z.number(), Number.POSITIVE_INFINITY, "not-finite", "must be a finite number, not Infinity"],
    ["a text where a number belongs", z.number(), "7", "not-a-number", "must be a number, not the text '7'"],
    ["an object where a list belongs", z.array(z.number()), {}, "not-a-list", "must be a list, not an object"],
    ["a list where an object belongs", z.strictObject({}), [], "not-an-object", "must be an object, not a list"],
    ["a text where true or false belongs", z.boolean(), "ja", "wrong-type", "must be true or false, not the text 'ja'"],
    [
      "a value outside an enum",
      z.enum(["count", "stock", "ratio"]),
      "average",
      "not-one-of",
      "must be one of count, stock or ratio, not the text 'average'",
    ],
    [
      "a value outside a two-value enum",
      z.enum(["increase", "decrease"]),
      "up",
      "not-one-of",
      "must be increase or decrease, not the text 'up'",
    ],
    [
      "a bad date",
      z.iso.date(),
      "2024-13-01",
      "not-a-date",
      "must be a date written YYYY-MM-DD, such as 2024-01-01, not '2024-13-01'",
    ],
  ])("reads %s as its own code", (_, schema, input, code, message) => {
    expect(issuesOf(schema, input).map((issue) => [issue.code, issue.message])).toEqual([[code, message]]);
  });

  it("keeps the message a schema gives instead of zod's", () => {
    expect(
      issuesOf(z.array(z.string()).min(1, "a factor needs at least one measure"), []).map((issue) => issue.message),
    ).toEqual(["a factor needs at least one measure"]);
  });

  it("reports each unknown field at its own path, with a suggestion where the schema is given", () => {
    const schema = z.strictObject({ criterion: z.string().optional() });
    expect(issuesOf(schema, { critrion: "x", colour: 1 }, { input: { critrion: "x", colour: 1 }, schema })).toEqual([
      {
        code: "unknown-field",
        path: ["critrion"],
        params: { field: "critrion", suggestion: "criterion" },
        message: "unknown field 'critrion' (did you mean 'criterion'?)",
      },
      { code: "unknown-field", path: ["colour"], params: { field: "colour" }, message: "unknown field 'colour'" },
    ]);
  });

  it("reads a union by the form the input came closest to", () => {
    const schema = z.union([z.enum(["count", "percent"]), z.strictObject({ nl: z.string(), en: z.string() })]);
    expect(issuesOf(schema, "pct").map((issue) => [issue.code, issue.path])).toEqual([["not-one-of", []]]);
    expect(issuesOf(schema, { nl: "x" }).map((issue) => [issue.code, issue.path])).toEqual([["missing-field", ["en"]]]);
  });

  it("reads an unknown discriminator as a value outside the allowed kinds, and a missing one as a missing field", () => {
    const schema = z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("a") }),
      z.strictObject({ kind: z.literal("b") }),
    ]);
    expect(issuesOf(schema, { kind: "c" })).toEqual([
      {
        code: "not-one-of",
        path: ["kind"],
        params: { field: "kind", value: "c", allowed: ["a", "b"] },
        message: "must be a or b, not the text 'c'",
      },
    ]);
    expect(issuesOf(schema, {}).map((issue) => issue.code)).toEqual(["missing-field"]);
  });

  it("passes an issue carried through a refinement unchanged", () => {
    const schema = z.number().superRefine((value, context) => {
      if (value > 1)
        context.addIssue(carryIssue([], { code: "bound-out-of-range", params: { value }, message: "too high" }));
    });
    expect(issuesOf(schema, 2)).toEqual([
      { code: "bound-out-of-range", path: [], params: { value: 2 }, message: "too high" },
    ]);
  });

  it("quotes at most 40 characters of a value or key read from input", () => {
    const long = "x".repeat(100);
    const [issue] = issuesOf(z.enum(["a", "b"]), long);
    expect(issue?.message).toBe(`must be a or b, not the text '${"x".repeat(40)}…'`);
    expect(issue?.params["value"]).toBe(`${"x".repeat(40)}…`);
  });
});
