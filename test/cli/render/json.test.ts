import { describe, expect, it } from "vitest";
import { renderJson } from "../../../src/cli/render/json.js";
import { evaluationOf } from "../fixtures.js";

describe("renderJson", () => {
  it("writes the evaluation exactly, so that parsing it back gives an equal object", () => {
    const evaluation = evaluationOf();
    expect(JSON.parse(renderJson(evaluation))).toEqual(evaluation);
  });

  it("indents by two spaces and ends with a newline", () => {
    const text = renderJson(evaluationOf());
    expect(text.startsWith('{\n  "period": "2024",')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });
});
