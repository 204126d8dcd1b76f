/// <reference types="node" />
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { AreaFigures } from "../../src/model/area.js";
import type { Measure } from "../../src/model/indicator.js";
import type { Model } from "../../src/model/Model.js";
import { parseModel } from "../../src/model/parseModel.js";
import type { Rule } from "../../src/model/rule.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const factors = alblasserdam.groups.flatMap((group) => group.factors);
const subgoals = alblasserdam.goals.flatMap((goal) => goal.subgoals);
const elements = alblasserdam.strategyLines.flatMap((line) => line.elements);
const measures = factors.flatMap((factor) => factor.measures);

function only<T>(items: readonly T[], description: string): T {
  if (items.length !== 1) throw new Error(`expected exactly one ${description}, found ${items.length}`);
  const [item] = items;
  if (item === undefined) throw new Error(`missing ${description}`);
  return item;
}
const factorById = (id: string) =>
  only(
    factors.filter((factor) => factor.id === id),
    `factor '${id}'`,
  );
const indicatorById = (id: string) =>
  only(
    alblasserdam.indicators.filter((indicator) => indicator.id === id),
    `indicator '${id}'`,
  );

const relativeIncrease10: Rule = { kind: "relativeChange", direction: "increase", percent: 10 };
const relativeDecrease10: Rule = { kind: "relativeChange", direction: "decrease", percent: 10 };
const tenPerYear: Rule = { kind: "perPeriod", amount: 10, per: "year" };
const increase: Rule = { kind: "increase" };
const qualitative: Rule = { kind: "qualitative", direction: "increase" };

// domain.md §8, the "rule" and "measure" columns of each group's table.
const expectedMeasures: [factor: string, indicator: string, measure: Measure, rule: Rule][] = [
  // Groep 1
  ["fixi-meldingen", "fixi-meldingen", "count", relativeIncrease10],
  ["politie-meldingen", "politie-meldingen", "count", relativeIncrease10],
  ["opruimacties-deelnemers", "opruimacties-deelnemers", "count", relativeIncrease10],
  ["trots-op-buurt", "trots-op-buurt", "share", qualitative],
  ["elkaar-aanspreken", "elkaar-aanspreken", "share", qualitative],
  ["contactmomenten-inwoners", "contactmomenten-inwoners", "share", qualitative],
  ["mutatiegraad", "mutatiegraad", "ratio", relativeDecrease10],
  // Groep 2
  ["netwerkbijeenkomsten", "netwerkbijeenkomsten", "count", increase],
  ["bekendheid-voorzieningen", "bekendheid-voorzieningen", "share", qualitative],
  ["formeel-netwerk", "formeel-netwerk", "count", tenPerYear],
  ["informeel-netwerk", "informeel-netwerk", "count", tenPerYear],
  ["laagdrempeligheid", "laagdrempeligheid", "share", qualitative],
  ["staat-van-de-buurt", "staat-van-de-buurt", "share", qualitative],
  // Groep 3
  ["voorlichting-faciliteiten", "voorlichting-faciliteiten", "share", qualitative],
  ["deelnemers-per-evenement", "deelnemers-per-evenement", "ratio", increase],
  ["zichtbaarheid-in-de-buurt", "zichtbaarheid-in-de-buurt", "count", increase],
  ["bereik-informatie", "nieuwsbrief-abonnees", "stock", increase],
  ["bereik-informatie", "websitebezoekers", "count", increase],
  ["bereik-informatie", "artikel-clicks", "count", increase],
  ["gebruik-voorzieningen", "gebruik-voorzieningen", "count", increase],
  // Groep 4
  ["deelnemende-organisaties", "deelnemende-organisaties", "count", increase],
  ["deelnemers-evenementen", "deelnemers-evenementen", "count", increase],
  ["positieve-ervaring", "positieve-ervaring", "share", qualitative],
  ["aantal-evenementen", "aantal-evenementen", "count", increase],
  ["minder-actieve-wijken", "minder-actieve-wijken", "count", increase],
  ["zelf-georganiseerd", "zelf-georganiseerd", "count", increase],
  // Groep 5
  ["talentontwikkelplekken", "organisaties-met-plekken", "count", increase],
  ["talentontwikkelplekken", "werkgevers-met-werk", "count", increase],
  ["uitstroom-uitkering", "uitstroom-uitkering", "count", increase],
  ["ervaren-ontwikkelperspectief", "ervaren-ontwikkelperspectief", "share", qualitative],
];

