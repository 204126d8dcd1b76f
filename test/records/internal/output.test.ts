import { describe, expect, it } from "vitest";
import { counted, Examples } from "../../../src/records/internal/output.js";

describe("Examples", () => {
  it("keeps the five smallest texts, once each, whatever the order they come in, and counts all", () => {
    const texts = ["m9", "m3", "m7", "m3", "m1", "m8", "m2", "m6", "m0"];
    const forward = new Examples();
    const backward = new Examples();
    for (const text of texts) forward.add(text);
    for (const text of [...texts].reverse()) backward.add(text);
    expect(forward.items).toEqual(["m0", "m1", "m2", "m3", "m6"]);
    expect(backward.items).toEqual(forward.items);
    expect(forward.count).toBe(9);
  });
});

describe("counted", () => {
  const meldingen = { nl: ["melding", "meldingen"], en: ["report", "reports"] } as const;

  it("writes the count with each language's digit grouping and the noun in its number", () => {
    expect(counted(1, meldingen, "nl")).toBe("1 melding");
    expect(counted(1234567, meldingen, "nl")).toBe("1.234.567 meldingen");
    expect(counted(1234, meldingen, "en")).toBe("1,234 reports");
  });
});
