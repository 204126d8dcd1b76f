import { describe, expect, it } from "vitest";
import { program } from "../../src/cli/program.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { memoryFiles, rows } from "./fixtures.js";

const csv = `indicator,area,period,value\n${rows
  .filter((row) => "value" in row)
  .map((row) => `${row.indicator},${row.area},${row.period},${"value" in row ? row.value : ""}`)
  .join("\n")}\n`;

async function run(
  args: readonly string[],
  files: Readonly<Record<string, string>> = {},
  stdout?: (chunk: string) => Promise<void>,
) {
  let out = "";
  let err = "";
  const written = new Map<string, string>();
  const code = await program(args, {
    version: "1.2.3",
    open: memoryFiles({ "data.csv": csv, ...files }),
    stdout:
      stdout ??
      (async (chunk) => {
        out += chunk;
      }),
    writeFile: async (name, text) => {
      written.set(name, text);
    },
    stderr: (text) => {
      err += text;
    },
    debug: false,
  });
  return { code, stdout: out, stderr: err, written };
}

describe("program: words from the user are looked up exactly", () => {
  it.each([
    [["evaluate", "--model", "constructor", "--data", "data.csv"], "unknown model 'constructor'"],
    [["evaluate", "--model", "__proto__", "--data", "data.csv"], "unknown model '__proto__'"],
    [["evaluate", "--model", "toString", "--data", "data.csv"], "unknown model 'toString'"],
    [["demo", "--lang", "toString"], "--lang must be nl or en, not 'toString'"],
    [["demo", "--lang", "__proto__"], "--lang must be nl or en, not '__proto__'"],
    [["demo", "--lang", "NL"], "--lang must be nl or en, not 'NL'"],
    [["constructor"], "unknown command 'constructor'"],
    [["__proto__"], "unknown command '__proto__'"],
    [["demo", "--format", "constructor"], "--format must be table, md, markdown, json or html, not 'constructor'"],
    [["demo", "--format", "JSON"], "--format must be table, md, markdown, json or html, not 'JSON'"],
    [["demo", "--format", "valueOf"], "--format must be table, md, markdown, json or html, not 'valueOf'"],
    [["model", "export", "constructor"], "unknown model 'constructor': the presets are alblasserdam"],
    [["model", "constructor"], "unknown command 'model constructor'"],
    [["help", "constructor"], "unknown command 'constructor'"],
  ])("%j gives the program's own error, exit 2", async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toContain(`buurtaanpak: ${message}`);
    expect(result.stderr).not.toMatch(/internal error|TypeError|ERR_|\n\s+at /);
  });
});

describe("program: every argument problem exits 2 in the program's own words", () => {
  it.each([
    [[], "no command given"],
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["demo", "--frob"], "unknown option '--frob'"],
    [["demo", "--model", "x"], "the demo command takes no option --model"],
    [["demo", "extra"], "unexpected argument 'extra'"],
    [["evaluate", "--period"], "--period needs a value"],
    [["evaluate", "--model", "alblasserdam", "--data"], "--data needs a value"],
    [["evaluate", "--period", "--data", "data.csv"], "--period needs a value"],
    [["evaluate", "--model", "alblasserdam"], "missing --data"],
    [["evaluate", "--data", "data.csv"], "missing --model"],
    [["evaluate", "--model", "alblasserdam", "--data", "data.csv"], "missing --period"],
    [
      ["evaluate", "--model", "alblasserdam", "--data", "data.csv", "--period", "2024", "--max-bytes", "lots"],
      "--max-bytes must be a size",
    ],
    [["demo", "--lang", "en", "--lang", "nl"], "--lang is given twice"],
    [["--help=1"], "--help takes no value"],
    [["model"], "the model command needs export or check"],
    [["model", "export"], "the model export command needs <preset>"],
    [["model", "check"], "the model check command needs <model.json>"],
    [["model", "export", "alblasserdam", "more"], "unexpected argument 'more'"],
    [["model", "check", "m.json", "--format", "json"], "the model check command takes no option --format"],
    // Each command has its own formats, matched exactly.
    [["demo", "--format", "pdf"], "--format must be table, md, markdown, json or html, not 'pdf'"],
    [
      ["evaluate", "--model", "alblasserdam", "--data", "data.csv", "--period", "2024", "--format", "html"],
      "--format must be table, md, markdown or json, not 'html'",
    ],
    [
      ["report", "--model", "alblasserdam", "--data", "data.csv", "--period", "2024", "--format", "table"],
      "--format must be html, md or markdown, not 'table'",
    ],
    [["report", "--model", "alblasserdam", "--format", "HTML"], "--format must be html, md or markdown, not 'HTML'"],
    [["report", "--model", "alblasserdam"], "missing --data"],
    [["report", "-o"], "--output needs a value"],
    [["demo", "--series", "2023,2024"], "the demo command takes no option --series"],
    [["evaluate", "-o", "x.html"], "the evaluate command takes no option --output"],
    [["demo", "--as-of", "2030-01-01"], "--as-of must be a day inside the demo's last year"],
    [["demo", "--unprotected=yes"], "--unprotected takes no value"],
  ])("%j: %s", async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toContain(message);
    expect(result.stderr).toContain("Usage:");
    expect(result.stderr).not.toMatch(/internal error|TypeError|ERR_|\n\s+at /);
  });

  it("follows a mistake with the synopsis of the command it is in, not the whole help", async () => {
    const { stderr } = await run(["evaluate", "--period"]);
    expect(stderr).toContain("Usage:\n  buurtaanpak evaluate --model");
    expect(stderr).toContain("Run 'buurtaanpak evaluate --help' for more.");
    expect(stderr).not.toContain("buurtaanpak demo");
  });
});

