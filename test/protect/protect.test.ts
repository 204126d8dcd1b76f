import { describe, expect, it } from "vitest";
import { BuurtaanpakError, type Evaluation, evaluate, parseObservations } from "../../src/index.js";
import { protect } from "../../src/protect/protect.js";
import { withheldText } from "../../src/protect/withheldText.js";
import {
  count,
  gemeenteOnly,
  kinderdijk,
  measureOf,
  modelOf,
  modelWith,
  ratio,
  resultOf,
  run,
  share,
  twoWijken,
} from "./fixtures.js";

const relative = { kind: "relativeChange", direction: "increase", percent: 10 } as const;
const tracked = { kind: "tracked" } as const;
const qualitative = { kind: "qualitative", direction: "increase" } as const;

describe("protect: small counts", () => {
  const model = modelWith([{ id: "fixi-meldingen", measure: "count", rule: relative, label: "Fixi-meldingen" }]);
  // Kinderdijk: Groene Long 2 against 3, Rivierenbuurt 30 against 25, Nieuw Kinderdijk 40 against 35.
  // The wijk (and the gemeente) sum them: 72 against 63.
  const rows = [
    count("fixi-meldingen", "BU04820204", "2024", 2),
    count("fixi-meldingen", "BU04820204", "2023", 3),
    count("fixi-meldingen", "BU04820205", "2024", 30),
    count("fixi-meldingen", "BU04820205", "2023", 25),
    count("fixi-meldingen", "BU04820206", "2024", 40),
    count("fixi-meldingen", "BU04820206", "2023", 35),
  ];
  const protectedKinderdijk = () => protect(run(model, kinderdijk, rows));

  it("withholds 2 meldingen against 3 in Groene Long, a buurt of 15 inhabitants, and says why in both languages", () => {
    const result = resultOf(protectedKinderdijk(), "fixi-meldingen", "BU04820204");
    expect(result.measures).toEqual([
      {
        indicator: "fixi-meldingen",
        status: "not-achieved",
        withheld: { current: true, baseline: true, reason: "small-count" },
      },
    ]);
    // 2 against 3 is -33,3%: not the +10% aimed for. The status stays; no figure is named.
    expect(result.explanation).toEqual({
      nl: "Fixi-meldingen in Groene Long: te weinig waarnemingen om te tonen (minder dan 5); doel +10% niet gehaald.",
      en: "Fixi-meldingen in Groene Long: too few observations to show (fewer than 5); target +10% not achieved.",
    });
  });

  it("withholds the next-smallest sibling too: 72 − 40 would give Groene Long's 2 + Rivierenbuurt's 30 away, so Rivierenbuurt (30 < 40 < 72) goes", () => {
    const evaluation = protectedKinderdijk();
    expect(measureOf(evaluation, "fixi-meldingen", "BU04820205")).toEqual({
      indicator: "fixi-meldingen",
      status: "achieved",
      withheld: { current: true, baseline: true, reason: "secondary" },
    });
    expect(resultOf(evaluation, "fixi-meldingen", "BU04820205").explanation.nl).toBe(
      "Fixi-meldingen in Rivierenbuurt: niet getoond, zodat een klein aantal elders niet terug te rekenen is; doel +10% gehaald.",
    );
    // Nieuw Kinderdijk, the wijk and the gemeente keep their figures: 72 − 40 = 32 is the sum of two withheld cells.
    expect(measureOf(evaluation, "fixi-meldingen", "BU04820206")).toMatchObject({ current: 40, baseline: 35 });
    expect(measureOf(evaluation, "fixi-meldingen", "WK048202")).toMatchObject({ current: 72, baseline: 63 });
    expect(measureOf(evaluation, "fixi-meldingen", "GM0482")).toMatchObject({ current: 72, baseline: 63 });
    // Two buurten × current and baseline: 4 figures, 2 of them secondary.
    expect(evaluation.protection).toEqual({
      policy: { minimumCount: 5, minimumRespondents: 30, minimumCategory: 5 },
      withheld: 4,
      secondary: 2,
    });
  });

  it("passes a shown result on as it was", () => {
    const evaluation = run(model, kinderdijk, rows);
    const shown = evaluation.factors.find((result) => result.area === "BU04820206");
    expect(resultOf(protect(evaluation), "fixi-meldingen", "BU04820206")).toBe(shown);
  });

  it("shows a count of 0: a register that counts nothing identifies nobody, and 0 is never chosen to protect another", () => {
    const trackedModel = modelWith([{ id: "meldingen", measure: "count", rule: tracked }]);
    // Groene Long 2, Rivierenbuurt 0, Nieuw Kinderdijk 7: the wijk 9. Withholding the 0 would
    // leave 9 − 7 = 2 to be read; the smallest count above 0 is Nieuw Kinderdijk's 7 (9 is larger).
    const evaluation = protect(
      run(trackedModel, kinderdijk, [
        count("meldingen", "BU04820204", "2024", 2),
        count("meldingen", "BU04820205", "2024", 0),
        count("meldingen", "BU04820206", "2024", 7),
      ]),
    );
    expect(measureOf(evaluation, "meldingen", "BU04820205")).toEqual({
      indicator: "meldingen",
      status: "monitored",
      current: 0,
    });
    expect(measureOf(evaluation, "meldingen", "BU04820206").withheld).toEqual({ current: true, reason: "secondary" });
    expect(measureOf(evaluation, "meldingen", "WK048202").current).toBe(9);
  });

  it("withholds a parent of one child with it: a wijk of one buurt of 3 is that 3, and then the other wijk and its smallest buurt go", () => {
    const trackedModel = modelWith([{ id: "meldingen", measure: "count", rule: tracked }]);
    // Wijk Een = Buurt Alleen = 3 (both small). Gemeente 25 = 3 + Wijk Twee 22: Wijk Twee (22 < 25)
    // goes. Then Wijk Twee 22 = Noord 10 + Zuid 12 holds one withheld cell: Noord (10 < 12) goes.
    const evaluation = protect(
      run(trackedModel, twoWijken, [
        count("meldingen", "BU04820101", "2024", 3),
        count("meldingen", "BU04820201", "2024", 10),
        count("meldingen", "BU04820202", "2024", 12),
      ]),
    );
    const withheld = (area: string) => measureOf(evaluation, "meldingen", area).withheld?.reason;
    expect(["BU04820101", "WK048201", "WK048202", "BU04820201"].map(withheld)).toEqual([
      "small-count",
      "small-count",
      "secondary",
      "secondary",
    ]);
    expect(measureOf(evaluation, "meldingen", "GM0482").current).toBe(25);
    expect(measureOf(evaluation, "meldingen", "BU04820202").current).toBe(12);
    expect(evaluation.protection).toMatchObject({ withheld: 4, secondary: 2 });
  });

  it("withholds a parent's own 40 when its only child's 3 is withheld: it cannot tell that 40 is not their sum, so it treats it as one", () => {
    const trackedModel = modelWith([{ id: "meldingen", measure: "count", rule: tracked }]);
    const areas = kinderdijk.filter((area) => area.id !== "BU04820205" && area.id !== "BU04820206");
    const evaluation = protect(
      run(trackedModel, areas, [
        count("meldingen", "WK048202", "2024", 40),
        count("meldingen", "BU04820204", "2024", 3),
      ]),
    );
    expect(measureOf(evaluation, "meldingen", "WK048202").withheld).toEqual({ current: true, reason: "secondary" });
    // The gemeente is the wijk's 40 again, the wijk's only child: withheld with it.
    expect(measureOf(evaluation, "meldingen", "GM0482").withheld).toEqual({ current: true, reason: "secondary" });
  });

  it("takes a 0 as the complement only when nothing else is left: a wijk's own 0 above its only buurt's 3", () => {
    const trackedModel = modelWith([{ id: "meldingen", measure: "count", rule: tracked }]);
    const areas = kinderdijk.filter((area) => area.id !== "BU04820205" && area.id !== "BU04820206");
    const evaluation = protect(
      run(trackedModel, areas, [
        count("meldingen", "WK048202", "2024", 0),
        count("meldingen", "BU04820204", "2024", 3),
      ]),
    );
    // The wijk's 0 is the only other cell of its equation; the gemeente (the wijk's 0 again) follows it.
    expect(["WK048202", "GM0482"].map((area) => measureOf(evaluation, "meldingen", area).withheld)).toEqual([
      { current: true, reason: "secondary" },
      { current: true, reason: "secondary" },
    ]);
  });

  it("withholds only the baseline of 3 against a current 20, with everything the 3 could be read back from", () => {
    const evaluation = protect(
      run(model, gemeenteOnly, [
        count("fixi-meldingen", "GM0482", "2024", 20),
        count("fixi-meldingen", "GM0482", "2023", 3),
      ]),
    );
    // Unprotected: change +566,7%, target 3,3, progress, trend up: each gives the 3 away.
    expect(measureOf(evaluation, "fixi-meldingen", "GM0482")).toEqual({
      indicator: "fixi-meldingen",
      status: "achieved",
      current: 20,
      withheld: { baseline: true, reason: "small-count" },
    });
    expect(resultOf(evaluation, "fixi-meldingen", "GM0482").explanation).toEqual({
      nl: "Fixi-meldingen in Alblasserdam: te weinig waarnemingen om de cijfers van 2023 te tonen (minder dan 5); doel +10% gehaald.",
      en: "Fixi-meldingen in Alblasserdam: too few observations to show the figures for 2023 (fewer than 5); target +10% achieved.",
    });
  });

  it("drops the trend of a tracked measure with the figures: a direction is a figure too", () => {
    const trackedModel = modelWith([{ id: "meldingen", measure: "count", rule: tracked, label: "Meldingen" }]);
    const evaluation = protect(
      run(trackedModel, gemeenteOnly, [
        count("meldingen", "GM0482", "2024", 4),
        count("meldingen", "GM0482", "2023", 1),
      ]),
    );
    expect(measureOf(evaluation, "meldingen", "GM0482")).toEqual({
      indicator: "meldingen",
      status: "monitored",
      withheld: { current: true, baseline: true, reason: "small-count" },
    });
    expect(resultOf(evaluation, "meldingen", "GM0482").explanation.nl).toBe(
      "Meldingen in Alblasserdam: te weinig waarnemingen om te tonen (minder dan 5); gevolgd zonder doel.",
    );
  });

  it("keeps the windows of a partial period: January to June 2024 against the same months of 2023", () => {
    const months = ["01", "02", "03", "04", "05", "06"];
    // One melding a month in 2024 (6 in all), none in 2023 but in March and June (2): both small.
    const monthly = months.flatMap((month) => [
      count("fixi-meldingen", "GM0482", `2024-${month}`, 1),
      count("fixi-meldingen", "GM0482", `2023-${month}`, month === "03" || month === "06" ? 1 : 0),
    ]);
    const evaluation = protect(
      evaluate(model, parseObservations(model, monthly), {
        period: "2024",
        asOf: "2024-07-01",
        areas: [...gemeenteOnly],
      }),
    );
    const measure = measureOf(evaluation, "fixi-meldingen", "GM0482");
    expect(measure).toEqual({
      indicator: "fixi-meldingen",
      status: "on-track",
      window: {
        current: { from: "2024-01-01", through: "2024-06-30" },
        baseline: { from: "2023-01-01", through: "2023-06-30" },
      },
      withheld: { baseline: true, reason: "small-count" },
      current: 6,
    });
  });

  it("reads a policy's own threshold: with minimumCount 10, a count of 7 is withheld and shown as such", () => {
    const evaluation = protect(
      run(model, gemeenteOnly, [
        count("fixi-meldingen", "GM0482", "2024", 7),
        count("fixi-meldingen", "GM0482", "2023", 12),
      ]),
      { minimumCount: 10 },
    );
    expect(measureOf(evaluation, "fixi-meldingen", "GM0482").withheld).toEqual({
      current: true,
      reason: "small-count",
    });
    expect(resultOf(evaluation, "fixi-meldingen", "GM0482").explanation.en).toBe(
      "Fixi-meldingen in Alblasserdam: too few observations to show the figures for 2024 (fewer than 10); target +10% not achieved.",
    );
    expect(evaluation.protection.policy).toEqual({ minimumCount: 10, minimumRespondents: 30, minimumCategory: 5 });
  });
});

