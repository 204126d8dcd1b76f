import type { DataFile } from "../input/DataFile.js";
import { describeMessage } from "../messages/describeMessage.js";
import { describePath } from "../messages/describePath.js";
import type { Problem } from "../messages/Problem.js";
import { quote } from "../messages/quote.js";
import type { DerivedRecords } from "./DerivedRecords.js";

/** Where the rows a problem may name came from: the data file's first, then the derived ones. */
export interface RowOrigins {
  readonly data: DataFile | undefined;
  /** How many rows the data file has: the derived rows come after them. */
  readonly dataRows: number;
  readonly derived: DerivedRecords;
}

/** The row another row clashes with, where the library's message names it. */
const rowReference = /(duplicate of |(?:overlaps \S+ )?of )row (\d+)/;

/**
 * Says which derived row a problem is about, by the records file it came from and its
 * indicator, area and period, and names the row it clashes with by where that one came from: a
 * line of the data file, or another records file. Such a clash means that two sources give the
 * same figure (the data file and a records file, or two records files of one kind).
 *
 * @param problem - a problem whose path starts with the row's index among all rows
 * @param origins - the data file and the derived rows
 * @returns the problem as one line of text
 */
export function describeDerivedRowProblem(problem: Problem, origins: RowOrigins): string {
  const { data, dataRows, derived } = origins;
  const [index, field, ...rest] = problem.path;
  const at = typeof index === "number" ? index - dataRows : -1;
  const row = derived.rows[at];
  const register = derived.registers[derived.registerOf(at)];
  const where =
    row === undefined || register === undefined
      ? describePath(problem.path)
      : `${quote(register.file, 200)}: ${quote(row.indicator)}, ${quote(row.area)}, ${quote(row.period)}${field === undefined ? "" : `, field ${describePath([field, ...rest]).replace(/^\./, "")}`}`;
  const message = problem.message.replace(rowReference, (text, before: string, number: string) => {
    const other = Number(number);
    if (other < dataRows) {
      const line = data?.lineOf?.(other);
      const place = line === undefined ? describePath([...(data?.rowsPath ?? []), other]) : `line ${line}`;
      return `${before}${place} of ${quote(data?.file ?? "", 200)}`;
    }
    const from = derived.registers[derived.registerOf(other - dataRows)];
    return from === undefined ? text : `${before}the row derived from ${quote(from.file, 200)}`;
  });
  const hint =
    problem.code === "duplicate-row" || problem.code === "overlapping-rows"
      ? " (two sources give this figure: leave it out of one, or name the indicators of each in its mapping's options.indicators)"
      : "";
  return `${where}: ${describeMessage({ ...problem, message })}${hint}`;
}
