import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isIssueCode, issueCodes } from "../../src/internal/issueCodes.js";

const guide = readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8");
/** The codes docs/errors.md documents: the first cell of each table row under "The codes". */
const documented = [...guide.slice(guide.indexOf("## The codes")).matchAll(/^\| `([a-z-]+)` \|/gm)].map(
  (match) => match[1],
);

describe("the issue codes", () => {
  it("are kebab-case, each once", () => {
    for (const code of issueCodes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(issueCodes).size).toBe(issueCodes.length);
  });

  it("are each documented once in docs/errors.md, and nothing else is", () => {
    expect([...documented].sort()).toEqual([...issueCodes].sort());
  });

  it("are told apart from other texts", () => {
    expect(isIssueCode("duplicate-id")).toBe(true);
    expect(isIssueCode("constructor")).toBe(false);
    expect(isIssueCode("__proto__")).toBe(false);
    expect(isIssueCode(1)).toBe(false);
  });
});
