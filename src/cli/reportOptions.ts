import type { OptionSpec } from "./arguments/parseArguments.js";

// The options and help of `buurtaanpak report`, apart from the command itself: the program's
// command table and help read them without the report's renderers.

/** The options of `buurtaanpak report` beyond those the program already has (`--lang`, `--format`, `--model`, …). */
export const reportOptionSpecs: ReadonlyMap<string, OptionSpec> = new Map<string, OptionSpec>([
  ["series", { value: "the periods of the trend, oldest first, such as 2023,2024" }],
  ["output", { value: "the file to write the report to (with --each: a folder)", short: "o" }],
  ["unprotected", {}],
  ["activities", { value: "the indicators of the Do section, such as aantal-evenementen,formeel-netwerk" }],
  ["each", { value: "gemeente: one report per gemeente in the data" }],
]);

/** Every option `buurtaanpak report` takes, by long name, for the program's command table. */
export const reportOptionNames: readonly string[] = [
  "lang",
  "format",
  "model",
  "data",
  "period",
  "as-of",
  "areas",
  "max-bytes",
  ...reportOptionSpecs.keys(),
];

/** The synopsis and help of `buurtaanpak report`, for usage.ts. */
export const reportUsage = {
  synopsis: `  buurtaanpak report --model <alblasserdam|model.json> --data <data.csv|data.json>
                     [--period <period>] [--series <p1,p2,…>] [--as-of <date>] [--areas <areas.json>]
                     [--format html|md] [--lang nl|en] [-o <file>] [--unprotected]
                     [--activities <ids>] [--each gemeente] [--max-bytes <size>]`,
  details: `Writes the PDCA report (summary, Plan, Do, Check, Act) as one self-contained HTML file, or
as Markdown. Small numbers are withheld unless --unprotected is given; the report then says
"niet voor publicatie" on every page.

Options:
  --model        alblasserdam (the preset), or the path of a model JSON file
  --data         the observations, as for evaluate
  --period       the period the report is about (default: the last of --series, or the data file's)
  --series       the periods of the trend, oldest first: 2023,2024,2025 (each against a year earlier)
  --as-of        a date, YYYY-MM-DD: an interim report for the period it falls in
  --areas        a JSON file with the area hierarchy
  --format       html (default) or md
  --lang         nl (default) or en
  -o, --output   the file to write; without it, the report goes to stdout
  --unprotected  show every figure, also small numbers, marked "niet voor publicatie"
  --activities   the indicators of the Do section (default for the preset: activities,
                 partners and presence)
  --each         gemeente: one report per gemeente of the data, into the folder -o names,
                 with progress on stderr
  -h, --help     show this help`,
} as const;