describe("protect: ratios", () => {
  const model = modelWith([{ id: "mutatiegraad", measure: "ratio", rule: tracked, label: "Mutatiegraad" }]);

  it("withholds a ratio whose numerator is 3 (3 moves in 100 dwellings), parts and all", () => {
    const evaluation = protect(run(model, gemeenteOnly, [ratio("mutatiegraad", "GM0482", "2024", 3, 100)]));
    expect(measureOf(evaluation, "mutatiegraad", "GM0482")).toEqual({
      indicator: "mutatiegraad",
      status: "monitored",
      withheld: { current: true, reason: "small-count" },
    });
  });

  it("shows a ratio whose numerator is 0 or at least 5", () => {
    const evaluation = protect(
      run(model, gemeenteOnly, [
        ratio("mutatiegraad", "GM0482", "2024", 0, 100),
        ratio("mutatiegraad", "GM0482", "2023", 5, 100),
      ]),
    );
    expect(measureOf(evaluation, "mutatiegraad", "GM0482")).toMatchObject({ current: 0, baseline: 0.05 });
    expect(evaluation.protection.withheld).toBe(0);
  });

  it("protects a ratio's numerators by secondary suppression like counts: 4 of 50, 6 of 50 and 20 of 100 make 30 of 200", () => {
    // The wijk's numerator 30 − Nieuw Kinderdijk's 20 would leave Groene Long's 4 + Rivierenbuurt's 6: Rivierenbuurt (6) goes.
    const evaluation = protect(
      run(model, kinderdijk, [
        ratio("mutatiegraad", "BU04820204", "2024", 4, 50),
        ratio("mutatiegraad", "BU04820205", "2024", 6, 50),
        ratio("mutatiegraad", "BU04820206", "2024", 20, 100),
      ]),
    );
    expect(measureOf(evaluation, "mutatiegraad", "BU04820204").withheld?.reason).toBe("small-count");
    expect(measureOf(evaluation, "mutatiegraad", "BU04820205").withheld?.reason).toBe("secondary");
    expect(measureOf(evaluation, "mutatiegraad", "WK048202").parts).toEqual({
      current: { numerator: 30, denominator: 200 },
    });
  });
});

