import { describe, expect, it } from "vitest";
import { contrast, luminance, palette, statusColours } from "../../../src/report/internal/palette.js";

describe("contrast", () => {
  it("gives 21:1 for black on white and 1:1 for a colour on itself", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrast("#0072b2", "#0072b2")).toBe(1);
  });

  it("computes Okabe–Ito blue on white as about 5.2:1 (luminance 0.1523 by hand)", () => {
    // R 0 → 0; G 0x72/255 = 0.447 → 0.168; B 0xb2/255 = 0.698 → 0.445: 0.7152 × 0.168 + 0.0722 × 0.445 = 0.1523.
    expect(luminance("#0072b2")).toBeCloseTo(0.1523, 3);
    expect(contrast("#0072b2", "#ffffff")).toBeCloseTo(1.05 / 0.2023, 2);
  });
});

describe("the report's colours", () => {
  it("give every status mark at least 4.5:1 (WCAG AA for text) on the page and on a panel", () => {
    for (const [status, colour] of Object.entries(statusColours)) {
      expect(contrast(colour, palette.background), status).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, palette.panel), status).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("give text, muted text and links at least 4.5:1 on every background they sit on", () => {
    for (const background of [palette.background, palette.panel, palette.synthetic, palette.unprotected]) {
      expect(contrast(palette.text, background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette.muted, background)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(palette.current, palette.background)).toBeGreaterThanOrEqual(4.5);
  });

  it("give the chart marks (current, baseline, target, rules) at least 3:1 against the page (WCAG 1.4.11)", () => {
    for (const colour of [palette.current, palette.baseline, palette.target, palette.rule]) {
      expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it("tell met from unmet apart in lightness too, not in hue alone", () => {
    // Blue current against dark-grey baseline, green against vermillion: each pair differs in luminance.
    expect(luminance(statusColours.achieved)).not.toBeCloseTo(luminance(statusColours["not-achieved"]), 2);
    expect(luminance(palette.current)).not.toBeCloseTo(luminance(palette.baseline), 2);
  });
});
