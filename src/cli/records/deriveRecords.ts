import { dutchWorkCalendar } from "../../calendar-nl/index.js";
import { type Area, BuurtaanpakError, type Issue, type Model, type Observation, parsePeriod } from "../../index.js";
import {
  type Derivation,
  defaultMeldingFigures,
  deriveActivities,
  deriveMeldingen,
  deriveMoves,
  derivePartners,
  type RecordsGranularity,
} from "../../records/index.js";
import { CliError } from "../CliError.js";
import type { OpenFile } from "../input/OpenFile.js";
import { describeMessage } from "../messages/describeMessage.js";
import { describePath } from "../messages/describePath.js";
import { describeProblems } from "../messages/describeProblems.js";
import type { Problem } from "../messages/Problem.js";
import { quote } from "../messages/quote.js";
import type { DerivedRecords, DerivedRegister } from "./DerivedRecords.js";
import type { Mapping } from "./Mapping.js";
import type { RecordsFile } from "./RecordsFile.js";
import type { RecordsSource } from "./RecordsSource.js";
import { readMapping } from "./readMapping.js";
import { readRecords } from "./readRecords.js";
import { type RecordKind, recordKinds } from "./recordKinds.js";

/** What `evaluate` was given about records on its command line. */
export interface RecordsInput {
  /** The `--records` arguments, read. */
  readonly sources: readonly RecordsSource[];
  /** The `--map` arguments, as given: `meldingen=fixi-mapping.json` or `fixi.csv=fixi-mapping.json`. */
  readonly maps: readonly string[];
  /** `--covers`: the span of every register that names none of its own. */
  readonly covers?: string;
  /** The granularity of the rows: `--granularity`, or the period's. */
  readonly granularity: RecordsGranularity;
  /** The areas that replace the model's (`--areas`, or the data file's), so that records are checked against them. */
  readonly areas?: readonly Area[];
}

/** One register to derive: its records file, its mapping and its span. */
interface Plan {
  readonly source: RecordsSource;
  readonly mapping: Mapping;
  readonly covers: string;
  /** Where the span came from, as a message names it: `--covers` or the `--records` value. */
  readonly coversFrom: string;
  /** For the moves: the dwelling stock's source and mapping. */
  readonly dwellings?: { readonly source: RecordsSource; readonly mapping: Mapping };
}

/**
 * Reads every `--records` file with its mapping and derives observation rows from it with the
 * functions of `buurtaanpak/records`: `deriveMeldingen` (with the Dutch work calendar, for
 * working days), `derivePartners`, `deriveActivities` and `deriveMoves` (with the dwelling
 * stock of `--records dwellings=…`). Every problem is named by the file, the line and the column
 * the mapping reads the field from: the library reports a record by its index and field.
 *
 * A register whose mapping gives every melding one source (`"constants": { "source": "fixi" }`)
 * writes only the indicators that read that source, or every source: a Fixi export says nothing
 * about the police's meldingen, and their rows would read as a real 0.
 *
 * @param model - the model whose indicators the rows are for
 * @param input - the records, mappings, span and granularity of the command line
 * @param open - how to open a file
 * @param maxBytes - the limit set by `--max-bytes`
 * @returns the rows, the registers they came from, and the derivations' warnings
 * @throws {@link CliError} for a mistake in the arguments (a usage error), or naming the file, line and column of bad records
 */
