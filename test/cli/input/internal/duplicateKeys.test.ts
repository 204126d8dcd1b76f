import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { duplicateKeys } from "../../../../src/cli/input/internal/duplicateKeys.js";

describe("duplicateKeys", () => {
  it("finds a key repeated at the top, with both lines", () => {
    expect(duplicateKeys('{\n"observations": [],\n"period": "2024",\n"observations": []\n}')).toEqual([
      {
        path: ["observations"],
        message:
          'the key "observations" appears twice in one object (lines 2 and 4); JSON keeps only the last, so the first would be lost',
      },
    ]);
  });

  it("gives the path of a repeated key deep inside arrays and objects", () => {
    const issues = duplicateKeys('{"a": [1, {"b": {}}, {"c": [0, 0, {"d": 1, "e": 2, "d": 3}]}]}');
    expect(issues.map((issue) => issue.path)).toEqual([["a", 2, "c", 2, "d"]]);
  });

  it("compares keys as JSON reads them: an escape and its character are the same key", () => {
    expect(duplicateKeys('{"a": 1, "\\u0061": 2}').map((issue) => issue.path)).toEqual([["a"]]);
  });

  it("is not fooled by quotes, braces and commas inside strings", () => {
    expect(duplicateKeys('{"a": "x\\",\\"a\\": {", "b": "}", "c": "\\\\"}')).toEqual([]);
  });

  it("keeps the keys of sibling objects apart, and of objects with many keys", () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`k${index}`, index]));
    expect(duplicateKeys(JSON.stringify([{ a: 1 }, { a: 2 }, many, many]))).toEqual([]);
    const repeated = `{${Array.from({ length: 40 }, (_, index) => `"k${index}": 1`).join(",")}, "k39": 2}`;
    expect(duplicateKeys(repeated).map((issue) => issue.path)).toEqual([["k39"]]);
  });

  it("finds nothing in JSON.stringify's output, which never repeats a key", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(duplicateKeys(JSON.stringify(value, null, 2))).toEqual([]);
      }),
    );
  });
});