describe("protect: surveys", () => {
  const model = modelWith([{ id: "trots-op-buurt", measure: "share", rule: qualitative, label: "Trots op de buurt" }]);
  const survey = (current: readonly [number, number], baseline: readonly [number, number]) =>
    protect(
      run(model, gemeenteOnly, [
        share("trots-op-buurt", "GM0482", "2024", ...current),
        share("trots-op-buurt", "GM0482", "2023", ...baseline),
      ]),
    );

  it("withholds a survey of 29 respondents, and shows one of 30", () => {
    const evaluation = survey([10, 29], [12, 30]);
    const measure = measureOf(evaluation, "trots-op-buurt", "GM0482");
    expect(measure.withheld).toEqual({ current: true, reason: "few-respondents" });
    expect(measure).toMatchObject({ baseline: 0.4, parts: { baseline: { numerator: 12, denominator: 30 } } });
    expect(measure).not.toHaveProperty("respondents");
    expect(measure).not.toHaveProperty("significant");
    expect(resultOf(evaluation, "trots-op-buurt", "GM0482").explanation.nl).toBe(
      "Trots op de buurt in Alblasserdam: te weinig respondenten om de cijfers van 2024 te tonen (minder dan 30); te weinig respondenten om te beoordelen (minimaal 30 per periode).",
    );
  });

  it("withholds 3 of 40 positive and 37 of 40 (3 not positive), and shows 5 of 40 and 35 of 40", () => {
    expect(measureOf(survey([3, 40], [5, 40]), "trots-op-buurt", "GM0482").withheld).toEqual({
      current: true,
      reason: "small-category",
    });
    expect(measureOf(survey([37, 40], [35, 40]), "trots-op-buurt", "GM0482").withheld).toEqual({
      current: true,
      reason: "small-category",
    });
    expect(measureOf(survey([5, 40], [35, 40]), "trots-op-buurt", "GM0482").withheld).toBeUndefined();
  });

  it("withholds 0 of 40 positive: everybody in one category is as telling as a handful", () => {
    expect(measureOf(survey([0, 40], [20, 40]), "trots-op-buurt", "GM0482").withheld).toEqual({
      current: true,
      reason: "small-category",
    });
  });

  it("drops the reason 'zero-baseline' where the baseline it names is withheld: 0 of 40 positive is withheld, and so is the news that it was 0", () => {
    const relativeModel = modelWith([
      { id: "trots-op-buurt", measure: "share", rule: relative, label: "Trots op de buurt" },
    ]);
    const unprotected = run(relativeModel, gemeenteOnly, [
      share("trots-op-buurt", "GM0482", "2024", 10, 40),
      share("trots-op-buurt", "GM0482", "2023", 0, 40),
    ]);
    expect(unprotected.factors[0]?.reason).toBe("zero-baseline");
    const result = resultOf(protect(unprotected), "trots-op-buurt", "GM0482");
    expect(result).not.toHaveProperty("reason");
    // 10 of 40 is shown, with its respondents; 0 of 40 is not.
    expect(result.measures).toEqual([
      {
        indicator: "trots-op-buurt",
        status: "not-evaluable",
        current: 0.25,
        respondents: { current: 40 },
        parts: { current: { numerator: 10, denominator: 40 } },
        withheld: { baseline: true, reason: "small-category" },
      },
    ]);
    expect(result.explanation.nl).toBe(
      "Trots op de buurt in Alblasserdam: te weinig antwoorden per categorie om de cijfers van 2023 te tonen (minder dan 5 per categorie).",
    );
  });

  it("writes the category's threshold in the sentence", () => {
    expect(resultOf(survey([3, 40], [3, 40]), "trots-op-buurt", "GM0482").explanation.en).toBe(
      "Trots op de buurt in Alblasserdam: too few answers per category to show (fewer than 5 per category); target significant increase not achieved.",
    );
  });
});

