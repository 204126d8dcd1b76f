/// <reference types="node" />
/**
 * The hostile-input corpus for the readers a user's file goes through: the CLI's JSON and CSV
 * readers, then parseObservations. Every case has an expected outcome — a clear error that names
 * the line or row and the field, or a correct result — and nothing pollutes a prototype, hangs
 * or drops a row silently.
 */
import { afterEach, describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/CliError.js";
import type { DataFile } from "../../src/cli/input/DataFile.js";
import { describeRowProblem } from "../../src/cli/input/describeRowProblem.js";
import { defaultMaxBytes } from "../../src/cli/input/limits.js";
import { readData } from "../../src/cli/input/readData.js";
import { program } from "../../src/cli/program.js";
import { safeParseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { rows as fixtureRows, memoryFile, memoryFiles } from "./fixtures.js";

type Read = { rows: readonly unknown[] } | { problems: string[] } | { fileError: string };

/** Reads a file as the CLI does and checks its rows: the rows, or every problem as the CLI words it. */
async function read(file: string, text: string): Promise<Read> {
  let data: DataFile;
  try {
    data = await readData(memoryFile(file, text, 64 * 1024), defaultMaxBytes);
  } catch (error) {
    if (error instanceof CliError) return { fileError: error.message };
    throw error;
  }
  const result = safeParseObservations(alblasserdam, data.rows);
  const issues = [...data.rowProblems, ...(result.success ? [] : result.error.issues)];
  if (result.success && issues.length === 0) return { rows: result.data };
  return { problems: issues.map((issue) => describeRowProblem(issue, data)) };
}

const csv = (value: string) => `indicator,area,period,value\nfixi-meldingen,GM0482,2024,${value}\n`;
const json = (value: string) => `[{"indicator":"fixi-meldingen","area":"GM0482","period":"2024","value":${value}}]`;

afterEach(() => {
  // No case may leave anything on the shared prototypes.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(Object.keys(Array.prototype)).toEqual([]);
});

describe("hostile input: numbers", () => {
  it.each([
    ["NaN as text in CSV", csv("NaN"), 'line 2, field value: must be a number, not the text "NaN"'],
    ["Infinity as text in CSV", csv("Infinity"), 'line 2, field value: must be a number, not the text "Infinity"'],
    ["-Infinity as text in CSV", csv("-Infinity"), 'line 2, field value: must be a number, not the text "-Infinity"'],
    ["1e308 in CSV", csv("1e308"), "line 2, field value: must be at most 10^15"],
    ["a negative count in CSV", csv("-3"), "line 2, field value: must not be negative"],
    ["a number with trailing text", csv("12abc"), 'line 2, field value: must be a number, not the text "12abc"'],
    ["a hexadecimal number", csv("0x10"), 'line 2, field value: must be a number, not the text "0x10"'],
    [
      "a decimal comma in a comma-separated file (quoted)",
      csv('"1,5"'),
      'line 2, field value: must be a number, not the text "1,5"',
    ],
    ["a thousands separator", csv('"1.234,5"'), 'line 2, field value: must be a number, not the text "1.234,5"'],
  ])("rejects %s, naming the line and field", async (_, text, problem) => {
    expect(await read("data.csv", text)).toEqual({ problems: [problem] });
  });

  it.each([
    ["NaN cannot be written in JSON", json("NaN")],
    ["Infinity cannot be written in JSON", json("Infinity")],
  ])("rejects %s with a file error naming the file", async (_, text) => {
    expect(await read("data.json", text)).toEqual({ fileError: expect.stringMatching(/^data\.json: not valid JSON/) });
  });

  it.each([
    ['"NaN" as a JSON string', json('"NaN"'), '[0].value: must be a number, not the text "NaN"'],
    ['"12" as a JSON string', json('"12"'), '[0].value: must be a number, not the text "12"'],
    ["1e308 in JSON", json("1e308"), "[0].value: must be at most 10^15"],
    ["1e309 (Infinity once parsed) in JSON", json("1e309"), "[0].value: must be finite"],
    ["null in JSON", json("null"), "[0].value: must be a number, not null"],
    ["a boolean in JSON", json("true"), "[0].value: must be a number, not boolean"],
  ])("rejects %s, naming the row and field", async (_, text, problem) => {
    expect(await read("data.json", text)).toEqual({ problems: [problem] });
  });

  it("reads −0 as 0, in CSV and in JSON", async () => {
    for (const [file, text] of [
      ["data.csv", csv("-0")],
      ["data.json", json("-0")],
    ] as const) {
      const result = await read(file, text);
      expect(result).toEqual({ rows: [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 0 }] });
      if ("rows" in result) expect(Object.is((result.rows[0] as { value: number }).value, 0)).toBe(true);
    }
  });

  it("keeps a recorded 0 as 0, not as missing", async () => {
    expect(await read("data.csv", csv("0"))).toEqual({
      rows: [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 0 }],
    });
  });

  it("reports a missing value as missing, not as 0", async () => {
    expect(await read("data.csv", csv(""))).toEqual({
      problems: ["line 2, field value: missing: a count indicator needs value"],
    });
  });
});

