import { maxCsvRowLength } from "../limits.js";
import { type CsvRecord, csvSplitter } from "./csvSplitter.js";

/** The cell separators the readers know: `,`, and `;` as Dutch Excel writes it. */
export type CsvSeparator = "," | ";";

/**
 * Splits a CSV text into records as it streams in, with the separator its header line shows: a
 * header that holds `;` and no `,` (as Dutch Excel writes it) is split at `;`, any other at `,`.
 * `start` is called once the separator is known, before the first record, and returns what
 * receives each record; so a reader can set up what depends on the separator (a decimal comma).
 *
 * @param text - the file's text, in pieces (decoded, without a byte-order mark)
 * @param file - the file's name, already quoted for a message
 * @param start - receives the separator, and returns the receiver of the records
 * @returns when every record has been handed over
 * @throws {@link CliError} naming the file and line for a broken quote or a row that is too long
 */
export async function splitCsvStream(
  text: AsyncIterable<string>,
  file: string,
  start: (separator: CsvSeparator) => (record: CsvRecord) => void,
): Promise<void> {
  const open = (header: string) => {
    const separator: CsvSeparator = header.includes(";") && !header.includes(",") ? ";" : ",";
    return csvSplitter(separator, file, start(separator), maxCsvRowLength);
  };
  let splitter: ReturnType<typeof csvSplitter> | undefined;
  let head = "";
  for await (const piece of text) {
    if (splitter === undefined) {
      // The separator is known once the header line is.
      head += piece;
      const end = head.search(/[\r\n]/);
      if (end === -1 && head.length < maxCsvRowLength) continue;
      splitter = open(end === -1 ? head : head.slice(0, end));
      splitter.push(head);
      head = "";
      continue;
    }
    splitter.push(piece);
  }
  if (splitter === undefined) {
    splitter = open(head);
    splitter.push(head);
  }
  splitter.end();
}
