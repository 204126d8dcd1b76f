import type { Problem } from "./Problem.js";
import { quote } from "./quote.js";

/** Quoted runs longer than a value should be: '…' or "…". */
const longQuoted = /'([^']{41,})'|"((?:[^"\\]|\\.){41,})"/g;

/**
 * A problem's message as the program shows it: a long key or value inside it shortened (the
 * message of a 1 MB key names the key), and every character made safe for the terminal.
 *
 * @param problem - the problem
 * @returns the message, on one line
 */
export function describeMessage(problem: Problem): string {
  let message = problem.message;
  for (const segment of problem.path) {
    if (typeof segment === "string" && segment.length > 40) message = message.split(segment).join(quote(segment));
  }
  return quote(
    message.replace(longQuoted, (_, single: string | undefined, double: string | undefined) =>
      single === undefined ? `"${quote(double ?? "")}"` : `'${quote(single)}'`,
    ),
    2000,
  );
}
