import { describeMessage } from "../messages/describeMessage.js";
import { describePath } from "../messages/describePath.js";
import type { Problem } from "../messages/Problem.js";
import type { DataFile } from "./DataFile.js";

/** The row another row clashes with, where the library's message names it: only there, so that a value reading "row 1" stays as it is. */
const rowReference = /^(duplicate of )row (\d+)(:)|( of )row (\d+)( for the same indicator and area)$/;
const rowCodes = new Set(["duplicate-row", "overlapping-rows"]);

/**
 * Says where in a data file a problem of a row lies: for CSV the file line and column ("line 4,
 * field value"), for JSON the path into the file ("observations[2].value"). For CSV, the row a
 * duplicate clashes with is named by its line too.
 *
 * @param problem - a problem whose path starts with the row index
 * @param data - the file the rows came from
 * @returns the problem as one line of text, without the file name
 */
export function describeRowProblem(problem: Problem, data: DataFile): string {
  const [row, field, ...rest] = problem.path;
  const lineOf = data.lineOf;
  if (lineOf === undefined || typeof row !== "number") {
    return `${describePath([...(data.rowsPath ?? []), ...problem.path])}: ${describeMessage(problem)}`;
  }
  const line = lineOf(row);
  const where = line === undefined ? `row ${row}` : `line ${line}`;
  const named = problem.code === undefined || rowCodes.has(problem.code);
  const message = named
    ? problem.message.replace(rowReference, (text, ...groups: (string | undefined)[]) => {
        const [before, index, after] = groups[0] === undefined ? groups.slice(3, 6) : groups.slice(0, 3);
        const other = lineOf(Number(index));
        return other === undefined ? text : `${before ?? ""}line ${other}${after ?? ""}`;
      })
    : problem.message;
  const path = field === undefined ? "" : `, field ${describePath([field, ...rest]).replace(/^\./, "")}`;
  return `${where}${path}: ${describeMessage({ ...problem, message })}`;
}
