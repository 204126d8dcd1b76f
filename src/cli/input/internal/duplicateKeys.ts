import type { Problem } from "../../messages/Problem.js";

/** The most duplicates reported: a file with more has one mistake, repeated. */
const maxDuplicates = 1000;

interface Frame {
  isObject: boolean;
  /** Objects: whether the next string is a key. */
  expectKey: boolean;
  /** Arrays: the index of the current element. Objects: unused. */
  index: number;
  /** Objects: the current key. */
  key: string;
  /** Objects: the keys seen so far and the line of each. */
  keys: Map<string, number> | undefined;
  /** Objects with few keys: the keys and lines, without a Map per row object. */
  few: string[];
  fewLines: number[];
}

/**
 * Finds the keys that appear twice in one object of a JSON text. `JSON.parse` keeps the last of
 * them and drops the others without a word; in a data file that loses rows (two `observations`
 * arrays) or figures. The text must be valid JSON (parse it first): the scan relies on it.
 *
 * @param text - valid JSON text
 * @returns an issue per repeated key, with its path (the path of the object, then the key) and the lines of both
 */
export function duplicateKeys(text: string): Problem[] {
  const issues: Problem[] = [];
  const stack: Frame[] = [];
  let depth = 0;
  let line = 1;
  const length = text.length;
  for (let position = 0; position < length; position++) {
    const code = text.charCodeAt(position);
    if (code === 0x22) {
      // A string: find its closing quote, skipping escaped ones.
      let end = position + 1;
      for (;;) {
        end = text.indexOf('"', end);
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
        end++;
      }
      const frame = depth > 0 ? stack[depth - 1] : undefined;
      if (frame?.isObject === true && frame.expectKey) {
        const raw = text.slice(position + 1, end);
        const unescaped: unknown = raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
        const key = typeof unescaped === "string" ? unescaped : raw;
        frame.expectKey = false;
        frame.key = key;
        const before = seenLine(frame, key);
        if (before !== undefined && issues.length < maxDuplicates) {
          issues.push({
            path: [...pathOf(stack, depth - 1), key],
            message: `the key "${key}" appears twice in one object (lines ${before} and ${line}); JSON keeps only the last, so the first would be lost`,
          });
        }
        remember(frame, key, line);
      }
      position = end;
    } else if (code === 0x7b || code === 0x5b) {
      let frame = stack[depth];
      if (frame === undefined) {
        frame = { isObject: false, expectKey: false, index: 0, key: "", keys: undefined, few: [], fewLines: [] };
        stack[depth] = frame;
      }
      frame.isObject = code === 0x7b;
      frame.expectKey = frame.isObject;
      frame.index = 0;
      frame.keys = undefined;
      frame.few.length = 0;
      frame.fewLines.length = 0;
      depth++;
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    } else if (code === 0x2c) {
      const frame = stack[depth - 1];
      if (frame !== undefined) {
        if (frame.isObject) frame.expectKey = true;
        else frame.index++;
      }
    } else if (code === 0x0a) {
      line++;
    }
  }
  return issues;
}

function seenLine(frame: Frame, key: string): number | undefined {
  if (frame.keys !== undefined) return frame.keys.get(key);
  const index = frame.few.indexOf(key);
  return index === -1 ? undefined : frame.fewLines[index];
}

function remember(frame: Frame, key: string, line: number): void {
  if (frame.keys !== undefined) {
    if (!frame.keys.has(key)) frame.keys.set(key, line);
    return;
  }
  if (frame.few.includes(key)) return;
  frame.few.push(key);
  frame.fewLines.push(line);
  if (frame.few.length > 16) {
    frame.keys = new Map(frame.few.map((known, index) => [known, frame.fewLines[index] ?? 0]));
  }
}

/** The path of the value the frame at `top` belongs to: the keys and indices of the frames below it. */
function pathOf(stack: readonly Frame[], top: number): (string | number)[] {
  const path: (string | number)[] = [];
  for (let index = 0; index < top; index++) {
    const frame = stack[index];
    if (frame !== undefined) path.push(frame.isObject ? frame.key : frame.index);
  }
  return path;
}
