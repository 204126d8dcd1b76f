/// <reference types="node" />
// The program's entry point and its only contact with the process and the file system: it
// parses the command line, reads files, writes the output and sets the exit code.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { CliError } from "./CliError.js";
import { demo } from "./demo.js";
import { evaluateCommand, type Format, type ReadFile } from "./evaluate.js";
import type { Language } from "./render/ReportInput.js";
import { usage } from "./usage.js";

const version = packageJson.version;

const optionSpecs = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  lang: { type: "string" },
  format: { type: "string" },
  model: { type: "string" },
  data: { type: "string" },
  period: { type: "string" },
  baseline: { type: "string" },
  "as-of": { type: "string" },
  areas: { type: "string" },
} as const;

/** Which options each command takes, besides --help. */
const commandOptions: Readonly<Record<string, readonly string[]>> = {
  demo: ["lang", "format"],
  evaluate: ["lang", "format", "model", "data", "period", "baseline", "as-of", "areas"],
};

/** Runs the program on the arguments and returns the exit code. */
function main(args: readonly string[]): number {
  try {
    const { values, positionals } = parseCommandLine(args);
    if (values.help === true || positionals[0] === "help") {
      process.stdout.write(usage(version));
      return 0;
    }
    if (values.version === true) {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    const [command, ...extra] = positionals;
    if (command === undefined) throw new CliError("no command given: use demo or evaluate", { usage: true });
    const allowed = commandOptions[command];
    if (allowed === undefined) throw new CliError(`unknown command '${command}': use demo or evaluate`, { usage: true });
    if (extra.length > 0) throw new CliError(`unexpected argument '${extra[0] ?? ""}'`, { usage: true });
    for (const name of Object.keys(values)) {
      if (!allowed.includes(name) && name !== "help" && name !== "version") {
        throw new CliError(`the ${command} command takes no option --${name}`, { usage: true });
      }
    }
    const language = oneOf<Language>("--lang", values.lang ?? "nl", { nl: "nl", en: "en" });
    const format = oneOf<Format>("--format", values.format ?? "table", { table: "table", md: "md", markdown: "md", json: "json" });
    if (command === "demo") {
      process.stdout.write(demo({ format, language }));
      return 0;
    }
    const model = required(values.model, "--model", "alblasserdam or the path of a model JSON file");
    const data = required(values.data, "--data", "the path of a JSON or CSV file of observations");
    process.stdout.write(
      evaluateCommand(
        {
          model,
          data,
          format,
          language,
          ...(values.period === undefined ? {} : { period: values.period }),
          ...(values.baseline === undefined ? {} : { baseline: values.baseline }),
          ...(values["as-of"] === undefined ? {} : { asOf: values["as-of"] }),
          ...(values.areas === undefined ? {} : { areas: values.areas }),
        },
        readFile,
      ),
    );
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`buurtaanpak: ${error.message}\n`);
      if (error.usage) process.stderr.write(`\n${usage(version)}`);
      return 2;
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    process.stderr.write(`buurtaanpak: internal error: ${message ?? ""} (please report this; set BUURTAANPAK_DEBUG=1 for details)\n`);
    if (process.env["BUURTAANPAK_DEBUG"] === "1" && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
    return 1;
  }
}

function parseCommandLine(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: optionSpecs, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs reports mistakes as TypeErrors with an ERR_PARSE_ARGS_* code.
    if (error instanceof TypeError && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
      // Node's own wording ("…place it at the end of the command after '--'…") misleads here.
      const unknown = /^Unknown option '([^']+)'/.exec(error.message);
      throw new CliError(unknown === null ? error.message : `unknown option '${unknown[1] ?? ""}'`, { usage: true });
    }
    throw error;
  }
}

function oneOf<T extends string>(flag: string, value: string, choices: Readonly<Record<string, T>>): T {
  const choice = choices[value];
  if (choice === undefined) throw new CliError(`${flag} must be ${Object.keys(choices).join(", ")}, not '${value}'`, { usage: true });
  return choice;
}

function required(value: string | undefined, flag: string, what: string): string {
  if (value === undefined || value === "") throw new CliError(`missing ${flag}: ${what}`, { usage: true });
  return value;
}

const readFile: ReadFile = (path) => {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder, not a file" : code === "EACCES" ? "permission denied" : error instanceof Error ? error.message : String(error);
    throw new CliError(`${path}: cannot read the file (${reason})`);
  }
};

// `buurtaanpak … | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