describe("program: help", () => {
  it("gives each command its own help, and help <command> the same", async () => {
    const texts = new Map<string, string>();
    for (const command of [["demo"], ["evaluate"], ["report"], ["model"], ["model", "export"], ["model", "check"]]) {
      const help = await run([...command, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage:\\n {2}buurtaanpak ${command.join(" ")}`));
      expect((await run(["help", ...command])).stdout).toBe(help.stdout);
      texts.set(command.join(" "), help.stdout);
    }
    expect(new Set(texts.values()).size).toBe(6);
    expect(texts.get("report")).toContain("--series");
    expect(texts.get("demo")).toContain("--as-of");
    expect(texts.get("evaluate")).toContain("--max-bytes");
    expect(texts.get("evaluate")).toContain("CSV columns");
    expect(texts.get("demo")).not.toContain("--model");
  });

  it("gives the program's help with --help or help alone, naming every command", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^buurtaanpak 1\.2\.3: /);
    for (const command of ["demo", "evaluate", "report", "model export", "model check"])
      expect(help.stdout).toContain(`buurtaanpak ${command}`);
    expect((await run(["help"])).stdout).toBe(help.stdout);
  });

  it("prints the version", async () => {
    expect(await run(["--version"])).toMatchObject({ code: 0, stdout: "1.2.3\n", stderr: "" });
  });
});

describe("program: report, and demo --format html", () => {
  const report = ["report", "--model", "alblasserdam", "--data", "data.csv", "--period", "2024"];

  it("writes the report to the file -o names, whole, with nothing on stdout and its size on stderr", async () => {
    const result = await run([...report, "-o", "rapport.html"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^buurtaanpak: wrote rapport\.html \(\d+(\.\d)? KiB\)\n$/);
    expect(result.written.get("rapport.html")?.startsWith("<!doctype html>")).toBe(true);
  });

  it("writes the HTML report on stdout by default, and Markdown with --format md", async () => {
    expect((await run(report)).stdout.startsWith("<!doctype html>")).toBe(true);
    const markdown = await run([...report, "--format", "md", "--lang", "en"]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout.split("\n")[0]).toBe("# Buurtaanpak report: Alblasserdam Neighbourhood Approach vision");
  });

  it("names the file it cannot write, exit 2", async () => {
    let stderr = "";
    const code = await program([...report, "-o", "/dicht/rapport.html"], {
      version: "1.2.3",
      open: memoryFiles({ "data.csv": csv }),
      stdout: async () => {},
      writeFile: async () => Promise.reject(new Error("permission denied")),
      stderr: (text) => {
        stderr += text;
      },
      debug: false,
    });
    expect(code).toBe(2);
    expect(stderr).toBe("buurtaanpak: /dicht/rapport.html: cannot write the report (permission denied)\n");
  });

  it("writes the demo report with demo --format html, to stdout or to -o, synthetic at the top and the bottom", async () => {
    const stdout = await run(["demo", "--format", "html"]);
    expect(stdout.stdout.startsWith("<!doctype html>")).toBe(true);
    const file = await run(["demo", "--format", "html", "-o", "demo.html"]);
    expect([file.code, file.stdout]).toEqual([0, ""]);
    expect(file.stderr).toMatch(/^buurtaanpak: wrote demo\.html \(/);
    expect(file.written.get("demo.html")).toBe(stdout.stdout);
    expect(stdout.stdout.match(/banner-synthetic" role="note">SYNTHETISCHE GEGEVENS/g)).toHaveLength(2);
  });

  it("writes any format of the demo to -o, and names a file it cannot write", async () => {
    const json = await run(["demo", "--format", "json", "--output=demo.json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.written.get("demo.json") ?? "")).toHaveProperty("synthetic", true);
    let stderr = "";
    const code = await program(["demo", "-o", "/vol/demo.txt"], {
      version: "1.2.3",
      open: memoryFiles({}),
      stdout: async () => {},
      writeFile: async () => Promise.reject(new Error("no space left on the device")),
      stderr: (text) => {
        stderr += text;
      },
      debug: false,
    });
    expect(code).toBe(2);
    expect(stderr).toBe("buurtaanpak: /vol/demo.txt: cannot write the file (no space left on the device)\n");
  });

  it("protects evaluate's output by default, and with --unprotected marks it in every format", async () => {
    const evaluate = ["evaluate", "--model", "alblasserdam", "--data", "data.csv", "--period", "2024"];
    const json = JSON.parse((await run([...evaluate, "--format", "json"])).stdout) as Record<string, unknown>;
    expect(json).toHaveProperty("protection");
    const open = JSON.parse((await run([...evaluate, "--format", "json", "--unprotected"])).stdout) as Record<
      string,
      unknown
    >;
    expect(Object.keys(open)[0]).toBe("notForPublication");
    expect(open).not.toHaveProperty("protection");
    for (const format of ["table", "md"]) {
      const text = (await run([...evaluate, "--format", format, "--unprotected"])).stdout;
      expect(text.match(/NIET VOOR PUBLICATIE \/ not for publication/g)).toHaveLength(2);
      expect((await run([...evaluate, "--format", format])).stdout).not.toContain("NIET VOOR PUBLICATIE");
    }
  });
});

describe("program: model export and model check", () => {
  it("exports the preset as JSON with the versioned address of the package's schema first", async () => {
    const { code, stdout } = await run(["model", "export", "alblasserdam"]);
    expect(code).toBe(0);
    const exported = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(exported)[0]).toBe("$schema");
    expect(exported["$schema"]).toBe("https://unpkg.com/buurtaanpak@1.2.3/schema/model.json");
    const { $schema: _, ...model } = exported;
    expect(model).toEqual(JSON.parse(JSON.stringify(alblasserdam)));
  });

  it("checks the exported model as valid, with a one-line summary, exit 0", async () => {
    const exported = (await run(["model", "export", "alblasserdam"])).stdout;
    const factors = alblasserdam.groups.reduce((sum, group) => sum + group.factors.length, 0);
    expect(await run(["model", "check", "m.json"], { "m.json": exported })).toMatchObject({
      code: 0,
      stdout: `m.json: a valid model, 'alblasserdam' of Alblasserdam: ${alblasserdam.goals.length} goals, ${alblasserdam.groups.length} groups, ${factors} success factors, ${alblasserdam.indicators.length} indicators, ${alblasserdam.areas.length} areas\n`,
      stderr: "",
    });
  });

  it("lists every problem of a model at once, a repeated key among them, exit 2", async () => {
    const model = JSON.parse(JSON.stringify(alblasserdam)) as Record<string, unknown>;
    model["title"] = 3;
    model["onbekend"] = true;
    const text = JSON.stringify(model).replace('"id":"alblasserdam"', '"id":"alblasserdam","id":"alblasserdam"');
    const { code, stdout, stderr } = await run(["model", "check", "m.json"], { "m.json": text });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^buurtaanpak: m\.json: the model is invalid \((\d+) problems\):\n/);
    expect(stderr).toContain('  - id: the key "id" appears twice');
    expect(stderr).toMatch(/\n {2}- title: /);
    expect(stderr).toMatch(/onbekend/);
  });

  it("names a model file that does not exist", async () => {
    expect(await run(["model", "check", "nergens.json"])).toMatchObject({
      code: 2,
      stderr: "buurtaanpak: nergens.json: cannot read the file (no such file)\n",
    });
  });
});

describe("program: writing the output", () => {
  const failing = (code: string) => async () => {
    throw Object.assign(new Error(`write ${code}`), { code });
  };

  it("ends silently with exit 0 when the pipe is closed (| head)", async () => {
    expect(await run(["demo"], {}, failing("EPIPE"))).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("ends with exit 1 and one line when the disk is full", async () => {
    expect(await run(["demo"], {}, failing("ENOSPC"))).toMatchObject({
      code: 1,
      stdout: "",
      stderr: "buurtaanpak: cannot write the output: no space left on the device\n",
    });
  });

  it("reports an unexpected error as an internal error, exit 1, in one line", async () => {
    const result = await program(["evaluate", "--model", "alblasserdam", "--data", "x.csv", "--period", "2024"], {
      version: "1.2.3",
      open: async () => {
        throw new Error("boom\nsecond line");
      },
      stdout: async () => {},
      writeFile: async () => {},
      stderr: (text) => {
        message += text;
      },
      debug: false,
    });
    expect(result).toBe(1);
    expect(message).toBe(
      "buurtaanpak: internal error: boom (please report this; set BUURTAANPAK_DEBUG=1 for details)\n",
    );
  });
  let message = "";

  it("shows a 1 MB bad key shortened to its first 40 characters and an ellipsis", async () => {
    const key = "K".repeat(1_000_000);
    const data = JSON.stringify([{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 1, [key]: 1 }]);
    const { code, stderr } = await run(
      ["evaluate", "--model", "alblasserdam", "--data", "rows.json", "--period", "2024"],
      {
        "rows.json": data,
      },
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`${"K".repeat(40)}…`);
    expect(stderr).not.toContain("K".repeat(41));
    // The message, its path and its words: a few lines of a few hundred characters, not a megabyte.
    expect(stderr.length).toBeLessThan(1000);
  });

  it("shows a hostile file name with its escape sequences as text", async () => {
    const { code, stderr } = await run([
      "evaluate",
      "--model",
      "alblasserdam",
      "--data",
      "\u001b]52;c;eA==\u0007.csv",
      "--period",
      "2024",
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe("buurtaanpak: \\x1B]52;c;eA==\\x07.csv: cannot read the file (no such file)\n");
  });
});
