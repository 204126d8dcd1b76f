import { describe, expect, it } from "vitest";
import { z } from "zod";
import { closestName, fieldsAt } from "../../src/internal/schemaFields.js";

const label = z.strictObject({ nl: z.string(), en: z.string() });
const schema = z.strictObject({
  groups: z.array(
    z.strictObject({
      id: z.string(),
      factors: z.array(z.strictObject({ criterion: z.string() })).optional(),
    }),
  ),
  rule: z
    .discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("threshold"), atLeast: z.number().optional() }),
      z.strictObject({ kind: z.literal("direction"), direction: z.string() }),
    ])
    .optional(),
  label: z.union([z.string(), label]),
});

describe("fieldsAt", () => {
  it("names the fields of the object at the root and down lists and objects", () => {
    expect(fieldsAt(schema, [], {})).toEqual(["groups", "rule", "label"]);
    expect(fieldsAt(schema, ["groups", 0], { groups: [{}] })).toEqual(["id", "factors"]);
  });

  it("looks through an optional list", () => {
    expect(fieldsAt(schema, ["groups", 0, "factors", 1], { groups: [{ factors: [{}, {}] }] })).toEqual(["criterion"]);
  });

  it("follows the schema where the input lacks the path or has another shape there", () => {
    expect(fieldsAt(schema, ["groups", 0, "factors", 0], {})).toEqual(["criterion"]);
    expect(fieldsAt(schema, ["groups", 0, "factors", 0], { groups: "none" })).toEqual(["criterion"]);
  });

  it("reads a discriminated union by the input's discriminator", () => {
    expect(fieldsAt(schema, ["rule"], { rule: { kind: "direction" } })).toEqual(["kind", "direction"]);
    expect(fieldsAt(schema, ["rule"], { rule: { kind: "threshold" } })).toEqual(["kind", "atLeast"]);
  });

  it("has no fields for a discriminated union whose discriminator is unknown or absent", () => {
    expect(fieldsAt(schema, ["rule"], { rule: { kind: "ratio" } })).toBeUndefined();
    expect(fieldsAt(schema, ["rule"], { rule: {} })).toBeUndefined();
  });

  it("reads any other union by its first object form (a label of a text or { nl, en })", () => {
    expect(fieldsAt(schema, ["label"], { label: {} })).toEqual(["nl", "en"]);
  });

  it.each<[string, readonly (string | number)[]]>([
    ["a field the schema does not have", ["colour"]],
    ["a name where a list takes an index", ["groups", "first"]],
    ["an object where the path ends in a text", ["groups", 0, "id"]],
    ["a path that goes on below a text", ["groups", 0, "id", "more"]],
  ])("has no fields for %s", (_, path) => {
    expect(fieldsAt(schema, path, {})).toBeUndefined();
  });
});

describe("closestName", () => {
  it("finds the same name in other letter case first", () => {
    expect(closestName("Criterion", ["criteria", "criterion"])).toBe("criterion");
  });

  it("allows two edits in a name of 5 letters or more: 'mesre' is 'measure' less an a and a u", () => {
    expect(closestName("mesre", ["measure"])).toBe("measure");
  });

  it("allows one edit in a name of 4 letters or fewer: 'nam' (one missing) but not 'nm' (two)", () => {
    expect(closestName("nam", ["name"])).toBe("name");
    expect(closestName("nm", ["name"])).toBeUndefined();
  });

  it("takes the nearest name, and of names equally near the first listed", () => {
    // 'ruel' is 1 edit from 'fuel' but 2 from 'rule' (a swap is two edits).
    expect(closestName("ruel", ["rule", "fuel"])).toBe("fuel");
    // 'kond' is 1 edit from both.
    expect(closestName("kond", ["kind", "bond"])).toBe("kind");
  });

  it("suggests nothing for a name 3 edits away, however long", () => {
    expect(closestName("abcdefgh", ["abcdexyz"])).toBeUndefined();
    expect(closestName("abcdef", ["uvwxyz"])).toBeUndefined();
  });

  it("does not compare names over 40 characters, not even one spelled the same", () => {
    const long = "x".repeat(41);
    expect(closestName(long, [long])).toBeUndefined();
    expect(closestName("x".repeat(40), ["x".repeat(40)])).toBe("x".repeat(40));
  });
});
