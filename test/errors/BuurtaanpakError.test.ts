import { describe, expect, expectTypeOf, it } from "vitest";
import {
  BuurtaanpakError,
  type ErrorCode,
  formatPath,
  type Issue,
  type IssueCode,
  type IssueInput,
} from "../../src/errors/BuurtaanpakError.js";

const issues = (count: number): Issue[] =>
  Array.from({ length: count }, (_, index) => ({
    code: "duplicate-id",
    path: ["goals", index, "id"],
    params: { index },
    message: `problem ${index}`,
  }));

describe("formatPath", () => {
  it("writes an empty path as (root)", () => {
    expect(formatPath([])).toBe("(root)");
  });

  it("writes names with dots and indexes in brackets", () => {
    expect(formatPath(["goals", 0, "subgoals", 1, "id"])).toBe("goals[0].subgoals[1].id");
    expect(formatPath(["methods", 2, "subgoals", 0])).toBe("methods[2].subgoals[0]");
  });

  it("starts a path of an observation row with the row index", () => {
    expect(formatPath([3, "value"])).toBe("[3].value");
    expect(formatPath([0])).toBe("[0]");
  });

  it("quotes a name that is not an identifier", () => {
    expect(formatPath(["labels", "nl-BE"])).toBe('labels["nl-BE"]');
    expect(formatPath(["a b", 1])).toBe('["a b"][1]');
    expect(formatPath(["groups", ""])).toBe('groups[""]');
    expect(formatPath(["1st"])).toBe('["1st"]');
  });

  it("writes a __proto__ key like any other name", () => {
    expect(formatPath([0, "__proto__"])).toBe("[0].__proto__");
  });

  it("keeps a string that looks like a number apart from an index", () => {
    expect(formatPath(["goals", "0"])).toBe('goals["0"]');
  });

  it("escapes quotes and newlines in a name", () => {
    expect(formatPath(['say "hi"\n'])).toBe('["say \\"hi\\"\\n"]');
  });
});

