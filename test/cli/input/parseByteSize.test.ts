import { describe, expect, it } from "vitest";
import { parseByteSize } from "../../../src/cli/input/parseByteSize.js";

describe("parseByteSize", () => {
  it.each([
    ["1000000", 1_000_000],
    ["500MB", 500_000_000],
    ["500mb", 500_000_000],
    ["2GiB", 2 * 1024 ** 3],
    ["1.5G", 1.5 * 1024 ** 3],
    ["64 KiB", 64 * 1024],
    ["1", 1],
  ])("reads %s as %d bytes", (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it.each(["", "0", "-5", "lots", "5 parsecs", "1e9", "0.1"])("rejects %j", (text) => {
    expect(() => parseByteSize(text)).toThrow(
      "--max-bytes must be a size such as 500MB, 2GiB or 1000000 (bytes), at least 1 byte",
    );
  });
});
