import { describe, expect, it } from "vitest";
import { Observation } from "../../src/index.js";

const row = { indicator: "fixi-meldingen", area: "GM0482", period: "2024" };
const problems = (input: unknown) => {
  const result = Observation.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("Observation (the schema)", () => {
  it("accepts a row of each group of figures", () => {
    expect(problems({ ...row, value: 530 })).toEqual([]);
    expect(problems({ ...row, numerator: 40, denominator: 1000 })).toEqual([]);
    expect(problems({ ...row, respondents: 200, positive: 80 })).toEqual([]);
  });

  it("rejects what parseObservations rejects without a model: a value and a numerator together", () => {
    expect(problems({ ...row, value: 1, numerator: 1, denominator: 2 })).toEqual([
      ": a row holds one group of figures: value, or numerator and denominator, or respondents and positive",
    ]);
  });

  it("rejects a malformed CBS code (BU12) and a CBS code in lower case", () => {
    expect(problems({ ...row, area: "BU12", value: 1 })[0]).toMatch(/^area: 'BU12' is not a CBS buurt code/);
    expect(problems({ ...row, area: "gm0482", value: 1 })).toEqual([
      "area: 'gm0482' is a CBS code in lower case: write 'GM0482'",
    ]);
  });

  it("rejects an unreadable period, half a ratio, and more positives than respondents", () => {
    expect(problems({ ...row, period: "2024-Q5", value: 1 })).toEqual([
      "period: '2024-Q5' is not a period: a quarter is Q1 to Q4",
    ]);
    expect(problems({ ...row, numerator: 1 })).toEqual([
      "denominator: missing: a ratio needs numerator and denominator",
    ]);
    expect(problems({ ...row, respondents: 10, positive: 11 })).toEqual([
      "positive: positive (11) must not exceed respondents (10)",
    ]);
  });
  it("names the missing half of a ratio or a share, whichever half is given", () => {
    expect(problems({ ...row, denominator: 1000 })).toEqual([
      "numerator: missing: a ratio needs numerator and denominator",
    ]);
    expect(problems({ ...row, respondents: 200 })).toEqual([
      "positive: missing: a share needs respondents and positive",
    ]);
    expect(problems({ ...row, positive: 80 })).toEqual([
      "respondents: missing: a share needs respondents and positive",
    ]);
  });

  it("rejects an area id with a character outside letters, digits, '-', '_' and '.': 'GM 0482' has a space", () => {
    expect(problems({ ...row, area: "GM 0482", value: 1 })).toEqual([
      "area: an area id holds letters, digits, '-', '_' and '.'",
    ]);
  });
});
