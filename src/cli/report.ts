import { z } from "zod";
// Generated at build time by scripts/make-demo-data.mjs, never committed.
import demoData from "../../generated/alblasserdam-demo.json" with { type: "json" };
import { Area, type Evaluation, evaluateSeries, Label, type Model, parseObservations } from "../index.js";
import { alblasserdam } from "../presets/alblasserdam/index.js";
import type { ProtectedEvaluation } from "../protect/ProtectedEvaluation.js";
import { protect } from "../protect/protect.js";
import type { ReportInput, ReportOptions, ReportSeries } from "../report/ReportInput.js";
import { renderReportHtml } from "../report/renderReportHtml.js";
import { renderReportMarkdown } from "../report/renderReportMarkdown.js";
import { renderReports } from "../report/renderReports.js";
import { CliError } from "./CliError.js";
import { escapeTerminal } from "./escape/terminal.js";
import { evaluateData } from "./evaluate.js";
import type { DataFile } from "./input/DataFile.js";
import { formatBytes } from "./input/formatBytes.js";
import { defaultMaxBytes } from "./input/limits.js";
import type { OpenFile } from "./input/OpenFile.js";
import { parseByteSize } from "./input/parseByteSize.js";
import { readAreas } from "./input/readAreas.js";
import { readData } from "./input/readData.js";
import { readJsonFile } from "./input/readJsonFile.js";
import { loadModel } from "./loadModel.js";
import { describeMessage } from "./messages/describeMessage.js";
import { describePath } from "./messages/describePath.js";
import { describeProblems } from "./messages/describeProblems.js";
import { quote } from "./messages/quote.js";
import type { Output } from "./output/Output.js";

/** What `buurtaanpak report` needs from the process: main.ts gives the real ones, tests their own. */
export interface ReportIo {
  readonly open: OpenFile;
  /** Writes a whole file, replacing it; rejects with the error when it cannot. */
  readonly writeFile: (name: string, text: string) => Promise<void>;
  readonly stderr: (text: string) => void;
}

/** The activity indicators of the preset: activities, partners and presence in the buurten. */
const presetActivities = [
  "aantal-evenementen",
  "zelf-georganiseerd",
  "deelnemende-organisaties",
  "formeel-netwerk",
  "informeel-netwerk",
  "netwerkbijeenkomsten",
  "zichtbaarheid-in-de-buurt",
] as const;

const formats = new Map([
  ["html", "html"],
  ["md", "md"],
  ["markdown", "md"],
] as const);
const languages = new Map([
  ["nl", "nl"],
  ["en", "en"],
] as const);

type Options = ReadonlyMap<string, string | true>;

function value(options: Options, name: string): string | undefined {
  const given = options.get(name);
  return typeof given === "string" ? given : undefined;
}

function choose<Value>(flag: string, given: string, choices: ReadonlyMap<string, Value>): Value {
  const choice = choices.get(given);
  if (choice === undefined) {
    const names = [...choices.keys()];
    throw new CliError(
      `${flag} must be ${names.slice(0, -1).join(", ")} or ${names.at(-1) ?? ""}, not '${quote(given)}'`,
      { usage: true },
    );
  }
  return choice;
}

function list(text: string | undefined, flag: string): string[] | undefined {
  if (text === undefined) return undefined;
  const items = text.split(",").map((item) => item.trim());
  if (items.some((item) => item === ""))
    throw new CliError(`${flag} is a list separated by commas, such as 2023,2024: '${quote(text)}' has an empty item`, {
      usage: true,
    });
  return items;
}

/** The report as text, in the format asked for. */
function render(format: "html" | "md", input: ReportInput, options: ReportOptions): string {
  return format === "html" ? renderReportHtml(input, options) : renderReportMarkdown(input, options);
}

/** Protects each evaluation once, so that reports for many areas share one protection pass. */
function protectAll(
  evaluations: readonly Evaluation[],
  unprotected: boolean,
): readonly (Evaluation | ProtectedEvaluation)[] {
  return unprotected ? evaluations : evaluations.map((evaluation) => protect(evaluation));
}

