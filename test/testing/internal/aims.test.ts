import { describe, expect, it } from "vitest";
import type { Model } from "../../../src/model/Model.js";
import type { Rule } from "../../../src/model/rule.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { readAims } from "../../../src/testing/internal/aims.js";

const label = { nl: "x", en: "x" };
/** The preset with one extra group whose factors judge the given indicators by the given rules. */
function withFactors(...measures: [indicator: string, rule: Rule][]): Model {
  return {
    ...alblasserdam,
    groups: [
      ...alblasserdam.groups,
      {
        id: "extra",
        label,
        subgoals: [],
        provenance: "interpreted",
        factors: measures.map(([indicator, rule], index) => ({
          id: `extra-${index}`,
          what: label,
          objective: label,
          criterion: label,
          measures: [{ indicator, rule, provenance: "interpreted" as const }],
          provenance: "interpreted" as const,
        })),
      },
    ],
  };
}

describe("readAims", () => {
  it("reads a relative target as a direction and a yearly rate", () => {
    expect(readAims(alblasserdam).of("fixi-meldingen", "count")).toEqual({
      kind: "change",
      sign: 1,
      rate: 0.1,
      minRespondents: 30,
    });
    expect(readAims(alblasserdam).of("mutatiegraad", "ratio")).toEqual({
      kind: "change",
      sign: -1,
      rate: 0.1,
      minRespondents: 30,
    });
  });

  it("reads a perPeriod rule on a count as a yearly total", () => {
    expect(readAims(alblasserdam).of("formeel-netwerk", "count")).toEqual({ kind: "perPeriod", perYear: 10 });
    const quarterly = withFactors(["fixi-meldingen", { kind: "perPeriod", amount: 5, per: "quarter" }]);
    expect(readAims({ ...quarterly, groups: quarterly.groups.slice(-1) }).of("fixi-meldingen", "count")).toEqual({
      kind: "perPeriod",
      perYear: 20,
    });
  });

  it("takes the aim from the first factor measure that reads the indicator", () => {
    const model = withFactors(["fixi-meldingen", { kind: "decrease" }]);
    expect(readAims(model).of("fixi-meldingen", "count")).toMatchObject({ kind: "change", sign: 1, rate: 0.1 });
  });

  it("marks an indicator programme-wide when any factor judges it per period", () => {
    const model = withFactors(["fixi-meldingen", { kind: "perPeriod", amount: 100, per: "year" }]);
    expect([...readAims(model).rootOnly].sort()).toEqual(["fixi-meldingen", "formeel-netwerk", "informeel-netwerk"]);
  });

  it("treats an indicator that no factor reads, a tracked one, and a perPeriod rule on a non-count as increase-like", () => {
    const increaseLike = { kind: "change", sign: 1, rate: 0, minRespondents: 30 };
    expect(readAims(alblasserdam).of("not-read-anywhere", "count")).toEqual(increaseLike);
    expect(readAims(withFactors(["nieuw", { kind: "tracked" }])).of("nieuw", "stock")).toEqual(increaseLike);
    expect(
      readAims(withFactors(["nieuw", { kind: "perPeriod", amount: 3, per: "month" }])).of("nieuw", "ratio"),
    ).toEqual(increaseLike);
  });

  it("keeps a qualitative rule's minimum of respondents and a threshold's bounds", () => {
    const model = withFactors(
      ["a", { kind: "qualitative", direction: "decrease", minRespondents: 500 }],
      ["b", { kind: "threshold", atMost: 0.4 }],
    );
    expect(readAims(model).of("a", "share")).toEqual({ kind: "change", sign: -1, rate: 0, minRespondents: 500 });
    expect(readAims(model).of("b", "share")).toEqual({ kind: "threshold", atLeast: undefined, atMost: 0.4 });
  });
});
