import {
  BuurtaanpakError,
  type EvaluateOptions,
  type Evaluation,
  evaluate,
  type Model,
  parsePeriod,
  protect,
  safeParseObservations,
} from "../index.js";
import type { RecordsGranularity } from "../records/index.js";
import { CliError } from "./CliError.js";
import type { DataFile } from "./input/DataFile.js";
import { describeRowProblem } from "./input/describeRowProblem.js";
import type { OpenFile } from "./input/OpenFile.js";
import { readAreas } from "./input/readAreas.js";
import { readData } from "./input/readData.js";
import { readJsonFile } from "./input/readJsonFile.js";
import { loadModel } from "./loadModel.js";
import { describeMessage } from "./messages/describeMessage.js";
import { describePath } from "./messages/describePath.js";
import { describeProblems } from "./messages/describeProblems.js";
import type { Problem } from "./messages/Problem.js";
import { quote } from "./messages/quote.js";
import type { Output } from "./output/Output.js";
import type { DerivedRecords } from "./records/DerivedRecords.js";
import { deriveRecords } from "./records/deriveRecords.js";
import { describeDerivedRowProblem } from "./records/describeDerivedRowProblem.js";
import { parseRecordsArgument } from "./records/parseRecordsArgument.js";
import { recordsNotes } from "./records/recordsNotes.js";
import { recordsSummary } from "./records/recordsSummary.js";
import { jsonOf } from "./render/json.js";
import { markdownLines } from "./render/markdown.js";
import type { Language, ReportInput, ShownEvaluation } from "./render/ReportInput.js";
import { tableLines } from "./render/table.js";

/** The output formats of the reports. */
export type Format = "table" | "md" | "json";

/** The options of `buurtaanpak evaluate`, as given on the command line. */
export interface EvaluateCommandOptions {
  /** `alblasserdam` for the preset, or the path of a model JSON file. */
  readonly model: string;
  /** The path of a JSON or CSV file of observations; it may be left out when records are given. */
  readonly data?: string;
  /** The records to derive observations from (`--records`, `--map`, `--covers`, `--granularity`). */
  readonly records?: RecordsOptions;
  readonly period?: string;
  readonly baseline?: string;
  readonly asOf?: string;
  /** The path of a JSON file with an array of areas, or an object with an `areas` array. */
  readonly areas?: string;
  readonly format: Format;
  readonly language: Language;
  /** The largest file to read, in bytes. */
  readonly maxBytes: number;
  /** Show every figure, small numbers too, marked "niet voor publicatie"; by default they are withheld. */
  readonly unprotected?: boolean;
}

/** The options of `evaluate` about records, as given on the command line. */
export interface RecordsOptions {
  /** The `--records` values: `meldingen=fixi.csv`, `meldingen=fixi.csv@2023-01-01/2024-12-31`. */
  readonly records: readonly string[];
  /** The `--map` values: `meldingen=fixi-mapping.json`, `fixi.csv=fixi-mapping.json`. */
  readonly maps: readonly string[];
  /** `--covers`: the span of every register that names none of its own. */
  readonly covers?: string;
  /** `--granularity`: month, quarter or year; by default the period's own. */
  readonly granularity?: RecordsGranularity;
}

/**
 * Runs `buurtaanpak evaluate`: reads the model, data and areas, derives observation rows from
 * the records (`--records`), evaluates them together, protects small numbers (unless
 * `unprotected`), and renders, with the derivations' warnings among the notes.
 *
 * @param options - the command-line options
 * @param open - how to open a file (the only I/O, injected by main.ts)
 * @returns what to write on stdout
 * @throws {@link CliError} for any problem with the input, naming the file, row and field
 */
