import { z } from "zod";
import { Area, BuurtaanpakError, evaluate, formatPath, parseModel, safeParseObservations, type EvaluateOptions, type Evaluation, type Model } from "../index.js";
import { alblasserdam } from "../presets/alblasserdam/index.js";
import { CliError } from "./CliError.js";
import { describeError, describeRowIssue, parseJson, readData, type DataFile } from "./readData.js";
import { renderJson } from "./render/json.js";
import { renderMarkdown } from "./render/markdown.js";
import type { Language, ReportInput } from "./render/ReportInput.js";
import { renderTable } from "./render/table.js";

/** The output formats of the reports. */
export type Format = "table" | "md" | "json";

/** Reads a file as UTF-8 text; throws a {@link CliError} naming the file when it cannot. */
export type ReadFile = (path: string) => string;

/** The options of `buurtaanpak evaluate`, as given on the command line. */
export interface EvaluateCommandOptions {
  /** `alblasserdam` for the preset, or the path of a model JSON file. */
  readonly model: string;
  /** The path of a JSON or CSV file of observations. */
  readonly data: string;
  readonly period?: string;
  readonly baseline?: string;
  readonly asOf?: string;
  /** The path of a JSON file with an array of areas, or an object with an `areas` array. */
  readonly areas?: string;
  readonly format: Format;
  readonly language: Language;
}

/** The models known by name. */
const presets: Readonly<Record<string, Model>> = { alblasserdam };

/**
 * Runs `buurtaanpak evaluate`: reads the model, data and areas, evaluates, and renders.
 *
 * @param options - the command-line options
 * @param readFile - how to read a file (the only I/O, injected by main.ts)
 * @returns the report text
 * @throws {@link CliError} for any problem with the input, naming the file, row and field
 */
export function evaluateCommand(options: EvaluateCommandOptions, readFile: ReadFile): string {
  const model = loadModel(options.model, readFile);
  const data = readData(readFile(options.data), options.data);
  const areas =
    options.areas !== undefined
      ? { areas: readAreas(areasOf(parseJson(readFile(options.areas), options.areas), options.areas), options.areas), file: options.areas }
      : data.areas !== undefined
        ? { areas: readAreas(data.areas, `${options.data} (areas)`), file: options.data }
        : undefined;
  const period = options.period ?? data.period;
  if (period === undefined) throw new CliError("missing --period: the period to evaluate, such as 2024 or 2024-Q2", { usage: true });
  const baseline = options.baseline ?? (options.period === undefined ? data.baseline : undefined);
  const evaluateOptions: EvaluateOptions = {
    period,
    ...(baseline === undefined ? {} : { baseline }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...(areas === undefined ? {} : { areas: areas.areas }),
  };
  const evaluation = evaluateData(model, data, evaluateOptions, areas?.file);
  if (options.format === "json") return renderJson(evaluation);
  return render(options.format, {
    model,
    evaluation,
    areas: evaluateOptions.areas ?? model.areas,
    language: options.language,
    dataSource: options.data,
    ...(data.synthetic === undefined ? {} : { synthetic: data.synthetic }),
  });
}

/**
 * Checks the rows against the model and evaluates them: the one path from data to figures,
 * shared by `evaluate` and `demo`, so that every format shows the same evaluation.
 *
 * @throws {@link CliError} naming the file, row and field of bad rows, or the bad option
 */
export function evaluateData(model: Model, data: DataFile, options: EvaluateOptions, areasFile?: string): Evaluation {
  const parsed = safeParseObservations(model, data.rows);
  if (!parsed.success) throw new CliError(describeError(parsed.error, data.file, (issue) => describeRowIssue(issue, data)));
  try {
    return evaluate(model, parsed.data, options);
  } catch (error) {
    if (error instanceof BuurtaanpakError) throw new CliError(describeOptionsError(error, areasFile ?? data.file));
    throw error;
  }
}

/** Renders an evaluation as a plain-text or Markdown report. */
export function render(format: Exclude<Format, "json">, input: ReportInput): string {
  return format === "md" ? renderMarkdown(input) : renderTable(input);
}

function loadModel(name: string, readFile: ReadFile): Model {
  const preset = presets[name];
  if (preset !== undefined) return preset;
  if (!/\.json$/i.test(name) && !/[\\/]/.test(name)) {
    throw new CliError(`unknown model '${name}': use ${Object.keys(presets).join(", ")} or the path of a model JSON file`, { usage: true });
  }
  const json = parseJson(readFile(name), name);
  try {
    return parseModel(json);
  } catch (error) {
    if (error instanceof BuurtaanpakError) throw new CliError(describeError(error, name));
    throw error;
  }
}

/** An areas file holds an array of areas, or an object with an `areas` array. */
function areasOf(json: unknown, file: string): unknown {
  if (Array.isArray(json)) return json;
  if (typeof json === "object" && json !== null && "areas" in json) return (json as { areas: unknown }).areas;
  throw new CliError(`${file}: expected an array of areas, or an object with an "areas" array`);
}

function readAreas(value: unknown, file: string): readonly Area[] {
  const parsed = z.array(Area).safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: ["areas", ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))],
    message: issue.message,
  }));
  throw new CliError(describeError(new BuurtaanpakError("invalid-options", issues), file));
}

/** The options `evaluate` rejects, named as the command line names them. */
const flags: Readonly<Record<string, string>> = { period: "--period", baseline: "--baseline", asOf: "--as-of" };

function describeOptionsError(error: BuurtaanpakError, areasFile: string): string {
  const areaIssues = error.issues.filter((issue) => issue.path[0] === "areas");
  if (areaIssues.length > 0) return describeError(new BuurtaanpakError(error.code, areaIssues), areasFile);
  return error.issues
    .map((issue) => {
      const [first, ...rest] = issue.path;
      const flag = typeof first === "string" ? flags[first] : undefined;
      return `${flag ?? formatPath(issue.path)}${flag !== undefined && rest.length > 0 ? formatPath(rest) : ""}: ${issue.message}`;
    })
    .join("\n");
}
