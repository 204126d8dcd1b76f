import { describe, expect, it } from "vitest";
import { parseModel } from "../../src/model/parseModel.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { goalsServedBy } from "../../src/trace/goalsServedBy.js";
import { changedModel, validModel } from "../model/fixtures.js";

const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id);
const served = (result: ReturnType<typeof goalsServedBy>) => ({
  goals: idsOf(result.goals),
  subgoals: idsOf(result.subgoals),
});

describe("goalsServedBy", () => {
  describe("on the Alblasserdam preset (domain.md §7)", () => {
    it("finds the goals and sub-goals voorlichting-en-pr serves, in model order", () => {
      expect(served(goalsServedBy(alblasserdam, "voorlichting-en-pr"))).toEqual({
        goals: ["eenzaamheid-armoede-schulden", "criminaliteit-overlast"],
        subgoals: ["signalering-omzien", "acceptatie-hulpverlening", "meldingsbereidheid", "hulpverlening-overlast"],
      });
    });

    it("finds the one goal aanbieden-ontwikkelperspectief serves", () => {
      expect(served(goalsServedBy(alblasserdam, "aanbieden-ontwikkelperspectief"))).toEqual({
        goals: ["tolerantie-solidariteit"],
        subgoals: ["ontwikkelperspectief"],
      });
    });

    it("finds the goals and sub-goals of every method as domain.md §7 links them", () => {
      expect(served(goalsServedBy(alblasserdam, "aanwezig-in-de-buurten"))).toEqual({
        goals: ["tolerantie-solidariteit", "eenzaamheid-armoede-schulden", "criminaliteit-overlast"],
        subgoals: ["toegankelijke-hulp", "signalering-omzien", "hulpverlening-overlast"],
      });
      expect(served(goalsServedBy(alblasserdam, "verstevigen-netwerk-samenwerking"))).toEqual({
        goals: ["eenzaamheid-armoede-schulden", "socialere-omgeving"],
        subgoals: ["signalering-omzien", "onderhouden-schoon-veilig"],
      });
    });
  });

  describe("on a small model", () => {
    const model = parseModel(validModel());

    it("lists a goal once when the method serves two of its sub-goals", () => {
      expect(served(goalsServedBy(model, "buurtpreventie"))).toEqual({
        goals: ["veiliger"],
        subgoals: ["minder-inbraken", "meer-meldingen"],
      });
    });

    it("returns the model's own goal and sub-goal objects", () => {
      const result = goalsServedBy(model, "buurtfeesten");
      expect(result.goals[0]).toBe(model.goals[1]);
      expect(result.subgoals[0]).toBe(model.goals[1]?.subgoals[0]);
    });

    it("lists sub-goals in model order, not in the method's order", () => {
      const reordered = parseModel(
        changedModel((input) => {
          input.methods[0].subgoals = ["meer-ontmoetingen", "meer-meldingen", "minder-inbraken"];
        }),
      );
      expect(served(goalsServedBy(reordered, "buurtpreventie"))).toEqual({
        goals: ["veiliger", "socialer"],
        subgoals: ["minder-inbraken", "meer-meldingen", "meer-ontmoetingen"],
      });
    });

    it("returns empty lists for an unknown method or a goal id", () => {
      expect(goalsServedBy(model, "onbekend")).toEqual({ goals: [], subgoals: [] });
      expect(goalsServedBy(model, "veiliger")).toEqual({ goals: [], subgoals: [] });
    });

    it("returns empty lists for a method that serves no sub-goal", () => {
      const idle = parseModel(
        changedModel((input) => {
          input.methods[1].subgoals = [];
        }),
      );
      expect(goalsServedBy(idle, "buurtfeesten")).toEqual({ goals: [], subgoals: [] });
    });
  });
});
