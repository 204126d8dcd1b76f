import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseModel } from "../../src/model/parseModel.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { methodsFor } from "../../src/trace/methodsFor.js";
import { arbitraryModel, validModel } from "../model/fixtures.js";

const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe("methodsFor", () => {
  describe("on the Alblasserdam preset (domain.md §7)", () => {
    it("finds the one method that serves meldingsbereidheid", () => {
      expect(idsOf(methodsFor(alblasserdam, "meldingsbereidheid"))).toEqual(["voorlichting-en-pr"]);
    });

    it("finds the three methods that serve signalering-omzien, in model order", () => {
      expect(idsOf(methodsFor(alblasserdam, "signalering-omzien"))).toEqual([
        "aanwezig-in-de-buurten",
        "verstevigen-netwerk-samenwerking",
        "voorlichting-en-pr",
      ]);
    });

    it("finds the methods of a goal through all its sub-goals, each once", () => {
      expect(idsOf(methodsFor(alblasserdam, "tolerantie-solidariteit"))).toEqual([
        "inspireren-ondersteunen-bewoners",
        "aanwezig-in-de-buurten",
        "aanbieden-ontwikkelperspectief",
      ]);
      expect(idsOf(methodsFor(alblasserdam, "socialere-omgeving"))).toEqual([
        "inspireren-ondersteunen-bewoners",
        "aanpakken-buitenruimte",
        "verstevigen-netwerk-samenwerking",
      ]);
      expect(idsOf(methodsFor(alblasserdam, "criminaliteit-overlast"))).toEqual([
        "aanwezig-in-de-buurten",
        "voorlichting-en-pr",
      ]);
    });

    it("finds no method for a sub-goal that no method serves", () => {
      expect(methodsFor(alblasserdam, "minder-dealen")).toEqual([]);
    });
  });

  describe("on a small model", () => {
    const model = parseModel(validModel());

    it("returns the model's own method objects", () => {
      const [method] = methodsFor(model, "minder-inbraken");
      expect(method).toBe(model.methods[0]);
    });

    it("counts a method once when it serves two sub-goals of the goal asked for", () => {
      expect(idsOf(methodsFor(model, "veiliger"))).toEqual(["buurtpreventie"]);
    });

    it("finds nothing for a sub-goal without methods", () => {
      expect(methodsFor(model, "minder-eenzaamheid")).toEqual([]);
    });

    it("finds nothing for an unknown id, a method id or an empty id", () => {
      expect(methodsFor(model, "onbekend")).toEqual([]);
      expect(methodsFor(model, "buurtpreventie")).toEqual([]);
      expect(methodsFor(model, "")).toEqual([]);
    });
  });

  describe("laws", () => {
    it("finds, for a goal, the methods of its sub-goals together, in model order", () => {
      fc.assert(
        fc.property(arbitraryModel, (input) => {
          const model = parseModel(input);
          for (const goal of model.goals) {
            const fromSubgoals = new Set(goal.subgoals.flatMap((subgoal) => methodsFor(model, subgoal.id)));
            expect(methodsFor(model, goal.id)).toEqual(model.methods.filter((method) => fromSubgoals.has(method)));
          }
        }),
        { numRuns: 100 },
      );
    });

    it("finds every method from each sub-goal it links to", () => {
      fc.assert(
        fc.property(arbitraryModel, (input) => {
          const model = parseModel(input);
          for (const method of model.methods)
            for (const subgoal of method.subgoals) expect(methodsFor(model, subgoal)).toContain(method);
        }),
        { numRuns: 100 },
      );
    });
  });
});
