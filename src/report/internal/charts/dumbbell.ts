import { scaleLinear } from "d3-scale";
import type { Language } from "../../../format/Language.js";
import type { Unit } from "../../../model/indicator.js";
import { circle, coordinate, labelWidth, line, svgFrame, text, tickLabel } from "./svg.js";

/** One area of a dumbbell chart; `note` replaces the figures where there are none to draw ("< 5"). */
export interface DumbbellRow {
  readonly name: string;
  readonly current?: number;
  readonly baseline?: number;
  readonly target?: number;
  readonly note: string;
  /** Written after the current dot where the baseline is missing or withheld ("basis < 5"). */
  readonly baselineNote: string;
}

export interface DumbbellChart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly rows: readonly DumbbellRow[];
  readonly unit: Unit;
  readonly language: Language;
  readonly legend: { readonly baseline: string; readonly current: string; readonly target: string };
}

const width = 560;
const rowHeight = 16;
const top = 30;
const right = 18;

/**
 * The rows in the order the chart shows them: by current value, highest first; then the rows
 * without one (withheld, or no data) in the order given. Ties keep the order given.
 */
export function sortRows<Row extends DumbbellRow>(rows: readonly Row[]): Row[] {
  const drawn = rows.flatMap((row) => (row.current === undefined ? [] : [{ row, current: row.current }]));
  const rest = rows.filter((row) => row.current === undefined);
  return [...drawn.sort((a, b) => b.current - a.current).map(({ row }) => row), ...rest];
}

/**
 * Draws baseline against current per area as a dumbbell chart: an open circle for the baseline,
 * a filled one for now, a line between them, and the target as a vertical tick. Shapes, not
 * only colours, tell the periods apart. The axis is a d3 linear scale from 0 (or below, for
 * negative values) with its ticks; each tick's label is written in the library's number format.
 *
 * @returns the SVG text
 */
export function dumbbellChart(chart: DumbbellChart): string {
  const rows = sortRows(chart.rows);
  const values = rows.flatMap((row) =>
    [row.current, row.baseline, row.target].filter(
      (value): value is number => value !== undefined && Number.isFinite(value),
    ),
  );
  const longest = Math.max(0, ...rows.map((row) => labelWidth(row.name)));
  const left = Math.min(190, Math.max(70, longest + 10));
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low === 0 ? 0 : low + 1);
  const scale = scaleLinear()
    .domain([low, high > low ? high : low + 1])
    .range([left, width - right])
    .nice(4);
  const ticks = scale.ticks(4);
  const bottom = top + rows.length * rowHeight;
  const height = bottom + 26;
  const parts: string[] = [];

  // The legend: shapes first, so that it reads without colour.
  parts.push(circle(left + 4, 12, 4, "m-b"), text(left + 12, 16, chart.legend.baseline, "t-s"));
  const second = left + 20 + labelWidth(chart.legend.baseline);
  parts.push(circle(second, 12, 4, "m-c"), text(second + 8, 16, chart.legend.current, "t-s"));
  const third = second + 16 + labelWidth(chart.legend.current);
  parts.push(line(third, 6, third, 18, "m-t"), text(third + 6, 16, chart.legend.target, "t-s"));

  for (const tick of ticks) {
    const x = scale(tick);
    parts.push(
      line(x, top - 4, x, bottom, "g"),
      text(x, bottom + 14, tickLabel(tick, chart.unit, chart.language), "t-s", "middle"),
    );
  }
  // The marks of all rows go into one path per kind, a dot being a zero-length round-capped
  // segment: a chart of 30 buurten then weighs a third of what an element per mark would.
  const links: string[] = [];
  const baselines: string[] = [];
  const currents: string[] = [];
  const targets: string[] = [];
  const at = (x: number, y: number) => `M${coordinate(x)} ${coordinate(y)}`;
  rows.forEach((row, index) => {
    const y = top + index * rowHeight + rowHeight / 2;
    parts.push(text(left - 8, y + 4, row.name, "t-l", "end"));
    if (row.current === undefined) {
      parts.push(text(left + 4, y + 4, row.note, "t-s"));
      return;
    }
    const current = scale(row.current);
    if (row.baseline !== undefined) {
      const baseline = scale(row.baseline);
      links.push(`${at(baseline, y)}H${coordinate(current)}`);
      // An open ring, drawn over the dots: a baseline equal to now still shows around its dot.
      baselines.push(`${at(baseline - 4, y)}a4 4 0 1 0 8 0a4 4 0 1 0-8 0`);
    } else {
      parts.push(text(current + 10, y + 4, row.baselineNote, "t-s"));
    }
    currents.push(`${at(current, y)}h0`);
    if (row.target !== undefined && Number.isFinite(row.target)) targets.push(`${at(scale(row.target), y - 6)}v12`);
  });
  if (links.length > 0) parts.push(`<path d="${links.join("")}" class="m-l"/>`);
  if (currents.length > 0) parts.push(`<path d="${currents.join("")}" class="d-c"/>`);
  if (baselines.length > 0) parts.push(`<path d="${baselines.join("")}" class="d-r"/>`);
  if (targets.length > 0) parts.push(`<path d="${targets.join("")}" class="m-t"/>`);
  return svgFrame(chart.id, width, height, chart.title, chart.description, parts.join(""));
}