export async function deriveRecords(
  model: Model,
  input: RecordsInput,
  open: OpenFile,
  maxBytes: number,
): Promise<DerivedRecords> {
  const plans = await plan(input, open, maxBytes);
  const rows: Observation[] = [];
  const registers: DerivedRegister[] = [];
  const ends: number[] = [];
  let calendar: ReturnType<typeof dutchWorkCalendar> | undefined;
  for (const step of plans) {
    const records = await readRecords(await open(step.source.file), step.mapping, maxBytes);
    const dwellings =
      step.dwellings === undefined
        ? undefined
        : await readRecords(await open(step.dwellings.source.file), step.dwellings.mapping, maxBytes);
    const kind = step.source.kind.name;
    const register = {
      covers: step.covers,
      source: step.source.file.length <= 1000 ? step.source.file : quote(step.source.file, 1000),
      records: records.records,
      ...(dwellings === undefined ? {} : { dwellings: dwellings.records }),
    };
    const options: Record<string, unknown> = {
      ...step.mapping.options,
      granularity: input.granularity,
      ...(input.areas === undefined ? {} : { areas: input.areas }),
    };
    let derivation: Derivation;
    try {
      if (kind === "meldingen") {
        calendar = calendarOf(step, calendar);
        options["calendar"] = calendar;
        const indicators = narrowedIndicators(model, step.mapping);
        if (indicators !== undefined) options["indicators"] = indicators;
      }
      derivation =
        kind === "meldingen"
          ? deriveMeldingen(model, register, options)
          : kind === "partners"
            ? derivePartners(model, register, options)
            : kind === "activities"
              ? deriveActivities(model, register, options)
              : deriveMoves(model, register, options);
    } catch (error) {
      if (!(error instanceof BuurtaanpakError)) throw error;
      throw new CliError(describeFailure(error, step, records, dwellings));
    }
    const readerProblems = [...records.problems, ...(dwellings?.problems ?? [])];
    if (readerProblems.length > 0) {
      throw new CliError(
        describeRecordProblems(step, records, dwellings, [], records.problems, dwellings?.problems ?? []),
      );
    }
    rows.push(...derivation.rows);
    ends.push(rows.length);
    registers.push({
      kind: kind === "dwellings" ? "moves" : kind,
      file: step.source.file,
      ...(step.dwellings === undefined ? {} : { dwellings: step.dwellings.source.file }),
      covers: step.covers,
      ...(step.mapping.file === undefined ? {} : { mapping: step.mapping.file }),
      records: records.records.length,
      rows: derivation.rows.length,
      warnings: derivation.warnings,
    });
  }
  return {
    rows,
    registers,
    registerOf: (row) => {
      const found = ends.findIndex((end) => row < end);
      return found === -1 ? ends.length - 1 : found;
    },
  };
}