describe("protect: factors and indicators", () => {
  it("keeps the shown measure's clause in a factor of two measures, and withholds only the other", () => {
    const model = modelOf(
      [
        { id: "deelnemers", measure: "count", label: "Deelnemers" },
        { id: "activiteiten", measure: "count", label: "Activiteiten" },
      ],
      [
        {
          id: "ontmoeting",
          label: "Ontmoeting",
          measures: [
            { indicator: "deelnemers", rule: relative },
            { indicator: "activiteiten", rule: tracked },
          ],
        },
      ],
    );
    const evaluation = protect(
      run(model, gemeenteOnly, [
        count("deelnemers", "GM0482", "2024", 120),
        count("deelnemers", "GM0482", "2023", 100),
        count("activiteiten", "GM0482", "2024", 3),
      ]),
    );
    expect(resultOf(evaluation, "ontmoeting", "GM0482").explanation.nl).toBe(
      "Ontmoeting in Alblasserdam: Deelnemers 120 in 2024 tegen 100 in 2023 (+20,0%), doel +10% gehaald; Activiteiten te weinig waarnemingen om te tonen (minder dan 5).",
    );
    expect(resultOf(evaluation, "ontmoeting", "GM0482").measures.map((measure) => measure.withheld)).toEqual([
      undefined,
      { current: true, reason: "small-count" },
    ]);
  });

  it("finds a measure's label in every area of a factor of two measures, and names the indicator when a label has '; ' in it", () => {
    const indicators = [
      { id: "deelnemers", measure: "count", label: "Deelnemers" },
      { id: "activiteiten", measure: "count", label: "Activiteiten; alle soorten" },
    ] as const;
    const factors = (first: string) => [
      {
        id: "ontmoeting",
        label: "Ontmoeting",
        measures: [
          { indicator: first, rule: relative },
          { indicator: first === "deelnemers" ? "activiteiten" : "deelnemers", rule: tracked },
        ],
      },
    ];
    // 3 and 4 activiteiten in two buurten, 9 in the third: both small ones are withheld, and the
    // wijk's 16 − 9 = 7 is their sum, which names neither.
    const rows = [
      count("deelnemers", "BU04820204", "2024", 60),
      count("deelnemers", "BU04820204", "2023", 50),
      count("deelnemers", "BU04820205", "2024", 70),
      count("deelnemers", "BU04820205", "2023", 50),
      count("activiteiten", "BU04820204", "2024", 3),
      count("activiteiten", "BU04820205", "2024", 4),
      count("activiteiten", "BU04820206", "2024", 9),
    ];
    const labelled = protect(run(modelOf(indicators, factors("deelnemers")), kinderdijk, rows));
    // "Activiteiten; alle soorten" splits the sentence in three where there are two measures: the
    // clauses cannot be told apart, so the sentence keeps the withheld one only, by its id.
    expect(resultOf(labelled, "ontmoeting", "BU04820205").explanation.nl).toBe(
      "Ontmoeting in Rivierenbuurt: activiteiten: te weinig waarnemingen om te tonen (minder dan 5).",
    );
    expect(measureOf(labelled, "ontmoeting", "BU04820205")).toMatchObject({ current: 70, baseline: 50 });
    const plain = protect(
      run(
        modelOf(
          [indicators[0], { id: "activiteiten", measure: "count", label: "Activiteiten" }],
          factors("deelnemers"),
        ),
        kinderdijk,
        rows,
      ),
    );
    expect(["BU04820204", "BU04820205"].map((area) => resultOf(plain, "ontmoeting", area).explanation.en)).toEqual([
      "Ontmoeting in Groene Long: Deelnemers 60 in 2024 against 50 in 2023 (+20.0%), target +10% achieved; Activiteiten too few observations to show (fewer than 5).",
      "Ontmoeting in Rivierenbuurt: Deelnemers 70 in 2024 against 50 in 2023 (+40.0%), target +10% achieved; Activiteiten too few observations to show (fewer than 5).",
    ]);
  });

  it("keeps '(2 van 3 buurten)' with the label of a withheld like-for-like measure, in the gemeente and the wijk", () => {
    const model = modelOf(
      [
        { id: "deelnemers", measure: "count", label: "Deelnemers" },
        { id: "activiteiten", measure: "count", label: "Activiteiten" },
      ],
      [
        {
          id: "ontmoeting",
          label: "Ontmoeting",
          measures: [
            { indicator: "deelnemers", rule: relative },
            { indicator: "activiteiten", rule: tracked },
          ],
        },
      ],
    );
    // Deelnemers: Groene Long 1 against 2, Nieuw Kinderdijk 2 against 1, Rivierenbuurt 30 in 2024
    // only. Like with like, the wijk and the gemeente compare 3 against 3 over 2 of 3 buurten: small.
    const evaluation = protect(
      run(model, kinderdijk, [
        count("deelnemers", "BU04820204", "2024", 1),
        count("deelnemers", "BU04820204", "2023", 2),
        count("deelnemers", "BU04820205", "2024", 30),
        count("deelnemers", "BU04820206", "2024", 2),
        count("deelnemers", "BU04820206", "2023", 1),
        count("activiteiten", "BU04820206", "2024", 20),
        count("activiteiten", "BU04820206", "2023", 25),
      ]),
    );
    expect(["GM0482", "WK048202"].map((area) => resultOf(evaluation, "ontmoeting", area).explanation.nl)).toEqual([
      "Ontmoeting in Alblasserdam: Deelnemers (2 van 3 buurten) te weinig waarnemingen om te tonen (minder dan 5); Activiteiten 20 in 2024 tegen 25 in 2023 (-20,0%), gevolgd zonder doel, trend dalend.",
      "Ontmoeting in Wijk 02 Kinderdijk: Deelnemers (2 van 3 buurten) te weinig waarnemingen om te tonen (minder dan 5); Activiteiten 20 in 2024 tegen 25 in 2023 (-20,0%), gevolgd zonder doel, trend dalend.",
    ]);
    expect(measureOf(evaluation, "ontmoeting", "WK048202").covers).toEqual({ areas: 2, of: 3, kind: "buurt" });
  });

  it("withholds an indicator's figure in every factor that shows it", () => {
    const model = modelOf(
      [{ id: "meldingen", measure: "count" }],
      [
        { id: "minder", measures: [{ indicator: "meldingen", rule: relative }] },
        { id: "gevolgd", measures: [{ indicator: "meldingen", rule: tracked }] },
      ],
    );
    const evaluation = protect(
      run(model, kinderdijk, [
        count("meldingen", "BU04820204", "2024", 2),
        count("meldingen", "BU04820205", "2024", 30),
        count("meldingen", "BU04820206", "2024", 40),
      ]),
    );
    for (const factor of ["minder", "gevolgd"]) {
      expect(measureOf(evaluation, factor, "BU04820204").withheld?.reason).toBe("small-count");
      expect(measureOf(evaluation, factor, "BU04820205").withheld?.reason).toBe("secondary");
    }
  });

  it("withholds a wijk whose two totals differ by one buurt's small count: 72 (all buurten) − 70 (both years) = Groene Long's 2", () => {
    // Groene Long has 2 in 2024 only; Rivierenbuurt 30 against 20; Nieuw Kinderdijk 40 against 50.
    // "minder" compares like with like: the wijk 70 (30 + 40) against 70. "gevolgd" sums all: 72.
    // Both shown, their difference is Groene Long's 2: the wijk's 2024 figure goes (and the
    // gemeente's, its only child's); in "gevolgd" 72 = 2 + 30 + 40 then needs a second cell,
    // the smallest: Rivierenbuurt's 30.
    const model = modelOf(
      [{ id: "meldingen", measure: "count" }],
      [
        { id: "minder", measures: [{ indicator: "meldingen", rule: relative }] },
        { id: "gevolgd", measures: [{ indicator: "meldingen", rule: tracked }] },
      ],
    );
    const unprotected = run(model, kinderdijk, [
      count("meldingen", "BU04820204", "2024", 2),
      count("meldingen", "BU04820205", "2024", 30),
      count("meldingen", "BU04820205", "2023", 20),
      count("meldingen", "BU04820206", "2024", 40),
      count("meldingen", "BU04820206", "2023", 50),
    ]);
    expect([
      unprotected.factors.find((result) => result.factor === "minder" && result.area === "WK048202")?.measures[0]
        ?.current,
      unprotected.factors.find((result) => result.factor === "gevolgd" && result.area === "WK048202")?.measures[0]
        ?.current,
    ]).toEqual([70, 72]);
    const evaluation = protect(unprotected);
    for (const factor of ["minder", "gevolgd"]) {
      expect(
        [
          measureOf(evaluation, factor, "GM0482"),
          measureOf(evaluation, factor, "WK048202"),
          measureOf(evaluation, factor, "BU04820205"),
        ].map((measure) => measure.withheld?.current),
      ).toEqual([true, true, true]);
      expect(measureOf(evaluation, factor, "BU04820206").current).toBe(40);
    }
    // The baselines (70 = 20 + 50) hold nothing small: shown.
    expect(measureOf(evaluation, "minder", "WK048202").baseline).toBe(70);
  });
});

