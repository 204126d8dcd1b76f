import { describe, expect, it } from "vitest";
import type { Output } from "../../src/cli/output/Output.js";
import { outputChunks } from "../../src/cli/output/outputChunks.js";
import { demoReport, type ReportIo, reportCommand } from "../../src/cli/report.js";
import { cliFailure, memoryFiles } from "./fixtures.js";

const text = (output: Output) => [...outputChunks(output)].join("");

/** A data file with two gemeenten, their buurten, and three years of Fixi-meldingen. */
const data = JSON.stringify({
  areas: [
    { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
    { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "GM0482" },
    { id: "GM0505", kind: "gemeente", name: "Dordrecht" },
    { id: "BU05050101", kind: "buurt", name: "Binnenstad", parent: "GM0505" },
  ],
  observations: ["2022", "2023", "2024"].flatMap((period, year) => [
    { indicator: "fixi-meldingen", area: "BU04820101", period, value: 400 + 40 * year },
    { indicator: "fixi-meldingen", area: "BU05050101", period, value: 900 + 100 * year },
  ]),
});

/** Files in memory; what the command writes is kept by name, and stderr as one text. */
function io(
  files: Record<string, string> = { "data.json": data },
): ReportIo & { written: Map<string, string>; errors: string[] } {
  const written = new Map<string, string>();
  const errors: string[] = [];
  return {
    open: memoryFiles(files),
    writeFile: async (name, contents) => {
      written.set(name, contents);
    },
    stderr: (message) => errors.push(message),
    written,
    errors,
  };
}

const options = (entries: Record<string, string | true>) => new Map(Object.entries(entries));

describe("reportCommand", () => {
  it("writes the HTML report on stdout by default, for the period the series ends in", async () => {
    const output = text(
      await reportCommand(options({ model: "alblasserdam", data: "data.json", series: "2023,2024" }), io()),
    );
    expect(output.startsWith("<!doctype html>")).toBe(true);
    expect(output).toContain("2024, vergeleken met 2023");
    expect(output).toContain("Reeks</dt><dd>2023, 2024</dd>");
  });

  it("writes Markdown in English with --format md --lang en", async () => {
    const output = text(
      await reportCommand(
        options({ model: "alblasserdam", data: "data.json", period: "2024", format: "md", lang: "en" }),
        io(),
      ),
    );
    expect(output.split("\n")[0]).toBe("# Buurtaanpak report: Alblasserdam Neighbourhood Approach vision");
  });

  it("writes to the file -o names and says so on stderr, printing nothing", async () => {
    const files = io();
    const output = await reportCommand(
      options({ model: "alblasserdam", data: "data.json", period: "2024", output: "rapport.html" }),
      files,
    );
    expect(text(output)).toBe("");
    expect(files.written.get("rapport.html")?.startsWith("<!doctype html>")).toBe(true);
    expect(files.errors.join("")).toMatch(/^buurtaanpak: wrote rapport\.html \(\d/);
  });

  it("writes one report per gemeente with --each gemeente, with progress on stderr", async () => {
    const files = io();
    await reportCommand(
      options({
        model: "alblasserdam",
        data: "data.json",
        period: "2024",
        each: "gemeente",
        output: "uit/",
        unprotected: true,
      }),
      files,
    );
    expect([...files.written.keys()]).toEqual(["uit/GM0482.html", "uit/GM0505.html"]);
    expect(files.errors).toEqual([
      "buurtaanpak: report 1/2: GM0482 Alblasserdam → uit/GM0482.html\n",
      "buurtaanpak: report 2/2: GM0505 Dordrecht → uit/GM0505.html\n",
    ]);
    // Dordrecht's report is about Dordrecht: 1.100 against 1.000 in its one buurt.
    expect(files.written.get("uit/GM0505.html")).toContain(">Binnenstad</th>");
    expect(files.written.get("uit/GM0505.html")).not.toContain(">Cortgene</th>");
  });

  it("marks an unprotected report as not for publication", async () => {
    const output = text(
      await reportCommand(
        options({ model: "alblasserdam", data: "data.json", period: "2024", unprotected: true }),
        io(),
      ),
    );
    expect(output).toContain("NIET VOOR PUBLICATIE");
  });

  it("refuses a missing --model or --data, an unknown format, a bad list and --each without -o", async () => {
    expect(await cliFailure(() => reportCommand(options({ data: "data.json" }), io()))).toContain("missing --model");
    expect(await cliFailure(() => reportCommand(options({ model: "alblasserdam" }), io()))).toContain("missing --data");
    expect(
      await cliFailure(() => reportCommand(options({ model: "alblasserdam", data: "data.json", format: "pdf" }), io())),
    ).toBe("--format must be html, md or markdown, not 'pdf'");
    expect(
      await cliFailure(() =>
        reportCommand(options({ model: "alblasserdam", data: "data.json", series: "2023,,2024" }), io()),
      ),
    ).toContain("has an empty item");
    expect(
      await cliFailure(() =>
        reportCommand(options({ model: "alblasserdam", data: "data.json", each: "gemeente" }), io()),
      ),
    ).toContain("--each needs -o");
    expect(
      await cliFailure(() =>
        reportCommand(options({ model: "alblasserdam", data: "data.json", each: "wijk", output: "x" }), io()),
      ),
    ).toContain("--each must be gemeente");
  });

  it("names the file it cannot write", async () => {
    const files = { ...io(), writeFile: async () => Promise.reject(new Error("EACCES: permission denied")) };
    expect(
      await cliFailure(() =>
        reportCommand(
          options({ model: "alblasserdam", data: "data.json", period: "2024", output: "/root/x.html" }),
          files,
        ),
      ),
    ).toBe("/root/x.html: cannot write the report (EACCES: permission denied)");
  });
});

describe("demoReport", () => {
  it("says at the top and at the bottom that the figures are synthetic, and shows the real buurten with withheld cells", () => {
    const html = demoReport({ format: "html", language: "nl" });
    expect(html.match(/banner-synthetic" role="note">SYNTHETISCHE GEGEVENS/g)).toHaveLength(2);
    for (const buurt of ["Groene Long", "Nieuwland", "Polder Souburgh", "Oranjebuurt"])
      expect(html).toContain(`>${buurt}</th>`);
    expect(html).toContain('<span class="wh">&lt; 5</span>');
  });

  it("is under 500 KB in both languages and formats", () => {
    for (const language of ["nl", "en"] as const) {
      for (const format of ["html", "md"] as const)
        expect(new TextEncoder().encode(demoReport({ format, language })).length).toBeLessThan(500 * 1024);
    }
  });
});