describe("alblasserdam", () => {
  it("is typed as a Model", () => {
    expectTypeOf(alblasserdam).toEqualTypeOf<Model>();
  });

  describe("counts", () => {
    it("has 3 values, 4 themes and 13 context figures", () => {
      expect(alblasserdam.values).toHaveLength(3);
      expect(alblasserdam.themes).toHaveLength(4);
      expect(alblasserdam.context).toHaveLength(13);
    });

    it("has 4 goals with 15 sub-goals", () => {
      expect(alblasserdam.goals).toHaveLength(4);
      expect(subgoals).toHaveLength(15);
      expect(alblasserdam.goals.map((goal) => goal.subgoals.length)).toEqual([3, 2, 4, 6]);
    });

    it("has 3 strategy lines with 9 elements, and 5 impact levels", () => {
      expect(alblasserdam.strategyLines).toHaveLength(3);
      expect(elements).toHaveLength(9);
      expect(alblasserdam.strategyLines.map((line) => line.elements.length)).toEqual([4, 3, 2]);
      expect(alblasserdam.impactLevels?.map((level) => level.id)).toEqual([
        "individu",
        "gebouw",
        "straat",
        "buurt",
        "wijk",
      ]);
    });

    it("has 6 methods", () => {
      expect(alblasserdam.methods).toHaveLength(6);
    });

    it("has 5 groups with 27 factors, 7/6/5/6/3 per group", () => {
      expect(alblasserdam.groups).toHaveLength(5);
      expect(factors).toHaveLength(27);
      expect(alblasserdam.groups.map((group) => group.factors.length)).toEqual([7, 6, 5, 6, 3]);
    });
  });

  describe("ids", () => {
    it("uses domain.md's ids for values, themes and goals", () => {
      expect(alblasserdam.values.map((value) => value.id)).toEqual([
        "open-toegankelijk",
        "eerlijk-respectvol",
        "creatief-inspirerend",
      ]);
      expect(alblasserdam.themes.map((theme) => theme.id)).toEqual([
        "tolerantie-solidariteit",
        "armoede-eenzaamheid-schulden",
        "omgeving-gemeenschap",
        "veiligheid-overlast",
      ]);
      expect(alblasserdam.goals.map((goal) => goal.id)).toEqual([
        "tolerantie-solidariteit",
        "eenzaamheid-armoede-schulden",
        "socialere-omgeving",
        "criminaliteit-overlast",
      ]);
      expect(subgoals.map((subgoal) => subgoal.id)).toEqual([
        "ontmoetingen-interactie",
        "ontwikkelperspectief",
        "toegankelijke-hulp",
        "signalering-omzien",
        "acceptatie-hulpverlening",
        "klimaatadaptief-biodivers",
        "ontmoetingen-sport-spel",
        "onderhouden-schoon-veilig",
        "afhandeling-meldingen",
        "minder-woonfraude",
        "minder-dealen",
        "minder-ondermijning",
        "meldingsbereidheid",
        "zichtbaarheid-wijkagenten",
        "hulpverlening-overlast",
      ]);
    });

    it("uses domain.md's ids for the context figures", () => {
      expect(alblasserdam.context.map((figure) => figure.id)).toEqual([
        "nederlandse-nationaliteit",
        "praktisch-geschoold",
        "gemiddeld-inkomen",
        "gemiddeld-inkomen-oranjebuurt",
        "landelijk-inkomen-werkend-huishouden",
        "energielabel-c",
        "energielabel-d-g",
        "verschil-label-a-d",
        "aandeel-65-plus",
        "eenzaamheid-ouderen",
        "eenzaamheid-18-65",
        "veel-stress",
        "risico-angst-depressie",
      ]);
    });

    it("uses domain.md's ids for strategy lines and their elements", () => {
      expect(alblasserdam.strategyLines.map((line) => [line.id, line.elements.map((element) => element.id)])).toEqual([
        [
          "anticiperen-aansluiten-adopteren",
          ["gezamenlijke-visie", "breed-integraal", "synergie-politiek-beleid", "signaleringsfunctie"],
        ],
        ["zichtbaarheid-continuiteit", ["ruimte-voor-creativiteit", "laagdrempelig-vindbaar", "relatie-met-inwoners"]],
        ["kennisdeling-inzicht-overzicht", ["kennis-geleerde-lessen", "plan-do-check-act"]],
      ]);
    });

    it("uses domain.md's ids for groups and their factors, in the vision's order", () => {
      expect(alblasserdam.groups.map((group) => [group.id, group.factors.map((factor) => factor.id)])).toEqual([
        [
          "eigenaarschap-buitenruimte",
          [
            "fixi-meldingen",
            "politie-meldingen",
            "opruimacties-deelnemers",
            "trots-op-buurt",
            "elkaar-aanspreken",
            "contactmomenten-inwoners",
            "mutatiegraad",
          ],
        ],
        [
          "signalering-netwerk",
          [
            "netwerkbijeenkomsten",
            "bekendheid-voorzieningen",
            "formeel-netwerk",
            "informeel-netwerk",
            "laagdrempeligheid",
            "staat-van-de-buurt",
          ],
        ],
        [
          "toegankelijke-hulp-dienstverlening",
          [
            "voorlichting-faciliteiten",
            "deelnemers-per-evenement",
            "zichtbaarheid-in-de-buurt",
            "bereik-informatie",
            "gebruik-voorzieningen",
          ],
        ],
        [
          "ontmoetingen-gezelligheid",
          [
            "deelnemende-organisaties",
            "deelnemers-evenementen",
            "positieve-ervaring",
            "aantal-evenementen",
            "minder-actieve-wijken",
            "zelf-georganiseerd",
          ],
        ],
        ["ontwikkelperspectief", ["talentontwikkelplekken", "uitstroom-uitkering", "ervaren-ontwikkelperspectief"]],
      ]);
    });
  });

  describe("success factors", () => {
    it.each(expectedMeasures)(
      "%s measures %s as a %s with the rule of domain.md",
      (factorId, indicatorId, measure, rule) => {
        const factorMeasure = only(
          factorById(factorId).measures.filter((entry) => entry.indicator === indicatorId),
          `measure '${indicatorId}' of '${factorId}'`,
        );
        expect(factorMeasure.rule).toEqual(rule);
        expect(indicatorById(indicatorId).measure).toBe(measure);
      },
    );

    it("has no measure or indicator beyond domain.md's table", () => {
      const actual = factors.flatMap((factor) => factor.measures.map((entry) => `${factor.id} → ${entry.indicator}`));
      expect(actual).toEqual(expectedMeasures.map(([factor, indicator]) => `${factor} → ${indicator}`));
      expect(alblasserdam.indicators.map((indicator) => indicator.id).sort()).toEqual(
        expectedMeasures.map(([, indicator]) => indicator).sort(),
      );
    });

    it("uses the factor's own id as indicator id for a factor with one measure", () => {
      for (const factor of factors.filter((entry) => entry.measures.length === 1)) {
        expect(factor.measures.map((entry) => entry.indicator)).toEqual([factor.id]);
      }
    });

    it("writes the criterion of every qualitative row as the vision's 'Kwalitatief'", () => {
      const qualitativeFactors = factors.filter((factor) =>
        factor.measures.some((entry) => entry.rule.kind === "qualitative"),
      );
      expect(qualitativeFactors).toHaveLength(9);
      for (const factor of qualitativeFactors) expect(factor.criterion.nl).toBe("Kwalitatief");
    });

    it("leaves minRespondents to the default", () => {
      for (const { rule } of measures) {
        if (rule.kind === "qualitative") expect(rule).not.toHaveProperty("minRespondents");
      }
    });

    it("keeps Bijlage 2's cells in Dutch", () => {
      expect(factorById("mutatiegraad").criterion.nl).toBe("10% minder verhuizingen");
      expect(factorById("formeel-netwerk").criterion.nl).toBe("10 nieuwe partners/jr.");
      expect(factorById("trots-op-buurt").objective.nl).toBe("Toename van inwoners die zich trots voelen op hun buurt");
      expect(factorById("aantal-evenementen").what.nl).toBe("Buurtevenement/initiatief");
    });

    it("explains what a ratio or share indicator's parts mean", () => {
      const parts = alblasserdam.indicators.filter(
        (indicator) => indicator.measure === "ratio" || indicator.measure === "share",
      );
      expect(parts).toHaveLength(11);
      for (const indicator of parts) {
        expect(indicator.description?.en).toMatch(
          indicator.measure === "ratio" ? /numerator.*denominator/i : /positive.*respondents/i,
        );
      }
      expect(indicatorById("minder-actieve-wijken").description?.en).toMatch(/less active/);
    });

    it("gives every indicator a unit", () => {
      for (const indicator of alblasserdam.indicators) expect(indicator.noun?.nl.length).toBeGreaterThan(0);
    });
  });

  describe("parseModel", () => {
    it("accepts the preset", () => {
      expect(() => parseModel(alblasserdam)).not.toThrow();
    });

    it("reads the preset back from JSON unchanged", () => {
      expect(parseModel(JSON.parse(JSON.stringify(alblasserdam)))).toEqual(alblasserdam);
    });
  });

  describe("deep freeze", () => {
    const factor = factors[0];

    it("throws on assigning to a nested property", () => {
      expect(factor).toBeDefined();
      expect(() => {
        // @ts-expect-error -- the preset is typed readonly; the assignment must fail at run time too
        if (factor !== undefined) factor.what.nl = "x";
      }).toThrow(TypeError);
      expect(factor?.what.nl).toBe("Fixi app");
    });

    it("throws on pushing into an array", () => {
      expect(() => {
        // @ts-expect-error -- the preset's lists are typed readonly; pushing must fail at run time too
        alblasserdam.areas.push({ id: "GM0505", kind: "gemeente", name: "Dordrecht" });
      }).toThrow(TypeError);
      expect(() => {
        // @ts-expect-error -- as above, one level down
        factor?.measures.push({ indicator: "x", rule: { kind: "tracked" }, provenance: "stated" });
      }).toThrow(TypeError);
      expect(alblasserdam.areas).toHaveLength(36);
    });

    it("refuses a new property on the root", () => {
      expect(Reflect.set(alblasserdam, "extra", 1)).toBe(false);
      expect(() => {
        // @ts-expect-error -- `extra` is no field of a Model; the assignment must fail at run time too
        alblasserdam.extra = 1;
      }).toThrow(TypeError);
    });
  });

  describe("provenance", () => {
    const provenances = new Set(["stated", "interpreted"]);
    const elementsWithProvenance: [
      kind: string,
      items: readonly { provenance: string; section?: string | undefined }[],
    ][] = [
      ["goal", alblasserdam.goals],
      ["sub-goal", subgoals],
      ["strategy line", alblasserdam.strategyLines],
      ["strategy element", elements],
      ["method", alblasserdam.methods],
      ["group", alblasserdam.groups],
      ["factor", factors],
      ["measure", measures],
      ["indicator", alblasserdam.indicators],
      ["value", alblasserdam.values],
      ["theme", alblasserdam.themes],
      ["context figure", alblasserdam.context],
    ];

    it.each(elementsWithProvenance)("gives every %s a provenance and a section", (_kind, items) => {
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(provenances.has(item.provenance)).toBe(true);
        expect(item.section?.length).toBeGreaterThan(0);
      }
    });

    it("marks every method's links as interpreted", () => {
      for (const method of alblasserdam.methods) {
        expect(method.provenance).toBe("stated");
        expect(method.section).toBe("Bijlage 3");
        expect(method.provenanceOf).toEqual({ strategyLine: "interpreted", subgoals: "interpreted" });
      }
    });

    it("marks every group's sub-goal links as interpreted", () => {
      alblasserdam.groups.forEach((group, index) => {
        expect(group.section).toBe(`Bijlage 2, Groep ${index + 1}`);
        expect(group.provenanceOf).toEqual({ subgoals: "interpreted" });
      });
    });

    it("marks every goal's theme and every line's layer, role and 'door' as interpreted", () => {
      for (const goal of alblasserdam.goals) expect(goal.provenanceOf).toEqual({ theme: "interpreted" });
      for (const line of alblasserdam.strategyLines) {
        expect(line.provenanceOf).toEqual({ layer: "interpreted", role: "interpreted", by: "interpreted" });
      }
    });

    it("marks every indicator as interpreted: the vision names none", () => {
      for (const indicator of alblasserdam.indicators) expect(indicator.provenance).toBe("interpreted");
    });

    it("marks the 4th row of Groep 4 and the objective of 'Uitstroom uit uitkering' as interpreted", () => {
      const interpreted = factors.filter((factor) => factor.provenance === "interpreted").map((factor) => factor.id);
      expect(interpreted).toEqual(["aantal-evenementen"]);
      expect(factorById("uitstroom-uitkering").provenanceOf).toEqual({ objective: "interpreted" });
    });

    it("marks qualitative measures and the per-event ratio as interpreted, stated rules as stated", () => {
      for (const factor of factors) {
        for (const entry of factor.measures) {
          const isReading =
            entry.rule.kind === "qualitative" ||
            factor.id === "deelnemers-per-evenement" ||
            factor.id === "aantal-evenementen";
          expect([factor.id, entry.provenance]).toEqual([factor.id, isReading ? "interpreted" : "stated"]);
        }
      }
    });
  });

  describe("links", () => {
    it("links each goal to its theme", () => {
      expect(Object.fromEntries(alblasserdam.goals.map((goal) => [goal.id, goal.theme]))).toEqual({
        "tolerantie-solidariteit": "tolerantie-solidariteit",
        "eenzaamheid-armoede-schulden": "armoede-eenzaamheid-schulden",
        "socialere-omgeving": "omgeving-gemeenschap",
        "criminaliteit-overlast": "veiligheid-overlast",
      });
    });

    it("links each method to the strategy line and sub-goals of domain.md §7", () => {
      expect(alblasserdam.methods.map((method) => [method.id, method.strategyLine, method.subgoals])).toEqual([
        [
          "inspireren-ondersteunen-bewoners",
          "zichtbaarheid-continuiteit",
          ["ontmoetingen-interactie", "ontmoetingen-sport-spel", "onderhouden-schoon-veilig"],
        ],
        [
          "aanpakken-buitenruimte",
          "zichtbaarheid-continuiteit",
          ["klimaatadaptief-biodivers", "ontmoetingen-sport-spel", "onderhouden-schoon-veilig"],
        ],
        [
          "aanwezig-in-de-buurten",
          "zichtbaarheid-continuiteit",
          ["toegankelijke-hulp", "signalering-omzien", "hulpverlening-overlast"],
        ],
        ["aanbieden-ontwikkelperspectief", "zichtbaarheid-continuiteit", ["ontwikkelperspectief"]],
        [
          "verstevigen-netwerk-samenwerking",
          "anticiperen-aansluiten-adopteren",
          ["signalering-omzien", "onderhouden-schoon-veilig"],
        ],
        [
          "voorlichting-en-pr",
          "zichtbaarheid-continuiteit",
          ["acceptatie-hulpverlening", "signalering-omzien", "meldingsbereidheid", "hulpverlening-overlast"],
        ],
      ]);
      for (const method of alblasserdam.methods) expect(method.details?.length).toBeGreaterThan(0);
    });

    it("links each group to the sub-goals of domain.md §8", () => {
      expect(Object.fromEntries(alblasserdam.groups.map((group) => [group.id, group.subgoals]))).toEqual({
        "eigenaarschap-buitenruimte": ["onderhouden-schoon-veilig", "meldingsbereidheid"],
        "signalering-netwerk": ["signalering-omzien"],
        "toegankelijke-hulp-dienstverlening": ["toegankelijke-hulp", "acceptatie-hulpverlening"],
        "ontmoetingen-gezelligheid": ["ontmoetingen-interactie", "ontmoetingen-sport-spel"],
        ontwikkelperspectief: ["ontwikkelperspectief"],
      });
    });

    it("leaves the seven sub-goals domain.md names without a success factor", () => {
      const served = new Set(alblasserdam.groups.flatMap((group) => group.subgoals));
      expect(subgoals.map((subgoal) => subgoal.id).filter((id) => !served.has(id))).toEqual([
        "klimaatadaptief-biodivers",
        "afhandeling-meldingen",
        "minder-woonfraude",
        "minder-dealen",
        "minder-ondermijning",
        "zichtbaarheid-wijkagenten",
        "hulpverlening-overlast",
      ]);
    });
  });

  describe("context figures", () => {
    const figure = (id: string) =>
      only(
        alblasserdam.context.filter((entry) => entry.id === id),
        `context figure '${id}'`,
      );

    it("marks the figures the vision writes with '>' as lower bounds", () => {
      const lower = alblasserdam.context.filter((entry) => entry.bound === "lower").map((entry) => entry.id);
      expect(lower).toEqual(["verschil-label-a-d", "eenzaamheid-ouderen", "eenzaamheid-18-65"]);
      expect(figure("eenzaamheid-ouderen").text.nl).toContain(">50%");
      expect(figure("eenzaamheid-18-65").text.nl).toContain(">40%");
    });

    it("marks 'bijna de helft' as approximate", () => {
      expect(figure("risico-angst-depressie").bound).toBe("approximate");
    });

    it("keeps the published values and units", () => {
      expect([figure("nederlandse-nationaliteit").value, figure("nederlandse-nationaliteit").unit]).toEqual([
        84,
        "percent",
      ]);
      expect(figure("nederlandse-nationaliteit").text.nl).toContain("16%");
      expect([figure("gemiddeld-inkomen").value, figure("gemiddeld-inkomen").unit]).toEqual([26_900, "eur-per-year"]);
      expect([figure("veel-stress").value, figure("veel-stress").unit]).toEqual([0.2, "fraction"]);
      expect([figure("verschil-label-a-d").value, figure("verschil-label-a-d").unit]).toEqual([50, "eur-per-month"]);
      expect(figure("verschil-label-a-d").source).toBe("www.energie.nl");
      expect(figure("aandeel-65-plus").source).toBe("www.allecijfers.nl");
      expect(figure("veel-stress").source).toBe("www.allecijfers.nl");
    });

    it("points every figure to a theme of the model and to section 3", () => {
      const themes = new Set(alblasserdam.themes.map((theme) => theme.id));
      for (const entry of alblasserdam.context) {
        expect(entry.section).toBe("3");
        expect(entry.theme !== undefined && themes.has(entry.theme)).toBe(true);
      }
    });
  });

  describe("Fixi", () => {
    it("labels the app Fixi and keeps FIXIE as an alias", () => {
      const indicator = indicatorById("fixi-meldingen");
      const factor = factorById("fixi-meldingen");
      expect(indicator.label.nl).toContain("Fixi");
      expect(factor.what.nl).toBe("Fixi app");
      expect(indicator.aliases).toContain("FIXIE");
      expect(factor.aliases).toContain("FIXIE");
    });

    it("writes no label as FIXIE", () => {
      const labels = [
        ...alblasserdam.indicators.map((indicator) => indicator.label),
        ...factors.flatMap((factor) => [factor.what, factor.objective, factor.criterion]),
        ...subgoals.map((subgoal) => subgoal.label),
      ];
      for (const label of labels) expect(`${label.nl} ${label.en}`).not.toMatch(/FIXIE|Fixie/);
    });
  });

  describe("programme and roll-out", () => {
    it("names the source document", () => {
      expect(alblasserdam.id).toBe("alblasserdam");
      expect(alblasserdam.gemeente).toEqual({ code: "GM0482", name: "Alblasserdam" });
      expect(alblasserdam.source).toEqual({
        title: "Visie Buurtaanpak Alblasserdam",
        reference: "231013-kb23002-R01-b",
        author: "Koersbekenners",
        date: "2023-10-13",
      });
    });

    it("names the three initiators, the partners, and says the list goes on", () => {
      expect(alblasserdam.programme?.role.nl).toBe("verbinder, aanjager en vaandeldrager");
      expect(alblasserdam.programme?.initiators.map((party) => party.id)).toEqual([
        "gemeente-alblasserdam",
        "woonkracht10",
        "stichting-welzijn-alblasserdam",
      ]);
      expect(alblasserdam.programme?.partners).toHaveLength(5);
      expect(alblasserdam.programme?.morePartners).toBe(true);
      expect(alblasserdam.programme?.governance.map((body) => body.label.nl)).toEqual([
        "stuurgroep",
        "projectgroep",
        "werkgroepen & partners",
      ]);
      expect(alblasserdam.programme?.policyFrame).toHaveLength(3);
    });

    it("prioritises nine buurten without naming them", () => {
      expect(alblasserdam.rollout?.prioritisedBuurten).toBe(9);
      expect(alblasserdam.rollout?.steps).toHaveLength(4);
      expect(alblasserdam.rollout?.meetingForms?.map((form) => form.nl)).toEqual([
        "buurtfeesten",
        "barbecues",
        "informatieve avonden",
        "huiskamers",
      ]);
      expect(alblasserdam.rollout?.provenance).toBe("stated");
      expect(alblasserdam.rollout?.section).toBe("6");
    });
  });

  describe("areas", () => {
    const buurten = alblasserdam.areas.filter((area) => area.kind === "buurt");
    const wijken = alblasserdam.areas.filter((area) => area.kind === "wijk");
    const byName = (name: string) =>
      only(
        alblasserdam.areas.filter((area) => area.name === name),
        `area '${name}'`,
      );

    it("holds the CBS indeling: 1 gemeente, 6 wijken and 29 buurten, 36 areas in all", () => {
      expect(alblasserdam.areas.filter((area) => area.kind === "gemeente").map((area) => area.id)).toEqual(["GM0482"]);
      expect(wijken.map((area) => area.id)).toEqual([
        "WK048201",
        "WK048202",
        "WK048203",
        "WK048204",
        "WK048205",
        "WK048206",
      ]);
      expect(buurten).toHaveLength(29);
      expect(alblasserdam.areas).toHaveLength(1 + 6 + 29);
    });

    it("hangs every wijk under GM0482 and every buurt under the wijk its code lies in (BU048201xx under WK048201)", () => {
      for (const wijk of wijken) expect(wijk.parent).toBe("GM0482");
      for (const buurt of buurten) expect(buurt.parent).toBe(`WK${buurt.id.slice(2, 8)}`);
      // 5 + 6 + 7 + 4 + 3 + 4 buurten in wijk 01 to 06
      expect(wijken.map((wijk) => buurten.filter((buurt) => buurt.parent === wijk.id).length)).toEqual([
        5, 6, 7, 4, 3, 4,
      ]);
    });

    it("spells names as CBS does: 'kerkbuurt' in lower case, the wijken as on the 2014 map", () => {
      expect(byName("kerkbuurt").id).toBe("BU04820103");
      expect(wijken.map((wijk) => wijk.name)).toEqual([
        "Wijk 01 Centrum",
        "Wijk 02 Kinderdijk",
        "Wijk 03 Blokweer",
        "Wijk 04 Souburgh",
        "Wijk 05 Bedrijventerrein",
        "Wijk 06 Landelijk gebied",
      ]);
    });

    it("carries each buurt's CBS figures, such as Groene Long's 15 inhabitants in 5 households", () => {
      expect(byName("Groene Long").figures).toEqual({
        inhabitants: 15,
        households: 5,
        householdsWithChildren: 0,
        age0to14: 0,
        age15to24: 0,
        age25to44: 0,
        age45to64: 5,
        age65plus: 0,
      });
      expect(byName("Staatsliedenbuurt").figures?.inhabitants).toBe(1680);
      expect(byName("Nieuwland").figures?.inhabitants).toBe(25);
      expect(byName("Polder Souburgh").figures?.inhabitants).toBe(30);
    });

    it("leaves the figures CBS did not publish absent, not 0: Hoogendijk, Polder Blokweer, the wijken and the gemeente", () => {
      const withoutFigures = alblasserdam.areas.filter((area) => area.figures === undefined).map((area) => area.name);
      expect(withoutFigures).toEqual([
        "Alblasserdam",
        ...wijken.map((wijk) => wijk.name),
        "Hoogendijk",
        "Polder Blokweer",
      ]);
      expect(byName("Hoogendijk")).not.toHaveProperty("figures");
    });

    it("marks no area synthetic and no buurt as prioritised: the vision names none of its nine", () => {
      for (const area of alblasserdam.areas) {
        expect(Object.keys(area).filter((key) => !["id", "kind", "name", "parent", "figures"].includes(key))).toEqual(
          [],
        );
      }
    });

    it("names the source of the figures: CBS table 85984NED, 1 January 2024, CC BY 4.0", () => {
      expect(alblasserdam.geography).toEqual({
        year: 2024,
        source: "CBS, Kerncijfers wijken en buurten 2024",
        table: "85984NED",
        figuresDate: "2024-01-01",
        licence: "CC BY 4.0",
        url: "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED",
      });
    });

    describe("equal to the CBS extract", () => {
      const shared = join(root, "..", "shared", "data", "alblasserdam-areas-2024.csv");
      const committed = join(root, "data", "alblasserdam-areas-2024.csv");
      const source = existsSync(shared) ? shared : committed;
      // The columns of the CSV and the figure each fills (data/README.md).
      const figureColumns = {
        inhabitants: "inhabitants",
        households: "households",
        householdsWithChildren: "households_with_children",
        age0to14: "age_0_14",
        age15to24: "age_15_24",
        age25to44: "age_25_44",
        age45to64: "age_45_64",
        age65plus: "age_65_plus",
      } as const satisfies Record<keyof AreaFigures, string>;
      const records: Record<string, string>[] = parse(readFileSync(source, "utf8"), {
        columns: true,
        skip_empty_lines: true,
      });

      it("reads the shared extract when it is there, and then the committed copy is byte-identical", () => {
        expect(existsSync(committed)).toBe(true);
        if (existsSync(shared)) expect(readFileSync(committed).equals(readFileSync(shared))).toBe(true);
        expect(records).toHaveLength(36);
      });

      it("has the codes, kinds, names and parents of the CSV, in its order", () => {
        expect(
          alblasserdam.areas.map(({ id, kind, name, parent }) => ({ id, kind, name, parent: parent ?? "" })),
        ).toEqual(
          records.map((record) => ({
            id: record["code"],
            kind: record["kind"],
            name: record["name"],
            parent: record["parent"],
          })),
        );
      });

      it("has the figures of the CSV, with an empty cell as an absent figure", () => {
        for (const [index, record] of records.entries()) {
          const expected: Record<string, number> = {};
          for (const [field, column] of Object.entries(figureColumns)) {
            const cell = record[column] ?? "";
            if (cell !== "") expected[field] = Number(cell);
          }
          const area = alblasserdam.areas[index];
          expect(area?.figures ?? {}, `figures of ${record["code"]} (row ${index + 1})`).toEqual(expected);
          if (Object.keys(expected).length === 0) expect(area).not.toHaveProperty("figures");
        }
      });
    });
  });
});
