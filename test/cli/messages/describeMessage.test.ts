import { describe, expect, it } from "vitest";
import { describeMessage } from "../../../src/cli/messages/describeMessage.js";
import { describePath } from "../../../src/cli/messages/describePath.js";

describe("describeMessage", () => {
  it("shortens a long key the message names, as the path does", () => {
    const key = "K".repeat(1_000_000);
    const problem = { path: [0, key], message: `unknown field '${key}'` };
    expect(describeMessage(problem)).toBe(`unknown field '${"K".repeat(40)}…'`);
    expect(describePath(problem.path)).toBe(`[0]["${"K".repeat(40)}…"]`);
  });

  it("shortens any long quoted value, in single or double quotes", () => {
    expect(describeMessage({ path: [], message: `Unrecognized key: "${"x".repeat(50)}"` })).toBe(
      `Unrecognized key: "${"x".repeat(40)}…"`,
    );
  });

  it("writes control characters in the message as escapes, on one line", () => {
    expect(describeMessage({ path: [], message: "unknown indicator 'a\u001b[2J\nb'" })).toBe(
      "unknown indicator 'a\\x1B[2J b'",
    );
  });
});

describe("describePath", () => {
  it("writes paths as formatPath does", () => {
    expect(describePath(["observations", 2, "value"])).toBe("observations[2].value");
    expect(describePath([3, "my key"])).toBe('[3]["my key"]');
    expect(describePath([])).toBe("(root)");
  });
});