/**
 * Runs `buurtaanpak report`: reads the model, data and areas, evaluates the period (and the
 * series), and writes the PDCA report as HTML or Markdown, to stdout or to `-o`. With
 * `--each gemeente` it writes one report per gemeente into the folder `-o` names, and says on
 * stderr how far it is. To wire it into the program: `case "report": return reportCommand(options, io);`
 * with the parsed options and an io that has `writeFile`.
 *
 * @param options - the parsed command line, by long option name
 * @param io - how to open and write files, and stderr
 * @returns what to write on stdout: the report, or nothing when it went to a file
 * @throws {@link CliError} for any problem with the command line or the input
 */
export async function reportCommand(options: Options, io: ReportIo): Promise<Output> {
  const language = choose("--lang", value(options, "lang") ?? "nl", languages);
  const format = choose("--format", value(options, "format") ?? "html", formats);
  const modelName = value(options, "model");
  const dataName = value(options, "data");
  if (modelName === undefined)
    throw new CliError("missing --model: alblasserdam or the path of a model JSON file", { usage: true });
  if (dataName === undefined)
    throw new CliError("missing --data: the path of a JSON or CSV file of observations", { usage: true });
  const maxBytesText = value(options, "max-bytes");
  const maxBytes = maxBytesText === undefined ? defaultMaxBytes : parseByteSize(maxBytesText);
  const each = value(options, "each");
  if (each !== undefined && each !== "gemeente")
    throw new CliError(`--each must be gemeente, not '${quote(each)}'`, { usage: true });
  const output = value(options, "output");
  if (each !== undefined && output === undefined)
    throw new CliError("--each needs -o: the folder to write the reports to", { usage: true });
  const unprotected = options.get("unprotected") === true;

  const model = await loadModel(modelName, io.open, maxBytes);
  const data = await readData(await io.open(dataName), maxBytes);
  const areas = await areasOf(value(options, "areas"), data, io.open, maxBytes);
  const series = list(value(options, "series"), "--series");
  const period = value(options, "period") ?? series?.at(-1) ?? data.period;
  if (period === undefined)
    throw new CliError("missing --period: the period of the report, such as 2024 or 2024-Q2", { usage: true });
  const periods =
    series === undefined
      ? [period]
      : series.includes(period)
        ? series.slice(0, series.indexOf(period) + 1)
        : [...series, period];
  const asOf = value(options, "as-of");
  const evaluations = periods.map((each) =>
    evaluateData(model, data, {
      period: each,
      ...(asOf === undefined ? {} : { asOf }),
      ...(areas === undefined ? {} : { areas }),
    }),
  );
  const shown = protectAll(evaluations, unprotected);
  const activities =
    list(value(options, "activities"), "--activities") ?? (model === alblasserdam ? [...presetActivities] : undefined);
  const input = (evaluation: ReportInput["evaluation"]): ReportInput => ({
    model,
    evaluation,
    ...(activities === undefined ? {} : { activities }),
  });
  const evaluation = shown.length === 1 && shown[0] !== undefined ? shown[0] : seriesOf(periods, shown);
  const reportOptions: ReportOptions = {
    language,
    unprotected,
    dataSource: dataName,
    ...(data.synthetic === undefined ? {} : { synthetic: data.synthetic }),
  };

  if (each !== undefined && output !== undefined) {
    const last = evaluations.at(-1);
    const gemeenten = (last?.areas ?? []).filter((area) => area.kind === "gemeente");
    if (gemeenten.length === 0)
      throw new CliError(`${quote(dataName, 200)}: --each gemeente found no area of kind gemeente`);
    // One pass splits the evaluation by gemeente; the reports then come one by one, each written as it is ready.
    const names = new Map(gemeenten.map((gemeente) => [gemeente.id, gemeente.name]));
    const reports = renderReports(input(evaluation), {
      ...reportOptions,
      format,
      areas: gemeenten.map((gemeente) => gemeente.id),
    });
    let index = 0;
    for (const report of reports) {
      index++;
      const name = `${output.replace(/[\\/]+$/, "")}/${report.area}.${format === "html" ? "html" : "md"}`;
      await write(io, name, report.text);
      io.stderr(
        escapeTerminal(
          `buurtaanpak: report ${index}/${gemeenten.length}: ${report.area} ${names.get(report.area) ?? ""} → ${name}\n`,
          {
            keepNewlines: true,
          },
        ),
      );
    }
    return { kind: "text", lines: [] };
  }
  const text = render(format, input(evaluation), reportOptions);
  if (output === undefined) return { kind: "text", lines: text.replace(/\n$/, "").split("\n") };
  await write(io, output, text);
  io.stderr(
    escapeTerminal(`buurtaanpak: wrote ${output} (${formatBytes(new TextEncoder().encode(text).length)})\n`, {
      keepNewlines: true,
    }),
  );
  return { kind: "text", lines: [] };
}

