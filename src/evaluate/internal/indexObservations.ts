import type { Area } from "../../model/area.js";
import type { Measure } from "../../model/indicator.js";
import type { Model } from "../../model/Model.js";
import type { Observation } from "../../observations/Observation.js";
import { readPeriod } from "../../period/internal/readPeriod.js";
import type { Period } from "../../period/Period.js";
import { buildHierarchy, type Hierarchy } from "./hierarchy.js";
import type { Spans } from "./resolveSpans.js";
import type { Warnings } from "./warnings.js";

/**
 * The observations indexed once, bucketed by indicator, span and area: bucket
 * `(indicator × 2 + span) × areaCount + area` (span 0 current, 1 baseline) holds the entries
 * `offsets[bucket]` up to `offsets[bucket + 1]`, four numbers each in `data`: start, end,
 * numerator, denominator. Two flat typed arrays instead of a million small ones.
 */
export interface Indexed {
  readonly hierarchy: Hierarchy;
  readonly offsets: Uint32Array;
  readonly data: Float64Array;
}

/**
 * Reads every observation once and files it under its indicator, span and area; nothing after
 * this scans the observations again. A first pass finds each row's buckets and counts them; a
 * second writes the figures in place. Rows tend to come in runs of the same indicator, area and
 * period, so the last lookup of each is kept.
 */
export function indexObservations(model: Model, observations: readonly Observation[], given: readonly Area[], spans: Spans, warnings: Warnings): Indexed {
  // Areas that appear only in the observations join the hierarchy as leaves.
  const known = new Set(given.map((area) => area.id));
  const extra = new Set<string>();
  let lastArea = "";
  for (const row of observations) {
    if (row.area === lastArea) continue;
    lastArea = row.area;
    if (!known.has(lastArea)) extra.add(lastArea);
  }
  const hierarchy = buildHierarchy(given, extra);
  const areaCount = hierarchy.areas.length;

  const indicatorIndex = new Map(model.indicators.map((indicator, index) => [indicator.id, index]));
  const measures = model.indicators.map((indicator) => indicator.measure);
  const { current, baselineSpan } = spans;
  const periods = new Map<string, Period | string>();
  const counts = new Uint32Array(model.indicators.length * 2 * areaCount + 1);
  // Per row: its current and baseline bucket (−1 for none), its period's edges and its figures,
  // so that the second pass touches typed arrays only.
  const rowCount = observations.length;
  const currentBucket = new Int32Array(rowCount).fill(-1);
  const baselineBucket = new Int32Array(rowCount).fill(-1);
  const starts = new Float64Array(rowCount);
  const ends = new Float64Array(rowCount);
  const numerators = new Float64Array(rowCount);
  const denominators = new Float64Array(rowCount);

  let indicatorId: string | undefined;
  let indicator = -1;
  let periodText: string | undefined;
  let period: Period | string = "";
  let areaId: string | undefined;
  let area = -1;
  for (let row = 0; row < rowCount; row++) {
    const observation = observations[row] as Observation;
    if (observation.indicator !== indicatorId) {
      indicatorId = observation.indicator;
      indicator = indicatorIndex.get(indicatorId) ?? -1;
    }
    if (indicator === -1) {
      warnings.add("unknown-indicator", { indicator: observation.indicator });
      continue;
    }
    if (observation.period !== periodText) {
      periodText = observation.period;
      const cached = periods.get(periodText);
      if (cached === undefined) periods.set(periodText, (period = readPeriod(periodText)));
      else period = cached;
    }
    if (typeof period === "string") {
      warnings.add("unreadable-period", { indicator: observation.indicator, period: observation.period });
      continue;
    }
    if (observation.area !== areaId) {
      areaId = observation.area;
      area = hierarchy.indexOf.get(areaId) ?? 0;
    }
    const { start, end } = period;
    // Parsed observations always carry their figures; rows that were not parsed may not, and a
    // missing figure is never read as 0.
    const [numerator, denominator] = figuresOf(measures[indicator], observation);
    if (numerator === undefined || denominator === undefined) {
      warnings.add("missing-figures", { indicator: observation.indicator });
      continue;
    }
    starts[row] = start;
    ends[row] = end;
    numerators[row] = numerator;
    denominators[row] = denominator;
    if (start >= current.start && end <= current.end) {
      const bucket = indicator * 2 * areaCount + area;
      currentBucket[row] = bucket;
      counts[bucket + 1] = (counts[bucket + 1] as number) + 1;
    } else if (start < current.end && end > current.start) {
      warnings.add("straddles-span", { indicator: observation.indicator, period: observation.period, span: spans.names.current });
    }
    if (start >= baselineSpan.start && end <= baselineSpan.end) {
      const bucket = (indicator * 2 + 1) * areaCount + area;
      baselineBucket[row] = bucket;
      counts[bucket + 1] = (counts[bucket + 1] as number) + 1;
    } else if (start < baselineSpan.end && end > baselineSpan.start) {
      warnings.add("straddles-span", { indicator: observation.indicator, period: observation.period, span: spans.names.baseline });
    }
  }

  // counts[b + 1] becomes offsets[b + 1]: where bucket b ends and b + 1 starts.
  const offsets = counts;
  for (let bucket = 1; bucket < offsets.length; bucket++) offsets[bucket] = (offsets[bucket] as number) + (offsets[bucket - 1] as number);
  const data = new Float64Array((offsets[offsets.length - 1] as number) * 4);
  const cursor = offsets.slice(0, -1);
  const write = (bucket: number, row: number) => {
    const at = (cursor[bucket] as number) * 4;
    cursor[bucket] = (cursor[bucket] as number) + 1;
    data[at] = starts[row] as number;
    data[at + 1] = ends[row] as number;
    data[at + 2] = numerators[row] as number;
    data[at + 3] = denominators[row] as number;
  };
  for (let row = 0; row < rowCount; row++) {
    if (currentBucket[row] !== -1) write(currentBucket[row] as number, row);
    if (baselineBucket[row] !== -1) write(baselineBucket[row] as number, row);
  }
  return { hierarchy, offsets, data };
}

/** The two sums an observation adds to: its value over 1, its ratio's parts, or its survey counts. */
function figuresOf(measure: Measure | undefined, observation: Observation): [number | undefined, number | undefined] {
  switch (measure) {
    case "ratio":
      return [observation.numerator, observation.denominator];
    case "share":
      return [observation.positive, observation.respondents];
    default:
      return [observation.value, 1];
  }
}
