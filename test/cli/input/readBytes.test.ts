import { describe, expect, it } from "vitest";
import { readBytes } from "../../../src/cli/input/readBytes.js";
import { cliFailure, memoryFile } from "../fixtures.js";

const limit = { bytes: 10, reason: "set by --max-bytes" };

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let total = 0;
  for await (const chunk of chunks) total += chunk.byteLength;
  return total;
}

describe("readBytes", () => {
  it("passes a file of exactly the limit through", async () => {
    expect(await collect(readBytes(memoryFile("ten.csv", "0123456789", 3), limit))).toBe(10);
  });

  it("refuses a file whose size is known to be over the limit before reading it", async () => {
    let read = false;
    const file = {
      name: "big.csv",
      size: 3 * 1024 ** 3,
      chunks: (async function* () {
        read = true;
        yield new Uint8Array(1);
      })(),
    };
    expect(await cliFailure(() => collect(readBytes(file, { bytes: 1024 ** 3, reason: "set by --max-bytes" })))).toBe(
      "big.csv: file too large: 3 GiB, over the limit of 1 GiB set by --max-bytes",
    );
    expect(read).toBe(false);
  });

  it("stops a stream that never ends, such as /dev/zero, once it passes the limit", async () => {
    let chunks = 0;
    const zero = {
      name: "/dev/zero",
      size: undefined,
      chunks: (async function* () {
        for (;;) {
          chunks++;
          yield new Uint8Array(4);
        }
      })(),
    };
    expect(await cliFailure(() => collect(readBytes(zero, limit)))).toBe(
      "/dev/zero: file too large: over the limit of 10 bytes set by --max-bytes",
    );
    // 4 + 4 + 4 = 12 > 10: the third chunk is the one too many.
    expect(chunks).toBe(3);
  });
});
