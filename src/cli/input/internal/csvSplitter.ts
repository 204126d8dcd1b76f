import { CliError } from "../../CliError.js";

/** One record of a CSV file: its cells and the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
  /** Whether any cell was quoted (a quoted empty cell is not a blank line). */
  readonly quoted: boolean;
}

/** Feeds text to a CSV splitter in pieces of any size, then ends it. */
export interface CsvSplitter {
  readonly push: (text: string) => void;
  readonly end: () => void;
}

const quoteCode = 0x22;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/**
 * A CSV splitter (RFC 4180) that reads text as it comes and hands each complete record to
 * `onRecord`. A record ends at `\n`, `\r\n` or a lone `\r`; a quoted cell may hold separators
 * and line breaks, and `""` stands for one `"`; a quote inside an unquoted cell is text. The
 * splitter holds only the record it has not seen the end of, and refuses one longer than
 * `maxRowLength` characters, which is a quote that is never closed or not a CSV file at all.
 *
 * @param separator - `,` or `;`
 * @param file - the file's name, for messages (already quoted for a message)
 * @param onRecord - receives each record, in order
 * @param maxRowLength - the longest record, in characters
 * @returns the splitter
 */
export function csvSplitter(
  separator: string,
  file: string,
  onRecord: (record: CsvRecord) => void,
  maxRowLength: number,
): CsvSplitter {
  const separatorCode = separator.charCodeAt(0);
  /** The text from the start of the first record not yet complete. */
  let pending = "";
  /** The line `pending` starts on. */
  let line = 1;
  /** Text that came after `pending`; it is joined to it only when it is as long, so that a long record is not scanned again for every small piece. */
  let waiting: string[] = [];
  let waitingLength = 0;

  /** Splits the complete records off the start of `text`, returning where the incomplete rest starts. */
  function split(text: string, final: boolean): number {
    const length = text.length;
    let position = 0;
    while (position < length) {
      const recordStart = position;
      let at = line;
      const cells: string[] = [];
      let quoted = false;
      for (;;) {
        if (text.charCodeAt(position) === quoteCode) {
          quoted = true;
          const opened = at;
          position++;
          let cell = "";
          for (;;) {
            const close = text.indexOf('"', position);
            if (close === -1) {
              if (!final) return recordStart;
              throw new CliError(`${file}: line ${opened}: a quoted cell is never closed (a '"' is missing)`);
            }
            at += lineBreaks(text, position, close);
            // A '"' at the very end may be the first of a '""'.
            if (close + 1 >= length && !final) return recordStart;
            if (text.charCodeAt(close + 1) === quoteCode) {
              cell += text.slice(position, close + 1);
              position = close + 2;
              continue;
            }
            cell += text.slice(position, close);
            position = close + 1;
            break;
          }
          cells.push(cell);
          const next = text.charCodeAt(position);
          if (position < length && next !== separatorCode && next !== lineFeed && next !== carriageReturn) {
            throw new CliError(
              `${file}: line ${at}: unexpected text after a closing quote; write a '"' inside a quoted cell as '""'`,
            );
          }
        } else {
          // An unquoted cell runs to the next separator or line break: slice it, do not build it
          // character by character (a national file has millions of cells).
          let end = position;
          while (end < length) {
            const code = text.charCodeAt(end);
            if (code === separatorCode || code === lineFeed || code === carriageReturn) break;
            end++;
          }
          if (end >= length && !final) return recordStart;
          cells.push(text.slice(position, end));
          position = end;
        }
        if (position >= length) {
          // The end of the last record, without a line break after it.
          onRecord({ line, cells, quoted });
          return length;
        }
        const code = text.charCodeAt(position);
        if (code === separatorCode) {
          position++;
          continue;
        }
        if (code === carriageReturn) {
          // A '\r' at the very end may be the first half of a '\r\n'.
          if (position + 1 >= length && !final) return recordStart;
          position += text.charCodeAt(position + 1) === lineFeed ? 2 : 1;
        } else {
          position++;
        }
        onRecord({ line, cells, quoted });
        line = at + 1;
        break;
      }
    }
    return length;
  }

  function flush(final: boolean): void {
    const text = waitingLength === 0 ? pending : pending + waiting.join("");
    waiting = [];
    waitingLength = 0;
    const rest = split(text, final);
    pending = rest === text.length ? "" : text.slice(rest);
    if (pending.length > maxRowLength) {
      throw new CliError(
        `${file}: line ${line}: a row longer than ${maxRowLength.toLocaleString("en")} characters; is a quoted cell never closed (a '"' missing)?`,
      );
    }
  }

  return {
    push(text) {
      waiting.push(text);
      waitingLength += text.length;
      if (waitingLength >= pending.length) flush(false);
    },
    end() {
      flush(true);
    },
  };
}

/** The line breaks in text[from, to): `\n`, `\r\n` and a lone `\r` each count once. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === lineFeed || (code === carriageReturn && text.charCodeAt(index + 1) !== lineFeed)) count++;
  }
  return count;
}
