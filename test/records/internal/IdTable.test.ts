import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdTable } from "../../../src/records/internal/IdTable.js";

describe("IdTable", () => {
  it("finds the first record of each id and reports later ones as repeats, as a Map would (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (ids) => {
        const table = new IdTable(ids.length, ids);
        const first = new Map<string, number>();
        ids.forEach((id, position) => {
          const expected = first.get(id) ?? -1;
          if (expected === -1) first.set(id, position);
          expect(table.add(position)).toBe(expected);
        });
        for (const [id, position] of first) expect(table.find(id)).toBe(position);
        expect(table.find("an id that is not there, longer than six")).toBe(-1);
      }),
    );
  });
});
