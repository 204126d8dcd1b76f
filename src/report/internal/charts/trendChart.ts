import { scaleLinear } from "d3-scale";
import { line as linePath } from "d3-shape";
import { formatValue } from "../../../format/formatValue.js";
import type { Language } from "../../../format/Language.js";
import type { Unit } from "../../../model/indicator.js";
import { circle, coordinate, line, svgFrame, text, tickLabel } from "./svg.js";

/** One period of a trend: its value, or a note where there is none ("< 5", "geen gegevens"). */
export type TrendPoint = {
  /** The period as the axis shows it: "2024", or "2025 t/m 30-06-2025" for a partial one. */
  readonly label: string;
  /** A period still running: drawn open, joined by a dashed line, as its value is not yet comparable. */
  readonly partial?: boolean;
} & ({ readonly value: number } | { readonly value?: undefined; readonly note: string });

export interface TrendChart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly points: readonly TrendPoint[];
  readonly unit: Unit;
  readonly language: Language;
  /** The target of the last period, drawn as a dashed tick at that period. */
  readonly target?: { readonly value: number; readonly label: string };
}

const width = 560;
const height = 170;
const left = 64;
const right = 24;
const top = 22;
const bottom = 136;

/**
 * Draws a factor's value over the periods of a series: evenly spaced periods and a
 * linear scale from 0 for the values (its ticks labelled in the library's number format), a
 * d3-shape line through the complete periods, a dashed line to a partial one, and the value
 * above each point. A period without a value leaves a gap and shows its note.
 *
 * @returns the SVG text
 */
export function trendChart(chart: TrendChart): string {
  // The periods as a point scale with half a step of padding at either end: period i at i + ½ of n.
  const x = scaleLinear()
    .domain([-0.5, chart.points.length - 0.5])
    .range([left, width - right]);
  const values = chart.points.flatMap((point) => (point.value === undefined ? [] : [point.value]));
  if (chart.target !== undefined) values.push(chart.target.value);
  const low = Math.min(0, ...values);
  const high = Math.max(low + 1, ...values);
  const y = scaleLinear().domain([low, high]).range([bottom, top]).nice(4);
  const parts: string[] = [];
  for (const tick of y.ticks(4)) {
    parts.push(
      line(left, y(tick), width - right, y(tick), "g"),
      text(left - 6, y(tick) + 4, tickLabel(tick, chart.unit, chart.language), "t-s", "end"),
    );
  }
  // The complete periods; one without a value (NaN here) breaks the line.
  const complete = chart.points.flatMap((point, index) =>
    point.partial === true ? [] : [{ x: x(index), y: point.value === undefined ? Number.NaN : y(point.value) }],
  );
  const path = linePath<{ x: number; y: number }>()
    .digits(1)
    .defined((point) => !Number.isNaN(point.y))
    .x((point) => point.x)
    .y((point) => point.y)(complete);
  if (path !== null) parts.push(`<path d="${path}" class="m-p"/>`);
  chart.points.forEach((point, index) => {
    const px = x(index);
    parts.push(text(px, bottom + 18, point.label, "t-s", "middle"));
    if (point.value === undefined) {
      parts.push(text(px, bottom - 6, point.note, "t-s", "middle"));
      return;
    }
    const py = y(point.value);
    const previous = chart.points[index - 1];
    if (point.partial === true && previous?.value !== undefined) {
      const [qx, qy] = [x(index - 1), y(previous.value)];
      parts.push(
        `<path d="M${coordinate(qx)},${coordinate(qy)}L${coordinate(px)},${coordinate(py)}" class="m-p m-d"/>`,
      );
    }
    parts.push(
      circle(px, py, 4, point.partial === true ? "m-b" : "m-c"),
      text(px, py - 8, formatValue(point.value, chart.unit, chart.language), "t-s", "middle"),
    );
  });
  if (chart.target !== undefined) {
    const tx = x(chart.points.length - 1);
    const ty = y(chart.target.value);
    parts.push(line(tx - 18, ty, tx + 18, ty, "m-t m-d"), text(tx + 22, ty + 4, chart.target.label, "t-s"));
  }
  return svgFrame(chart.id, width, height, chart.title, chart.description, parts.join(""));
}