/** Checks the arguments and reads the mappings, before any records file is read (which may take a while). */
async function plan(input: RecordsInput, open: OpenFile, maxBytes: number): Promise<Plan[]> {
  const { sources } = input;
  if (sources.length === 0 && input.maps.length > 0) {
    throw new CliError("--map needs --records: it says how to read a file of records", { usage: true });
  }
  if (sources.length === 0 && input.covers !== undefined) {
    throw new CliError("--covers needs --records: it is the span the records cover", { usage: true });
  }
  // Which mapping file each kind or file has.
  const byKey = new Map<string, string>();
  for (const argument of input.maps) {
    const equals = argument.indexOf("=");
    const key = equals === -1 ? "" : argument.slice(0, equals);
    const file = equals === -1 ? "" : argument.slice(equals + 1);
    if (key === "" || file === "") {
      throw new CliError(
        `--map takes <kind>=<mapping.json> or <file>=<mapping.json>, such as --map meldingen=fixi-mapping.json; not '${quote(argument, 200)}'`,
        { usage: true },
      );
    }
    const kind = recordKinds.get(key);
    if (kind === undefined && !sources.some((source) => source.file === key)) {
      throw new CliError(
        `--map ${quote(argument, 200)}: '${quote(key, 200)}' is neither a kind of records (${[...recordKinds.keys()].join(", ")}) nor a file given with --records`,
        { usage: true },
      );
    }
    if (kind !== undefined && !sources.some((source) => source.kind === kind)) {
      throw new CliError(`--map ${quote(argument, 200)}: no --records ${key}=… is given`, { usage: true });
    }
    if (byKey.has(key)) throw new CliError(`--map ${quote(key, 200)}=… is given twice`, { usage: true });
    byKey.set(key, file);
  }
  const count = (name: string) => sources.filter((source) => source.kind.name === name).length;
  for (const name of ["moves", "dwellings"]) {
    if (count(name) > 1) {
      throw new CliError(`--records ${name}=… is given twice: the moves and their dwelling stock are one register`, {
        usage: true,
      });
    }
  }
  if (count("dwellings") === 1 && count("moves") === 0) {
    throw new CliError(
      "--records dwellings=… needs --records moves=…: the dwelling stock is the denominator of the moves",
      { usage: true },
    );
  }
  const files = new Set<string>();
  for (const source of sources) {
    if (files.has(source.file)) {
      throw new CliError(`--records: the file ${quote(source.file, 200)} is given twice`, { usage: true });
    }
    files.add(source.file);
  }
  if (input.covers !== undefined) checkSpan(input.covers, "--covers");

  const mappings = new Map<string, Mapping>();
  const mappingOf = async (source: RecordsSource): Promise<Mapping> => {
    const file = byKey.get(source.file) ?? byKey.get(source.kind.name);
    if (file === undefined) return defaultMapping(source.kind);
    const key = `${source.kind.name}\u0000${file}`;
    const known = mappings.get(key);
    if (known !== undefined) return known;
    const mapping = await readMapping(await open(file), source.kind, maxBytes);
    mappings.set(key, mapping);
    return mapping;
  };

  const dwellingsSource = sources.find((source) => source.kind.name === "dwellings");
  const dwellings =
    dwellingsSource === undefined ? undefined : { source: dwellingsSource, mapping: await mappingOf(dwellingsSource) };
  const plans: Plan[] = [];
  for (const source of sources) {
    if (source.kind.name === "dwellings") continue;
    const covers = source.covers ?? input.covers;
    if (covers === undefined) {
      throw new CliError(
        `--records ${quote(source.argument, 200)}: a register says which span it covers: give --covers, such as --covers 2023-01-01/2024-12-31, or add it to the file, such as ${source.kind.name}=${quote(source.file, 200)}@2023-01-01/2024-12-31`,
        { usage: true },
      );
    }
    const coversFrom = source.covers === undefined ? "--covers" : `--records ${quote(source.argument, 200)}`;
    if (source.covers !== undefined) checkSpan(source.covers, coversFrom);
    plans.push({
      source,
      mapping: await mappingOf(source),
      covers,
      coversFrom,
      ...(source.kind.name === "moves" && dwellings !== undefined ? { dwellings } : {}),
    });
  }
  return plans;
}

/** The mapping of a file without a mapping file: each column is the field it is named after. */
function defaultMapping(kind: RecordKind): Mapping {
  return { file: undefined, kind, columns: undefined, constants: new Map(), values: new Map(), options: {} };
}

/** A span must be a period the library reads: checked before any file is. */
function checkSpan(covers: string, from: string): void {
  try {
    parsePeriod(covers);
  } catch (error) {
    if (!(error instanceof BuurtaanpakError)) throw error;
    throw new CliError(`${from}: ${quote(error.issues[0]?.message ?? error.message, 500)}`, { usage: true });
  }
}

/** The Dutch work calendar, with the choices of the mapping's `calendar` option when it sets them. */
function calendarOf(
  step: Plan,
  known: ReturnType<typeof dutchWorkCalendar> | undefined,
): ReturnType<typeof dutchWorkCalendar> {
  const choices = step.mapping.options["calendar"];
  if (choices === undefined) return known ?? dutchWorkCalendar();
  try {
    // @ts-expect-error -- the choices come from a JSON file: dutchWorkCalendar checks them itself
    return dutchWorkCalendar(choices);
  } catch (error) {
    if (!(error instanceof BuurtaanpakError)) throw error;
    throw new CliError(
      describeProblems(step.mapping.file ?? step.source.file, "the mapping is invalid", error.issues, (issue) => {
        return `${describePath(["options", "calendar", ...issue.path])}: ${describeMessage(issue)}`;
      }),
    );
  }
}