function seriesOf(
  periods: readonly string[],
  evaluations: readonly (Evaluation | ProtectedEvaluation)[],
): ReportSeries {
  return { periods, evaluations };
}

async function write(io: ReportIo, name: string, text: string): Promise<void> {
  try {
    await io.writeFile(name, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${quote(name, 200)}: cannot write the report (${reason})`);
  }
}

/** The areas that replace the model's: from `--areas`, or else from the data file. */
async function areasOf(
  name: string | undefined,
  data: DataFile,
  open: OpenFile,
  maxBytes: number,
): Promise<readonly Area[] | undefined> {
  if (name !== undefined) {
    const json = await readJsonFile(await open(name), maxBytes);
    const isArray = Array.isArray(json.value);
    const isObject = typeof json.value === "object" && json.value !== null && !isArray;
    if (!isArray && !(isObject && Object.hasOwn(json.value, "areas"))) {
      throw new CliError(`${quote(name, 200)}: expected an array of areas, or an object with an "areas" array`);
    }
    const found: unknown = isArray ? json.value : new Map(Object.entries(json.value ?? {})).get("areas");
    return checkedAreas(found, isArray ? [] : ["areas"], name);
  }
  return data.areas === undefined ? undefined : checkedAreas(data.areas, ["areas"], data.file);
}

function checkedAreas(value: unknown, path: readonly string[], file: string): readonly Area[] {
  const result = readAreas(value, path);
  if (result.success) return result.areas;
  throw new CliError(
    describeProblems(
      file,
      "the areas are invalid",
      result.problems,
      (problem) => `${describePath(problem.path)}: ${describeMessage(problem)}`,
    ),
  );
}

// The bundled data set is checked like any input: a broken file is a bug, reported as one.
const DemoData = z.object({
  synthetic: z.literal(true),
  description: Label,
  model: z.literal("alblasserdam"),
  areas: z.array(Area),
  observations: z.array(z.unknown()),
});

/** The options of the demo report. */
export interface DemoReportOptions {
  readonly format: "html" | "md";
  readonly language: "nl" | "en";
  readonly unprotected?: boolean;
  /** A day in 2024, `YYYY-MM-DD`: the report is then an interim one, up to the day before. */
  readonly asOf?: string;
}

/**
 * The demo report: the Alblasserdam preset on the bundled synthetic data of its 29 real buurten,
 * 2023 and 2024 as a series, protected, with the synthetic banner at the top and the bottom.
 * `buurtaanpak demo --format html` writes it; with `asOf` (`--as-of 2024-07-01`) 2024 is shown
 * up to the day before, like for like with the same days of 2023.
 *
 * @param options - the format, language, protection and asOf
 * @returns the report text
 */
export function demoReport(options: DemoReportOptions): string {
  const data = DemoData.parse(demoData);
  const model: Model = alblasserdam;
  const observations = parseObservations(model, data.observations);
  const series = evaluateSeries(model, observations, ["2023", "2024"], {
    areas: data.areas,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  });
  const unprotected = options.unprotected === true;
  const evaluations = protectAll(series.evaluations, unprotected);
  return render(
    options.format,
    { model, evaluation: seriesOf(series.periods, evaluations), activities: [...presetActivities] },
    {
      language: options.language,
      synthetic: data.description,
      unprotected,
      dataSource:
        options.language === "nl"
          ? "meegeleverde demodata (alblasserdam-demo.json)"
          : "bundled demo data (alblasserdam-demo.json)",
    },
  );
}
