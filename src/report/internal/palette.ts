import type { Status } from "../../evaluate/Evaluation.js";

// The colours of the report: the Okabe–Ito palette, which readers with any common form of
// colour blindness can tell apart, darkened where a hue is used for text so that it passes WCAG
// AA (4.5:1) on the page and on the light tints behind it. Colour never carries meaning alone:
// every status has its mark and its word, and every chart series its own shape.

export const palette = {
  text: "#1a1a1a",
  muted: "#4d4d4d",
  background: "#ffffff",
  panel: "#f4f4f4",
  rule: "#767676",
  /** Okabe–Ito blue: the current period. */
  current: "#0072b2",
  /** Dark grey: the baseline period, as an open circle. */
  baseline: "#4d4d4d",
  /** Okabe–Ito vermillion, darkened: the target. */
  target: "#b34700",
  synthetic: "#fff4d6",
  unprotected: "#fde7e7",
} as const;

/** The colour of each status's mark: Okabe–Ito hues, darkened for text contrast. */
export const statusColours = {
  achieved: "#006e52",
  "not-achieved": "#b34700",
  "on-track": "#0067a1",
  behind: "#8a5a00",
  monitored: "#4d4d4d",
  "no-data": "#4d4d4d",
  "not-evaluable": "#7a3e66",
} as const satisfies Record<Status, string>;

/** The relative luminance of a `#rrggbb` colour (WCAG 2.1). */
export function luminance(colour: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of two `#rrggbb` colours, from 1 to 21 (WCAG 2.1). */
export function contrast(first: string, second: string): number {
  const [one, other] = [luminance(first), luminance(second)];
  return (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
}
