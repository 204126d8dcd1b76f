import { describe, expect, it } from "vitest";
import demoData from "../../generated/alblasserdam-demo.json" with { type: "json" };
import { demo } from "../../src/cli/demo.js";
import { escapeMarkdown } from "../../src/cli/escape/markdown.js";
import type { Output } from "../../src/cli/output/Output.js";
import { outputChunks } from "../../src/cli/output/outputChunks.js";
import type { ProtectedEvaluation } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { cliFailure, flat } from "./fixtures.js";

const text = (output: Output) => [...outputChunks(output)].join("");
const tiny = ["Groene Long", "Nieuwland", "Polder Souburgh"] as const;
/** What a withheld cell reads, by the default policy: a small count, few respondents, a small answer, a secondary. */
const withheldCells = new Set(["< 5", "n < 30", "< 5 per antwoord", "x"]);

interface DemoJson {
  synthetic: true;
  records: unknown;
  evaluation: ProtectedEvaluation;
  syntheticReminder: { nl: string };
}
const demoJson = (extra: { asOf?: string; unprotected?: boolean } = {}) =>
  JSON.parse(text(demo({ format: "json", language: "nl", ...extra }))) as DemoJson & Record<string, unknown>;

describe("demo", () => {
  it("says first that the data are synthetic, not real Alblasserdam figures", () => {
    const [, banner] = text(demo({ format: "table", language: "nl" })).split("\n");
    expect(banner).toContain("SYNTHETISCHE GEGEVENS");
    expect(banner).toContain("géén echte cijfers van Alblasserdam");
  });

  it("says at the top and at the bottom of every format that the figures are synthetic", () => {
    const table = text(demo({ format: "table", language: "nl" }))
      .trimEnd()
      .split("\n");
    // The banner, and the closing block between the last two heavy rules.
    const top = flat(table.slice(0, 12).join("\n"));
    const heavy = table.map((line, index) => (line.startsWith("═") ? index : -1)).filter((index) => index >= 0);
    const bottom = flat(table.slice(heavy.at(-2)).join("\n"));
    const derived = "afgeleid uit synthetische registraties (meldingen, partners, activiteiten, verhuizingen)";
    expect(top).toContain("SYNTHETISCHE GEGEVENS");
    expect(top).toContain(derived);
    expect(bottom).toContain("synthetisch (verzonnen)");
    expect(bottom).toContain(derived);
    expect(heavy.at(-1)).toBe(table.length - 1);
    const markdown = text(demo({ format: "md", language: "en" }))
      .trimEnd()
      .split("\n");
    const derivedEn = "derived from synthetic records (meldingen, partners, activities, moves)";
    expect(markdown.slice(0, 4).join("\n")).toContain("SYNTHETIC DATA");
    expect(markdown.slice(0, 6).join("\n")).toContain(derivedEn);
    expect(markdown.at(-1)).toContain("synthetic (made up)");
    expect(markdown.at(-1)).toContain(derivedEn);
    const html = text(demo({ format: "html", language: "nl" }));
    expect(html.match(/banner-synthetic" role="note">SYNTHETISCHE GEGEVENS/g)).toHaveLength(2);
    expect(html.split(derived)).toHaveLength(3);
    const json = demoJson();
    expect(Object.keys(json)[0]).toBe("synthetic");
    expect(Object.keys(json).at(-1)).toBe("syntheticReminder");
    expect(json.syntheticReminder.nl).toContain("synthetisch");
    expect(json.syntheticReminder.nl).toContain(derived);
  });

  it("shows what the derivations from the synthetic records said among the notes, and in its JSON", () => {
    const table = flat(text(demo({ format: "table", language: "nl" })));
    const json = demoJson();
    expect(json.records).toEqual(demoData.registers);
    expect(demoData.registers.map((register) => register.kind)).toEqual([
      "meldingen",
      "partners",
      "activities",
      "moves",
    ]);
    const meldingen = demoData.registers[0];
    expect(table).toContain(
      `Synthetische meldingen: ${meldingen?.rows} rijen afgeleid uit ${meldingen?.records.toLocaleString("nl-NL")} meldingen over 2023-01-01/2024-12-31.`,
    );
    for (const warning of meldingen?.warnings ?? [])
      expect(table).toContain(`Synthetische meldingen: ${warning.message.nl}`);
  });

  it("reports on every group of the Alblasserdam vision, in Dutch by default and in English", () => {
    const nl = flat(text(demo({ format: "table", language: "nl" })));
    const en = flat(text(demo({ format: "table", language: "en" })));
    for (const group of alblasserdam.groups) {
      expect(nl).toContain(group.label.nl);
      expect(en).toContain(group.label.en);
    }
    expect(en).toContain("SYNTHETIC DATA");
  });

  it("wraps its JSON, protected, so that the made-up figures cannot pass for real ones", () => {
    const json = demoJson();
    expect(json.synthetic).toBe(true);
    expect(json.evaluation.protection.policy).toEqual({ minimumCount: 5, minimumRespondents: 30, minimumCategory: 5 });
    expect(json.evaluation.protection.withheld).toBeGreaterThan(0);
    expect(json).not.toHaveProperty("notForPublication");
  });

  it("runs on the 29 real buurten, and withholds cells of the three tiny ones in every format", () => {
    const json = demoJson();
    const buurten = json.evaluation.areas.filter((area) => area.kind === "buurt");
    expect(buurten).toHaveLength(29);
    const table = flat(text(demo({ format: "table", language: "nl" })));
    const markdown = text(demo({ format: "md", language: "nl" }));
    for (const name of tiny) {
      const id = buurten.find((area) => area.name === name)?.id;
      const withheld = json.evaluation.factors.filter(
        (result) => result.area === id && result.measures.some((measure) => measure.withheld !== undefined),
      );
      expect(withheld.length).toBeGreaterThan(0);
      // The per-1,000 comparison of a count shows a count of 1 to 4 as withheld: every rate it
      // shows of the buurt is 0 (0 is shown) or of a count of 5 or more.
      const inhabitants = buurten.find((area) => area.name === name)?.figures?.inhabitants ?? 0;
      for (const [, figure] of table.matchAll(new RegExp(`${name} ([\\d.,]+) per 1\\.000`, "g"))) {
        const rate = Number((figure ?? "").replaceAll(".", "").replace(",", "."));
        expect(rate === 0 || (rate * inhabitants) / 1000 >= 5 - 1e-9, `${name} ${figure} per 1.000`).toBe(true);
      }
      const rows = markdown.split("\n").filter((line) => line.includes(`| ${name} |`));
      expect(rows.some((row) => row.includes("| < 5 |") || row.includes("| n < 30 |"))).toBe(true);
    }
    // The counts the buurten do have of 1 to 4 are withheld in the table too.
    expect(tiny.some((name) => table.includes(`${name} < 5`))).toBe(true);
  });

  it("writes, for every factor result, the same figures in its Markdown row as in its sentence", () => {
    const evaluation = demoJson().evaluation;
    const names = new Map(evaluation.areas.map((area) => [area.id, area.name]));
    const factors = new Map(alblasserdam.groups.flatMap((group) => group.factors.map((factor) => [factor.id, factor])));
    const labels = new Map(alblasserdam.indicators.map((indicator) => [indicator.id, indicator.label.nl]));
    // Each row by its area and sentence; the columns by the header of its table.
    const rows = new Map<string, Map<string, string>>();
    let header: string[] = [];
    for (const line of text(demo({ format: "md", language: "nl" })).split("\n")) {
      if (!line.startsWith("| ")) continue;
      const cells = line.slice(2, -2).split(" | ");
      if (cells[0] === "Factor") header = cells;
      else
        rows.set(`${cells[1]}\u0000${cells.at(-1)}`, new Map(header.map((name, index) => [name, cells[index] ?? ""])));
    }
    let compared = 0;
    for (const result of evaluation.factors) {
      const row = rows.get(
        `${escapeMarkdown(names.get(result.area) ?? "")}\u0000${escapeMarkdown(result.explanation.nl)}`,
      );
      expect(row, `${result.factor} in ${result.area}`).toBeDefined();
      const factor = factors.get(result.factor);
      const several = (factor?.measures.length ?? 0) > 1;
      const sentence = result.explanation.nl;
      result.measures.forEach((measure, index) => {
        const prefix = several ? `${escapeMarkdown(labels.get(measure.indicator) ?? "")}: ` : "";
        const cell = (column: string) => (row?.get(column)?.split("<br>")[index] ?? "").slice(prefix.length);
        const current = cell("Nu (2024)");
        const baseline = cell("Basis (2023)");
        const change = cell("Verandering");
        if (measure.withheld !== undefined) {
          // A withheld figure reads as withheld; its sentence names no figure of the measure.
          if (measure.withheld.current === true) expect(withheldCells.has(current)).toBe(true);
          if (measure.withheld.baseline === true) expect(withheldCells.has(baseline)).toBe(true);
          return;
        }
        for (const figure of [current, baseline, change]) {
          if (figure === "–") continue;
          // "49,8% (n=856)" reads "49,8% positief (n=856)" in the sentence: both parts, the same.
          const [value = "", respondents] = figure.split(" (n=");
          expect(sentence, `${result.factor} in ${result.area}: ${figure}`).toContain(value);
          if (respondents !== undefined) expect(sentence).toContain(`(n=${respondents}`);
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("writes the gemeente's figures in the terminal table as in their sentences", () => {
    const evaluation = demoJson().evaluation;
    const table = flat(text(demo({ format: "table", language: "nl" })));
    const gemeente = evaluation.factors.filter(
      (result) =>
        result.area === "GM0482" &&
        result.measures.length === 1 &&
        result.measures.every((measure) => measure.withheld === undefined),
    );
    expect(gemeente.length).toBeGreaterThan(15);
    for (const result of gemeente) {
      const sentence = result.explanation.nl;
      const shown = table.slice(0, table.indexOf(flat(sentence)));
      const line = shown.slice(shown.lastIndexOf("2024: "));
      const [current = "", baseline = ""] = line
        .replace(/ · (verandering|doel) .*/, "")
        .split(" · ")
        .map((part) => part.replace(/^\d{4}: /, "").split(" (n=")[0] ?? "");
      if (current !== "–") expect(sentence, result.factor).toContain(current);
      if (baseline !== "–") expect(sentence, result.factor).toContain(baseline);
    }
  });

  it("gives a mid-year report with --as-of 2024-07-01: Q1 and Q2 of 2024 against Q1 and Q2 of 2023", () => {
    const table = flat(text(demo({ format: "table", language: "nl", asOf: "2024-07-01" })));
    expect(table).toContain("2024, vergeleken met basisperiode 2023 (tussenstand: gegevens t/m 30-06-2024)");
    expect(table).toContain("in 2024 t/m 30-06-2024 tegen");
    // The gemeente's Fixi-meldingen: the sum of the buurten's rows of the first two quarters,
    // like for like over the buurten that have rows in both years (the three joining buurten
    // have 2024 only).
    const rows = demoData.observations as readonly {
      indicator: string;
      area: string;
      period: string;
      value?: number;
    }[];
    const sum = (quarters: readonly string[], areas: ReadonlySet<string>) =>
      rows
        .filter((row) => row.indicator === "fixi-meldingen" && quarters.includes(row.period) && areas.has(row.area))
        .reduce((total, row) => total + (row.value ?? 0), 0);
    const fixiAreas = new Set(rows.filter((row) => row.indicator === "fixi-meldingen").map((row) => row.area));
    const both = new Set(
      [...fixiAreas].filter((area) =>
        rows.some((row) => row.indicator === "fixi-meldingen" && row.area === area && row.period.startsWith("2023")),
      ),
    );
    const json = demoJson({ asOf: "2024-07-01" });
    expect(json.evaluation.complete).toBe(false);
    const fixi = json.evaluation.factors.find(
      (result) => result.area === "GM0482" && result.factor === "fixi-meldingen",
    );
    expect(fixi?.measures[0]?.current).toBe(sum(["2024-Q1", "2024-Q2"], both));
    expect(fixi?.measures[0]?.baseline).toBe(sum(["2023-Q1", "2023-Q2"], both));
    expect(text(demo({ format: "html", language: "nl", asOf: "2024-07-01" }))).toContain(
      "tussenstand: gegevens t/m 30-06-2024",
    );
  });

  it("refuses an --as-of outside the demo's last year, or not a day", async () => {
    for (const asOf of ["2024-01-01", "2025-01-01", "2023-07-01", "2024-02-30", "1-7-2024"]) {
      expect(await cliFailure(() => demo({ format: "table", language: "nl", asOf }))).toBe(
        `--as-of must be a day inside the demo's last year, 2024-01-02 to 2024-12-31 (the demo data run by quarter through 2024), not '${asOf}'`,
      );
    }
    expect(demoJson({ asOf: "2024-12-31" }).evaluation.complete).toBe(false);
  });

  it("prints every figure with --unprotected, under 'niet voor publicatie' at the top and bottom of every format", () => {
    const table = text(demo({ format: "table", language: "nl", unprotected: true }))
      .trimEnd()
      .split("\n");
    expect(table[1]).toBe("‼  NIET VOOR PUBLICATIE / not for publication");
    expect(table.at(-2)).toBe("‼  NIET VOOR PUBLICATIE / not for publication");
    expect(table.join("\n")).not.toMatch(/Groene Long < 5/);
    const markdown = text(demo({ format: "md", language: "en", unprotected: true }))
      .trimEnd()
      .split("\n");
    expect(markdown[2]).toBe("> **‼ NIET VOOR PUBLICATIE / not for publication**");
    expect(markdown.at(-1)).toBe("> **‼ NIET VOOR PUBLICATIE / not for publication**");
    const json = demoJson({ unprotected: true });
    expect(Object.keys(json)[0]).toBe("notForPublication");
    expect(json["notForPublication"]).toBe("NIET VOOR PUBLICATIE / not for publication");
    expect(json.evaluation).not.toHaveProperty("protection");
    expect(text(demo({ format: "html", language: "nl", unprotected: true }))).toContain("NIET VOOR PUBLICATIE");
  });
});

describe("demo: the buurt comparison of a ratio", () => {
  it("writes each area's mutatiegraad with the decimals of that area's own sentence", () => {
    const table = text(demo({ format: "table", language: "nl" }));
    const lines = table.slice(table.indexOf("Lagere mutatiegraad")).split("\n");
    const first = lines.findIndex((entry) => entry.startsWith("    Per gebied (2024): "));
    const continued = lines.slice(first + 1).findIndex((entry) => !entry.startsWith("      "));
    const line = flat(lines.slice(first, first + 1 + continued).join(" "));
    const results = demoJson().evaluation.factors;
    let checked = 0;
    for (const area of alblasserdam.areas.filter((candidate) => candidate.kind !== "gemeente")) {
      const shown = new RegExp(`(?:: | · | )${area.name} (\\d[\\d.,]*%)`).exec(line)?.[1];
      // Withheld ("< 5", "x"): nothing to compare.
      if (shown === undefined) continue;
      const result = results.find((entry) => entry.factor === "mutatiegraad" && entry.area === area.id);
      // The sentence reads "Mutatiegraad in <area>: <current> in 2024 tegen …".
      expect(result?.explanation.nl, area.name).toContain(`: ${shown} in 2024`);
      checked++;
    }
    // 35 areas below the gemeente; Groene Long, Nieuw Kinderdijk and the three Polders withheld.
    expect(checked).toBeGreaterThan(25);
  });
});
