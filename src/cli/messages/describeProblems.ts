import type { Problem } from "./Problem.js";
import { quote } from "./quote.js";

/** The problems a message lists; a file with more has a few mistakes, repeated. */
const shownProblems = 50;

/**
 * The message for the problems of one file, one problem a line, each saying where it is:
 * `data.csv: the observations are invalid (2 problems):` then `  - line 3, field value: …`.
 *
 * @param file - the file the problems are in
 * @param summary - what is wrong, such as "the observations are invalid"
 * @param problems - the problems, in the order to show them
 * @param where - how to say where a problem is and what it is, as one line
 * @returns the message
 */
export function describeProblems<Item = Problem>(
  file: string,
  summary: string,
  problems: readonly Item[],
  where: (problem: Item) => string,
): string {
  const count = problems.length;
  const shown = problems.slice(0, shownProblems).map((problem) => `  - ${where(problem)}`);
  if (count > shownProblems) shown.push(`  - … and ${count - shownProblems} more`);
  return `${quote(file, 200)}: ${summary} (${count} ${count === 1 ? "problem" : "problems"}):\n${shown.join("\n")}`;
}
