import { describe, expect, it } from "vitest";
import { parseModel } from "../../src/model/parseModel.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { factorsFor } from "../../src/trace/factorsFor.js";
import { changedModel, validModel } from "../model/fixtures.js";

const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id);
const groupFactors = (group: string) =>
  idsOf(alblasserdam.groups.find((candidate) => candidate.id === group)?.factors ?? []);

describe("factorsFor", () => {
  describe("on the Alblasserdam preset (domain.md §8)", () => {
    it("finds the three factors of Groep 5 for the sub-goal ontwikkelperspectief", () => {
      expect(idsOf(factorsFor(alblasserdam, "ontwikkelperspectief"))).toEqual([
        "talentontwikkelplekken",
        "uitstroom-uitkering",
        "ervaren-ontwikkelperspectief",
      ]);
    });

    it("finds the six factors of Groep 2 for the sub-goal signalering-omzien", () => {
      expect(idsOf(factorsFor(alblasserdam, "signalering-omzien"))).toEqual([
        "netwerkbijeenkomsten",
        "bekendheid-voorzieningen",
        "formeel-netwerk",
        "informeel-netwerk",
        "laagdrempeligheid",
        "staat-van-de-buurt",
      ]);
    });

    it("finds the factors of a goal through all its sub-goals, group by group in model order", () => {
      expect(idsOf(factorsFor(alblasserdam, "eenzaamheid-armoede-schulden"))).toEqual([
        ...groupFactors("signalering-netwerk"),
        ...groupFactors("toegankelijke-hulp-dienstverlening"),
      ]);
      expect(idsOf(factorsFor(alblasserdam, "tolerantie-solidariteit"))).toEqual([
        ...groupFactors("toegankelijke-hulp-dienstverlening"),
        ...groupFactors("ontmoetingen-gezelligheid"),
        ...groupFactors("ontwikkelperspectief"),
      ]);
      expect(factorsFor(alblasserdam, "tolerantie-solidariteit")).toHaveLength(5 + 6 + 3);
    });

    it("counts the factors of Groep 1 once for criminaliteit-overlast", () => {
      expect(idsOf(factorsFor(alblasserdam, "criminaliteit-overlast"))).toEqual(
        groupFactors("eigenaarschap-buitenruimte"),
      );
      expect(factorsFor(alblasserdam, "criminaliteit-overlast")).toHaveLength(7);
    });

    it("finds no factor for a sub-goal without a success factor", () => {
      expect(factorsFor(alblasserdam, "minder-dealen")).toEqual([]);
      expect(factorsFor(alblasserdam, "klimaatadaptief-biodivers")).toEqual([]);
    });
  });

  describe("on a small model", () => {
    it("returns the model's own factor objects", () => {
      const model = parseModel(validModel());
      expect(factorsFor(model, "meer-meldingen")[0]).toBe(model.groups[0]?.factors[0]);
    });

    it("finds the factors of a goal through any of its sub-goals", () => {
      const model = parseModel(validModel());
      expect(idsOf(factorsFor(model, "veiliger"))).toEqual(["meer-meldingen-app", "trots-gevoel"]);
      expect(idsOf(factorsFor(model, "socialer"))).toEqual(["verhuizingen-omlaag"]);
    });

    it("counts a factor once when its group serves two sub-goals of the same goal", () => {
      const model = parseModel(
        changedModel((input) => {
          input.groups[0].subgoals = ["minder-inbraken", "meer-meldingen"];
        }),
      );
      expect(idsOf(factorsFor(model, "veiliger"))).toEqual(["meer-meldingen-app", "trots-gevoel"]);
    });

    it("counts a factor once when its group lists the same sub-goal twice", () => {
      const model = parseModel(
        changedModel((input) => {
          input.groups[0].subgoals = ["meer-meldingen", "meer-meldingen"];
        }),
      );
      expect(idsOf(factorsFor(model, "meer-meldingen"))).toEqual(["meer-meldingen-app", "trots-gevoel"]);
    });

    it("finds nothing for an unknown id, a group id or a factor id", () => {
      const model = parseModel(validModel());
      expect(factorsFor(model, "onbekend")).toEqual([]);
      expect(factorsFor(model, "melden")).toEqual([]);
      expect(factorsFor(model, "trots-gevoel")).toEqual([]);
    });

    it("finds nothing for a sub-goal served only by a group without factors", () => {
      const model = parseModel(
        changedModel((input) => {
          input.groups[1].factors = [];
        }),
      );
      expect(factorsFor(model, "meer-ontmoetingen")).toEqual([]);
    });
  });
});