describe("protect: the result as data", () => {
  const model = modelWith([
    { id: "fixi-meldingen", measure: "count", rule: relative },
    { id: "trots-op-buurt", measure: "share", rule: qualitative },
  ]);
  const rows = [
    count("fixi-meldingen", "BU04820204", "2024", 2),
    count("fixi-meldingen", "BU04820205", "2024", 30),
    count("fixi-meldingen", "BU04820206", "2024", 40),
    count("fixi-meldingen", "BU04820204", "2023", 1),
    count("fixi-meldingen", "BU04820205", "2023", 28),
    count("fixi-meldingen", "BU04820206", "2023", 44),
    share("trots-op-buurt", "BU04820206", "2024", 20, 31),
    share("trots-op-buurt", "BU04820206", "2023", 20, 29),
  ];

  it("does not change the evaluation, and gives the same result each time", () => {
    const evaluation = run(model, kinderdijk, rows);
    const before = JSON.stringify(evaluation);
    const first = protect(evaluation);
    expect(JSON.stringify(evaluation)).toBe(before);
    expect(protect(evaluation)).toEqual(first);
    expect(protect(run(model, kinderdijk, [...rows].reverse()))).toEqual(first);
  });

  it("is plain data: JSON and structuredClone keep all of it, and it has no methods", () => {
    const published = protect(run(model, kinderdijk, rows));
    expect(JSON.parse(JSON.stringify(published))).toEqual(published);
    expect(structuredClone(published)).toEqual(published);
    expect(Object.keys(published)).toEqual([
      "period",
      "baseline",
      "asOf",
      "complete",
      "areas",
      "factors",
      "groups",
      "subgoals",
      "goals",
      "coverage",
      "warnings",
      "protection",
    ]);
  });

  it("keeps statuses, and so the roll-ups, coverage and warnings, as evaluate gave them", () => {
    const evaluation = run(model, kinderdijk, rows);
    const published = protect(evaluation);
    expect(published.factors.map((result) => result.status)).toEqual(evaluation.factors.map((result) => result.status));
    expect([published.groups, published.subgoals, published.goals, published.coverage, published.warnings]).toEqual([
      evaluation.groups,
      evaluation.subgoals,
      evaluation.goals,
      evaluation.coverage,
      evaluation.warnings,
    ]);
  });

  it("still withholds a small figure in an area the evaluation does not list, judged as a top area", () => {
    const evaluation = run(model, kinderdijk, rows);
    const unlisted: Evaluation = {
      ...evaluation,
      areas: [],
      statusOf: evaluation.statusOf.bind(evaluation),
      columns: evaluation.columns.bind(evaluation),
    };
    // Groene Long's 2 against 1 is small; without a hierarchy there are no parents to protect it from.
    expect(measureOf(protect(unlisted), "fixi-meldingen", "BU04820204").withheld).toEqual({
      current: true,
      baseline: true,
      reason: "small-count",
    });
    expect(protect(unlisted).protection.secondary).toBe(0);
  });

  it("rejects a threshold that is not a whole number of at least 1, naming the field", () => {
    const evaluation = run(model, kinderdijk, rows);
    const issuesOf = (policy: unknown) => {
      try {
        // @ts-expect-error: a policy from untyped input
        protect(evaluation, policy);
      } catch (error) {
        if (error instanceof BuurtaanpakError)
          return [error.code, error.issues.map((issue) => [issue.code, issue.path.join(".")])];
        throw error;
      }
      return undefined;
    };
    expect(issuesOf({ minimumCount: 0 })).toEqual(["invalid-options", [["too-small", "minimumCount"]]]);
    expect(issuesOf({ minimumRespondents: 2.5, minimumCategory: "5" })).toEqual([
      "invalid-options",
      [
        ["not-whole", "minimumRespondents"],
        ["not-a-number", "minimumCategory"],
      ],
    ]);
    expect(issuesOf({ minimumCounts: 5 })).toEqual(["invalid-options", [["unknown-field", "minimumCounts"]]]);
    expect(issuesOf(5)).toEqual(["invalid-options", [["not-an-object", ""]]]);
    expect(issuesOf([5])).toEqual(["invalid-options", [["not-an-object", ""]]]);
  });
});

