import { csvColumns } from "./input/csvColumns.js";
import { formatBytes } from "./input/formatBytes.js";
import { defaultMaxBytes } from "./input/limits.js";
import { reportUsage } from "./reportOptions.js";

const exitCodes =
  "Exit codes: 0 done, 1 an internal error or the output cannot be written, 2 a mistake in the command line or the input.";
const maxBytes = `  --max-bytes  the largest file to read: 500MB, 2GiB, … (default ${formatBytes(defaultMaxBytes)}); a JSON file
               can hold at most 500 MiB, as it is read whole`;

/** Each command's synopsis: the lines after "Usage:", shown with a mistake in its command line. */
const synopses = new Map<string, string>([
  [
    "demo",
    "  buurtaanpak demo [--lang nl|en] [--format table|md|json|html] [--as-of <date>] [--unprotected]\n                   [-o <file>]",
  ],
  [
    "evaluate",
    `  buurtaanpak evaluate --model <alblasserdam|model.json> --data <data.csv|data.json>
                       [--period <period>] [--baseline <period>] [--as-of <date>]
                       [--areas <areas.json>] [--format table|md|json] [--lang nl|en]
                       [--unprotected] [--max-bytes <size>]
  buurtaanpak evaluate --model <alblasserdam|model.json> --period <period>
                       --records <kind>=<file.csv>[@<span>] … [--covers <span>]
                       [--map <kind>=<mapping.json> …] [--granularity month|quarter|year]
                       [--data <data.csv|data.json>] [other options as above]`,
  ],
  ["report", reportUsage.synopsis],
  ["model export", "  buurtaanpak model export <preset>"],
  ["model check", "  buurtaanpak model check <model.json> [--max-bytes <size>]"],
  ["model", "  buurtaanpak model export <preset>\n  buurtaanpak model check <model.json> [--max-bytes <size>]"],
  ["help", "  buurtaanpak help [<command>]"],
]);

/** Each command's help, after its synopsis. */
const details = new Map<string, string>([
  [
    "demo",
    `Evaluates the Alblasserdam vision on the bundled SYNTHETIC data set: made-up figures, never
real Alblasserdam data, for the 29 real buurten of Alblasserdam (CBS 2024), by quarter over
2023 and 2024. Every format says so at the top and at the end. Small numbers are withheld
("< 5", "n < 30", "x"), as they would be in a published report.

Options:
  --format       table (default), md (Markdown), json ({ synthetic, description, evaluation,
                 syntheticReminder }) or html (the PDCA report, one self-contained file)
  --as-of        a day in 2024, YYYY-MM-DD: a mid-year report up to the day before, against
                 the same days of 2023; the data run by quarter, so 2024-04-01, 2024-07-01 and
                 2024-10-01 give whole quarters
  --unprotected  show every figure, also small numbers, marked "niet voor publicatie"
  -o, --output   the file to write; without it, the output goes to stdout
  --lang         nl (default) or en
  -h, --help     show this help`,
  ],
  [
    "evaluate",
    `Evaluates a model on your observations and prints a report.

Options:
  --model      alblasserdam (the preset), or the path of a model JSON file
  --data       the observations: a CSV file (.csv) with a header row; a JSON array of rows; or a
               JSON object with an "observations" array (and optionally "areas", "period",
               "baseline", "synthetic" and "description")
  --records    records to derive observations from, as <kind>=<file.csv>, any number of times;
               kinds: meldingen, partners, activities, moves, dwellings (the dwelling stock of
               the moves). A file may name its span: meldingen=fixi.csv@2023-01-01/2024-12-31
  --covers     the span every records file covers that names none of its own: inside it a period
               without records is a real 0, outside it there is no data
  --map        how to read a records file: <kind>=<mapping.json> for every file of that kind, or
               <file.csv>=<mapping.json> for one; without it, the columns are named after the
               fields (docs/records.md has mappings for Fixi and Signalen)
  --granularity
               month, quarter or year: how finely records are counted (default: the period's;
               a week or a range of days: month)
  --period     the period to evaluate: 2024, 2024-Q2, 2024-05, 2024-W18 or 2024-03-01/2024-05-31;
               needed unless the JSON data file names one
  --baseline   the period to compare with (default: the same period one year earlier)
  --as-of      evaluate as of this date, YYYY-MM-DD (default: the end of the period)
  --areas      a JSON file with the area hierarchy; it replaces the model's areas
  --format     table (default), md (Markdown), or json (the evaluation as protect returns it)
  --lang       nl (default) or en
  --unprotected
               show every figure, also small numbers, marked "niet voor publicatie"; by default
               counts below 5 and surveys below 30 respondents are withheld ("< 5", "n < 30")
${maxBytes}
  -h, --help   show this help

CSV columns (any subset and order; indicator, area and period are required):
  ${csvColumns.join(",")}`,
  ],
  ["report", reportUsage.details],
  [
    "model export",
    `Writes a preset as a model JSON file, with a "$schema" for editors: the start of your own
model. The presets: alblasserdam.

  buurtaanpak model export alblasserdam > mijn-model.json

Options:
  -h, --help   show this help`,
  ],
  [
    "model check",
    `Checks a model JSON file and lists every problem at once, each with its JSON path; exits 0
with a one-line summary when the model is valid, 2 when it is not.

Options:
${maxBytes}
  -h, --help   show this help`,
  ],
  [
    "model",
    `Commands:
  export       write a preset as a model JSON file, the start of your own model
  check        check a model JSON file and list every problem at once

Run 'buurtaanpak model export --help' or 'buurtaanpak model check --help' for more.`,
  ],
  ["help", "Shows the help of the program, or of a command: buurtaanpak help evaluate."],
]);

