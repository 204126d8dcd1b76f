/**
 * Wraps text at spaces so that no line is longer than `width`, where a single word allows.
 * The first line starts with `first`, the others with `rest` (usually spaces of the same length).
 */
export function wrap(text: string, width: number, first = "", rest = " ".repeat(first.length)): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/ +/)) {
    if (word === "") continue;
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Joins items with a separator, wrapping between items (never inside one) at `width`. */
export function wrapItems(
  items: readonly string[],
  separator: string,
  width: number,
  first: string,
  rest = " ".repeat(first.length),
): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const item of items) {
    if (!empty && line.length + separator.length + item.length > width) {
      lines.push(line.trimEnd());
      line = rest + item;
    } else {
      line += empty ? item : separator + item;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
