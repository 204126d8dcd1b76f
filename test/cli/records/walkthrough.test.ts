/// <reference types="node" />
// docs/records.md walks a gemeente from a Fixi export (and a Signalen one) to an evaluation. This
// runs exactly the commands of its sh blocks with the built program, on the files of
// docs/examples/, and checks the figures worked out by hand from those files.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const guide = readFileSync(join(root, "docs", "records.md"), "utf8");

/** The commands of the guide's sh blocks, each on one line (continuations joined). */
const commands = [...guide.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((block) =>
  (block[1] ?? "")
    .replace(/\\\n\s*/g, "")
    .split("\n")
    .filter((line) => line.startsWith("npx buurtaanpak ")),
);

function run(command: string) {
  const args = command.replace(/^npx buurtaanpak /, "").split(/\s+/);
  const result = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixi =
  "npx buurtaanpak evaluate --model alblasserdam --period 2024 --records meldingen=docs/examples/fixi-export.csv@2023-01-01/2024-12-31 --map meldingen=docs/examples/fixi-mapping.json";
const mistakes =
  "npx buurtaanpak evaluate --model alblasserdam --period 2024 --records meldingen=docs/examples/fixi-export-met-fouten.csv@2023-01-01/2024-12-31 --map meldingen=docs/examples/fixi-mapping.json";
const signalen =
  "npx buurtaanpak evaluate --model alblasserdam --period 2024 --records meldingen=docs/examples/signalen-meldingen.csv@2023-01-01/2024-12-31 --map meldingen=docs/examples/signalen-mapping.json";

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build-cli.mjs failed:\n${build.stderr}`);
}, 60_000);

describe("docs/records.md: from a Fixi export to an evaluation", () => {
  it("has exactly the commands this test knows the figures of", () => {
    expect(commands).toEqual([fixi, mistakes, signalen]);
  });

  it("shows each example file as it is in docs/examples/", () => {
    // a link to a file, then (before any other code block) the block that shows it
    const blocks = [...guide.matchAll(/\(examples\/([\w.-]+)\)(?:(?!```)[\s\S])*?:\n\n```\w+\n([\s\S]*?)^```/gm)];
    expect(blocks.map((block) => block[1])).toEqual([
      "fixi-export.csv",
      "fixi-mapping.json",
      "fixi-export-met-fouten.csv",
      "signalen-meldingen.sql",
      "signalen-meldingen.csv",
      "signalen-mapping.json",
    ]);
    for (const [, name, text] of blocks)
      expect(text, name).toBe(readFileSync(join(root, "docs", "examples", name ?? ""), "utf8"));
  });

  it("evaluates the Fixi export: 7 meldingen in 2024 against 5 in 2023, +40%, the police no data", () => {
    const { code, stdout, stderr } = run(fixi);
    expect([code, stderr]).toEqual([0, ""]);
    // 2023: FX-0101, -0102, -0103, -0105, -0106 (FX-0104 cancelled); 2024: FX-0107 (New Year's
    // night in Amsterdam), -0108, -0109, -0110, -0111, -0113, -0114 (FX-0112 cancelled)
    expect(stdout).toContain("Fixi-meldingen in Alblasserdam: 7 in 2024 tegen 5 in 2023 (+40,0%); doel +10% gehaald.");
    expect(stdout).toContain("Meldingen via politie in Alblasserdam: geen gegevens voor 2024 en 2023.");
    expect(stdout).toContain("Gegevens:    docs/examples/fixi-export.csv (meldingen, 2023-01-01/2024-12-31)");
    // 29 buurten × 2 years, from 14 meldingen; FX-0104 and FX-0112 cancelled
    expect(stdout).toContain(
      "docs/examples/fixi-export.csv: 58 rijen afgeleid uit 14 meldingen over 2023-01-01/2024-12-31.",
    );
    expect(stdout).toContain("docs/examples/fixi-export.csv: 2 meldingen geannuleerd");
    // Vogelbuurt: FX-0107, -0113 and -0114 in 2024, below 5: its count per 1,000 is withheld
    expect(stdout).toMatch(/Vogelbuurt aantal < 5/);
  });

  it("names every mistake of the faulty export by line and column, and exits with 2", () => {
    const { code, stdout, stderr } = run(mistakes);
    expect([code, stdout]).toEqual([2, ""]);
    const lines = stderr.split("\n");
    expect(lines[0]).toBe(
      "buurtaanpak: docs/examples/fixi-export-met-fouten.csv: the meldingen are invalid (5 problems):",
    );
    expect(lines.slice(1, 6).map((line) => line.replace(/: .*/, ""))).toEqual([
      "  - line 2, column 'created' (createdAt)",
      "  - line 3, column 'closed' (closedAt)",
      "  - line 4, column 'status'",
      "  - line 5, column 'buurt' (area)",
      "  - line 6, column 'publicID' (id)",
    ]);
    // and the guide shows the message as it is
    for (const line of lines.slice(0, 6)) expect(guide).toContain(line);
  });

  it("evaluates the Signalen export: 6 in 2024 against 5 in 2023, the split melding's two children counted", () => {
    const { code, stdout, stderr } = run(signalen);
    expect([code, stderr]).toEqual([0, ""]);
    // 2023: 1001, 1002, 1005, 1006 (the children of the split 1004), 1007 (1003 cancelled);
    // 2024: 1008 to 1013, 1013 at 23:59 on 31 December in Amsterdam
    expect(stdout).toContain("Fixi-meldingen in Alblasserdam: 6 in 2024 tegen 5 in 2023 (+20,0%); doel +10% gehaald.");
    expect(stdout).toContain("1 melding gesplitst");
  });
});
