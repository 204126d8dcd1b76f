import type { OptionSpec } from "./arguments/parseArguments.js";
import { reportOptionNames, reportOptionSpecs } from "./reportOptions.js";

/** Every option of the program, by its long name. */
export const optionSpecs: ReadonlyMap<string, OptionSpec> = new Map<string, OptionSpec>([
  ["help", { short: "h" }],
  ["version", { short: "v" }],
  ["lang", { value: "nl or en" }],
  ["format", { value: "the output format, such as table, md, json or html (see the command's --help)" }],
  ["model", { value: "alblasserdam or the path of a model JSON file" }],
  ["data", { value: "the path of a JSON or CSV file of observations" }],
  ["period", { value: "the period to evaluate, such as 2024, 2024-Q2 or 2024-05" }],
  ["baseline", { value: "the period to compare with, such as 2023" }],
  ["as-of", { value: "a date, YYYY-MM-DD" }],
  ["areas", { value: "the path of a JSON file of areas" }],
  ["max-bytes", { value: "a size such as 500MB or 2GiB" }],
  [
    "records",
    {
      value: "<kind>=<file.csv>, such as meldingen=fixi.csv or meldingen=fixi.csv@2023-01-01/2024-12-31",
      repeatable: true,
    },
  ],
  ["map", { value: "<kind>=<mapping.json>, such as meldingen=fixi-mapping.json", repeatable: true }],
  ["covers", { value: "the span the records cover, such as 2023-01-01/2024-12-31" }],
  ["granularity", { value: "month, quarter or year" }],
  ...reportOptionSpecs,
]);

/** The output formats of the commands, by what they are called inside the program. */
export type FormatName = "table" | "md" | "json" | "html";

/** A command: the options it takes besides --help, and the words it takes after its name. */
export interface Command {
  readonly name: "demo" | "evaluate" | "report" | "model export" | "model check" | "help";
  readonly options: ReadonlySet<string>;
  /** The words after the command's name, by what they are: `<preset>`, `<model.json>`. */
  readonly words: readonly string[];
  /** How many of the words may be left out (from the end). */
  readonly optionalWords: number;
  /**
   * The `--format` values this command takes, by what the user writes, and the default. Each
   * command has its own: `report --format table` is a mistake, not a table.
   */
  readonly formats: ReadonlyMap<string, FormatName>;
  readonly defaultFormat: string;
}

const textFormats = new Map<string, FormatName>([
  ["table", "table"],
  ["md", "md"],
  ["markdown", "md"],
  ["json", "json"],
]);
const noFormats = new Map<string, FormatName>();

const command = (
  name: Command["name"],
  options: readonly string[],
  formats: ReadonlyMap<string, FormatName> = noFormats,
  defaultFormat = "",
  words: readonly string[] = [],
  optionalWords = 0,
): Command => ({
  name,
  options: new Set(options),
  words,
  optionalWords,
  formats,
  defaultFormat,
});

/** The commands by their words. A Map, so that a word such as `constructor` is just unknown. */
export const commands: ReadonlyMap<string, Command> = new Map([
  [
    "demo",
    command(
      "demo",
      ["lang", "format", "as-of", "unprotected", "output"],
      new Map<string, FormatName>([...textFormats, ["html", "html"]]),
      "table",
    ),
  ],
  [
    "evaluate",
    command(
      "evaluate",
      [
        "lang",
        "format",
        "model",
        "data",
        "records",
        "map",
        "covers",
        "granularity",
        "period",
        "baseline",
        "as-of",
        "areas",
        "max-bytes",
        "unprotected",
      ],
      textFormats,
      "table",
    ),
  ],
  [
    "report",
    command(
      "report",
      reportOptionNames,
      new Map<string, FormatName>([
        ["html", "html"],
        ["md", "md"],
        ["markdown", "md"],
      ]),
      "html",
    ),
  ],
  ["model export", command("model export", [], noFormats, "", ["<preset>"])],
  ["model check", command("model check", ["max-bytes"], noFormats, "", ["<model.json>"])],
  ["help", command("help", [], noFormats, "", ["<command>", "<subcommand>"], 2)],
]);

/** The words that start a group of commands, with the commands of each. */
export const groups: ReadonlyMap<string, readonly string[]> = new Map([["model", ["export", "check"]]]);

/** The `--granularity` values. */
export const granularities = new Map([
  ["month", "month"],
  ["quarter", "quarter"],
  ["year", "year"],
] as const);

/** The `--lang` values. */
export const languages = new Map([
  ["nl", "nl"],
  ["en", "en"],
] as const);
