import { describe, expect, it } from "vitest";
import { valueAt } from "../../src/internal/read.js";

describe("valueAt", () => {
  it("follows own fields and list indices to the value", () => {
    expect(valueAt({ areas: [{ id: "noord" }] }, ["areas", 0, "id"])).toEqual({ present: true, value: "noord" });
  });

  it("answers the root itself for the empty path", () => {
    expect(valueAt("x", [])).toEqual({ present: true, value: "x" });
  });

  it("tells an own field that holds undefined (present) from one that is absent", () => {
    expect(valueAt({ parent: undefined }, ["parent"])).toEqual({ present: true, value: undefined });
    expect(valueAt({}, ["parent"])).toEqual({ present: false, value: undefined });
  });

  it.each<[string, number]>([
    ["just past the end (index 2 of a list of 2)", 2],
    ["negative", -1],
  ])("finds nothing at an index %s", (_, index) => {
    expect(valueAt({ areas: ["a", "b"] }, ["areas", index])).toEqual({ present: false, value: undefined });
  });

  it("never reads the prototype: constructor and toString are not fields of {}", () => {
    expect(valueAt({}, ["constructor"]).present).toBe(false);
    expect(valueAt([], ["length"]).present).toBe(false);
  });

  it("indexes only lists by number, and only objects by name", () => {
    expect(valueAt({ 0: "x" }, [0]).present).toBe(false);
    expect(valueAt("text", ["length"]).present).toBe(false);
    expect(valueAt(null, ["id"]).present).toBe(false);
  });
});