describe("protect: each withheld figure by its own reason", () => {
  const model = modelWith([{ id: "fixi-meldingen", measure: "count", rule: relative, label: "Fixi-meldingen" }]);
  // 2023: Groene Long 3 (below 5), Rivierenbuurt 50, Nieuw Kinderdijk 30: the smallest shown
  // sibling, 30, goes too, or 83 − 50 − 30 gives the 3 away.
  // 2024: Groene Long 6, Rivierenbuurt 60, Nieuw Kinderdijk 2 (below 5): the smallest shown
  // sibling is now Groene Long's 6. So Groene Long's 2023 is small and its 2024 protects another.
  const rows = [
    count("fixi-meldingen", "BU04820204", "2023", 3),
    count("fixi-meldingen", "BU04820204", "2024", 6),
    count("fixi-meldingen", "BU04820205", "2023", 50),
    count("fixi-meldingen", "BU04820205", "2024", 60),
    count("fixi-meldingen", "BU04820206", "2023", 30),
    count("fixi-meldingen", "BU04820206", "2024", 2),
  ];
  const published = () => protect(run(model, kinderdijk, rows));

  it("gives a 6 withheld to protect a 2 the reason secondary, not small-count, beside its baseline of 3", () => {
    const groeneLong = resultOf(published(), "fixi-meldingen", "BU04820204").measures[0]?.withheld;
    expect(groeneLong).toEqual({
      current: true,
      baseline: true,
      reason: "small-count",
      reasons: { current: "secondary", baseline: "small-count" },
    });
    const nieuwKinderdijk = resultOf(published(), "fixi-meldingen", "BU04820206").measures[0]?.withheld;
    expect(nieuwKinderdijk).toEqual({
      current: true,
      baseline: true,
      reason: "small-count",
      reasons: { current: "small-count", baseline: "secondary" },
    });
  });

  it("shows the 6 as 'x' and the 3 as '< 5', and names each figure's reason in the sentence", () => {
    const result = resultOf(published(), "fixi-meldingen", "BU04820204");
    const withheld = result.measures[0]?.withheld;
    expect(
      withheld && [withheldText({}, "nl", withheld, "current"), withheldText({}, "nl", withheld, "baseline")],
    ).toEqual(["x", "< 5"]);
    expect(result.explanation.nl).toContain(
      "te weinig waarnemingen om de cijfers van 2023 te tonen (minder dan 5); de cijfers van 2024 niet getoond, zodat een klein aantal elders niet terug te rekenen is",
    );
    expect(result.explanation.en).toContain(
      "too few observations to show the figures for 2023 (fewer than 5); the figures for 2024 not shown, so that a small number elsewhere cannot be worked out",
    );
  });

  it("keeps one reason where both figures have the same: 2 against 3 is small-count for both, with no reasons", () => {
    const both = protect(
      run(model, kinderdijk, [
        count("fixi-meldingen", "BU04820204", "2023", 3),
        count("fixi-meldingen", "BU04820204", "2024", 2),
        count("fixi-meldingen", "BU04820205", "2023", 50),
        count("fixi-meldingen", "BU04820205", "2024", 60),
        count("fixi-meldingen", "BU04820206", "2023", 30),
        count("fixi-meldingen", "BU04820206", "2024", 40),
      ]),
    );
    expect(resultOf(both, "fixi-meldingen", "BU04820204").measures[0]?.withheld).toEqual({
      current: true,
      baseline: true,
      reason: "small-count",
    });
  });
});
