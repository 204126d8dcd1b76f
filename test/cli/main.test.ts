/// <reference types="node" />
// End-to-end: runs the built program, dist/cli.js, as a user would.

import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/cli/escape/markdown.js";
import { evaluate, parseObservations, protect } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { areas, flat, rows } from "./fixtures.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "dist", "cli.js");
let folder = "";

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: folder,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  // The build takes a fraction of a second, so it always runs: the tests never see a stale bin.
  const build = spawnSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build-cli.mjs failed:\n${build.stderr}`);
  folder = mkdtempSync(join(tmpdir(), "buurtaanpak-cli-"));
  const fields = [
    "indicator",
    "area",
    "period",
    "value",
    "numerator",
    "denominator",
    "respondents",
    "positive",
  ] as const;
  const csv = [
    fields.join(","),
    ...rows.map((row) => fields.map((field) => String((row as Record<string, unknown>)[field] ?? "")).join(",")),
  ];
  writeFileSync(join(folder, "data.csv"), `\uFEFF${csv.join("\r\n")}\r\n`);
  writeFileSync(join(folder, "data.json"), JSON.stringify({ areas, observations: rows }));
  writeFileSync(join(folder, "areas.json"), JSON.stringify(areas));
  writeFileSync(
    join(folder, "bad.csv"),
    "indicator,area,period,value\nfixi-meldingen,GM0482,2023,480\n\nfixi-meldingen,GM0482,2024,veel\n",
  );
  writeFileSync(join(folder, "bad.json"), '{"observations": [}');
  writeFileSync(
    join(folder, "excel.csv"),
    "indicator;area;period;value\nfixi-meldingen;GM0482;2023;480\nfixi-meldingen;GM0482;2024;530\n",
  );
  writeFileSync(
    join(folder, "big.csv"),
    `indicator,area,period,value\n${"fixi-meldingen,GM0482,2024,1\n".repeat(100)}`,
  );
  const hostile = "Noord\n<script>alert(1)</script> \n# Kop | \u001b[2J\u001b]52;c;ZXZpbA==\u0007 \u202e";
  writeFileSync(
    join(folder, "hostile-areas.json"),
    JSON.stringify(areas.map((area) => ({ ...area, name: `${area.name} ${hostile}` }))),
  );
}, 60_000);

afterAll(() => {
  if (folder !== "") rmSync(folder, { recursive: true, force: true });
});

describe("buurtaanpak demo", () => {
  it("labels the data synthetic and reports every group, in Dutch by default", () => {
    const { code, stdout, stderr } = cli("demo");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("SYNTHETISCHE GEGEVENS");
    for (const group of alblasserdam.groups) expect(flat(stdout)).toContain(group.label.nl);
  });

  it("switches all text to English with --lang en", () => {
    const { code, stdout } = cli("demo", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toContain("SYNTHETIC DATA");
    for (const group of alblasserdam.groups) expect(flat(stdout)).toContain(group.label.en);
    expect(stdout).not.toContain("gehaald");
  });

  it("writes Markdown and JSON too", () => {
    expect(cli("demo", "--format", "md").stdout).toMatch(/^# Buurtaanpak-rapportage/);
    expect(JSON.parse(cli("demo", "--format", "json").stdout)).toHaveProperty("synthetic", true);
  });

  it("shows the real buurten, with withheld cells for the tiny ones", () => {
    const { stdout } = cli("demo");
    // Each of the three tiny buurten (15, 25 and 30 inhabitants) has a figure of 1 to 4 somewhere
    // (a mutatiegraad of 1 move, a count of meldingen): withheld, in the buurt comparison.
    for (const name of ["Groene Long", "Nieuwland", "Polder Souburgh"])
      expect(flat(stdout)).toMatch(new RegExp(`${name} (aantal )?< 5`));
  });

  it("writes the demo report to a file with --format html -o, through a temporary file that does not stay", () => {
    const { code, stdout, stderr } = cli("demo", "--format", "html", "-o", "uit/demo.html");
    expect([code, stdout]).toEqual([0, ""]);
    expect(stderr).toMatch(/^buurtaanpak: wrote uit\/demo\.html \(\d+(\.\d)? KiB\)\n$/);
    expect(readFileSync(join(folder, "uit", "demo.html"), "utf8").startsWith("<!doctype html>")).toBe(true);
    expect(readdirSync(join(folder, "uit"))).toEqual(["demo.html"]);
  });

  it("gives a mid-year report with --as-of", () => {
    const { code, stdout } = cli("demo", "--as-of", "2024-07-01");
    expect(code).toBe(0);
    expect(stdout).toContain("tussenstand: gegevens t/m 30-06-2024");
  });
});

describe("buurtaanpak report", () => {
  it("writes the PDCA report to -o, and says where it cannot", () => {
    const args = ["report", "--model", "alblasserdam", "--data", "data.json", "--period", "2024"];
    const written = cli(...args, "-o", "rapport.html");
    expect(written.code).toBe(0);
    expect(readFileSync(join(folder, "rapport.html"), "utf8").startsWith("<!doctype html>")).toBe(true);
    // A folder cannot be replaced by a file.
    mkdirSync(join(folder, "een-map"));
    const blocked = cli(...args, "-o", "een-map");
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toBe("buurtaanpak: een-map: cannot write the report (it is a folder, not a file)\n");
    expect(readdirSync(join(folder, "een-map"))).toEqual([]);
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(cli(...args, "--format", "md").stdout).toMatch(/^# Buurtaanpak-rapportage/);
  });
});

describe("buurtaanpak --help and --version", () => {
  it("prints the usage of every command and exits 0", () => {
    const { code, stdout } = cli("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("buurtaanpak demo");
    expect(stdout).toContain("buurtaanpak evaluate --model");
    expect(stdout).toContain("buurtaanpak model check");
  });

  it("prints each command's own help", () => {
    const evaluateHelp = cli("evaluate", "--help");
    const demoHelp = cli("demo", "--help");
    expect([evaluateHelp.code, demoHelp.code]).toEqual([0, 0]);
    expect(evaluateHelp.stdout).toMatch(/^Usage:\n {2}buurtaanpak evaluate/);
    expect(demoHelp.stdout).toMatch(/^Usage:\n {2}buurtaanpak demo/);
    expect(evaluateHelp.stdout).not.toBe(demoHelp.stdout);
  });

  it("says what --period lacks in its own words, not node's", () => {
    const { code, stderr } = cli("evaluate", "--model", "alblasserdam", "--data", "data.csv", "--period");
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      "buurtaanpak: --period needs a value: the period to evaluate, such as 2024, 2024-Q2 or 2024-05",
    );
  });

  it("gives its own error, exit 2, for prototype names as model, language, command and format", () => {
    for (const args of [
      ["evaluate", "--model", "constructor", "--data", "data.csv"],
      ["evaluate", "--model", "__proto__", "--data", "data.csv"],
      ["demo", "--lang", "toString"],
      ["constructor"],
      ["demo", "--format", "constructor"],
    ]) {
      const { code, stderr } = cli(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^buurtaanpak: (unknown model|unknown command|--lang must be|--format must be)/);
    }
  });

  it("prints the package version and exits 0", () => {
    const { code, stdout } = cli("--version");
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("rejects an unknown command or flag with the usage on stderr and exit code 2", () => {
    for (const args of [
      ["frobnicate"],
      ["demo", "--frob"],
      ["demo", "--format", "pdf"],
      [],
      ["demo", "--model", "x"],
    ]) {
      const { code, stdout, stderr } = cli(...args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("Usage:");
    }
  });
});

describe("buurtaanpak model", () => {
  it("exports the preset, and checks the export as valid", () => {
    const exported = cli("model", "export", "alblasserdam");
    expect(exported.code).toBe(0);
    writeFileSync(join(folder, "exported.json"), exported.stdout);
    const checked = cli("model", "check", "exported.json");
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^exported\.json: a valid model, 'alblasserdam' of Alblasserdam: /);
    expect(checked.stdout.split("\n")).toHaveLength(2);
    const evaluated = cli(
      "evaluate",
      "--model",
      "exported.json",
      "--data",
      "data.csv",
      "--period",
      "2024",
      "--format",
      "json",
    );
    expect(JSON.parse(evaluated.stdout)).toEqual(
      JSON.parse(
        cli("evaluate", "--model", "alblasserdam", "--data", "data.csv", "--period", "2024", "--format", "json").stdout,
      ),
    );
  });
});

describe("buurtaanpak writing its output", () => {
  it("ends with exit 1 and one line when the disk is full (/dev/full)", () => {
    if (!existsSync("/dev/full")) return;
    const full = openSync("/dev/full", "w");
    try {
      const result = spawnSync(process.execPath, [bin, "demo"], {
        cwd: folder,
        encoding: "utf8",
        stdio: ["ignore", full, "pipe"],
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe("buurtaanpak: cannot write the output: no space left on the device\n");
    } finally {
      closeSync(full);
    }
  });

  it("ends silently with exit 0 when the reader closes the pipe (| head -c 1)", () => {
    // The JSON of the demo is far larger than a pipe's buffer, so the writes go on after head has gone.
    const script = `"${process.execPath}" "${bin}" demo --format json 2>"${join(folder, "epipe.err")}" | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const result = spawnSync("bash", ["-c", script], { encoding: "utf8" });
    expect(result.stdout.trim()).toBe("0");
    expect(spawnSync("cat", [join(folder, "epipe.err")], { encoding: "utf8" }).stdout).toBe("");
  });
});

