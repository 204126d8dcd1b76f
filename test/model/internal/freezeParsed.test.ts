import { describe, expect, it } from "vitest";
import { freezeParsed } from "../../../src/model/internal/freezeParsed.js";

describe("freezeParsed", () => {
  it("turns every −0 into 0, in fields and in lists at any depth, so that JSON reads it back the same", () => {
    const parsed = freezeParsed({ atLeast: -0, values: [-0, 1, { atMost: -0 }] });
    expect(Object.is(parsed.atLeast, 0)).toBe(true);
    expect(Object.is(parsed.values[0], 0)).toBe(true);
    expect(parsed.values[1]).toBe(1);
    expect(Object.is((parsed.values[2] as { atMost: number }).atMost, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });

  it("freezes the value and everything inside it, and returns the value itself", () => {
    const value = { areas: [{ id: "noord", figures: { inhabitants: 10 } }] };
    const parsed = freezeParsed(value);
    expect(parsed).toBe(value);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.areas)).toBe(true);
    expect(Object.isFrozen(parsed.areas[0])).toBe(true);
    expect(Object.isFrozen(parsed.areas[0]?.figures)).toBe(true);
  });

  it("returns a value that is not an object as it is", () => {
    expect(freezeParsed("noord")).toBe("noord");
    expect(freezeParsed(null)).toBeNull();
  });
});