describe("hostile input: periods", () => {
  it.each([
    ["2024-Q5", "a quarter is Q1 to Q4"],
    ["2024-13", "a month is 01 to 12"],
    ["2021-W53", "2021 has 52 ISO weeks"],
    ["2024-02-30/2024-03-31", "2024-02-30 is not a date"],
    ["2024-05-31/2024-03-01", "the range ends on 2024-03-01, before it starts on 2024-05-31"],
  ])("rejects the period %s with the reason", async (period, reason) => {
    const text = `indicator,area,period,value\nfixi-meldingen,GM0482,${period},1\n`;
    expect(await read("data.csv", text)).toEqual({
      problems: [expect.stringContaining(`line 2, field period: '${period}' is not a period: ${reason}`)],
    });
  });
});

describe("hostile input: keys", () => {
  it.each(["__proto__", "constructor", "prototype"])(
    "rejects a JSON row with a '%s' key as an unknown field, without polluting anything",
    async (key) => {
      const text = `[{"indicator":"fixi-meldingen","area":"GM0482","period":"2024","value":1,"${key}":{"polluted":true}}]`;
      expect(await read("data.json", text)).toEqual({ problems: [`[0].${key}: unknown field '${key}'`] });
    },
  );

  it("rejects a CSV column named __proto__ as unknown, naming the line and column", async () => {
    expect(await read("data.csv", "indicator,area,period,__proto__\nfixi-meldingen,GM0482,2024,1\n")).toEqual({
      fileError: expect.stringContaining("data.csv: line 1, column 4: unknown column '__proto__'"),
    });
  });

  it("ignores a JSON object's __proto__ key as a carrier of observations", async () => {
    expect(await read("data.json", '{"__proto__":{"observations":[]}}')).toEqual({
      fileError: 'data.json: expected an array of observation rows, or an object with an "observations" array',
    });
  });
});

describe("hostile input: encodings and separators", () => {
  it("reads a CSV with a UTF-8 byte-order mark", async () => {
    expect(await read("data.csv", `\uFEFF${csv("12")}`)).toEqual({
      rows: [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 12 }],
    });
  });

  it("reads JSON with a UTF-8 byte-order mark", async () => {
    expect(await read("data.json", `\uFEFF${json("12")}`)).toEqual({
      rows: [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 12 }],
    });
  });

  it("reads a CSV as Dutch Excel writes it: ';' between cells and a decimal comma", async () => {
    const text = "indicator;area;period;numerator;denominator\r\nmutatiegraad;GM0482;2024;54,5;400\r\n";
    expect(await read("data.csv", text)).toEqual({
      rows: [{ indicator: "mutatiegraad", area: "GM0482", period: "2024", numerator: 54.5, denominator: 400 }],
    });
  });

  it("rejects a decimal point in a Dutch Excel CSV instead of guessing whether it groups thousands", async () => {
    const text = "indicator;area;period;value\nfixi-meldingen;GM0482;2024;1.234\n";
    expect(await read("data.csv", text)).toEqual({
      problems: ['line 2, field value: must be a number, not the text "1.234"'],
    });
  });

  it("rejects a row with a cell too many, naming the line", async () => {
    expect(await read("data.csv", "indicator,area,period,value\nfixi-meldingen,GM0482,2024,1,2\n")).toEqual({
      problems: ["line 2: 5 cells, but the header has 4 columns"],
    });
  });

  it("rejects a quoted cell that never closes, naming the line it opened on", async () => {
    expect(await read("data.csv", 'indicator,area,period,value\nfixi-meldingen,GM0482,2024,"1\n')).toEqual({
      fileError: expect.stringContaining("data.csv: line 2: a quoted cell is never closed"),
    });
  });

  it("rejects an empty file and a file of only a BOM", async () => {
    expect(await read("data.csv", "")).toEqual({ fileError: expect.stringContaining("data.csv: the file is empty") });
    expect(await read("data.csv", "\uFEFF")).toEqual({
      fileError: expect.stringContaining("data.csv: the file is empty"),
    });
    expect(await read("data.json", "")).toEqual({ fileError: expect.stringMatching(/^data\.json: not valid JSON/) });
  });
});

