import { type Area, safeParseAreas } from "../../index.js";
import type { Problem } from "../messages/Problem.js";

/** The areas of a file, or the problems with them, each with its path from the file's root. */
export type AreasResult =
  | { readonly success: true; readonly areas: readonly Area[] }
  | { readonly success: false; readonly problems: readonly Problem[] };

/**
 * Checks the areas of an areas file or a data file, with the library's one check of a list of
 * areas (`safeParseAreas`): their shape and their hierarchy, every problem at once.
 *
 * @param value - the array, as parsed JSON
 * @param path - where the array is in its file: `[]` for an areas file that is an array, `["areas"]` for an object
 * @returns the areas, or every problem with its path in the file
 */
export function readAreas(value: unknown, path: readonly (string | number)[]): AreasResult {
  const parsed = safeParseAreas(value, { path });
  return parsed.success ? { success: true, areas: parsed.data } : { success: false, problems: parsed.error.issues };
}
