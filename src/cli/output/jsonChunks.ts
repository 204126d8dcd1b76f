import { escapeJson } from "../escape/json.js";

/** The size the chunks grow to before they are handed on: large enough for few writes. */
const chunkSize = 64 * 1024;

/**
 * Writes a value as JSON text in chunks, exactly as `JSON.stringify(value, null, 2)` writes it
 * (then passed through {@link escapeJson}), but without ever holding the whole text: V8 cannot
 * make a string longer than about 512 MiB, which an evaluation of some 57,000 areas passes.
 * Arrays are walked element by element at any depth and objects down to the second level;
 * below that, each element is small and written by `JSON.stringify` itself.
 *
 * @param value - a JSON value (plain objects, arrays, strings, numbers, booleans, null)
 * @returns the chunks of the text, each about 64 KiB, ending in a newline
 */
export function* jsonChunks(value: unknown): Generator<string, void, undefined> {
  let buffer = "";
  for (const piece of pieces(value, "", 0)) {
    buffer += piece;
    if (buffer.length >= chunkSize) {
      yield escapeJson(buffer);
      buffer = "";
    }
  }
  yield escapeJson(`${buffer}\n`);
}

function* pieces(input: unknown, indent: string, depth: number): Generator<string, void, undefined> {
  const value = toJsonValue(input);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let index = 0; index < value.length; index++) {
      yield `${index === 0 ? "" : ","}\n${inner}`;
      const item: unknown = value[index];
      // JSON.stringify writes what JSON cannot hold as null inside an array.
      if (isSkipped(toJsonValue(item))) yield "null";
      else yield* pieces(item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  if (typeof value === "object" && value !== null && depth < 2) {
    let first = true;
    for (const [key, field] of Object.entries(value)) {
      if (isSkipped(toJsonValue(field))) continue;
      yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* pieces(field, inner, depth + 1);
    }
    yield first ? "{}" : `\n${indent}}`;
    return;
  }
  const text = JSON.stringify(value, null, 2);
  // Strings in JSON text hold no raw line breaks, so every "\n" is the layout's.
  yield indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
}

/** What JSON.stringify writes for a value: the result of its toJSON, if it has one. */
function toJsonValue(value: unknown): unknown {
  if (typeof value !== "object" || value === null || !("toJSON" in value)) return value;
  const method: unknown = value.toJSON;
  if (typeof method !== "function") return value;
  const result: unknown = method.call(value);
  return result;
}

/** Whether JSON.stringify leaves the value out of an object (and writes null in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}
