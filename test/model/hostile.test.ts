import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { safeParseModel } from "../../src/model/safeParseModel.js";
import { changedModel, issuesOf, type Json, validModel } from "./fixtures.js";

/** Parses `text` as JSON: `__proto__` keys become own properties, as they do for real input. */
const json = (text: string): Json => JSON.parse(text);

/** A model whose JSON text has `extra` spliced in as the first members of the root object. */
function modelWithRootMembers(extra: string): Json {
  return json(JSON.stringify(validModel()).replace(/^\{/, `{${extra},`));
}

/** An object nested `depth` levels deep under `key`, built without recursion. */
function nested(depth: number, key: string, innermost: unknown, siblings: Record<string, unknown> = {}): Json {
  let value: unknown = innermost;
  for (let level = 0; level < depth; level++) value = { ...siblings, [key]: value };
  return value;
}

describe("parseModel on hostile JSON", () => {
  let prototypeNames: string[];
  beforeEach(() => {
    prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
  });
  afterEach(() => {
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  });

  describe("prototype keys", () => {
    it("rejects __proto__, constructor and prototype keys at the root as unknown fields", () => {
      const input = modelWithRootMembers(
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}',
      );
      expect(Object.keys(input)).toContain("__proto__");
      expect(issuesOf(input)).toEqual(
        ["__proto__", "constructor", "prototype"].map((key) => ({
          code: "unknown-field",
          path: [key],
          message: `unknown field '${key}'`,
        })),
      );
    });

    it("rejects a __proto__ key in a goal as an unknown field", () => {
      const input = changedModel((model) => {
        model.goals[0] = json(JSON.stringify(model.goals[0]).replace(/^\{/, '{"__proto__":{"polluted":true},'));
      });
      expect(issuesOf(input)).toEqual([
        { code: "unknown-field", path: ["goals", 0, "__proto__"], message: "unknown field '__proto__'" },
      ]);
    });

    it("rejects __proto__ and constructor keys in a label as unknown fields", () => {
      const input = changedModel((model) => {
        model.goals[0].label = json(
          '{"nl":"Veiliger","en":"Safer","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        );
      });
      expect(issuesOf(input)).toEqual([
        { code: "unknown-field", path: ["goals", 0, "label", "__proto__"], message: "unknown field '__proto__'" },
        { code: "unknown-field", path: ["goals", 0, "label", "constructor"], message: "unknown field 'constructor'" },
      ]);
    });
  });

  describe("very long strings", () => {
    const long = "a".repeat(1_000_000);

    it("rejects a label of a million characters quickly, with a message", () => {
      const input = changedModel((model) => {
        model.goals[0].label.nl = long;
      });
      expect(issuesOf(input)).toEqual([
        { code: "too-long", path: ["goals", 0, "label", "nl"], message: "must be at most 4000 characters" },
      ]);
    }, 5_000);

    it("rejects a label of a million spaces as empty", () => {
      const input = changedModel((model) => {
        model.goals[0].label.en = " ".repeat(1_000_000);
      });
      expect(issuesOf(input)).toEqual([
        { code: "empty", path: ["goals", 0, "label", "en"], message: "must not be empty" },
      ]);
    }, 5_000);

    it("rejects an id of a million characters quickly, with a message", () => {
      const input = changedModel((model) => {
        model.goals[0].id = long;
        model.indicators[0].id = `${"a-".repeat(500_000)}!`;
      });
      const issues = issuesOf(input);
      expect(issues.map((issue) => issue.path)).toEqual(
        expect.arrayContaining([
          ["goals", 0, "id"],
          ["indicators", 0, "id"],
        ]),
      );
      for (const issue of issues) expect(issue.message).not.toBe("");
    }, 5_000);

    it("rejects an area id of a million characters quickly, with a message", () => {
      const input = changedModel((model) => {
        model.areas[2].id = `BU${"9".repeat(1_000_000)}`;
      });
      const issues = issuesOf(input);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((issue) => issue.path.join(".") === "areas.2.id")).toBe(true);
    }, 5_000);

    it("keeps every message short when an area id is a million characters long", () => {
      const input = changedModel((model) => {
        model.areas[2].id = `BU${"9".repeat(1_000_000)}`;
      });
      for (const issue of issuesOf(input)) expect(issue.message.length).toBeLessThan(1_000);
    });
  });

  describe("deep nesting", () => {
    it("rejects an object nested 100,000 deep in an unknown field without a RangeError", () => {
      const input = changedModel((model) => {
        model.extra = nested(100_000, "inner", {});
      });
      expect(issuesOf(input)).toEqual([{ code: "unknown-field", path: ["extra"], message: "unknown field 'extra'" }]);
    });

    it("rejects an object nested 100,000 deep in a label without a RangeError", () => {
      const input = changedModel((model) => {
        model.goals[0].label = nested(100_000, "nl", "Veiliger", { en: "Safer" });
      });
      expect(issuesOf(input).map((issue) => issue.path)).toEqual([["goals", 0, "label", "nl"]]);
    });

    it("rejects arrays nested 100,000 deep in a list of ids without a RangeError", () => {
      const input = changedModel((model) => {
        let value: unknown = "minder-inbraken";
        for (let level = 0; level < 100_000; level++) value = [value];
        model.methods[0].subgoals = value;
      });
      expect(issuesOf(input).map((issue) => issue.path)).toEqual([["methods", 0, "subgoals", 0]]);
    });
  });

  describe("huge arrays", () => {
    it("rejects a million junk goals and completes", () => {
      const input = changedModel((model) => {
        model.goals = Array.from({ length: 1_000_000 }, (_, index) => (index % 2 === 0 ? index : { junk: true }));
      });
      const issues = issuesOf(input);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.some((issue) => issue.path.join(".") === "goals")).toBe(true);
    }, 60_000);

    it("rejects 100,000 junk goals (the most a list may hold) and lists the first 50 problems in the message", () => {
      const result = safeParseModel(
        changedModel((model) => {
          model.goals = Array.from({ length: 100_000 }, () => 0);
        }),
      );
      expect(result.success).toBe(false);
      if (result.success) return;
      // 100,000 goals that are not objects. The sub-goal links of the methods and groups are
      // not reported as dangling: the goals that held those sub-goals cannot be read.
      expect(result.error.issues).toHaveLength(100_000);
      expect(result.error.message.split("\n")).toHaveLength(1 + 50 + 1);
      expect(result.error.message).toMatch(/\n- … and 99950 more$/);
    }, 60_000);
  });

  describe("input that is not an object", () => {
    it.each([
      ["null", null, "null"],
      ["a number", 42, "42"],
      ["a string", "x", "the text 'x'"],
      ["an array", [], "a list"],
      ["undefined", undefined, "nothing"],
    ])("rejects %s at the root, saying what it got", (_, input, got) => {
      expect(issuesOf(input)).toEqual([{ code: "not-an-object", path: [], message: `must be an object, not ${got}` }]);
    });
  });
});