describe("buurtaanpak evaluate", () => {
  const evaluation = evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas });
  const expected = protect(evaluation);

  it("writes, with --format json, exactly the library's protected evaluation of the same data", () => {
    for (const data of ["data.csv", "data.json"]) {
      const { code, stdout, stderr } = cli(
        "evaluate",
        "--model",
        "alblasserdam",
        "--data",
        data,
        "--areas",
        "areas.json",
        "--period",
        "2024",
        "--format",
        "json",
      );
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(expected);
    }
  });

  it("writes the same explanations in the table and Markdown formats", () => {
    const table = cli("evaluate", "--model", "alblasserdam", "--data", "data.json", "--period", "2024");
    const markdown = cli(
      "evaluate",
      "--model",
      "alblasserdam",
      "--data",
      "data.csv",
      "--areas",
      "areas.json",
      "--period",
      "2024",
      "--format",
      "md",
    );
    expect([table.code, markdown.code]).toEqual([0, 0]);
    for (const result of expected.factors) {
      expect(markdown.stdout).toContain(escapeMarkdown(result.explanation.nl));
      if (result.area === "GM0482") expect(flat(table.stdout)).toContain(flat(result.explanation.nl));
    }
    expect(
      flat(
        cli("evaluate", "--model", "alblasserdam", "--data", "data.json", "--period", "2024", "--lang", "en").stdout,
      ),
    ).toContain(flat(expected.factors[0]?.explanation.en ?? "missing"));
  });

  it("reads a ';'-separated Dutch Excel file", () => {
    const { code, stdout } = cli(
      "evaluate",
      "--model",
      "alblasserdam",
      "--data",
      "excel.csv",
      "--period",
      "2024",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty(["factors", 0, "measures", 0, "current"], 530);
  });

  it("names the file, the line and the field of a malformed CSV row, with exit code 2", () => {
    const { code, stdout, stderr } = cli(
      "evaluate",
      "--model",
      "alblasserdam",
      "--data",
      "bad.csv",
      "--period",
      "2024",
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^buurtaanpak: bad\.csv: the data are invalid \(1 problem\):\n/);
    expect(stderr).toContain('line 4, field value: must be a number, not the text "veel"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("names the file of invalid JSON, with exit code 2", () => {
    const { code, stderr } = cli("evaluate", "--model", "alblasserdam", "--data", "bad.json", "--period", "2024");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^buurtaanpak: bad\.json: not valid JSON/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("names a missing file and an invalid period, with exit code 2", () => {
    expect(cli("evaluate", "--model", "alblasserdam", "--data", "nowhere.csv", "--period", "2024")).toMatchObject({
      code: 2,
      stderr: "buurtaanpak: nowhere.csv: cannot read the file (no such file)\n",
    });
    expect(cli("evaluate", "--model", "alblasserdam", "--data", "data.csv", "--period", "2024-13")).toMatchObject({
      code: 2,
    });
  });

  it("escapes hostile area names for each output: no raw <script or ESC in Markdown, no ESC in the table", () => {
    const args = [
      "evaluate",
      "--model",
      "alblasserdam",
      "--data",
      "data.csv",
      "--areas",
      "hostile-areas.json",
      "--period",
      "2024",
    ];
    const markdown = cli(...args, "--format", "md");
    const table = cli(...args);
    expect([markdown.code, table.code]).toEqual([0, 0]);
    expect(markdown.stdout).not.toContain("<script");
    expect(markdown.stdout).not.toContain("\u001b");
    expect(markdown.stdout).toContain("&lt;script&gt;");
    expect(table.stdout).not.toContain("\u001b");
    expect(table.stdout).toContain("\\x1B[2J");
  });

  it("stops reading an endless stream, /dev/zero, at the size limit, naming the limit and what sets it", () => {
    const { code, stdout, stderr } = cli(
      "evaluate",
      "--model",
      "alblasserdam",
      "--data",
      "/dev/zero",
      "--period",
      "2024",
      "--max-bytes",
      "10MiB",
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^buurtaanpak: \/dev\/zero: file too large: over the limit of 10 MiB set by --max-bytes \(.*raise the limit, such as --max-bytes 2GiB/,
    );
    expect(stderr.split("\n")).toHaveLength(2);
  });

  it("refuses a file larger than the limit before reading it, saying how large it is", () => {
    // The header (28 bytes) and 100 rows of 29 bytes: 2,928 bytes, 2.9 KiB.
    const { code, stderr } = cli(
      "evaluate",
      "--model",
      "alblasserdam",
      "--data",
      "big.csv",
      "--period",
      "2024",
      "--max-bytes",
      "1KiB",
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^buurtaanpak: big\.csv: file too large: 2\.9 KiB, over the limit of 1 KiB set by --max-bytes/,
    );
  });

  it("asks for the options it needs", () => {
    const { code, stderr } = cli("evaluate", "--data", "data.csv", "--period", "2024");
    expect(code).toBe(2);
    expect(stderr).toContain("missing --model");
  });
});
