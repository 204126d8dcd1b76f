import { decodeUtf8 } from "./decodeUtf8.js";
import type { InputFile } from "./InputFile.js";
import { maxBytesReason, maxJsonBytes } from "./limits.js";
import { readBytes } from "./readBytes.js";
import { type JsonFile, readJson } from "./readJson.js";

/**
 * Reads a JSON file (a model, an areas file, a data file in JSON) within the size limits: the
 * user's `--max-bytes`, and the most JSON can hold, since it is parsed whole.
 *
 * @param file - the file
 * @param maxBytes - the limit set by `--max-bytes`
 * @returns the value and its repeated keys
 * @throws {@link CliError} when the file is too large, not UTF-8 or not JSON
 */
export function readJsonFile(file: InputFile, maxBytes: number): Promise<JsonFile> {
  const limit =
    maxBytes <= maxJsonBytes
      ? { bytes: maxBytes, reason: maxBytesReason }
      : {
          bytes: maxJsonBytes,
          reason:
            "that a JSON file can hold, as JSON is read whole; write the observations as CSV, which is read row by row",
        };
  return readJson(decodeUtf8(readBytes(file, limit), file.name), file.name);
}
