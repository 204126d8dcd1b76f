import { CliError } from "../CliError.js";
import { quote } from "../messages/quote.js";

/** One option of the command line. */
export interface OptionSpec {
  /** The value it takes, as the messages name it ("the period to evaluate, such as 2024"), or undefined for a flag. */
  readonly value?: string;
  /** A one-letter alias, as in `-h`. */
  readonly short?: string;
  /** Whether it may be given more than once (`--records a=x.csv --records b=y.csv`); its values are then in `lists`. */
  readonly repeatable?: boolean;
}

/** The command line, read: the options given, by name, and the other words in order. */
export interface ParsedArguments {
  /** Each option given, by its long name: its value, or `true` for a flag. */
  readonly options: ReadonlyMap<string, string | true>;
  /** Each repeatable option given, by its long name: its values in the order given. */
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly words: readonly string[];
}

/**
 * Reads a command line: `--name value`, `--name=value`, `-h`, and words (commands and their
 * arguments) in any order; `--` ends the options. Every mistake is a usage error in the
 * program's own words: an unknown option, an option without its value (`--period` at the end,
 * or followed by another option), a value given to a flag, an option given twice (unless it is
 * repeatable: then its values are listed in `lists`, and it is in `options` with its last value).
 *
 * @param args - the arguments, without node and the script
 * @param specs - the options, by long name
 * @returns the options and the words
 * @throws {@link CliError} (a usage error) for every mistake
 */
export function parseArguments(args: readonly string[], specs: ReadonlyMap<string, OptionSpec>): ParsedArguments {
  const shorts = new Map<string, string>();
  for (const [name, spec] of specs) if (spec.short !== undefined) shorts.set(spec.short, name);
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const words: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    if (arg === "--") {
      words.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      words.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const written = equals === -1 ? arg : arg.slice(0, equals);
    const name = written.startsWith("--") ? written.slice(2) : shorts.get(written.slice(1));
    const spec = name === undefined ? undefined : specs.get(name);
    if (name === undefined || spec === undefined || (!written.startsWith("--") && written.length !== 2)) {
      throw new CliError(`unknown option '${quote(written)}'`, { usage: true });
    }
    if (options.has(name) && spec.repeatable !== true) throw new CliError(`--${name} is given twice`, { usage: true });
    if (spec.value === undefined) {
      if (equals !== -1) throw new CliError(`--${name} takes no value`, { usage: true });
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) {
      value = arg.slice(equals + 1);
    } else {
      const next = args[index + 1];
      // A next word that is an option is not this option's value: `--period --format json`
      // forgot the period. (A value that starts with "-" can be given as --name=-value.)
      if (next !== undefined && !(next.startsWith("-") && next !== "-")) {
        value = next;
        index++;
      }
    }
    if (value === undefined || value === "")
      throw new CliError(`--${name} needs a value: ${spec.value}`, { usage: true });
    options.set(name, value);
    if (spec.repeatable === true) lists.set(name, [...(lists.get(name) ?? []), value]);
  }
  return { options, lists, words };
}
