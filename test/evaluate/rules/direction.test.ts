import { describe, expect, it } from "vitest";
import { direction } from "../../../src/evaluate/rules/direction.js";

const plain = (value: number) => ({ numerator: value, denominator: 1 });

describe("direction (increase / decrease)", () => {
  it("meets an increase with any strict rise", () => {
    expect(direction("increase", plain(13), plain(12))).toMatchObject({ met: true });
  });

  it("meets a decrease with any strict fall, and not with a rise", () => {
    expect(direction("decrease", plain(11), plain(12))).toEqual({ met: true, target: 12 });
    expect(direction("decrease", plain(13), plain(12))).toMatchObject({ met: false });
    expect(direction("increase", plain(11), plain(12))).toMatchObject({ met: false });
  });

  it("does not meet an increase with an equal value", () => {
    expect(direction("increase", plain(12), plain(12))).toMatchObject({ met: false });
    expect(direction("decrease", plain(12), plain(12))).toMatchObject({ met: false });
  });

  it("accepts a baseline of 0", () => {
    expect(direction("increase", plain(1), plain(0))).toMatchObject({ met: true, target: 0 });
    expect(direction("decrease", plain(0), plain(0))).toMatchObject({ met: false });
  });

  it("compares ratios by their values, not their parts", () => {
    expect(direction("increase", { numerator: 30, denominator: 2 }, { numerator: 14, denominator: 1 })).toMatchObject({
      met: true,
    });
    expect(direction("decrease", { numerator: 30, denominator: 2 }, { numerator: 14, denominator: 1 })).toMatchObject({
      met: false,
    });
  });
});
