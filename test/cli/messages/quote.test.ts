import { describe, expect, it } from "vitest";
import { quote } from "../../../src/cli/messages/quote.js";

describe("quote", () => {
  it("keeps a short text as it is", () => {
    expect(quote("fixi-meldingen")).toBe("fixi-meldingen");
  });

  it("shortens a 1 MB key to its first 40 characters and an ellipsis", () => {
    expect(quote("K".repeat(1_000_000))).toBe(`${"K".repeat(40)}…`);
  });

  it("never cuts a character outside the BMP in two", () => {
    // 39 letters, then an emoji (two code units) across the 40th place.
    expect(quote(`${"a".repeat(39)}😀${"b".repeat(10)}`)).toBe(`${"a".repeat(39)}…`);
  });

  it("makes the text safe for the terminal", () => {
    expect(quote("a\u001b]52;c;eA==\u0007")).toBe("a\\x1B]52;c;eA==\\x07");
  });
});
