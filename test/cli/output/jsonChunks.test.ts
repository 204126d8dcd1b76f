import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeJson } from "../../../src/cli/escape/json.js";
import { jsonChunks } from "../../../src/cli/output/jsonChunks.js";

const text = (value: unknown) => [...jsonChunks(value)].join("");

describe("jsonChunks", () => {
  it("writes any JSON value exactly as JSON.stringify(value, null, 2) does, with a newline", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(text(value)).toBe(escapeJson(`${JSON.stringify(value, null, 2)}\n`));
      }),
    );
  });

  it("leaves out what JSON cannot hold, as JSON.stringify does: dropped in objects, null in arrays", () => {
    const value = { a: undefined, b: [undefined, () => 1], c: 1 };
    expect(text(value)).toBe('{\n  "b": [\n    null,\n    null\n  ],\n  "c": 1\n}\n');
  });

  it("writes a value with toJSON as its toJSON", () => {
    expect(text({ at: new Date(Date.UTC(2024, 0, 1)) })).toBe('{\n  "at": "2024-01-01T00:00:00.000Z"\n}\n');
  });

  it("writes empty arrays and objects on one line, at any depth", () => {
    expect(text({ a: [], b: {}, c: [[], {}] })).toBe('{\n  "a": [],\n  "b": {},\n  "c": [\n    [],\n    {}\n  ]\n}\n');
  });

  it("never holds more than about 64 KiB at once: 100,000 rows of 100 characters come in chunks", () => {
    const rows = Array.from({ length: 100_000 }, (_, index) => ({ id: index, text: "x".repeat(100) }));
    const chunks = [...jsonChunks({ evaluation: { factors: rows } })];
    // Each row is about 150 characters: 15 MB in all, so well over 200 chunks of 64 KiB.
    expect(chunks.length).toBeGreaterThan(200);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(64 * 1024 + 1024);
    expect(JSON.parse(chunks.join(""))).toEqual({ evaluation: { factors: rows } });
  });
});