describe("hostile input: size", () => {
  it("reads an enormous CSV of 200,000 rows and accounts for every row", async () => {
    const lines = ["indicator,area,period,value"];
    for (let index = 0; index < 200_000; index++) lines.push(`fixi-meldingen,area-${index},2024,${index % 1000}`);
    const result = await read("data.csv", `${lines.join("\n")}\n`);
    expect("rows" in result && result.rows.length).toBe(200_000);
  }, 30_000);

  it("reports every bad row of an enormous file, not just the first", async () => {
    const lines = ["indicator,area,period,value"];
    for (let index = 0; index < 50_000; index++)
      lines.push(`fixi-meldingen,area-${index},2024,${index % 2 === 0 ? "x" : "1"}`);
    const result = await read("data.csv", lines.join("\n"));
    expect("problems" in result && result.problems.length).toBe(25_000);
    expect("problems" in result && result.problems[0]).toBe('line 2, field value: must be a number, not the text "x"');
  }, 30_000);

  it("rejects a cell of a million characters with a short message", async () => {
    const result = await read(
      "data.csv",
      `indicator,area,period,value\nfixi-meldingen,${"A".repeat(1_000_000)},2024,1\n`,
    );
    expect(result).toEqual({ problems: ["line 2, field area: must be at most 100 characters"] });
  });

  it("rejects JSON nested a hundred thousand levels deep without a crash", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const result = await read(
      "data.json",
      `[{"indicator":"fixi-meldingen","area":"GM0482","period":"2024","value":1,"note":${deep}}]`,
    );
    expect(result).toEqual({ problems: ["[0].note: must be a text"] });
  });
});

/**
 * The hostile texts of labels, names and cells: HTML that would run, Markdown that would become a
 * heading, a pipe and a lone CR that break a table row, terminal escape sequences (a screen
 * clear, an OSC 52 write to the clipboard, the one-byte CSI) and a BIDI override.
 */
const hostile = [
  "Noord\n<script>alert(1)</script>",
  "\n# Kop",
  '<img src=x onerror="alert(1)">',
  "pijp | en\rCR",
  "\u001b[2J\u001b[H",
  "\u001b]52;c;ZXZpbA==\u0007",
  "\u009b31m",
  "\u202egnirts\u202c",
].join(" ");

const hostileModel = (() => {
  const model = JSON.parse(JSON.stringify(alblasserdam)) as {
    title: { nl: string; en: string };
    source: { title: string };
    groups: { label: { nl: string; en: string }; factors: { what: { nl: string; en: string } }[] }[];
    goals: { label: { nl: string; en: string } }[];
    indicators: { label: { nl: string; en: string } }[];
  };
  const label = { nl: `Titel ${hostile}`, en: `Title ${hostile}` };
  model.title = label;
  model.source.title = `Bron ${hostile}`;
  for (const group of model.groups) group.label = label;
  for (const group of model.groups) for (const factor of group.factors) factor.what = label;
  for (const goal of model.goals) goal.label = label;
  for (const indicator of model.indicators) indicator.label = label;
  return model;
})();
const hostileAreas = [
  { id: "GM0482", kind: "gemeente", name: `Alblasserdam ${hostile}` },
  { id: "test-noord", kind: "buurt", name: `Noord ${hostile}`, parent: "GM0482", synthetic: true },
  { id: "test-zuid", kind: "buurt", name: `Zuid ${hostile}`, parent: "GM0482", synthetic: true },
];
const hostileFiles = {
  "model.json": JSON.stringify(hostileModel),
  "areas.json": JSON.stringify(hostileAreas),
  "data.json": JSON.stringify({
    synthetic: true,
    description: { nl: `Verzonnen ${hostile}`, en: `Made up ${hostile}` },
    observations: fixtureRows.map((row) => ({ ...row, note: hostile })),
  }),
};

