import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../../src/cli/input/decodeUtf8.js";
import { cliFailure, memoryFile } from "../fixtures.js";

async function decode(bytes: Uint8Array, pieceSize = 1): Promise<string> {
  let text = "";
  for await (const piece of decodeUtf8(memoryFile("data.csv", bytes, pieceSize).chunks, "data.csv")) text += piece;
  return text;
}

describe("decodeUtf8", () => {
  it("decodes characters cut in two between pieces, and drops a byte-order mark", async () => {
    expect(await decode(new TextEncoder().encode("\uFEFFgéén € 😀"), 1)).toBe("géén € 😀");
  });

  it("names the line of the first byte that is not UTF-8, as in a Windows-1252 file", async () => {
    // "Café" in Windows-1252 on line 3: é is the single byte 0xE9.
    const bytes = Uint8Array.from([...new TextEncoder().encode("a\nb\nCaf"), 0xe9, 0x0a]);
    expect(await cliFailure(() => decode(bytes, 4))).toBe(
      'data.csv: line 3: the file is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8")',
    );
  });

  it("rejects a file that ends inside a character", async () => {
    expect(await cliFailure(() => decode(Uint8Array.from([0x61, 0xe2, 0x82])))).toMatch(
      /^data\.csv: line 1: the file is not UTF-8 text/,
    );
  });
});
