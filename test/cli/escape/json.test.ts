import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeJson } from "../../../src/cli/escape/json.js";

describe("escapeJson", () => {
  it("writes the C1 controls, DEL, the BIDI controls and the separators as \\u escapes", () => {
    expect(escapeJson('"a\u009b2J\u007f\u202e\u2066\u2028"')).toBe('"a\\u009b2J\\u007f\\u202e\\u2066\\u2028"');
  });

  it("leaves the JSON text of ordinary values as it is", () => {
    const text = JSON.stringify({ name: "Alblasserdam – ✔", share: 0.524, list: [1, null, true] }, null, 2);
    expect(escapeJson(text)).toBe(text);
  });

  it("never changes the value the JSON text encodes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(JSON.parse(escapeJson(text))).toEqual(JSON.parse(text));
      }),
    );
  });

  it("leaves no raw control character of any kind in the JSON text of any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(escapeJson(JSON.stringify(text))).not.toMatch(
          /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/,
        );
      }),
    );
  });
});