describe("BuurtaanpakError", () => {
  it("is an Error named BuurtaanpakError with its code", () => {
    const error = new BuurtaanpakError("invalid-model", issues(1));
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(BuurtaanpakError);
    expect(error.name).toBe("BuurtaanpakError");
    expect(error.code).toBe("invalid-model");
    expect(String(error)).toMatch(/^BuurtaanpakError: The model is invalid/);
  });

  it("lists each issue on its own line, with its path", () => {
    const error = new BuurtaanpakError("invalid-observations", [
      { code: "negative", path: [0, "value"], message: "must not be negative" },
      { code: "invalid-period", path: [2, "period"], message: "'2024-Q5' is not a period: a quarter is Q1 to Q4" },
    ]);
    expect(error.message).toBe(
      [
        "The observations are invalid (2 problems):",
        "- [0].value: must not be negative",
        "- [2].period: '2024-Q5' is not a period: a quarter is Q1 to Q4",
      ].join("\n"),
    );
  });

  it.each<[ErrorCode, string]>([
    ["invalid-model", "The model is invalid (1 problem):"],
    ["invalid-areas", "The areas are invalid (1 problem):"],
    ["invalid-observations", "The observations are invalid (1 problem):"],
    ["invalid-period", "The period is invalid (1 problem):"],
    ["invalid-options", "The options are invalid (1 problem):"],
  ])("summarises code %s as %j", (code, summary) => {
    expect(new BuurtaanpakError(code, [{ code: "invalid-input", path: [], message: "x" }]).message).toBe(
      `${summary}\n- (root): x`,
    );
  });

  it("uses a summary it is given instead of the default", () => {
    const error = new BuurtaanpakError(
      "invalid-period",
      [{ code: "invalid-period", path: [], message: "a quarter is Q1 to Q4" }],
      "Cannot read 2024-Q5:",
    );
    expect(error.message).toBe("Cannot read 2024-Q5:\n- (root): a quarter is Q1 to Q4");
  });

  it("lists all of exactly 50 issues", () => {
    const lines = new BuurtaanpakError("invalid-model", issues(50)).message.split("\n");
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe("The model is invalid (50 problems):");
    expect(lines[50]).toBe("- goals[49].id: problem 49");
  });

  it("lists the first 50 of 51 issues, then '… and 1 more'", () => {
    const lines = new BuurtaanpakError("invalid-model", issues(51)).message.split("\n");
    expect(lines).toHaveLength(52);
    expect(lines[0]).toBe("The model is invalid (51 problems):");
    expect(lines[50]).toBe("- goals[49].id: problem 49");
    expect(lines[51]).toBe("- … and 1 more");
  });

  it("says how many more there are beyond the first 50", () => {
    const error = new BuurtaanpakError("invalid-observations", issues(1234));
    expect(error.message.split("\n").at(-1)).toBe("- … and 1184 more");
    expect(error.issues).toHaveLength(1234);
  });

  it("keeps every issue, frozen, with a frozen path and frozen params", () => {
    const error = new BuurtaanpakError("invalid-model", [
      ...issues(2),
      { code: "area-cycle", path: ["areas", 3, "parent"], params: { members: ["a", "b"] }, message: "cycle" },
    ]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    for (const issue of error.issues) {
      expect(Object.isFrozen(issue)).toBe(true);
      expect(Object.isFrozen(issue.path)).toBe(true);
      expect(Object.isFrozen(issue.params)).toBe(true);
    }
    expect(Object.isFrozen(error.issues[2]?.params["members"])).toBe(true);
    expect(() => {
      (error.issues as Issue[]).push({ code: "invalid-input", path: [], params: {}, message: "more" });
    }).toThrow(TypeError);
  });

  it("gives an issue handed in without params an empty params record", () => {
    const error = new BuurtaanpakError("invalid-observations", [
      { code: "not-an-object", path: [3], message: "a row must be an object" },
    ]);
    expect(error.issues).toEqual([
      { code: "not-an-object", path: [3], params: {}, message: "a row must be an object" },
    ]);
  });

  it("quotes at most 40 characters of a path segment in its message, and keeps the whole path in the issue", () => {
    const key = "k".repeat(1_000_000);
    const error = new BuurtaanpakError("invalid-model", [
      {
        code: "unknown-field",
        path: ["goals", 0, key],
        params: { field: `${"k".repeat(40)}…` },
        message: "unknown field",
      },
    ]);
    // The ellipsis is not a character of a name, so the segment is written in quotes.
    expect(error.message).toBe(`The model is invalid (1 problem):\n- goals[0]["${"k".repeat(40)}…"]: unknown field`);
    expect(error.issues[0]?.path[2]).toBe(key);
  });

  it("copies the issues it is given: changing them later does not change the error", () => {
    const members = ["a", "b"];
    const first = {
      code: "area-cycle" as IssueCode,
      path: ["areas", 0, "parent"],
      params: { members },
      message: "problem 0",
    };
    const given: IssueInput[] = [first];
    const error = new BuurtaanpakError("invalid-model", given);
    given.push({ code: "invalid-input", path: [], message: "later" });
    first.path.push("later");
    first.message = "changed";
    first.code = "invalid-input";
    members.push("c");
    expect(error.issues).toEqual([
      { code: "area-cycle", path: ["areas", 0, "parent"], params: { members: ["a", "b"] }, message: "problem 0" },
    ]);
  });

  it("does not freeze the issues it is given", () => {
    const given = issues(1);
    void new BuurtaanpakError("invalid-model", given);
    expect(Object.isFrozen(given)).toBe(false);
    expect(Object.isFrozen(given[0])).toBe(false);
  });

  it("allows an error without issues", () => {
    const error = new BuurtaanpakError("invalid-options", []);
    expect(error.message).toMatch(/^The options are invalid \(0 problems\):/);
    expect(error.issues).toEqual([]);
  });

  it("types its fields as readonly", () => {
    expectTypeOf<BuurtaanpakError["issues"]>().toEqualTypeOf<readonly Issue[]>();
    expectTypeOf<BuurtaanpakError["code"]>().toEqualTypeOf<ErrorCode>();
  });
});