/**
 * The indicators a register of one source writes, when its mapping names none: the default
 * figures that read that source, or every source. Undefined when the library's default applies.
 */
function narrowedIndicators(model: Model, mapping: Mapping): Record<string, unknown> | undefined {
  const source = mapping.constants.get("source");
  if (typeof source !== "string" || mapping.options["indicators"] !== undefined) return undefined;
  const wanted = source.trim().toLowerCase();
  const indicators: Record<string, unknown> = {};
  for (const [id, figure] of Object.entries(defaultMeldingFigures)) {
    if (!model.indicators.some((indicator) => indicator.id === id)) continue;
    const sources = "sources" in figure ? figure.sources : undefined;
    if (sources === undefined || sources.some((name) => name.toLowerCase() === wanted)) indicators[id] = figure;
  }
  return indicators;
}

/** The message for a derivation that failed: its records' problems by line and column, or its options'. */
function describeFailure(
  error: BuurtaanpakError,
  step: Plan,
  records: RecordsFile,
  dwellings: RecordsFile | undefined,
): string {
  if (error.code === "invalid-records") {
    return describeRecordProblems(step, records, dwellings, error.issues, records.problems, dwellings?.problems ?? []);
  }
  const lines = error.issues.map((issue) => {
    const [first, second, ...rest] = issue.path;
    if (first === "register" && second === "covers") return `${step.coversFrom}: ${describeMessage(issue)}`;
    if (first === "options" && typeof second === "string" && step.mapping.options[second] !== undefined) {
      return `${quote(step.mapping.file ?? "", 200)}: ${describePath(["options", second, ...rest])}: ${describeMessage(issue)}`;
    }
    if (first === "options" && second === "calendar") return `${step.coversFrom}: ${describeMessage(issue)}`;
    if (first === "options" && second === "norms") {
      return `${describeMessage(issue)} (in the options of a mapping file: --map ${step.source.kind.name}=<mapping.json>)`;
    }
    return `${describePath(issue.path)}: ${describeMessage(issue)}`;
  });
  return `${quote(step.source.file, 200)}: the ${step.source.kind.name} cannot be derived (${lines.length} ${lines.length === 1 ? "problem" : "problems"}):\n${lines.map((line) => `  - ${line}`).join("\n")}`;
}

/** One problem of a record, placed in its file. */
interface Placed {
  readonly file: RecordsFile;
  readonly mapping: Mapping;
  readonly record: number;
  readonly field: string | undefined;
  readonly rest: readonly (string | number)[];
  readonly problem: Problem;
  readonly order: number;
}

/**
 * Every problem of a register's records at once, by file and line: the library's issues (path
 * `[index, field]`, or `["dwellings", index, field]`) and the reader's (a row with a cell too
 * many). A problem of a constant field is the same in every record: it is said once.
 */
