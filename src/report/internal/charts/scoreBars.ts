import { scaleLinear } from "d3-scale";
import { formatValue } from "../../../format/formatValue.js";
import type { Language } from "../../../format/Language.js";
import { coordinate, line, svgFrame, text, tickLabel } from "./svg.js";

/** One bar: a goal and its score, or a note where it has none. */
export interface ScoreBar {
  readonly label: string;
  readonly score: number | null;
  readonly note: string;
}

export interface ScoreBarsChart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly bars: readonly ScoreBar[];
  readonly language: Language;
}

const width = 560;
const left = 8;
const right = 60;
const rowHeight = 36;

/**
 * Draws the score of each goal as a horizontal bar from 0 to 100%, the label above the bar and
 * the score written after it, on a d3 linear scale whose ticks are gridlines.
 *
 * @returns the SVG text
 */
export function scoreBarsChart(chart: ScoreBarsChart): string {
  const scale = scaleLinear()
    .domain([0, 1])
    .range([left, width - right]);
  const bottom = chart.bars.length * rowHeight + 6;
  const parts: string[] = [];
  for (const tick of scale.ticks(4)) {
    parts.push(
      line(scale(tick), 6, scale(tick), bottom, "g"),
      text(scale(tick), bottom + 14, tickLabel(tick, "percent", chart.language), "t-s", "middle"),
    );
  }
  chart.bars.forEach((bar, index) => {
    const y = index * rowHeight + 6;
    parts.push(text(left, y + 12, bar.label, "t-l"));
    const end = scale(bar.score ?? 0);
    parts.push(
      `<rect x="${left}" y="${coordinate(y + 17)}" width="${coordinate(Math.max(0, end - left))}" height="12" class="m-bar"/>`,
    );
    parts.push(
      text(end + 6, y + 27, bar.score === null ? bar.note : formatValue(bar.score, "percent", chart.language), "t-s"),
    );
  });
  return svgFrame(chart.id, width, bottom + 22, chart.title, chart.description, parts.join(""));
}
