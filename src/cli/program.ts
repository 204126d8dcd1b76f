import { parseArguments } from "./arguments/parseArguments.js";
import { CliError } from "./CliError.js";
import { type Command, commands, granularities, groups, languages, optionSpecs } from "./commands.js";
import { demo } from "./demo.js";
import { escapeTerminal } from "./escape/terminal.js";
import { evaluateCommand } from "./evaluate.js";
import { formatBytes } from "./input/formatBytes.js";
import { defaultMaxBytes } from "./input/limits.js";
import type { OpenFile } from "./input/OpenFile.js";
import { parseByteSize } from "./input/parseByteSize.js";
import { quote } from "./messages/quote.js";
import { modelCheck } from "./modelCheck.js";
import { modelExport } from "./modelExport.js";
import type { Output } from "./output/Output.js";
import { outputChunks } from "./output/outputChunks.js";
import { reportCommand } from "./report.js";
import { commandUsage, usage } from "./usage.js";

/** What the program needs from the process: main.ts gives the real ones, tests their own. */
export interface ProgramIo {
  readonly version: string;
  readonly open: OpenFile;
  /** Writes a chunk of the output; rejects with the error (EPIPE, ENOSPC) when it cannot. */
  readonly stdout: (chunk: string) => Promise<void>;
  /**
   * Writes a whole file (`-o rapport.html`), replacing it only once it is complete; rejects
   * with the error, in words, when it cannot.
   */
  readonly writeFile: (name: string, text: string) => Promise<void>;
  readonly stderr: (text: string) => void;
  /** Whether to print the stack of an internal error (BUURTAANPAK_DEBUG=1). */
  readonly debug: boolean;
}

/** A usage error about a command, so that the message is followed by that command's synopsis. */
interface Located {
  command: string | undefined;
}

/**
 * Runs the program on a command line: reads the arguments, runs the command and writes its
 * output. It never throws: every outcome is an exit code, and every message is one the program
 * wrote, made safe for the terminal.
 *
 * @param args - the arguments, without node and the script
 * @param io - the process's files and streams
 * @returns the exit code: 0 done, 1 an internal error or the output cannot be written, 2 a mistake in the command line or the input
 */
export async function program(args: readonly string[], io: ProgramIo): Promise<number> {
  const located: Located = { command: undefined };
  let output: Output;
  try {
    output = await run(args, io, located);
  } catch (error) {
    return report(error, io, located);
  }
  // The chunks are made as they are written: a failure to make one is the program's, a failure
  // to write one is the output's.
  const chunks = outputChunks(output);
  for (;;) {
    let next: IteratorResult<string, void>;
    try {
      next = chunks.next();
    } catch (error) {
      return report(error, io, located);
    }
    if (next.done === true) return 0;
    try {
      await io.stdout(next.value);
    } catch (error) {
      return writeFailure(error, io);
    }
  }
}

async function run(args: readonly string[], io: ProgramIo, located: Located): Promise<Output> {
  // Before the arguments are read, in case reading them fails: the command a mistake is in.
  located.command = guessCommand(args);
  const { options, lists, words } = parseArguments(args, optionSpecs);
  located.command = undefined;
  const text = (value: string): Output => ({ kind: "text", lines: value.replace(/\n$/, "").split("\n") });
  if (options.has("version") && !options.has("help")) return text(io.version);
  const [first, second] = words;
  if (first === undefined) {
    if (options.has("help")) return text(usage(io.version));
    throw new CliError("no command given: use demo, evaluate, report or model", { usage: true });
  }
  const help = options.has("help");
  const command = findCommand(words, located, help);
  if (help || command === undefined) return text(commandUsage(located.command ?? ""));
  if (command.name === "help") {
    if (second === undefined) return text(usage(io.version));
    const inner: Located = { command: undefined };
    findCommand(words.slice(1), inner, true);
    return text(commandUsage(inner.command ?? ""));
  }
  for (const name of options.keys()) {
    if (!command.options.has(name) && name !== "help" && name !== "version") {
      throw new CliError(`the ${command.name} command takes no option --${name}`, { usage: true });
    }
  }
  const given = words.slice(command.name.split(" ").length);
  const missing = command.words.length - command.optionalWords - given.length;
  if (missing > 0) {
    throw new CliError(`the ${command.name} command needs ${command.words.slice(given.length).join(" ")}`, {
      usage: true,
    });
  }
  const extra = given[command.words.length];
  if (extra !== undefined) throw new CliError(`unexpected argument '${quote(extra)}'`, { usage: true });

  const value = (name: string) => {
    const option = options.get(name);
    return typeof option === "string" ? option : undefined;
  };
  const language = choose("--lang", value("lang") ?? "nl", languages);
  const format =
    command.formats.size === 0
      ? "table"
      : choose("--format", value("format") ?? command.defaultFormat, command.formats);
  const maxBytesText = value("max-bytes");
  const maxBytes = maxBytesText === undefined ? defaultMaxBytes : parseByteSize(maxBytesText);
  const unprotected = options.get("unprotected") === true;
  switch (command.name) {
    case "demo": {
      const asOf = value("as-of");
      const output = demo({ format, language, unprotected, ...(asOf === undefined ? {} : { asOf }) });
      const file = value("output");
      return file === undefined ? output : writeOutput(file, output, io);
    }
    case "report":
      return reportCommand(options, { open: io.open, writeFile: io.writeFile, stderr: io.stderr });
    case "model export":
      return modelExport(given[0] ?? "", io.version);
    case "model check":
      return modelCheck(given[0] ?? "", io.open, maxBytes);
    case "evaluate": {
      const period = value("period");
      const baseline = value("baseline");
      const asOf = value("as-of");
      const areas = value("areas");
      if (format === "html") throw new CliError("--format html is for demo and report", { usage: true });
      const data = value("data");
      const records = lists.get("records") ?? [];
      const maps = lists.get("map") ?? [];
      const covers = value("covers");
      const granularityText = value("granularity");
      const granularity =
        granularityText === undefined ? undefined : choose("--granularity", granularityText, granularities);
      if (data === undefined && records.length === 0) {
        throw new CliError(
          "missing --data or --records: the observations (a CSV or JSON file), or the records to derive them from (such as --records meldingen=fixi.csv)",
          { usage: true },
        );
      }
      return evaluateCommand(
        {
          model: required(value("model"), "--model", optionSpecs.get("model")?.value ?? ""),
          ...(data === undefined ? {} : { data }),
          records: {
            records,
            maps,
            ...(covers === undefined ? {} : { covers }),
            ...(granularity === undefined ? {} : { granularity }),
          },
          format,
          language,
          maxBytes,
          unprotected,
          ...(period === undefined ? {} : { period }),
          ...(baseline === undefined ? {} : { baseline }),
          ...(asOf === undefined ? {} : { asOf }),
          ...(areas === undefined ? {} : { areas }),
        },
        io.open,
      );
    }
  }
}

