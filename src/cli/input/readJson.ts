import { CliError } from "../CliError.js";
import type { Problem } from "../messages/Problem.js";
import { quote } from "../messages/quote.js";
import { duplicateKeys } from "./internal/duplicateKeys.js";

/** What a JSON file holds: its value, and the keys it repeats, which `JSON.parse` would drop silently. */
export interface JsonFile {
  readonly value: unknown;
  /** A problem for each key that appears twice in one object, with the path of the key. */
  readonly duplicates: readonly Problem[];
}

/**
 * Reads a JSON file's text, as it streams in, and parses it. JSON is parsed whole: the caller
 * limits its size (see `maxJsonBytes`).
 *
 * @param text - the file's text, in pieces (decoded, without a byte-order mark)
 * @param file - the file's name, for messages
 * @returns the value and its repeated keys
 * @throws {@link CliError} naming the file, the line and the column when the text is not JSON
 */
export async function readJson(text: AsyncIterable<string>, file: string): Promise<JsonFile> {
  const pieces: string[] = [];
  for await (const piece of text) pieces.push(piece);
  const whole = pieces.join("");
  pieces.length = 0;
  let value: unknown;
  try {
    value = JSON.parse(whole);
  } catch (error) {
    throw new CliError(`${quote(file, 200)}: not valid JSON (${reason(error, whole)})`);
  }
  return { value, duplicates: duplicateKeys(whole) };
}

/** V8's reason, shortened and safe to print, with the line and column where it gives a position. */
function reason(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const where = position === null ? "" : ` (${lineAndColumn(text, Number(position[1]))})`;
  return `${quote(message.replace(/ \(line \d+ column \d+\)$/, ""), 200)}${where}`;
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let start = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < position; index = text.indexOf("\n", index + 1)) {
    line++;
    start = index + 1;
  }
  return `line ${line}, column ${position - start + 1}`;
}
