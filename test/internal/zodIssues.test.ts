import { z } from "zod";
import { describe, expect, it } from "vitest";
import { zodIssues } from "../../src/internal/zodIssues.js";

describe("zodIssues", () => {
  it("turns zod's issues into plain issues, under a prefix", () => {
    const result = z.strictObject({ id: z.string() }).safeParse({ id: 1 });
    expect(result.success ? [] : zodIssues(result.error, ["areas", 0])).toEqual([
      { path: ["areas", 0, "id"], message: "Invalid input: expected string, received number" },
    ]);
  });

  it("writes a symbol in a path as text, so that paths stay plain data", () => {
    const error = new z.ZodError([{ code: "custom", path: [Symbol("sleutel"), 0], message: "fout", input: undefined }]);
    expect(zodIssues(error)).toEqual([{ path: ["Symbol(sleutel)", 0], message: "fout" }]);
  });
});
