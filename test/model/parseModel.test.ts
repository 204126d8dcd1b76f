import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import type { Model } from "../../src/model/Model.js";
import { parseModel } from "../../src/model/parseModel.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { arbitraryModel, changedModel, fullIssuesOf, isDeeplyFrozen, issuesOf, label, validModel } from "./fixtures.js";

/** The error parseModel throws for `input`; fails when it does not throw one. */
function errorOf(input: unknown): BuurtaanpakError {
  try {
    parseModel(input);
  } catch (error) {
    if (error instanceof BuurtaanpakError) return error;
    throw error;
  }
  throw new Error("expected parseModel to throw");
}

describe("parseModel", () => {
  it("returns a small valid model unchanged in content", () => {
    const input = validModel();
    expect(parseModel(input)).toEqual(input);
    expectTypeOf(parseModel).returns.toEqualTypeOf<Model>();
  });

  describe("dangling references", () => {
    it("rejects a method that points to an unknown strategy line, naming its JSON path", () => {
      const input = changedModel((model) => {
        model.methods[0].strategyLine = "handhaven";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "unknown-reference",
          path: ["methods", 0, "strategyLine"],
          message: "unknown strategy line 'handhaven'",
        },
      ]);
    });

    it("rejects a method that points to an unknown sub-goal, naming its JSON path", () => {
      const input = changedModel((model) => {
        model.methods[1].subgoals.push("minder-dealen");
      });
      expect(issuesOf(input)).toEqual([
        { code: "unknown-reference", path: ["methods", 1, "subgoals", 1], message: "unknown sub-goal 'minder-dealen'" },
      ]);
    });

    it("rejects a method that points to a goal where a sub-goal belongs", () => {
      const input = changedModel((model) => {
        model.methods[1].subgoals = ["socialer"];
      });
      expect(issuesOf(input)).toEqual([
        { code: "unknown-reference", path: ["methods", 1, "subgoals", 0], message: "unknown sub-goal 'socialer'" },
      ]);
    });

    it("rejects a group that points to an unknown sub-goal, naming its JSON path", () => {
      const input = changedModel((model) => {
        model.groups[0].subgoals = ["meer-meldingen", "minder-dealen"];
      });
      expect(issuesOf(input)).toEqual([
        { code: "unknown-reference", path: ["groups", 0, "subgoals", 1], message: "unknown sub-goal 'minder-dealen'" },
      ]);
    });

    it("rejects a measure that points to an unknown indicator, naming its JSON path", () => {
      const input = changedModel((model) => {
        model.groups[1].factors[0].measures[0].indicator = "verhuisgraad";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "unknown-reference",
          path: ["groups", 1, "factors", 0, "measures", 0, "indicator"],
          message: "unknown indicator 'verhuisgraad'",
        },
      ]);
    });

    it("rejects a goal that points to an unknown theme, naming its JSON path", () => {
      const input = changedModel((model) => {
        model.goals[1].theme = "armoede";
      });
      expect(issuesOf(input)).toEqual([
        { code: "unknown-reference", path: ["goals", 1, "theme"], message: "unknown theme 'armoede'" },
      ]);
    });

    it("rejects an area whose parent does not exist, naming its JSON path", () => {
      const input = changedModel((model) => {
        model.areas[2].parent = "WK999902";
      });
      expect(issuesOf(input)).toEqual([
        { code: "unknown-reference", path: ["areas", 2, "parent"], message: "unknown parent area 'WK999902'" },
      ]);
    });
  });

  describe("duplicate ids", () => {
    it("rejects two goals with the same id, pointing at the second and naming the first", () => {
      const input = changedModel((model) => {
        model.goals[1].id = "veiliger";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["goals", 1, "id"],
          message: "duplicate goal or sub-goal id 'veiliger' (first at goals[0])",
        },
      ]);
    });

    it("rejects the same sub-goal id under two goals", () => {
      const input = changedModel((model) => {
        model.goals[1].subgoals[1].id = "minder-inbraken";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["goals", 1, "subgoals", 1, "id"],
          message: "duplicate goal or sub-goal id 'minder-inbraken' (first at goals[0].subgoals[0])",
        },
      ]);
    });

    it("rejects a sub-goal that shares its id with a goal, since queries take either", () => {
      const input = changedModel((model) => {
        model.goals[1].subgoals[1].id = "veiliger";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["goals", 1, "subgoals", 1, "id"],
          message: "duplicate goal or sub-goal id 'veiliger' (first at goals[0])",
        },
      ]);
    });

    it("rejects the same factor id in two groups", () => {
      const input = changedModel((model) => {
        model.groups[1].factors[0].id = "meer-meldingen-app";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["groups", 1, "factors", 0, "id"],
          message: "duplicate factor id 'meer-meldingen-app' (first at groups[0].factors[0])",
        },
      ]);
    });

    it("rejects two indicators with the same id", () => {
      const input = changedModel((model) => {
        model.indicators[3].id = "meldingen";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["indicators", 3, "id"],
          message: "duplicate indicator id 'meldingen' (first at indicators[0])",
        },
        // The factor that read the renamed indicator now points nowhere.
        {
          code: "unknown-reference",
          path: ["groups", 0, "factors", 1, "measures", 0, "indicator"],
          message: "unknown indicator 'trots'",
        },
      ]);
    });

    it("rejects two areas with the same id", () => {
      const input = changedModel((model) => {
        model.areas.push({ id: "WK999901", kind: "wijk", name: "Tweede centrum", parent: "GM9999" });
      });
      expect(issuesOf(input)).toEqual([
        { code: "duplicate-id", path: ["areas", 3, "id"], message: "duplicate area id 'WK999901' (first at areas[1])" },
      ]);
    });

    it("rejects two methods, groups or strategy lines with the same id", () => {
      const input = changedModel((model) => {
        model.methods[1].id = "buurtpreventie";
        model.groups[1].id = "melden";
        model.strategyLines.push({ ...structuredClone(model.strategyLines[0]), elements: [] });
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["strategyLines", 1, "id"],
          message: "duplicate strategy line id 'samenwerken' (first at strategyLines[0])",
        },
        {
          code: "duplicate-id",
          path: ["methods", 1, "id"],
          message: "duplicate method id 'buurtpreventie' (first at methods[0])",
        },
        {
          code: "duplicate-id",
          path: ["groups", 1, "id"],
          message: "duplicate group id 'melden' (first at groups[0])",
        },
      ]);
    });
  });

  describe("duplicate ids in the vision's other lists", () => {
    const figure = (id: string, theme?: string) => ({
      id,
      label: label("Inwoners"),
      text: label("20.000 inwoners"),
      value: 20000,
      unit: "fraction",
      ...(theme === undefined ? {} : { theme }),
      provenance: "stated",
    });

    it("rejects two values, two themes or two context figures with the same id", () => {
      const input = changedModel((model) => {
        model.values.push({ id: "open", label: label("Open"), provenance: "stated" });
        model.themes.push({ id: "veiligheid", label: label("Veiligheid"), provenance: "stated" });
        model.context.push(figure("inwoners"), figure("inwoners"));
      });
      expect(issuesOf(input)).toEqual([
        { code: "duplicate-id", path: ["values", 1, "id"], message: "duplicate value id 'open' (first at values[0])" },
        {
          code: "duplicate-id",
          path: ["themes", 1, "id"],
          message: "duplicate theme id 'veiligheid' (first at themes[0])",
        },
        {
          code: "duplicate-id",
          path: ["context", 1, "id"],
          message: "duplicate context figure id 'inwoners' (first at context[0])",
        },
      ]);
    });

    it("rejects the same strategy element id in two strategy lines", () => {
      const input = changedModel((model) => {
        model.strategyLines.push({ ...structuredClone(model.strategyLines[0]), id: "handhaven" });
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["strategyLines", 1, "elements", 0, "id"],
          message: "duplicate strategy element id 'netwerk' (first at strategyLines[0].elements[0])",
        },
      ]);
    });

    it("rejects two impact levels with the same id", () => {
      const input = changedModel((model) => {
        model.impactLevels = [
          { id: "straat", label: label("Straat"), provenance: "stated" },
          { id: "wijk", label: label("Wijk"), provenance: "stated" },
          { id: "straat", label: label("Straat"), provenance: "stated" },
        ];
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["impactLevels", 2, "id"],
          message: "duplicate impact level id 'straat' (first at impactLevels[0])",
        },
      ]);
    });

    it("rejects a party that is both initiator and partner, and duplicate governance bodies and policy documents", () => {
      const party = (id: string) => ({ id, name: id, provenance: "stated" });
      const named = (id: string) => ({ id, label: label(id), provenance: "stated" });
      const input = changedModel((model) => {
        model.programme = {
          role: label("Verbinder"),
          initiators: [party("woonkracht10"), party("gemeente")],
          partners: [party("politie"), party("gemeente")],
          governance: [named("stuurgroep"), named("stuurgroep")],
          policyFrame: [named("coalitieakkoord"), named("woonvisie"), named("coalitieakkoord")],
        };
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["programme", "partners", 1, "id"],
          message: "duplicate party id 'gemeente' (first at programme.initiators[1])",
        },
        {
          code: "duplicate-id",
          path: ["programme", "governance", 1, "id"],
          message: "duplicate governance body id 'stuurgroep' (first at programme.governance[0])",
        },
        {
          code: "duplicate-id",
          path: ["programme", "policyFrame", 2, "id"],
          message: "duplicate policy document id 'coalitieakkoord' (first at programme.policyFrame[0])",
        },
      ]);
    });

    it("accepts a programme whose parties, bodies and documents are all distinct", () => {
      const input = changedModel((model) => {
        model.programme = {
          role: label("Verbinder"),
          initiators: [{ id: "woonkracht10", name: "Woonkracht10", provenance: "stated" }],
          partners: [{ id: "politie", name: "Politie", provenance: "stated" }],
          governance: [{ id: "stuurgroep", label: label("Stuurgroep"), provenance: "stated" }],
          policyFrame: [],
        };
      });
      expect(parseModel(input).programme?.partners.map((partner) => partner.id)).toEqual(["politie"]);
    });

    it("rejects a context figure that points to an unknown theme, and accepts one that points to a known theme", () => {
      const input = changedModel((model) => {
        model.context.push(figure("inwoners", "veiligheid"), figure("armoede-cijfer", "armoede"));
      });
      expect(issuesOf(input)).toEqual([
        { code: "unknown-reference", path: ["context", 1, "theme"], message: "unknown theme 'armoede'" },
      ]);
    });
  });

  describe("area hierarchy", () => {
    it("rejects two areas that are each other's parent (A → B → A) with one issue, at the first of them, naming both", () => {
      const input = changedModel((model) => {
        model.areas.push(
          { id: "noord", kind: "area", name: "Noord", parent: "zuid" },
          { id: "zuid", kind: "area", name: "Zuid", parent: "noord" },
        );
      });
      expect(fullIssuesOf(input)).toEqual([
        {
          code: "area-cycle",
          path: ["areas", 3, "parent"],
          params: { members: ["noord", "zuid"] },
          message: "2 areas form a cycle: noord → zuid → noord",
        },
      ]);
    });

    it("rejects an area that is its own parent", () => {
      const input = changedModel((model) => {
        model.areas.push({ id: "noord", kind: "area", name: "Noord", parent: "noord" });
      });
      expect(issuesOf(input)).toEqual([
        { code: "area-cycle", path: ["areas", 3, "parent"], message: "area 'noord' is its own parent" },
      ]);
    });

    it("rejects a longer cycle once, from its first-listed member along the parents, and leaves the areas that only hang below it alone", () => {
      const input = changedModel((model) => {
        model.areas.push(
          { id: "a", kind: "area", name: "A", parent: "c" },
          { id: "b", kind: "area", name: "B", parent: "a" },
          { id: "c", kind: "area", name: "C", parent: "b" },
          { id: "d", kind: "area", name: "D", parent: "a" },
        );
      });
      // a's parent is c, c's is b, b's is a: the walk from a, the first listed.
      expect(fullIssuesOf(input)).toEqual([
        {
          code: "area-cycle",
          path: ["areas", 3, "parent"],
          params: { members: ["a", "c", "b"] },
          message: "3 areas form a cycle: a → c → b → a",
        },
      ]);
    });

    it("finds a cycle that a walk enters from below, and still names it from its first-listed member", () => {
      const input = changedModel((model) => {
        model.areas.push(
          { id: "onder", kind: "area", name: "Onder", parent: "y" },
          { id: "x", kind: "area", name: "X", parent: "y" },
          { id: "y", kind: "area", name: "Y", parent: "x" },
        );
      });
      // The walk starts at onder (areas[3]) and meets the loop at y; its first-listed member is x.
      expect(fullIssuesOf(input)).toEqual([
        {
          code: "area-cycle",
          path: ["areas", 4, "parent"],
          params: { members: ["x", "y"] },
          message: "2 areas form a cycle: x → y → x",
        },
      ]);
    });

    it("reports two separate cycles as two issues", () => {
      const input = changedModel((model) => {
        model.areas.push(
          { id: "p", kind: "area", name: "P", parent: "q" },
          { id: "r", kind: "area", name: "R", parent: "r" },
          { id: "q", kind: "area", name: "Q", parent: "p" },
        );
      });
      expect(issuesOf(input)).toEqual([
        { code: "area-cycle", path: ["areas", 3, "parent"], message: "2 areas form a cycle: p → q → p" },
        { code: "area-cycle", path: ["areas", 4, "parent"], message: "area 'r' is its own parent" },
      ]);
    });

    it("accepts areas that hang below one another without a cycle, in any order", () => {
      const input = changedModel((model) => {
        model.areas.reverse();
      });
      expect(parseModel(input).areas.map((area) => area.id)).toEqual(["BU99990101", "WK999901", "GM9999"]);
    });
  });

  describe("CBS area codes", () => {
    it("rejects a buurt code with a digit too few (BU0482010)", () => {
      const input = changedModel((model) => {
        model.areas[2] = { id: "BU0482010", kind: "buurt", name: "Redersbuurt" };
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "not-a-cbs-code",
          path: ["areas", 2, "id"],
          message:
            "'BU0482010' is not a CBS buurt code: BU + gemeente (4 digits) + wijk (2) + buurt (2), such as BU04820102",
        },
      ]);
    });

    it("rejects a wijk code with a digit too few (WK04821)", () => {
      const input = changedModel((model) => {
        model.areas[1].id = "WK04821";
        model.areas.pop();
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "not-a-cbs-code",
          path: ["areas", 1, "id"],
          message: "'WK04821' is not a CBS wijk code: WK + gemeente (4 digits) + wijk (2), such as WK048201",
        },
      ]);
    });

    it("rejects a gemeente code with three digits (GM482)", () => {
      const input = changedModel((model) => {
        model.areas = [{ id: "GM482", kind: "gemeente", name: "Alblasserdam" }];
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "not-a-cbs-code",
          path: ["areas", 0, "id"],
          message: "'GM482' is not a CBS gemeente code: GM + 4 digits, such as GM0482",
        },
      ]);
    });

    it("rejects a buurt code used as the id of a wijk", () => {
      const input = changedModel((model) => {
        model.areas[1].id = "BU99990102";
        model.areas.pop();
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "cbs-kind-mismatch",
          path: ["areas", 1, "id"],
          message: "'BU99990102' is a CBS buurt code, but the area is a wijk",
        },
      ]);
    });

    it("rejects a buurt whose id is neither a CBS code nor marked synthetic", () => {
      const input = changedModel((model) => {
        model.areas[2].id = "dorpskern";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "not-a-cbs-code",
          path: ["areas", 2, "id"],
          message:
            "'dorpskern' is not a CBS buurt code: BU + gemeente (4 digits) + wijk (2) + buurt (2), such as BU04820102 (mark made-up areas \"synthetic\": true)",
        },
      ]);
    });

    it("accepts a made-up buurt marked synthetic", () => {
      const input = changedModel((model) => {
        model.areas[2].id = "dorpskern";
        model.areas[2].synthetic = true;
      });
      expect(parseModel(input).areas[2]).toEqual({
        id: "dorpskern",
        kind: "buurt",
        name: "Dorpskern",
        parent: "WK999901",
        synthetic: true,
      });
    });

    it("accepts wijk and buurt codes whose wijk and buurt parts hold letters", () => {
      const input = changedModel((model) => {
        model.areas[1].id = "WK9999A1";
        model.areas[2].id = "BU9999A1B2";
        model.areas[2].parent = "WK9999A1";
      });
      expect(parseModel(input).areas.map((area) => area.id)).toEqual(["GM9999", "WK9999A1", "BU9999A1B2"]);
    });

    it("rejects a CBS buurt whose parent is a wijk with a code it does not lie in", () => {
      const input = changedModel((model) => {
        model.areas.push({ id: "WK999902", kind: "wijk", name: "Oost", parent: "GM9999" });
        model.areas[2].parent = "WK999902";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "cbs-nesting",
          path: ["areas", 2, "parent"],
          message: "CBS code 'BU99990101' does not lie in 'WK999902'",
        },
      ]);
    });

    it("checks the nesting of CBS codes only for ids that start with one, not for ids that merely hold one", () => {
      const input = changedModel((model) => {
        model.areas.push(
          { id: "oud-WK999901", kind: "area", name: "Oude wijk", parent: "WK999901" },
          { id: "regio-GM0001", kind: "area", name: "Regio" },
          { id: "BU99990102", kind: "buurt", name: "Buurt 2", parent: "regio-GM0001" },
        );
      });
      expect(parseModel(input).areas.map((area) => [area.id, area.parent])).toEqual([
        ["GM9999", undefined],
        ["WK999901", "GM9999"],
        ["BU99990101", "WK999901"],
        ["oud-WK999901", "WK999901"],
        ["regio-GM0001", undefined],
        ["BU99990102", "regio-GM0001"],
      ]);
    });

    it("reads an id as a CBS code only when a digit follows GM, WK or BU", () => {
      const input = changedModel((model) => {
        model.areas.push(
          { id: "BUITENGEBIED", kind: "area", name: "Buitengebied", parent: "GM9999" },
          { id: "WKnoord", kind: "area", name: "Noord" },
        );
      });
      expect(parseModel(input).areas.map((area) => area.id)).toContain("BUITENGEBIED");
      const asBuurt = changedModel((model) => {
        model.areas.push({ id: "BUITENGEBIED", kind: "buurt", name: "Buitengebied" });
      });
      expect(issuesOf(asBuurt)).toEqual([
        {
          code: "not-a-cbs-code",
          path: ["areas", 3, "id"],
          message:
            "'BUITENGEBIED' is not a CBS buurt code: BU + gemeente (4 digits) + wijk (2) + buurt (2), such as BU04820102 (mark made-up areas \"synthetic\": true)",
        },
      ]);
    });

    it("quotes an id of up to 40 characters whole in a message, and a longer one cut at 40 with an ellipsis", () => {
      const forty = "a".repeat(40);
      const fortyOne = `${"b".repeat(40)}c`;
      const input = changedModel((model) => {
        model.areas.push(
          { id: forty, kind: "wijk", name: "Veertig" },
          { id: fortyOne, kind: "wijk", name: "Eenenveertig" },
        );
      });
      const hint =
        'is not a CBS wijk code: WK + gemeente (4 digits) + wijk (2), such as WK048201 (mark made-up areas "synthetic": true)';
      expect(issuesOf(input)).toEqual([
        { code: "not-a-cbs-code", path: ["areas", 3, "id"], message: `'${forty}' ${hint}` },
        { code: "not-a-cbs-code", path: ["areas", 4, "id"], message: `'${"b".repeat(40)}…' ${hint}` },
      ]);
    });

    it("rejects a CBS wijk whose parent is another gemeente", () => {
      const input = changedModel((model) => {
        model.areas.unshift({ id: "GM0482", kind: "gemeente", name: "Alblasserdam" });
        model.areas[2].parent = "GM0482";
      });
      expect(issuesOf(input)).toEqual([
        { code: "cbs-nesting", path: ["areas", 2, "parent"], message: "CBS code 'WK999901' does not lie in 'GM0482'" },
      ]);
    });
  });

  describe("rules", () => {
    it("rejects an unknown rule kind at the rule's kind", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[0].measures[0].rule = { kind: "doubling" };
      });
      const issues = issuesOf(input);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toEqual(["groups", 0, "factors", 0, "measures", 0, "rule", "kind"]);
      expect(issues[0]?.message).toContain("relativeChange");
    });

    it("rejects a qualitative rule on a count indicator", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[0].measures[0].rule = { kind: "qualitative", direction: "increase" };
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "rule-misfit",
          path: ["groups", 0, "factors", 0, "measures", 0, "rule"],
          message: "a qualitative rule needs a share indicator, not a count",
        },
      ]);
    });

    it("rejects a perPeriod rule on a ratio indicator", () => {
      const input = changedModel((model) => {
        model.groups[1].factors[0].measures[0].rule = { kind: "perPeriod", amount: 10, per: "year" };
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "rule-misfit",
          path: ["groups", 1, "factors", 0, "measures", 0, "rule"],
          message: "a perPeriod rule sums counts over time and needs a count indicator, not a ratio",
        },
      ]);
    });

    it("rejects a perPeriod rule on a stock indicator", () => {
      const input = changedModel((model) => {
        model.groups[1].factors[0].measures[0] = {
          indicator: "bewoners",
          rule: { kind: "perPeriod", amount: 10, per: "year" },
          provenance: "stated",
        };
      });
      expect(issuesOf(input).map((issue) => issue.message)).toEqual([
        "a perPeriod rule sums counts over time and needs a count indicator, not a stock",
      ]);
    });

    it("accepts a perPeriod rule on a count and a qualitative rule on a share", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[0].measures[0].rule = { kind: "perPeriod", amount: 10, per: "year" };
      });
      expect(parseModel(input).groups[0]?.factors[0]?.measures[0]?.rule).toEqual({
        kind: "perPeriod",
        amount: 10,
        per: "year",
      });
    });

    it("rejects a threshold without bounds and one whose bounds are crossed", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[0].measures[0].rule = { kind: "threshold" };
        model.groups[1].factors[0].measures[0].rule = { kind: "threshold", atLeast: 5, atMost: 1 };
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "threshold-without-bounds",
          path: ["groups", 0, "factors", 0, "measures", 0, "rule"],
          message: "a threshold needs atLeast, atMost or both",
        },
        {
          code: "bounds-crossed",
          path: ["groups", 1, "factors", 0, "measures", 0, "rule"],
          message: "atLeast (5) must not be above atMost (1)",
        },
      ]);
    });

    it("accepts a threshold with only atMost, and one whose bounds are equal", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[0].measures[0].rule = { kind: "threshold", atMost: 20 };
        model.groups[1].factors[0].measures[0].rule = { kind: "threshold", atLeast: 0.1, atMost: 0.1 };
      });
      const model = parseModel(input);
      expect(model.groups[0]?.factors[0]?.measures[0]?.rule).toEqual({ kind: "threshold", atMost: 20 });
      expect(model.groups[1]?.factors[0]?.measures[0]?.rule).toEqual({ kind: "threshold", atLeast: 0.1, atMost: 0.1 });
    });

    it("rejects a factor without measures", () => {
      const input = changedModel((model) => {
        model.groups[1].factors[0].measures = [];
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "empty",
          path: ["groups", 1, "factors", 0, "measures"],
          message: "a factor needs at least one measure",
        },
      ]);
    });
  });

  describe("thresholds on a share", () => {
    it("accepts bounds written as fractions from 0 to 1", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[1].measures[0].rule = { kind: "threshold", atLeast: 0, atMost: 1 };
      });
      expect(parseModel(input).groups[0]?.factors[1]?.measures[0]?.rule).toEqual({
        kind: "threshold",
        atLeast: 0,
        atMost: 1,
      });
    });

    it("rejects a bound written as a percentage, and says how to write it: 80 is 0.8", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[1].measures[0].rule = { kind: "threshold", atMost: 80 };
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "bound-out-of-range",
          path: ["groups", 0, "factors", 1, "measures", 0, "rule", "atMost"],
          message: "atMost 80 lies outside 0 to 1: a share is a fraction, so write 0.8 for 80%",
        },
      ]);
    });

    it("rejects a negative bound and one above 100, with the general hint", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[1].measures[0].rule = { kind: "threshold", atLeast: -0.1, atMost: 150 };
      });
      expect(issuesOf(input).map((issue) => issue.message)).toEqual([
        "atLeast -0.1 lies outside 0 to 1: a share is a fraction, such as 0.5 for 50%",
        "atMost 150 lies outside 0 to 1: a share is a fraction, such as 0.5 for 50%",
      ]);
    });

    it("leaves the bounds of a threshold on a count alone", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[0].measures[0].rule = { kind: "threshold", atLeast: 50 };
      });
      expect(parseModel(input).groups[0]?.factors[0]?.measures[0]?.rule).toEqual({ kind: "threshold", atLeast: 50 });
    });
  });

  describe("indicator fields that belong to a measure", () => {
    it("accepts a denominator on a ratio", () => {
      const input = changedModel((model) => {
        model.indicators[2].denominator = "stock";
      });
      expect(parseModel(input).indicators[2]?.denominator).toBe("stock");
    });

    it("rejects a denominator on a count, at the denominator", () => {
      const input = changedModel((model) => {
        model.indicators[0].denominator = "flow";
      });
      expect(fullIssuesOf(input)).toEqual([
        {
          code: "field-misfit",
          path: ["indicators", 0, "denominator"],
          params: { field: "denominator", measure: "count" },
          message: "a denominator (flow or stock) belongs to a ratio indicator, not a count",
        },
      ]);
    });

    it("reports a misplaced denominator in the same round as the indicator's other problems", () => {
      const input = changedModel((model) => {
        model.indicators[3].denominator = "flow";
        model.indicators[3].label = { nl: "Trots" };
      });
      expect(issuesOf(input).map((issue) => [issue.code, issue.path.join(".")])).toEqual([
        ["missing-field", "indicators.3.label.en"],
        ["field-misfit", "indicators.3.denominator"],
      ]);
    });
  });

  describe("rates", () => {
    const rate = (id: string, of: string, measure = "ratio") => ({
      id,
      label: label(id),
      measure,
      unit: "per-1000",
      rate: { of, per: "inhabitants" },
      provenance: "interpreted",
    });

    it("accepts a ratio derived from a count and the areas' inhabitants", () => {
      const input = changedModel((model) => {
        model.indicators.push(rate("meldingen-per-1000", "meldingen"));
      });
      expect(parseModel(input).indicators[4]?.rate).toEqual({ of: "meldingen", per: "inhabitants" });
    });

    it("rejects a rate on an indicator that is not a ratio, at its measure", () => {
      const input = changedModel((model) => {
        model.indicators.push(rate("meldingen-per-1000", "meldingen", "count"));
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "field-misfit",
          path: ["indicators", 4, "measure"],
          message: 'an indicator with a rate is a ratio: write "measure": "ratio", not "count"',
        },
      ]);
    });

    it("rejects a rate of an unknown indicator", () => {
      const input = changedModel((model) => {
        model.indicators.push(rate("inbraken-per-1000", "inbraken"));
      });
      expect(issuesOf(input)).toEqual([
        { code: "unknown-reference", path: ["indicators", 4, "rate", "of"], message: "unknown indicator 'inbraken'" },
      ]);
    });

    it("rejects a rate of itself", () => {
      const input = changedModel((model) => {
        model.indicators.push(rate("rondje", "rondje"));
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "rate-misfit",
          path: ["indicators", 4, "rate", "of"],
          message: "a rate cannot be derived from its own indicator 'rondje': name a count indicator",
        },
      ]);
    });

    it("rejects a rate of itself while its own measure cannot be read, naming no measure", () => {
      const input = changedModel((model) => {
        model.indicators.push(rate("rondje", "rondje", "sum"));
      });
      expect(fullIssuesOf(input).map(({ code, path, params }) => ({ code, path, params }))).toEqual([
        {
          code: "not-one-of",
          path: ["indicators", 4, "measure"],
          params: { field: "measure", value: "sum", allowed: ["count", "stock", "ratio", "share"] },
        },
        { code: "rate-misfit", path: ["indicators", 4, "rate", "of"], params: { of: "rondje", measure: "" } },
      ]);
    });

    it("rejects a rate of a stock, and a rate of a rate (no chains)", () => {
      const input = changedModel((model) => {
        model.indicators.push(
          rate("bewoners-per-1000", "bewoners"),
          rate("meldingen-per-1000", "meldingen"),
          rate("per-per-1000", "meldingen-per-1000"),
        );
      });
      expect(fullIssuesOf(input)).toEqual([
        {
          code: "rate-misfit",
          path: ["indicators", 4, "rate", "of"],
          params: { of: "bewoners", measure: "stock" },
          message: "a rate is derived from a count indicator, and 'bewoners' is a stock",
        },
        {
          code: "rate-misfit",
          path: ["indicators", 6, "rate", "of"],
          params: { of: "meldingen-per-1000", measure: "ratio" },
          message:
            "a rate is derived from a count indicator, and 'meldingen-per-1000' is a ratio derived in turn: rates do not chain",
        },
      ]);
    });
  });

  describe("labels", () => {
    it("rejects an empty Dutch label", () => {
      const input = changedModel((model) => {
        model.goals[0].label = { nl: "", en: "x" };
      });
      expect(issuesOf(input)).toEqual([
        { code: "empty", path: ["goals", 0, "label", "nl"], message: "must not be empty" },
      ]);
    });

    it("rejects a label of white space only", () => {
      const input = changedModel((model) => {
        model.goals[0].subgoals[1].label = { nl: "Meer meldingen", en: " \t\n " };
      });
      expect(issuesOf(input)).toEqual([
        { code: "empty", path: ["goals", 0, "subgoals", 1, "label", "en"], message: "must not be empty" },
      ]);
    });

    it("rejects a label without its English text", () => {
      const input = changedModel((model) => {
        model.title = { nl: "Visie" };
      });
      expect(issuesOf(input).map((issue) => issue.path)).toEqual([["title", "en"]]);
    });

    it("trims the white space around a label", () => {
      const input = changedModel((model) => {
        model.title = { nl: "  Visie Testdorp ", en: "Vision\n" };
      });
      expect(parseModel(input).title).toEqual({ nl: "Visie Testdorp", en: "Vision" });
    });
  });

  describe("unknown fields", () => {
    it("rejects an unknown field at the root, in a goal and in a rule, each at its own path", () => {
      const input = changedModel((model) => {
        model.colour = "blue";
        model.goals[0].priority = 1;
        model.groups[0].factors[0].measures[0].rule.bonus = 2;
      });
      // Document order: goals, then groups; a field the model does not have sorts last.
      expect(fullIssuesOf(input)).toEqual([
        {
          code: "unknown-field",
          path: ["goals", 0, "priority"],
          params: { field: "priority" },
          message: "unknown field 'priority'",
        },
        {
          code: "unknown-field",
          path: ["groups", 0, "factors", 0, "measures", 0, "rule", "bonus"],
          params: { field: "bonus" },
          message: "unknown field 'bonus'",
        },
        { code: "unknown-field", path: ["colour"], params: { field: "colour" }, message: "unknown field 'colour'" },
      ]);
    });

    it("suggests the field a typo most likely meant: one or two letters off, or another letter case", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[0].critrion = model.groups[0].factors[0].criterion;
        delete model.groups[0].factors[0].criterion;
        model.goals[0].Label = model.goals[0].label;
        delete model.goals[0].label;
        model.indicators[0].measur = "count";
        model.methods[0].somethingElse = true;
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "missing-field",
          path: ["goals", 0, "label"],
          message: 'missing: a goal needs a label: { "nl": …, "en": … }',
        },
        {
          code: "unknown-field",
          path: ["goals", 0, "Label"],
          message: "unknown field 'Label' (did you mean 'label'?)",
        },
        // The model lists methods before indicators. measur is one letter off measure; the
        // indicator still has its measure.
        { code: "unknown-field", path: ["methods", 0, "somethingElse"], message: "unknown field 'somethingElse'" },
        {
          code: "unknown-field",
          path: ["indicators", 0, "measur"],
          message: "unknown field 'measur' (did you mean 'measure'?)",
        },
        {
          code: "missing-field",
          path: ["groups", 0, "factors", 0, "criterion"],
          message: "missing: a factor needs a criterion (the succesfactor column)",
        },
        {
          code: "unknown-field",
          path: ["groups", 0, "factors", 0, "critrion"],
          message: "unknown field 'critrion' (did you mean 'criterion'?)",
        },
      ]);
    });
  });

  describe("several problems at once", () => {
    it("lists every shape problem, each with its path", () => {
      const input = changedModel((model) => {
        model.goals[0].label = { nl: "", en: "x" };
        model.indicators[0].measure = "average";
        model.areas[0].id = "GM482";
        model.gemeente.code = "0482";
      });
      expect(issuesOf(input).map((issue) => issue.path)).toEqual([
        ["gemeente", "code"],
        ["goals", 0, "label", "nl"],
        ["indicators", 0, "measure"],
        ["areas", 0, "id"],
        // The references are still checked where the shape allows: with its id malformed,
        // areas[0] no longer stands as the parent areas[1] names.
        ["areas", 1, "parent"],
      ]);
    });

    it("lists every reference problem, each with its path, in model order", () => {
      const input = changedModel((model) => {
        model.methods[0].strategyLine = "handhaven";
        model.goals[1].id = "veiliger";
        model.groups[0].subgoals = ["minder-dealen"];
        model.groups[1].factors[0].measures[0].indicator = "verhuisgraad";
        model.areas[2].parent = "WK999902";
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "duplicate-id",
          path: ["goals", 1, "id"],
          message: "duplicate goal or sub-goal id 'veiliger' (first at goals[0])",
        },
        {
          code: "unknown-reference",
          path: ["methods", 0, "strategyLine"],
          message: "unknown strategy line 'handhaven'",
        },
        { code: "unknown-reference", path: ["groups", 0, "subgoals", 0], message: "unknown sub-goal 'minder-dealen'" },
        {
          code: "unknown-reference",
          path: ["groups", 1, "factors", 0, "measures", 0, "indicator"],
          message: "unknown indicator 'verhuisgraad'",
        },
        { code: "unknown-reference", path: ["areas", 2, "parent"], message: "unknown parent area 'WK999902'" },
      ]);
    });

    it("lists shape problems and reference problems together", () => {
      const input = changedModel((model) => {
        model.goals[0].label = { nl: "", en: "x" };
        model.methods[0].strategyLine = "handhaven";
      });
      expect(issuesOf(input)).toEqual(
        expect.arrayContaining([
          { code: "empty", path: ["goals", 0, "label", "nl"], message: "must not be empty" },
          {
            code: "unknown-reference",
            path: ["methods", 0, "strategyLine"],
            message: "unknown strategy line 'handhaven'",
          },
        ]),
      );
    });
  });

  describe("references of an element whose shape is wrong", () => {
    it("does not fit a rule to a measure whose indicator is not a text: the shape issue is the one", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[0].measures[0].indicator = 7;
        model.groups[0].factors[0].measures[0].rule = { kind: "qualitative", direction: "increase" };
      });
      expect(issuesOf(input)).toEqual([
        {
          code: "not-a-text",
          path: ["groups", 0, "factors", 0, "measures", 0, "indicator"],
          message: "must be a text, not 7",
        },
      ]);
    });

    it("checks them in the same round: a broken label does not hide a dangling reference", () => {
      const input = changedModel((model) => {
        model.goals[0].label = { nl: "", en: "x" };
        model.methods[0].label = { nl: "", en: "x" };
        model.methods[0].strategyLine = "handhaven";
        model.methods[1].strategyLine = "handhaven";
      });
      expect(issuesOf(input)).toEqual([
        { code: "empty", path: ["goals", 0, "label", "nl"], message: "must not be empty" },
        { code: "empty", path: ["methods", 0, "label", "nl"], message: "must not be empty" },
        {
          code: "unknown-reference",
          path: ["methods", 0, "strategyLine"],
          message: "unknown strategy line 'handhaven'",
        },
        {
          code: "unknown-reference",
          path: ["methods", 1, "strategyLine"],
          message: "unknown strategy line 'handhaven'",
        },
      ]);
    });
  });

  describe("one mistake, one issue", () => {
    it("does not report references to sub-goals while a list that holds sub-goals cannot be read", () => {
      const input = changedModel((model) => {
        model.goals[1].subgoals = "meer-ontmoetingen";
      });
      // methods[1] and groups[1] point to meer-ontmoetingen, which sat in that list.
      expect(issuesOf(input)).toEqual([
        {
          code: "not-a-list",
          path: ["goals", 1, "subgoals"],
          message: "must be a list, not the text 'meer-ontmoetingen'",
        },
      ]);
    });

    it("does not report references to indicators while an indicator has no id", () => {
      const input = changedModel((model) => {
        delete model.indicators[0].id;
      });
      expect(issuesOf(input)).toEqual([
        { code: "missing-field", path: ["indicators", 0, "id"], message: "missing: an indicator needs an id" },
      ]);
    });

    it("does not report a malformed reference as dangling too", () => {
      const input = changedModel((model) => {
        model.groups[0].subgoals = ["Meer Meldingen"];
      });
      expect(issuesOf(input).map((issue) => issue.code)).toEqual(["not-an-id"]);
    });
  });

  describe("the error", () => {
    it("is a BuurtaanpakError with code invalid-model whose message lists every path", () => {
      const error = errorOf(
        changedModel((model) => {
          model.methods[0].strategyLine = "handhaven";
          model.groups[0].subgoals = ["minder-dealen"];
        }),
      );
      expect(error).toBeInstanceOf(BuurtaanpakError);
      expect(error).toBeInstanceOf(Error);
      expect(error.code).toBe("invalid-model");
      expect(error.message).toBe(
        [
          "The model is invalid (2 problems):",
          "- methods[0].strategyLine: unknown strategy line 'handhaven'",
          "- groups[0].subgoals[0]: unknown sub-goal 'minder-dealen'",
        ].join("\n"),
      );
    });

    it("rejects input that is not an object", () => {
      for (const input of [null, undefined, 42, "model", [], true]) {
        const error = errorOf(input);
        expect(error.code).toBe("invalid-model");
        expect(error.issues.map((issue) => issue.path)).toEqual([[]]);
      }
    });
  });

  describe("the Alblasserdam preset", () => {
    it("reads the preset back from JSON as an equal model", () => {
      expect(parseModel(JSON.parse(JSON.stringify(alblasserdam)))).toEqual(alblasserdam);
    });

    it("returns a deeply frozen model", () => {
      const parsed = parseModel(JSON.parse(JSON.stringify(alblasserdam)));
      expect(isDeeplyFrozen(parsed)).toBe(true);
      expect(() => {
        (parsed.goals as Model["goals"][number][]).push(parsed.goals[0] as Model["goals"][number]);
      }).toThrow(TypeError);
    });

    it("accepts the frozen preset itself", () => {
      expect(parseModel(alblasserdam)).toEqual(alblasserdam);
    });
  });

  describe("its input", () => {
    it("does not mutate its input", () => {
      const input = validModel();
      const copy = structuredClone(input);
      parseModel(input);
      expect(input).toEqual(copy);
    });

    it("does not freeze its input: the result is a new object", () => {
      const input = validModel();
      const parsed = parseModel(input);
      expect(parsed).not.toBe(input);
      expect(Object.isFrozen(input)).toBe(false);
      expect(Object.isFrozen(input.goals)).toBe(false);
      expect(Object.isFrozen(input.goals[0]?.subgoals)).toBe(false);
      expect(Object.isFrozen(input.methods[0]?.subgoals)).toBe(false);
      expect(Object.isFrozen(input.groups[0]?.factors[0]?.measures[0]?.rule)).toBe(false);
    });

    it("does not mutate an invalid input either", () => {
      const input = changedModel((model) => {
        model.goals[0].label = { nl: " ", en: " x " };
        model.methods[0].strategyLine = "handhaven";
      });
      const copy = structuredClone(input);
      errorOf(input);
      expect(input).toEqual(copy);
    });
  });

  describe("laws", () => {
    it("gives the same model for a model and its JSON round trip", () => {
      fc.assert(
        fc.property(arbitraryModel, (model) => {
          expect(parseModel(JSON.parse(JSON.stringify(model)))).toEqual(parseModel(model));
        }),
        { numRuns: 200 },
      );
    });

    it("accepts every generated model and returns it deeply frozen", () => {
      fc.assert(
        fc.property(arbitraryModel, (model) => {
          expect(isDeeplyFrozen(parseModel(model))).toBe(true);
        }),
        { numRuns: 100 },
      );
    });

    it("normalises −0 to 0, so that a JSON round trip gives the same model", () => {
      const input = changedModel((model) => {
        model.groups[0].factors[0].measures[0].rule = { kind: "threshold", atLeast: -0 };
        model.context.push({
          id: "nul",
          label: { nl: "Nul", en: "Zero" },
          text: { nl: "0%", en: "0%" },
          value: -0,
          unit: "percent",
          provenance: "stated",
        });
      });
      expect(parseModel(JSON.parse(JSON.stringify(input)))).toEqual(parseModel(input));
    });
  });
});
