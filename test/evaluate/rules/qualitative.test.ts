import { describe, expect, it } from "vitest";
import { isSignificant, qualitative } from "../../../src/evaluate/rules/qualitative.js";

const survey = (positive: number, respondents: number) => ({ numerator: positive, denominator: respondents });
const rise = { kind: "qualitative", direction: "increase" } as const;

describe("qualitative", () => {
  it("meets a rise from 40% to 52.4% with 200 and 210 respondents (z ≈ 2.53)", () => {
    expect(qualitative(rise, survey(110, 210), survey(80, 200))).toMatchObject({ met: true, significant: true });
  });

  it("does not meet a rise from 40% to 45% with 100 respondents each (z ≈ 0.71)", () => {
    expect(qualitative(rise, survey(45, 100), survey(40, 100))).toMatchObject({ met: false, significant: false });
  });

  it("does not meet an increase rule with a significant fall", () => {
    expect(qualitative(rise, survey(20, 200), survey(80, 200))).toMatchObject({ met: false, significant: true });
    expect(qualitative({ ...rise, direction: "decrease" }, survey(20, 200), survey(80, 200))).toMatchObject({
      met: true,
    });
  });

  it("does not meet a decrease rule with a significant rise", () => {
    expect(qualitative({ ...rise, direction: "decrease" }, survey(110, 210), survey(80, 200))).toMatchObject({
      met: false,
      significant: true,
    });
  });

  it("sets the baseline share as the target to move away from", () => {
    expect(qualitative(rise, survey(110, 210), survey(80, 200))).toMatchObject({ target: 0.4 });
    expect(qualitative({ ...rise, direction: "decrease" }, survey(20, 200), survey(80, 200))).toMatchObject({
      target: 0.4,
    });
  });

  it("needs 30 respondents in each period by default", () => {
    expect(qualitative(rise, survey(29, 29), survey(0, 300))).toEqual({ reason: "too-few-respondents" });
    expect(qualitative(rise, survey(300, 300), survey(0, 29))).toEqual({ reason: "too-few-respondents" });
    expect(qualitative(rise, survey(30, 30), survey(0, 30))).toMatchObject({ met: true });
  });

  it("takes minRespondents from the rule", () => {
    expect(qualitative({ ...rise, minRespondents: 100 }, survey(90, 99), survey(10, 500))).toEqual({
      reason: "too-few-respondents",
    });
    expect(qualitative({ ...rise, minRespondents: 5 }, survey(5, 5), survey(0, 5))).toMatchObject({ met: true });
  });

  it("uses the two-sided 95% critical value 1.96 (pooled two-proportion z-test)", () => {
    // 50/100 vs 64/100: pooled p = 0.57, se = sqrt(0.57·0.43·0.02) = 0.07002, z = 0.14 / 0.07002 = 1.9995
    expect(isSignificant(survey(64, 100), survey(50, 100))).toBe(true);
    // 50/100 vs 63/100: pooled p = 0.565, se = 0.07011, z = 1.854
    expect(isSignificant(survey(63, 100), survey(50, 100))).toBe(false);
  });

  it("treats two shares both at 0% or both at 100% as not different", () => {
    expect(isSignificant(survey(0, 100), survey(0, 100))).toBe(false);
    expect(isSignificant(survey(100, 100), survey(100, 100))).toBe(false);
  });
});
