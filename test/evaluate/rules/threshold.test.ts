import { describe, expect, it } from "vitest";
import { threshold } from "../../../src/evaluate/rules/threshold.js";

const plain = (value: number) => ({ numerator: value, denominator: 1 });

describe("threshold", () => {
  it("meets a value within inclusive bounds", () => {
    expect(threshold({ kind: "threshold", atLeast: 10, atMost: 20 }, plain(10))).toEqual({ met: true, target: 10 });
    expect(threshold({ kind: "threshold", atLeast: 10, atMost: 20 }, plain(20))).toMatchObject({ met: true });
  });

  it("does not meet a value outside the bounds", () => {
    expect(threshold({ kind: "threshold", atLeast: 10 }, plain(9.5))).toMatchObject({ met: false });
    expect(threshold({ kind: "threshold", atMost: 0.1 }, { numerator: 3, denominator: 20 })).toEqual({ met: false, target: 0.1 });
  });
});
