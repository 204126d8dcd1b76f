import { describe, expect, it } from "vitest";
import { z } from "zod";
import { areaIdPattern, gemeenteCodePattern, idPattern } from "../../src/internal/patterns.js";
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
    ["a text of 2 where 3 is the least", z.string().min(3), "ab", "too-small", "must hold at least 3 characters"],
    ["a list of 1 where 2 is the least", z.array(z.number()).min(2), [1], "too-small", "must hold at least 2 entries"],
    ["5 where it must be above 5", z.number().gt(5), 5, "too-small", "must be above 5"],
    ["10 where it must be below 10", z.number().lt(10), 10, "too-large", "must be below 10"],
    ["a text where a bigint belongs", z.bigint(), "x", "wrong-type", "must be a bigint, not the text 'x'"],
    ["a value other than the one literal", z.literal("a"), "b", "not-one-of", "must be 'a', not the text 'b'"],
    ["a list outside an enum", z.enum(["a", "b"]), [], "not-one-of", "must be a or b, not a list"],
    ["an object outside an enum", z.enum(["a", "b"]), {}, "not-one-of", "must be a or b, not an object"],
    ["a bigint outside an enum", z.enum(["a", "b"]), 5n, "not-one-of", "must be a or b, not a bigint"],
    ["an upper-case id", z.string().regex(idPattern), "Fixi", "not-an-id", "'Fixi' is not an id"],
    [
      "an area id with a space",
      z.string().regex(areaIdPattern),
      "de kade",
      "invalid-area-id",
      "'de kade' is not an area id",
    ],
    [
      "a gemeente code without GM",
      z.string().regex(gemeenteCodePattern),
      "0482",
      "not-a-cbs-code",
      "'0482' is not a CBS gemeente code",
    ],
    ["a malformed e-mail address", z.email(), "jan", "invalid-format", "'jan' is not a valid email"],
    [
      "7 where a multiple of 5 belongs",
      z.number().multipleOf(5),
      7,
      "invalid-input",
      "Invalid number: must be a multiple of 5",
    ],
    [
      "a value in a union of no forms",
      z.union([]),
      1,
      "invalid-input",
      "does not fit any of the forms this field takes",
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

  it("names the allowed values of a value outside a literal of a number", () => {
    expect(issuesOf(z.literal(5), 6)).toEqual([
      {
        code: "not-one-of",
        path: [],
        params: { field: "", value: "6", allowed: ["5"] },
        message: "must be '5', not 6",
      },
    ]);
  });

  it("shows a value outside an enum as a list, an object or its type, never its contents", () => {
    const values = [[], {}, 5n].map((input) => issuesOf(z.enum(["a", "b"]), input)[0]?.params["value"]);
    expect(values).toEqual(["a list", "an object", "bigint"]);
  });

  it.each<[string, z.ZodType, unknown, string]>([
    ["at least (min 3)", z.string().min(3, "a code has three letters"), "ab", "a code has three letters"],
    ["an id", z.string().regex(idPattern, "an id is lower-case words"), "Fixi", "an id is lower-case words"],
    ["an area id", z.string().regex(areaIdPattern, "an area id has no spaces"), "de kade", "an area id has no spaces"],
    [
      "a gemeente code",
      z.string().regex(gemeenteCodePattern, "a gemeente code is GM and four digits"),
      "0482",
      "a gemeente code is GM and four digits",
    ],
    ["any other pattern", z.string().regex(/^x$/, "only x"), "y", "only x"],
  ])("keeps a schema's own message for %s", (_, schema, input, message) => {
    expect(issuesOf(schema, input).map((issue) => issue.message)).toEqual([message]);
  });

  it("reads an id, an area id and a gemeente code each with its own params", () => {
    expect(issuesOf(z.strictObject({ id: z.string().regex(idPattern) }), { id: "Fixi" })[0]?.params).toEqual({
      field: "id",
      value: "Fixi",
    });
    expect(issuesOf(z.string().regex(gemeenteCodePattern), "0482")[0]?.params).toEqual({
      id: "0482",
      kind: "gemeente",
      format: "GM + 4 digits, such as GM0482",
    });
  });

  it("keeps zod's message for a bad key of a record, at the key's path", () => {
    expect(issuesOf(z.record(z.string().min(2), z.number()), { a: 1 })).toEqual([
      { code: "invalid-input", path: ["a"], params: { field: "a" }, message: "Invalid key in record" },
    ]);
  });

  it("keeps zod's message for a bad value under a key that is not a name (a map keyed by objects)", () => {
    expect(issuesOf(z.map(z.object({}), z.number()), new Map([[{}, "x"]]))).toEqual([
      { code: "invalid-input", path: [], params: { field: "" }, message: "Invalid value in map" },
    ]);
  });

  it("without the input, says what zod's message says was given, or 'what was given' where it says nothing known", () => {
    const withoutInput = (schema: z.ZodType, input: unknown) =>
      issuesOf(schema, input, {}).map((issue) => issue.message);
    expect(withoutInput(z.string(), 5)).toEqual(["must be a text, not a number"]);
    expect(withoutInput(z.string(), null)).toEqual(["must be a text, not null"]);
    // zod writes "received Date", a word it does not know.
    expect(withoutInput(z.string(), new Date(0))).toEqual(["must be a text, not what was given"]);
    // zod's message of an enum does not say what it received.
    expect(withoutInput(z.enum(["a", "b"]), "c")).toEqual(["must be a or b, not what was given"]);
  });

  it("without the input, quotes no value of a malformed text rather than guess one", () => {
    expect(issuesOf(z.string().regex(idPattern), "Fixi", {})).toEqual([
      { code: "not-an-id", path: [], params: { field: "", value: "" }, message: "'' is not an id" },
    ]);
  });

  it("reports unknown fields without suggestions where no schema is given", () => {
    expect(issuesOf(z.strictObject({ criterion: z.string() }), { criterion: "x", critrion: "x" })).toEqual([
      { code: "unknown-field", path: ["critrion"], params: { field: "critrion" }, message: "unknown field 'critrion'" },
    ]);
  });

  it("uses the words it is given for a missing discriminator", () => {
    const schema = z.discriminatedUnion("kind", [z.strictObject({ kind: z.literal("threshold") })]);
    const describe = () => ({ element: "a rule", needs: "a kind: threshold, direction or …" });
    expect(issuesOf(schema, {}, { input: {}, describe })).toEqual([
      {
        code: "missing-field",
        path: ["kind"],
        params: { element: "rule", field: "kind" },
        message: "missing: a rule needs a kind: threshold, direction or …",
      },
    ]);
  });

  it("keeps zod's message for a custom issue that carries no library issue", () => {
    const schema = z.number().refine((value) => value < 1, "must be below one");
    expect(issuesOf(schema, 2)).toEqual([
      { code: "invalid-input", path: [], params: { field: "" }, message: "must be below one" },
    ]);
  });

  it("carries lists of texts and path segments and flags through a refinement, and leaves out what an issue cannot hold", () => {
    const error = new z.ZodError([
      {
        code: "custom",
        path: ["goals", 1, "id"],
        message: "duplicate goal id 'veiliger'",
        input: undefined,
        params: {
          issue: {
            code: "duplicate-id",
            params: { kind: "goal", first: ["goals", 0, true], flag: true, nested: { a: 1 }, nothing: null },
          },
        },
      },
    ]);
    expect(zodIssues(error)).toEqual([
      {
        code: "duplicate-id",
        path: ["goals", 1, "id"],
        params: { kind: "goal", first: ["goals", 0], flag: true },
        message: "duplicate goal id 'veiliger'",
      },
    ]);
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
