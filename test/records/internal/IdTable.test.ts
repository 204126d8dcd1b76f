import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdTable } from "../../../src/records/internal/IdTable.js";

describe("IdTable", () => {
  it("finds each id's first record, and every later record with it, as a Map would (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom("a", "b")), { maxLength: 300 }),
        (ids) => {
          const table = new IdTable(ids.length, ids);
          ids.forEach((_, position) => {
            table.hash(position);
          });
          const first = new Map<string, number>();
          const repeats: { position: number; first: number }[] = [];
          ids.forEach((id, position) => {
            const earlier = first.get(id);
            if (earlier === undefined) first.set(id, position);
            else if (id !== "") repeats.push({ position, first: earlier });
          });
          expect(table.repeats()).toEqual(repeats);
          for (const [id, position] of first) expect(table.find(id)).toBe(position);
          expect(table.find("an id that is not there")).toBe(-1);
        },
      ),
    );
  });
});

describe("IdTable at scale", () => {
  it("tells 200,000 distinct ids apart, through the hash collisions among them", () => {
    const ids = Array.from({ length: 200_000 }, (_, index) => `k${index}`);
    const table = new IdTable(ids.length, ids);
    ids.forEach((_, position) => {
      table.hash(position);
    });
    expect(table.repeats()).toEqual([]);
    // Every id, so that the ids whose hash an earlier id shares (about 200,000² / 2 / 2³¹ ≈ 9
    // pairs in a 31-bit hash) are looked up too.
    expect(ids.filter((id, position) => table.find(id) !== position)).toEqual([]);
  });
});