/**
 * The help of the program, for `buurtaanpak --help`: every command in one line or two.
 *
 * @param version - the package version
 * @param brief - only the synopsis and where to find more, to follow a mistake in the command line
 * @returns the help text, ending in a newline
 */
export function usage(version: string, brief = false): string {
  const synopsis = `Usage:
  buurtaanpak demo [--lang nl|en] [--format table|md|json|html] [--as-of <date>] [-o <file>]
  buurtaanpak evaluate --model <alblasserdam|model.json> --data <data.csv|data.json> [options]
  buurtaanpak evaluate --model <alblasserdam|model.json> --records <kind>=<file.csv> [options]
  buurtaanpak report --model <alblasserdam|model.json> --data <data.csv|data.json> [options]
  buurtaanpak model export <preset>
  buurtaanpak model check <model.json>
  buurtaanpak help [<command>] | --help | --version`;
  if (brief) return `${synopsis}\nRun 'buurtaanpak --help' for more.\n`;
  return `buurtaanpak ${version}: evaluate the success factors of a Buurtaanpak vision

${synopsis}

Commands:
  demo           Evaluate the Alblasserdam vision on the bundled SYNTHETIC data set
                 (made-up figures, not real Alblasserdam data).
  evaluate       Evaluate a model on your own observations.
  report         Write the PDCA report of your observations: one HTML file, or Markdown.
  model export   Write a preset as a model JSON file: the start of your own model.
  model check    Check a model JSON file, listing every problem at once.

Run 'buurtaanpak <command> --help' for the options of a command.

${exitCodes}
`;
}

/**
 * The help of one command, for `buurtaanpak <command> --help`, or with `brief` only its
 * synopsis and where to find more, to follow a mistake in its command line.
 *
 * @param command - the command's words: "evaluate", "model check", "model"
 * @param brief - only the synopsis
 * @returns the help text, ending in a newline
 */
export function commandUsage(command: string, brief = false): string {
  const synopsis = synopses.get(command) ?? "";
  if (brief) return `Usage:\n${synopsis}\nRun 'buurtaanpak ${command} --help' for more.\n`;
  return `Usage:\n${synopsis}\n\n${details.get(command) ?? ""}\n\n${exitCodes}\n`;
}
