import { CliError } from "../CliError.js";

const units = new Map<string, number>([
  ["", 1],
  ["b", 1],
  ["kb", 1000],
  ["mb", 1000 ** 2],
  ["gb", 1000 ** 3],
  ["tb", 1000 ** 4],
  ["k", 1024],
  ["m", 1024 ** 2],
  ["g", 1024 ** 3],
  ["t", 1024 ** 4],
  ["kib", 1024],
  ["mib", 1024 ** 2],
  ["gib", 1024 ** 3],
  ["tib", 1024 ** 4],
]);

/**
 * Reads the value of `--max-bytes`: a whole or decimal number with an optional unit, `KB`,
 * `MB`, `GB` (powers of 1000) or `KiB`, `MiB`, `GiB`, `K`, `M`, `G` (powers of 1024), in any
 * case: `500MB`, `2GiB`, `1.5G`, `1000000`.
 *
 * @param text - the value as given
 * @returns the number of bytes, at least 1
 * @throws {@link CliError} (a usage error) when the text is not such a size
 */
export function parseByteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/.exec(text.trim());
  const unit = match === null ? undefined : units.get((match[2] ?? "").toLowerCase());
  const bytes = match === null || unit === undefined ? Number.NaN : Math.floor(Number(match[1]) * unit);
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new CliError("--max-bytes must be a size such as 500MB, 2GiB or 1000000 (bytes), at least 1 byte", {
      usage: true,
    });
  }
  return bytes;
}
