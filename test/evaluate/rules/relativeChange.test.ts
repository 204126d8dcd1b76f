import { describe, expect, it } from "vitest";
import { relativeChange } from "../../../src/evaluate/rules/relativeChange.js";

const plain = (value: number) => ({ numerator: value, denominator: 1 });
const increase10 = { kind: "relativeChange", direction: "increase", percent: 10 } as const;
const decrease10 = { kind: "relativeChange", direction: "decrease", percent: 10 } as const;

describe("relativeChange", () => {
  it("meets +10% from 100 to 110 exactly, although 100 * 1.1 is 110.00000000000001 in floating point", () => {
    expect(110 >= 100 * 1.1).toBe(false); // the trap the rule must not fall into
    expect(relativeChange(increase10, plain(110), plain(100))).toMatchObject({ met: true, target: 110 });
  });

  it("does not meet +10% from 100 to 109.99", () => {
    expect(relativeChange(increase10, plain(109.99), plain(100))).toMatchObject({ met: false });
  });

  it("meets -10% for a ratio going from 60/400 to 54/400", () => {
    expect(
      relativeChange(decrease10, { numerator: 54, denominator: 400 }, { numerator: 60, denominator: 400 }),
    ).toMatchObject({ met: true });
  });

  it("does not meet -10% for a ratio going from 60/400 to 54.01/400", () => {
    expect(
      relativeChange(decrease10, { numerator: 54.01, denominator: 400 }, { numerator: 60, denominator: 400 }),
    ).toMatchObject({ met: false });
  });

  it("meets +10% when a sum of decimals carries float noise (0.1 + 0.1 + 0.1 → 0.33)", () => {
    const baseline = plain(0.1 + 0.1 + 0.1);
    expect(0.33 >= (0.1 + 0.1 + 0.1) * 1.1).toBe(false);
    expect(relativeChange(increase10, plain(0.33), baseline)).toMatchObject({ met: true });
  });

  it("gives zero-baseline for a baseline of 0", () => {
    expect(relativeChange(increase10, plain(5), plain(0))).toEqual({ reason: "zero-baseline" });
  });

  it("reports progress as change over the target change", () => {
    const judgement = relativeChange(increase10, plain(105), plain(100));
    expect(judgement).toMatchObject({ met: false });
    expect("progress" in judgement && judgement.progress).toBeCloseTo(0.5, 12);
    const falling = relativeChange(decrease10, plain(95), plain(100));
    expect("progress" in falling && falling.progress).toBeCloseTo(0.5, 12);
  });

  it("reports the progress of a ratio from its sums: 60/400 → 54/400 is exactly the −10% target", () => {
    const judgement = relativeChange(
      decrease10,
      { numerator: 54, denominator: 400 },
      { numerator: 60, denominator: 400 },
    );
    expect("progress" in judgement && judgement.progress).toBeCloseTo(1, 12);
    // 30/200 (15%) → 81/600 (13.5%) is the same −10%, on other sums.
    const unequal = relativeChange(
      decrease10,
      { numerator: 81, denominator: 600 },
      { numerator: 30, denominator: 200 },
    );
    expect(unequal).toMatchObject({ met: true });
    expect("progress" in unequal && unequal.progress).toBeCloseTo(1, 12);
    expect("target" in unequal && unequal.target).toBeCloseTo(0.135, 12);
  });

  it("does not meet an increase target with a fall", () => {
    expect(relativeChange(increase10, plain(90), plain(100))).toMatchObject({ met: false });
    expect(relativeChange(decrease10, plain(111), plain(100))).toMatchObject({ met: false });
  });
});
