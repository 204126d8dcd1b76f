import { formatNumber } from "../../../format/formatNumber.js";
import { formatValue } from "../../../format/formatValue.js";
import type { Language } from "../../../format/Language.js";
import type { Unit } from "../../../model/indicator.js";
import { escapeHtml } from "../escapeHtml.js";

// Small helpers for writing SVG as text. Coordinates are rounded to a tenth of a unit: finer
// detail is invisible and only makes the file larger. Every text goes through escapeHtml.

/** A coordinate, rounded to 0.1 and written without trailing zeros. */
export function coordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** A `<text>` element with escaped content. */
export function text(
  x: number,
  y: number,
  content: string,
  className: string,
  anchor?: "start" | "middle" | "end",
): string {
  const anchorAttribute = anchor === undefined || anchor === "start" ? "" : ` text-anchor="${anchor}"`;
  return `<text x="${coordinate(x)}" y="${coordinate(y)}" class="${className}"${anchorAttribute}>${escapeHtml(content)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, className: string): string {
  return `<line x1="${coordinate(x1)}" y1="${coordinate(y1)}" x2="${coordinate(x2)}" y2="${coordinate(y2)}" class="${className}"/>`;
}

export function circle(x: number, y: number, radius: number, className: string): string {
  return `<circle cx="${coordinate(x)}" cy="${coordinate(y)}" r="${coordinate(radius)}" class="${className}"/>`;
}

/**
 * The frame of a chart: an `<svg>` that is an image to assistive technology, named by its
 * `<title>` and described by its `<desc>` (both escaped), scaling to the width it is given.
 */
export function svgFrame(
  id: string,
  width: number,
  height: number,
  title: string,
  description: string,
  body: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" class="chart">` +
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(description)}</desc>${body}</svg>`
  );
}

/** The width a label takes at the charts' font size, roughly: about 6 units per character. */
export function labelWidth(label: string): number {
  return label.length * 6;
}

/**
 * The label of an axis tick in the library's number format: percentages without decimals where
 * the ticks are whole ("20%", not "20,0%"), other units as `formatValue` writes them.
 */
export function tickLabel(tick: number, unit: Unit, language: Language): string {
  if (unit !== "percent") return formatValue(tick, unit, language);
  const percent = Math.round(tick * 100 * 1e6) / 1e6;
  return `${formatNumber(percent, language)}%`;
}
