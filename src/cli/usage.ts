import { csvColumns } from "./readData.js";

/** The help text of the program, for `--help` and for command-line mistakes. */
export function usage(version: string): string {
  return `buurtaanpak ${version}: evaluate the success factors of a Buurtaanpak vision

Usage:
  buurtaanpak demo [--lang nl|en] [--format table|md|json]
  buurtaanpak evaluate --model <alblasserdam|model.json> --data <data.json|data.csv>
                       --period <period> [--baseline <period>] [--as-of <date>]
                       [--areas <areas.json>] [--format table|md|json] [--lang nl|en]
  buurtaanpak --help | --version

Commands:
  demo        Evaluate the Alblasserdam vision on the bundled SYNTHETIC data set
              (made-up figures, not real Alblasserdam data).
  evaluate    Evaluate a model on your own observations.

Options:
  --model     alblasserdam (the preset), or the path of a model JSON file
  --data      the observations: a JSON array of rows; a JSON object with an "observations"
              array (and optionally "areas"); or a CSV file (.csv) with a header row
  --period    the period to evaluate: 2024, 2024-Q2, 2024-05, 2024-W18 or 2024-03-01/2024-05-31
  --baseline  the period to compare with (default: the same period one year earlier)
  --as-of     evaluate as of this date, YYYY-MM-DD (default: the end of the period)
  --areas     a JSON file with the area hierarchy; it replaces the model's areas
  --format    table (default), md (Markdown), or json (the evaluation as the library returns it)
  --lang      nl (default) or en
  -h, --help     show this help
  -v, --version  show the version

CSV columns (any subset and order; indicator, area and period are required):
  ${csvColumns.join(",")}

Exit codes: 0 done, 1 internal error, 2 a mistake in the command line or the input.
`;
}