export async function evaluateCommand(options: EvaluateCommandOptions, open: OpenFile): Promise<Output> {
  const missingPeriod = () =>
    new CliError("missing --period: the period to evaluate, such as 2024 or 2024-Q2", { usage: true });
  const sources = (options.records?.records ?? []).map(parseRecordsArgument);
  if (options.data === undefined && sources.length === 0) {
    throw new CliError("missing --data or --records: the observations, or the records to derive them from", {
      usage: true,
    });
  }
  if (sources.length === 0 && options.records?.granularity !== undefined) {
    throw new CliError("--granularity needs --records: it is how finely the records are counted", { usage: true });
  }
  const model = await loadModel(options.model, open, options.maxBytes);
  // A CSV file or records name no period: say so before reading them, which may take a while.
  const fromCsv = options.data === undefined || /\.csv$/i.test(options.data);
  if (options.period === undefined && fromCsv) throw missingPeriod();
  let data: DataFile | undefined =
    options.data === undefined ? undefined : await readData(await open(options.data), options.maxBytes);
  const areas = await areasOf(options, data, open);

  // A period or baseline from the data file is checked here, so that a mistake in it is
  // reported against the file, not as if it came from the --period flag.
  const period = options.period ?? data?.period;
  if (period === undefined) throw missingPeriod();
  const baseline = options.baseline ?? (options.period === undefined ? data?.baseline : undefined);
  const fromFile = {
    period: options.period === undefined,
    baseline: options.baseline === undefined && options.period === undefined && data?.baseline !== undefined,
  };
  const fileProblems: Problem[] = [...(data?.fileProblems ?? [])];
  if (fromFile.period) fileProblems.push(...periodProblems("period", period));
  if (fromFile.baseline && baseline !== undefined) fileProblems.push(...periodProblems("baseline", baseline));

  const evaluateOptions: EvaluateOptions = {
    period,
    ...(baseline === undefined ? {} : { baseline }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...(areas === undefined ? {} : { areas: areas.areas }),
  };
  const derived =
    sources.length === 0 && (options.records?.maps.length ?? 0) === 0 && options.records?.covers === undefined
      ? undefined
      : await deriveRecords(
          model,
          {
            sources,
            maps: options.records?.maps ?? [],
            ...(options.records?.covers === undefined ? {} : { covers: options.records.covers }),
            granularity: options.records?.granularity ?? granularityOf(period),
            ...(areas === undefined ? {} : { areas: areas.areas }),
          },
          open,
          options.maxBytes,
        );
  const dataFile = data?.file ?? sources[0]?.file ?? "";
  const synthetic = data?.synthetic;
  let observations: Observations | undefined = checkData(
    model,
    data === undefined ? undefined : { ...data, fileProblems },
    derived,
  );
  // The rows are parsed: let the raw ones go before evaluating (a national file's take ~650 MB).
  data = undefined;
  let evaluation: Evaluation | undefined = evaluateChecked(model, observations, evaluateOptions, dataFile, {
    areasFile: areas?.file,
    fromFile,
  });
  // The observations are evaluated: let them go before protect copies the results (10 million
  // rows peak some 400 MB higher with both alive), and the evaluation once it is protected.
  observations = undefined;
  const shown = shownEvaluation(evaluation, options.unprotected === true);
  evaluation = undefined;
  if (options.format === "json") {
    const json = jsonOf(shown);
    return { kind: "json", value: derived === undefined ? json : withRecords(json, recordsSummary(derived)) };
  }
  const dataSource = [
    ...(options.data === undefined ? [] : [options.data]),
    ...(derived === undefined
      ? []
      : derived.registers.map((register) => recordsSourceText(register, options.language))),
  ].join("; ");
  return render(options.format, {
    model,
    evaluation: shown,
    areas: evaluateOptions.areas ?? model.areas,
    language: options.language,
    dataSource,
    ...(synthetic === undefined ? {} : { synthetic }),
    ...(derived === undefined
      ? {}
      : { notes: recordsNotes(derived.registers.map((register) => ({ ...register, name: register.file }))) }),
  });
}

/**
 * The granularity of rows derived from records, by default: the period's own, so that a year is
 * evaluated from yearly rows (counts of distinct organisations must be); a week or a range of
 * days from monthly rows, which the evaluation can only use where they fit inside it.
 */
function granularityOf(period: string): RecordsGranularity {
  try {
    const kind = parsePeriod(period).kind;
    return kind === "year" || kind === "quarter" ? kind : "month";
  } catch {
    // evaluate names the mistake in the period, with its flag.
    return "year";
  }
}

/** The JSON of an evaluation with records: a field `records` after `notForPublication`, if any, then the evaluation. */
function withRecords(json: unknown, records: unknown): unknown {
  if (typeof json !== "object" || json === null) return json;
  const entries = Object.entries(json);
  const [first] = entries;
  return first !== undefined && first[0] === "notForPublication"
    ? Object.fromEntries([first, ["records", records], ...entries.slice(1)])
    : Object.fromEntries([["records", records], ...entries]);
}

/** How the report's header names a register: "fixi.csv (meldingen, 2023-01-01/2024-12-31)". */
function recordsSourceText(register: DerivedRecords["registers"][number], language: Language): string {
  const kinds = {
    nl: { meldingen: "meldingen", partners: "partners", activities: "activiteiten", moves: "verhuizingen" },
    en: { meldingen: "meldingen", partners: "partners", activities: "activities", moves: "moves" },
  } as const;
  const dwellings =
    register.dwellings === undefined
      ? ""
      : language === "nl"
        ? ` met ${register.dwellings}`
        : ` with ${register.dwellings}`;
  return `${register.file}${dwellings} (${kinds[language][register.kind]}, ${register.covers})`;
}

/** Where the options of `evaluate` came from, so that a problem with one names its source. */
export interface OptionSources {
  /** The file the areas came from. */
  readonly areasFile?: string | undefined;
  /** Whether the period and baseline came from the data file rather than the command line. */
  readonly fromFile?: { readonly period: boolean; readonly baseline: boolean };
}

/** Observations as the library parsed them, ready for `evaluate`. */
type Observations = Extract<ReturnType<typeof safeParseObservations>, { success: true }>["data"];

/**
 * Checks the rows against the model and evaluates them: the one path from data to figures,
 * shared by `evaluate` and `demo`, so that every format shows the same evaluation.
 *
 * @param model - the model
 * @param data - the rows and what else the file holds
 * @param options - the options of `evaluate`
 * @param sources - where the options came from
 * @returns the evaluation
 * @throws {@link CliError} naming the file, row and field of bad rows, or the bad option
 */
export function evaluateData(
  model: Model,
  data: DataFile,
  options: EvaluateOptions,
  sources: OptionSources = {},
): Evaluation {
  return evaluateChecked(model, checkData(model, data), options, data.file, sources);
}

/**
 * Checks a data file's rows and the rows derived from records against the model, together, so
 * that a row of each for the same indicator, area and period is found; and reports every
 * problem at once: the file's fields, its rows, and what the reader found (a CSV row with a cell
 * too many), in the order of the file, then the derived rows' by the file they came from.
 */
function checkData(model: Model, data: DataFile | undefined, derived?: DerivedRecords): Observations {
  const dataRows = data?.rows ?? [];
  const rows = derived === undefined ? dataRows : [...dataRows, ...derived.rows];
  const parsed = safeParseObservations(model, rows);
  const rowProblems = [...(data?.rowProblems ?? []), ...(parsed.success ? [] : parsed.error.issues)];
  const fileProblems = data?.fileProblems ?? [];
  if (parsed.success && rowProblems.length === 0 && fileProblems.length === 0) return parsed.data;
  // The rows' problems in the order of the file; the reader's first within a row.
  const ordered = rowProblems
    .map((problem, order) => ({ problem, order, row: typeof problem.path[0] === "number" ? problem.path[0] : -1 }))
    .sort((a, b) => a.row - b.row || a.order - b.order);
  const ofData = ordered.filter((entry) => entry.row < dataRows.length).map((entry) => entry.problem);
  const ofDerived = ordered.filter((entry) => entry.row >= dataRows.length).map((entry) => entry.problem);
  const messages: string[] = [];
  if (data !== undefined && (ofData.length > 0 || fileProblems.length > 0)) {
    const problems: { readonly problem: Problem; readonly isRow: boolean }[] = [
      ...fileProblems.map((problem) => ({ problem, isRow: false })),
      ...ofData.map((problem) => ({ problem, isRow: true })),
    ];
    messages.push(
      describeProblems(data.file, "the data are invalid", problems, ({ problem, isRow }) =>
        isRow ? describeRowProblem(problem, data) : `${describePath(problem.path)}: ${describeMessage(problem)}`,
      ),
    );
  }
  if (derived !== undefined && ofDerived.length > 0) {
    messages.push(
      describeProblems(
        derived.registers.map((register) => register.file).join(", "),
        "the rows derived from the records are invalid",
        ofDerived,
        (problem) => describeDerivedRowProblem(problem, { data, dataRows: dataRows.length, derived }),
      ),
    );
  }
  throw new CliError(messages.join("\n"));
}

/** Evaluates checked observations; a problem with an option is named by its flag, or against the file it came from. */
function evaluateChecked(
  model: Model,
  observations: Observations,
  options: EvaluateOptions,
  dataFile: string,
  sources: OptionSources,
): Evaluation {
  try {
    return evaluate(model, observations, options);
  } catch (error) {
    if (error instanceof BuurtaanpakError) throw new CliError(describeOptionsError(error, dataFile, sources));
    throw error;
  }
}

/**
 * What every format shows: the evaluation with small numbers withheld by `protect` (its default
 * policy), or with `unprotected` the evaluation itself, which the renderers then mark as not
 * for publication.
 */
export function shownEvaluation(evaluation: Evaluation, unprotected: boolean): ShownEvaluation {
  return unprotected ? evaluation : protect(evaluation);
}

/** Renders an evaluation as a plain-text or Markdown report. */
export function render(format: Exclude<Format, "json">, input: ReportInput): Output {
  return { kind: "text", lines: format === "md" ? markdownLines(input) : tableLines(input) };
}

/** The areas that replace the model's: from `--areas`, or else from the data file. */
async function areasOf(
  options: EvaluateCommandOptions,
  data: DataFile | undefined,
  open: OpenFile,
): Promise<{ readonly areas: NonNullable<EvaluateOptions["areas"]>; readonly file: string } | undefined> {
  if (options.areas !== undefined) {
    const name = options.areas;
    const json = await readJsonFile(await open(name), options.maxBytes);
    const isObject = typeof json.value === "object" && json.value !== null && !Array.isArray(json.value);
    if (!Array.isArray(json.value) && !(isObject && Object.hasOwn(json.value, "areas"))) {
      throw new CliError(`${quote(name, 200)}: expected an array of areas, or an object with an "areas" array`);
    }
    const path = Array.isArray(json.value) ? [] : ["areas"];
    const value: unknown = Array.isArray(json.value)
      ? json.value
      : new Map(Object.entries(json.value ?? {})).get("areas");
    return { areas: checkedAreas(value, path, json.duplicates, name), file: name };
  }
  if (data?.areas === undefined) return undefined;
  return { areas: checkedAreas(data.areas, ["areas"], [], data.file), file: data.file };
}

function checkedAreas(value: unknown, path: readonly string[], duplicates: readonly Problem[], file: string) {
  const result = readAreas(value, path);
  const problems = [...duplicates, ...(result.success ? [] : result.problems)];
  if (result.success && problems.length === 0) return result.areas;
  throw new CliError(
    describeProblems(
      file,
      "the areas are invalid",
      problems,
      (problem) => `${describePath(problem.path)}: ${describeMessage(problem)}`,
    ),
  );
}

function periodProblems(field: "period" | "baseline", text: string): Problem[] {
  try {
    parsePeriod(text);
    return [];
  } catch (error) {
    if (!(error instanceof BuurtaanpakError)) throw error;
    return error.issues.map((issue) => ({ ...issue, path: [field] }));
  }
}

/** The options `evaluate` rejects, named as the command line names them, or against the file they came from. */
const flags = new Map([
  ["period", "--period"],
  ["baseline", "--baseline"],
  ["asOf", "--as-of"],
]);

function describeOptionsError(error: BuurtaanpakError, dataFile: string, sources: OptionSources): string {
  const areaIssues = error.issues.filter((issue) => issue.path[0] === "areas");
  if (areaIssues.length > 0) {
    return describeProblems(
      sources.areasFile ?? dataFile,
      "the areas are invalid",
      areaIssues,
      (problem) => `${describePath(problem.path)}: ${describeMessage(problem)}`,
    );
  }
  const inFile = error.issues.filter((issue) => {
    const first = issue.path[0];
    return (
      (first === "period" && sources.fromFile?.period === true) ||
      (first === "baseline" && sources.fromFile?.baseline === true)
    );
  });
  const lines = error.issues
    .filter((issue) => !inFile.includes(issue))
    .map((issue) => {
      const [first, ...rest] = issue.path;
      const flag = typeof first === "string" ? flags.get(first) : undefined;
      const where =
        flag === undefined ? describePath(issue.path) : `${flag}${rest.length > 0 ? describePath(rest) : ""}`;
      return `${where}: ${describeMessage(issue)}`;
    });
  if (inFile.length > 0) {
    lines.unshift(
      describeProblems(
        dataFile,
        "the data are invalid",
        inFile,
        (problem) => `${describePath(problem.path)}: ${describeMessage(problem)}`,
      ),
    );
  }
  return lines.join("\n");
}