/**
 * Writes a command's whole output to the file `-o` names, and says so on stderr; stdout gets
 * nothing. The file appears only once it is complete (see {@link ProgramIo.writeFile}).
 */
async function writeOutput(name: string, output: Output, io: ProgramIo): Promise<Output> {
  const text = [...outputChunks(output)].join("");
  try {
    await io.writeFile(name, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${quote(name, 200)}: cannot write the file (${reason})`);
  }
  io.stderr(
    escapeTerminal(`buurtaanpak: wrote ${name} (${formatBytes(new TextEncoder().encode(text).length)})\n`, {
      keepNewlines: true,
    }),
  );
  return { kind: "text", lines: [] };
}

/**
 * The command the words name: one word, or a group's word and its command ("model check"). A
 * group's word alone is a mistake, unless its help is asked for (then: undefined).
 */
function findCommand(words: readonly string[], located: Located, help: boolean): Command | undefined {
  const [first = "", second] = words;
  const members = groups.get(first);
  if (members === undefined) {
    const command = commands.get(first);
    if (command === undefined) {
      throw new CliError(`unknown command '${quote(first)}': use demo, evaluate, report or model`, { usage: true });
    }
    located.command = command.name;
    return command;
  }
  located.command = first;
  if (second === undefined && help) return undefined;
  if (second === undefined) throw new CliError(`the ${first} command needs ${members.join(" or ")}`, { usage: true });
  const command = members.includes(second) ? commands.get(`${first} ${second}`) : undefined;
  if (command === undefined) {
    throw new CliError(
      `unknown command '${first} ${quote(second)}': use ${members.map((member) => `${first} ${member}`).join(" or ")}`,
      {
        usage: true,
      },
    );
  }
  located.command = command.name;
  return command;
}

/** The first word that names a command, for the synopsis after a mistake in reading the arguments. */
function guessCommand(args: readonly string[]): string | undefined {
  for (const [index, arg] of args.entries()) {
    const members = groups.get(arg);
    if (members !== undefined) {
      const next = args[index + 1] ?? "";
      return members.includes(next) ? `${arg} ${next}` : arg;
    }
    if (commands.has(arg)) return arg;
  }
  return undefined;
}

/** The value of an option with a fixed set of values, looked up exactly: `--format JSON` is not json. */
function choose<Value>(flag: string, given: string, choices: ReadonlyMap<string, Value>): Value {
  const choice = choices.get(given);
  if (choice === undefined) {
    const names = [...choices.keys()];
    const list = `${names.slice(0, -1).join(", ")} or ${names.at(-1) ?? ""}`;
    throw new CliError(`${flag} must be ${list}, not '${quote(given)}'`, { usage: true });
  }
  return choice;
}

function required(value: string | undefined, flag: string, what: string): string {
  if (value === undefined) throw new CliError(`missing ${flag}: ${what}`, { usage: true });
  return value;
}

function report(error: unknown, io: ProgramIo, located: Located): number {
  const safe = (text: string) => escapeTerminal(text, { keepNewlines: true });
  if (error instanceof CliError) {
    io.stderr(safe(`buurtaanpak: ${error.message}\n`));
    if (error.usage)
      io.stderr(`\n${located.command === undefined ? usage(io.version, true) : commandUsage(located.command, true)}`);
    return 2;
  }
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  io.stderr(
    safe(
      `buurtaanpak: internal error: ${quote(message, 500)} (please report this; set BUURTAANPAK_DEBUG=1 for details)\n`,
    ),
  );
  if (io.debug && error instanceof Error) io.stderr(safe(`${error.stack ?? ""}\n`));
  return 1;
}

/** The output could not be written: a closed pipe (`| head`) is no error; a full disk is. */
function writeFailure(error: unknown, io: ProgramIo): number {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (code === "EPIPE") return 0;
  const reason =
    code === "ENOSPC"
      ? "no space left on the device"
      : code === "EDQUOT"
        ? "the disk quota is used up"
        : error instanceof Error
          ? error.message
          : String(error);
  io.stderr(escapeTerminal(`buurtaanpak: cannot write the output: ${reason}\n`, { keepNewlines: true }));
  return 1;
}