async function report(format: string, language = "nl") {
  let stdout = "";
  let stderr = "";
  const code = await program(
    [
      "evaluate",
      "--model",
      "model.json",
      "--data",
      "data.json",
      "--areas",
      "areas.json",
      "--period",
      "2024",
      "--format",
      format,
      "--lang",
      language,
    ],
    {
      version: "0.0.0",
      open: memoryFiles(hostileFiles),
      stdout: async (chunk) => {
        stdout += chunk;
      },
      writeFile: async () => {},
      stderr: (text) => {
        stderr += text;
      },
      debug: false,
    },
  );
  return { code, stdout, stderr };
}

/** The control characters a text holds (a line feed is the output's own), as code points, for a readable failure. */
function controls(text: string): string[] {
  const found = new Set<string>();
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const control =
      (code < 0x20 && code !== 0x0a) ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    if (control) found.add(`U+${code.toString(16).padStart(4, "0")}`);
  }
  return [...found];
}

describe("hostile input: labels, names and notes in every format", () => {
  it("writes Markdown with no raw <script or <img, no ESC byte, no other control character, and no heading of its own", async () => {
    for (const language of ["nl", "en"]) {
      const { code, stdout, stderr } = await report("md", language);
      expect([code, stderr]).toEqual([0, ""]);
      expect(stdout).not.toContain("<script");
      expect(stdout).not.toContain("<img");
      expect(stdout).not.toContain("\u001b");
      expect(controls(stdout)).toEqual([]);
      // The only headings are the report's own: its title, the groups, the sections.
      for (const line of stdout.split("\n").filter((text) => text.startsWith("#"))) {
        expect(line).toMatch(/^(# Buurtaanpak|## \d+\. Tit|## [A-Z][a-z]|### [A-Z])/);
      }
      expect(stdout).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      // ESC is shown as \x1B, with its backslash escaped; the bracket is escaped as Markdown.
      expect(stdout).toContain("\\\\x1B\\]52;c;ZXZpbA==\\\\x07");
    }
  });

  it("keeps every Markdown table row one row with the header's number of cells, whatever a cell holds", async () => {
    const { stdout } = await report("md");
    const cells = (line: string) => line.replace(/\\\\/g, "").replace(/\\\|/g, "").split("|").length;
    let header: number | undefined;
    for (const line of stdout.split("\n")) {
      if (!line.startsWith("|")) {
        header = undefined;
        continue;
      }
      expect(line.endsWith("|")).toBe(true);
      header ??= cells(line);
      expect(cells(line)).toBe(header);
    }
  });

  it("writes the table report with no ESC byte and no control character, the escapes shown as text", async () => {
    for (const language of ["nl", "en"]) {
      const { code, stdout } = await report("table", language);
      expect(code).toBe(0);
      expect(stdout).not.toContain("\u001b");
      expect(controls(stdout)).toEqual([]);
      expect(stdout).not.toContain("\r");
      expect(stdout).toContain("\\x1B[2J\\x1B[H");
      expect(stdout).toContain("\\u202Egnirts\\u202C");
    }
  });

  it("writes JSON with no raw control character, and with every text exactly as the evaluation holds it", async () => {
    const { code, stdout } = await report("json");
    expect(code).toBe(0);
    expect(controls(stdout)).toEqual([]);
    const evaluation = JSON.parse(stdout) as { factors: { explanation: { nl: string } }[] };
    expect(evaluation.factors.some((result) => result.explanation.nl.includes("\u001b[2J"))).toBe(true);
  });

  it("writes the messages about hostile input with no control character", async () => {
    const run = async (file: string, text: string) => {
      let stderr = "";
      const code = await program(["evaluate", "--model", "alblasserdam", "--data", file, "--period", "2024"], {
        version: "0.0.0",
        open: memoryFiles({ [file]: text }),
        stdout: async () => {},
        writeFile: async () => {},
        stderr: (message) => {
          stderr += message;
        },
        debug: false,
      });
      return { code, stderr };
    };
    const cells = await run(
      "bad.csv",
      `indicator,area,period,value\nfixi-meldingen,GM0482,2024,"${hostile.replaceAll('"', '""')}"\n${hostile.replace(/[",\r\n]/g, "")},GM0482,2024,1\n`,
    );
    expect(cells.code).toBe(2);
    expect(controls(cells.stderr)).toEqual([]);
    expect(cells.stderr.split("\n")[0]).toBe("buurtaanpak: bad.csv: the data are invalid (2 problems):");
    const header = await run("header.csv", "indicator,area,period,\u001b]52;c;ZXZpbA==\u0007\n");
    expect(controls(header.stderr)).toEqual([]);
    expect(header.stderr).toContain("unknown column '\\x1B]52;c;ZXZpbA==\\x07'");
  });
});
