import { jsonChunks } from "./jsonChunks.js";
import type { Output } from "./Output.js";

const chunkSize = 64 * 1024;

/**
 * The text of an output in chunks of about 64 KiB: lines joined by newlines and ending in one,
 * or JSON as {@link jsonChunks} writes it.
 *
 * @param output - what the command wrote
 * @returns the chunks, in order
 */
export function* outputChunks(output: Output): Generator<string, void, undefined> {
  if (output.kind === "json") {
    yield* jsonChunks(output.value);
    return;
  }
  let buffer = "";
  for (const line of output.lines) {
    buffer += `${line}\n`;
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}