function describeRecordProblems(
  step: Plan,
  records: RecordsFile,
  dwellings: RecordsFile | undefined,
  issues: readonly Issue[],
  readerProblems: readonly Problem[],
  dwellingsReaderProblems: readonly Problem[],
): string {
  const placed: Placed[] = [];
  const place = (file: RecordsFile, mapping: Mapping, path: readonly (string | number)[], problem: Problem) => {
    const [record, field, ...rest] = path;
    if (typeof record !== "number") return false;
    placed.push({
      file,
      mapping,
      record,
      field: typeof field === "string" ? field : undefined,
      rest,
      problem,
      order: placed.length,
    });
    return true;
  };
  const other: Problem[] = [];
  for (const problem of readerProblems) place(records, step.mapping, problem.path, problem);
  for (const problem of dwellingsReaderProblems) {
    if (dwellings !== undefined && step.dwellings !== undefined)
      place(dwellings, step.dwellings.mapping, problem.path, problem);
  }
  for (const issue of issues) {
    const inDwellings = issue.path[0] === "dwellings";
    const ok =
      inDwellings && dwellings !== undefined && step.dwellings !== undefined
        ? place(dwellings, step.dwellings.mapping, issue.path.slice(1), issue)
        : !inDwellings && place(records, step.mapping, issue.path, issue);
    if (!ok) other.push(issue);
  }
  // A constant's problem, once per file, field and message.
  const said = new Map<string, number>();
  const shown: Placed[] = [];
  for (const entry of placed) {
    if (entry.field !== undefined && entry.mapping.constants.has(entry.field)) {
      const key = `${entry.file.file}\u0000${entry.field}\u0000${entry.problem.message}`;
      said.set(key, (said.get(key) ?? 0) + 1);
      if ((said.get(key) ?? 0) > 1) continue;
    }
    shown.push(entry);
  }
  shown.sort(
    (a, b) =>
      Number(a.file !== records) - Number(b.file !== records) ||
      (a.file.lineOf(a.record) ?? a.record) - (b.file.lineOf(b.record) ?? b.record) ||
      a.order - b.order,
  );
  const kind = step.source.kind.name;
  const describe = (entry: Placed): string => {
    const line = entry.file.lineOf(entry.record);
    const inOther = entry.file !== records ? ` of ${quote(entry.file.file, 200)}` : "";
    let where = line === undefined ? `record ${entry.record}${inOther}` : `line ${line}${inOther}`;
    const field = entry.field;
    if (field !== undefined) {
      const column = entry.file.columnOf.get(field);
      const deeper = entry.rest.length === 0 ? "" : describePath(entry.rest);
      if (column !== undefined) {
        where += `, column '${quote(column)}'${column === field ? "" : ` (${field}${deeper})`}`;
        if (column === field && deeper !== "") where += ` (${deeper})`;
      } else if (entry.mapping.constants.has(field)) {
        const count = said.get(`${entry.file.file}\u0000${field}\u0000${entry.problem.message}`) ?? 1;
        const value = JSON.stringify(entry.mapping.constants.get(field));
        where = `${count === entry.file.records.length && count > 1 ? `every record` : count > 1 ? `${count} records from ${where}` : where}, ${field} (the constant ${quote(value)} of ${quote(entry.mapping.file ?? "", 200)})`;
      } else {
        where += `, field ${field}${deeper}`;
      }
    }
    const message = entry.problem.message
      .replace(/\brecord (\d+)\b/g, (text, index: string) => {
        const other = entry.file.lineOf(Number(index));
        return other === undefined ? text : `line ${other}`;
      })
      .replace(/\bdwellings\[(\d+)\]/g, (text, index: string) => {
        const other = dwellings?.lineOf(Number(index));
        return other === undefined || dwellings === undefined
          ? text
          : `line ${other}${entry.file === dwellings ? "" : ` of ${quote(dwellings.file, 200)}`}`;
      });
    // A text the mapping does not translate reaches the library as it is: say where to add it.
    const translations = field === undefined ? undefined : entry.mapping.values.get(field);
    const hint =
      translations !== undefined && entry.problem.code === "not-one-of"
        ? ` (${quote(entry.mapping.file ?? "", 200)} translates ${[...translations.keys()].map((text) => `"${quote(text)}"`).join(", ")}: add this text to its values.${field})`
        : "";
    return `${where}: ${describeMessage({ ...entry.problem, message })}${hint}`;
  };
  const lines = [
    ...other.map((problem) => `${describePath(problem.path)}: ${describeMessage(problem)}`),
    ...shown.map(describe),
  ];
  return describeProblems(records.file, `the ${kind} are invalid`, lines, (line) => line);
}
