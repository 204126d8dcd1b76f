import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parseModel } from "../../src/model/parseModel.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { type CoverageGaps, coverageGaps } from "../../src/trace/coverageGaps.js";
import { factorsFor } from "../../src/trace/factorsFor.js";
import { methodsFor } from "../../src/trace/methodsFor.js";
import { arbitraryModel, changedModel, validModel } from "../model/fixtures.js";

describe("coverageGaps", () => {
  describe("on the Alblasserdam preset", () => {
    it("finds exactly the seven sub-goals without a success factor that domain.md §8 names, in model order", () => {
      expect(coverageGaps(alblasserdam).subgoalsWithoutFactor).toEqual([
        "klimaatadaptief-biodivers",
        "afhandeling-meldingen",
        "minder-woonfraude",
        "minder-dealen",
        "minder-ondermijning",
        "zichtbaarheid-wijkagenten",
        "hulpverlening-overlast",
      ]);
    });

    // domain.md §7: the six methods serve ten of the fifteen sub-goals. No method serves
    // afhandeling-meldingen (socialere-omgeving) nor four sub-goals of criminaliteit-overlast.
    it("finds the five sub-goals no method of domain.md §7 serves, in model order", () => {
      expect(coverageGaps(alblasserdam).subgoalsWithoutMethod).toEqual([
        "afhandeling-meldingen",
        "minder-woonfraude",
        "minder-dealen",
        "minder-ondermijning",
        "zichtbaarheid-wijkagenten",
      ]);
    });
  });

  describe("on a small model", () => {
    it("finds the sub-goals no group and no method serves", () => {
      expect(coverageGaps(parseModel(validModel()))).toEqual({
        subgoalsWithoutFactor: ["minder-inbraken", "minder-eenzaamheid"],
        subgoalsWithoutMethod: ["minder-eenzaamheid"],
      });
    });

    it("counts a sub-goal served only by a group without factors as without a factor", () => {
      const model = parseModel(
        changedModel((input) => {
          input.groups[1].factors = [];
        }),
      );
      expect(coverageGaps(model).subgoalsWithoutFactor).toEqual([
        "minder-inbraken",
        "meer-ontmoetingen",
        "minder-eenzaamheid",
      ]);
    });

    it("finds no gaps in a model without goals", () => {
      const model = parseModel(
        changedModel((input) => {
          input.goals = [];
          input.methods = [];
          input.groups = [];
        }),
      );
      expect(coverageGaps(model)).toEqual({ subgoalsWithoutFactor: [], subgoalsWithoutMethod: [] });
    });

    it("finds no gaps when every sub-goal has a group with factors and a method", () => {
      const model = parseModel(
        changedModel((input) => {
          const all = ["minder-inbraken", "meer-meldingen", "meer-ontmoetingen", "minder-eenzaamheid"];
          input.groups[0].subgoals = all;
          input.methods[0].subgoals = all;
        }),
      );
      expect(coverageGaps(model)).toEqual({ subgoalsWithoutFactor: [], subgoalsWithoutMethod: [] });
    });

    it("returns readonly lists", () => {
      expectTypeOf(coverageGaps).returns.toEqualTypeOf<CoverageGaps>();
      expectTypeOf<CoverageGaps["subgoalsWithoutFactor"]>().toEqualTypeOf<readonly string[]>();
    });
  });

  describe("laws", () => {
    it("lists a sub-goal without a factor exactly when factorsFor finds none, and without a method exactly when methodsFor finds none", () => {
      fc.assert(
        fc.property(arbitraryModel, (input) => {
          const model = parseModel(input);
          const subgoals = model.goals.flatMap((goal) => goal.subgoals.map((subgoal) => subgoal.id));
          const gaps = coverageGaps(model);
          expect(gaps.subgoalsWithoutFactor).toEqual(subgoals.filter((id) => factorsFor(model, id).length === 0));
          expect(gaps.subgoalsWithoutMethod).toEqual(subgoals.filter((id) => methodsFor(model, id).length === 0));
        }),
        { numRuns: 200 },
      );
    });
  });
});
