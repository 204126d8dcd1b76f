import { quote } from "./quote.js";

/**
 * Writes a JSON path the way a person reads it, `observations[2].value`, as the library's
 * `formatPath` does, but with a long key shortened and every key made safe for the terminal.
 *
 * @param path - the path segments
 * @returns the path as text; `(root)` for an empty path
 */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment) && segment.length <= 40) return index === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(quote(segment))}]`;
    })
    .join("");
}
