import { describe, expect, expectTypeOf, it } from "vitest";
import { BuurtaanpakError, formatPath, type ErrorCode, type Issue } from "../../src/errors/BuurtaanpakError.js";

const issues = (count: number): Issue[] => Array.from({ length: count }, (_, index) => ({ path: ["goals", index, "id"], message: `problem ${index}` }));

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
      { path: [0, "value"], message: "must not be negative" },
      { path: [2, "period"], message: "'2024-Q5' is not a period: a quarter is Q1 to Q4" },
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
    ["invalid-observations", "The observations are invalid (1 problem):"],
    ["invalid-period", "The period is invalid (1 problem):"],
    ["invalid-options", "The options are invalid (1 problem):"],
  ])("summarises code %s as %j", (code, summary) => {
    expect(new BuurtaanpakError(code, [{ path: [], message: "x" }]).message).toBe(`${summary}\n- (root): x`);
  });

  it("uses a summary it is given instead of the default", () => {
    const error = new BuurtaanpakError("invalid-period", [{ path: [], message: "a quarter is Q1 to Q4" }], "Cannot read 2024-Q5:");
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

  it("keeps every issue, frozen, with a frozen path", () => {
    const error = new BuurtaanpakError("invalid-model", issues(2));
    expect(Object.isFrozen(error.issues)).toBe(true);
    for (const issue of error.issues) {
      expect(Object.isFrozen(issue)).toBe(true);
      expect(Object.isFrozen(issue.path)).toBe(true);
    }
    expect(() => {
      (error.issues as Issue[]).push({ path: [], message: "more" });
    }).toThrow(TypeError);
  });

  it("copies the issues it is given: changing them later does not change the error", () => {
    const given = issues(1);
    const first = given[0] as { path: (string | number)[]; message: string };
    const error = new BuurtaanpakError("invalid-model", given);
    given.push({ path: [], message: "later" });
    first.path.push("later");
    first.message = "changed";
    expect(error.issues).toEqual([{ path: ["goals", 0, "id"], message: "problem 0" }]);
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
