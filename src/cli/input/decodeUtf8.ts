import { CliError } from "../CliError.js";
import { quote } from "../messages/quote.js";

/**
 * Decodes the chunks of a file as UTF-8, dropping a byte-order mark at the start. Bytes that are
 * not UTF-8 (a file saved as Windows-1252, as older Excel versions do) stop the reading with an
 * error naming the line, rather than turning into "�" and changing names silently.
 *
 * @param chunks - the file's bytes
 * @param file - the file's name, for messages
 * @returns the text, in pieces
 * @throws {@link CliError} at the first byte that is not UTF-8
 */
export async function* decodeUtf8(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lines = 1;
  const notUtf8 = (text: string) =>
    new CliError(
      `${quote(file, 200)}: line ${lines + count(text, "\n")}: the file is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8")`,
    );
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // The lenient decoder marks the first bad byte with U+FFFD: the line is the one it is on.
      const lenient = new TextDecoder("utf-8").decode(chunk);
      throw notUtf8(lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD"))));
    }
    lines += count(text, "\n");
    if (text !== "") yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw notUtf8("");
  }
  if (rest !== "") yield rest;
}

function count(text: string, character: string): number {
  let found = 0;
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) found++;
  return found;
}
