import { describe, expect, it } from "vitest";
import { threshold } from "../../../src/evaluate/rules/threshold.js";

const plain = (value: number) => ({ numerator: value, denominator: 1 });

describe("threshold", () => {
  it("meets a value within inclusive bounds", () => {
    expect(threshold({ kind: "threshold", atLeast: 10, atMost: 20 }, plain(10))).toEqual({ met: true, target: 10 });
    expect(threshold({ kind: "threshold", atLeast: 10, atMost: 20 }, plain(20))).toMatchObject({ met: true });
  });

  it("meets a value at or below atMost alone", () => {
    expect(threshold({ kind: "threshold", atMost: 20 }, plain(20))).toEqual({ met: true, target: 20 });
    expect(threshold({ kind: "threshold", atMost: 20 }, plain(0))).toEqual({ met: true, target: 20 });
    expect(threshold({ kind: "threshold", atMost: 20 }, plain(20.5))).toEqual({ met: false, target: 20 });
  });

  it("does not meet a value below atLeast when atMost is also given", () => {
    expect(threshold({ kind: "threshold", atLeast: 10, atMost: 20 }, plain(9))).toEqual({ met: false, target: 10 });
  });

  it("meets any value and names no target for a rule without bounds (which parsing never lets through)", () => {
    expect(threshold({ kind: "threshold" }, plain(5))).toStrictEqual({ met: true });
  });

  it("does not meet a value outside the bounds", () => {
    expect(threshold({ kind: "threshold", atLeast: 10 }, plain(9.5))).toMatchObject({ met: false });
    expect(threshold({ kind: "threshold", atMost: 0.1 }, { numerator: 3, denominator: 20 })).toEqual({
      met: false,
      target: 0.1,
    });
  });
});
