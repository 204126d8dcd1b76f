import { CliError } from "../CliError.js";
import { quote } from "../messages/quote.js";
import { formatBytes } from "./formatBytes.js";
import type { InputFile } from "./InputFile.js";

/** The limit a reader puts on a file, and what the message says about it. */
export interface ByteLimit {
  /** The most bytes the file may hold. */
  readonly bytes: number;
  /** What sets the limit and how to change it, as the end of the message: "set by --max-bytes (…)". */
  readonly reason: string;
}

/**
 * The chunks of a file, stopping with a "file too large" error as soon as the file is known to
 * be larger than the limit: at once for a regular file, whose size is known, and after `limit`
 * bytes for a stream that never ends, such as `/dev/zero`.
 *
 * @param file - the file
 * @param limit - the limit, and what sets it
 * @returns the chunks, as they come
 * @throws {@link CliError} naming the file and the limit
 */
export async function* readBytes(file: InputFile, limit: ByteLimit): AsyncGenerator<Uint8Array, void, undefined> {
  const tooLarge = (size: string) =>
    new CliError(
      `${quote(file.name, 200)}: file too large: ${size}over the limit of ${formatBytes(limit.bytes)} ${limit.reason}`,
    );
  if (file.size !== undefined && file.size > limit.bytes) throw tooLarge(`${formatBytes(file.size)}, `);
  let total = 0;
  for await (const chunk of file.chunks) {
    total += chunk.byteLength;
    if (total > limit.bytes) throw tooLarge("");
    yield chunk;
  }
}
