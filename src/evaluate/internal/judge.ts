import type { Rule } from "../../model/rule.js";
import { dayOf, partsOfDay } from "../../period/days.js";
import { direction } from "../rules/direction.js";
import type { Judgement, UnitShare } from "../rules/Judgement.js";
import { perPeriod } from "../rules/perPeriod.js";
import { qualitative } from "../rules/qualitative.js";
import { relativeChange } from "../rules/relativeChange.js";
import { threshold } from "../rules/threshold.js";
import { COMPLETE, INCOMPLETE, type IndicatorAggregate, NONE } from "./aggregate.js";
import * as code from "./codes.js";
import { isComparative } from "./compileModel.js";
import { changeOf, compareFractions, type Fraction, fractionValue, normalise, withoutNoise } from "./Fraction.js";
import type { Spans } from "./spans.js";
import type { MeasureArrays } from "./store.js";

/**
 * Judges one measure in every area its indicator has data for, writing slots `from` onwards
 * of the measure columns, in area order. `order` lists the aggregate's slots by area number.
 */
export function judgeMeasure(
  rule: Rule,
  aggregate: IndicatorAggregate,
  order: Uint32Array,
  spans: Spans,
  columns: MeasureArrays,
  from: number,
  units: (cut: number, per: "year" | "quarter" | "month") => UnitShare,
): void {
  const comparative = isComparative(rule);
  const { current, baseline, compared } = aggregate;
  const partial = !spans.complete;
  for (let index = 0; index < order.length; index++) {
    const slot = order[index] as number;
    const at = from + index;
    columns.measureArea[at] = aggregate.areas[slot] as number;
    const currentState = current.state[slot] as number;
    const baselineState = baseline.state[slot] as number;
    const comparedState = compared.state[slot] as number;

    if (comparative) {
      if (comparedState === NONE) {
        // One window has no data (here, or among the children that have data in both).
        columns.status[at] = code.NO_DATA;
        if (currentState === COMPLETE)
          writeCurrent(
            columns,
            at,
            current.numerator[slot] as number,
            current.denominator[slot] as number,
            current.cut[slot] as number,
          );
        if (baselineState === COMPLETE)
          writeBaseline(
            columns,
            at,
            baseline.numerator[slot] as number,
            baseline.denominator[slot] as number,
            baseline.cut[slot] as number,
          );
        continue;
      }
      if (comparedState === INCOMPLETE) {
        columns.status[at] = code.NOT_EVALUABLE;
        columns.reason[at] = code.INCOMPLETE_DATA;
        continue;
      }
      const now = normalise({
        numerator: withoutNoise(compared.currentNumerator[slot] as number),
        denominator: withoutNoise(compared.currentDenominator[slot] as number),
      });
      const before = normalise({
        numerator: withoutNoise(compared.baselineNumerator[slot] as number),
        denominator: withoutNoise(compared.baselineDenominator[slot] as number),
      });
      columns.included[at] = compared.included[slot] as number;
      columns.of[at] = compared.of[slot] as number;
      columns.kind[at] = compared.kind[slot] as number;
      if (now === undefined || before === undefined) {
        columns.status[at] = code.NOT_EVALUABLE;
        columns.reason[at] = code.NOT_FINITE;
        continue;
      }
      writeCurrent(columns, at, now.numerator, now.denominator, compared.cut[slot] as number);
      writeBaseline(columns, at, before.numerator, before.denominator, compared.baselineCut[slot] as number);
      writeComparison(columns, at, now, before);
      record(columns, at, judgeComparing(rule, now, before), partial);
      continue;
    }

    // The rules that read no baseline: the current window alone, never held back by a baseline.
    if (currentState === NONE) {
      columns.status[at] = code.NO_DATA;
      if (baselineState === COMPLETE)
        writeBaseline(
          columns,
          at,
          baseline.numerator[slot] as number,
          baseline.denominator[slot] as number,
          baseline.cut[slot] as number,
        );
      continue;
    }
    if (currentState === INCOMPLETE) {
      columns.status[at] = code.NOT_EVALUABLE;
      columns.reason[at] = code.INCOMPLETE_DATA;
      continue;
    }
    const cut = current.cut[slot] as number;
    const now = normalise({
      numerator: withoutNoise(current.numerator[slot] as number),
      denominator: withoutNoise(current.denominator[slot] as number),
    });
    if (now === undefined) {
      columns.status[at] = code.NOT_EVALUABLE;
      columns.reason[at] = code.NOT_FINITE;
      continue;
    }
    writeCurrent(columns, at, now.numerator, now.denominator, cut);
    // The baseline is shown beside it when it compares like with like: the same areas, the same stretch.
    if (comparedState === COMPLETE && compared.included[slot] === compared.of[slot] && compared.cut[slot] === cut) {
      const before = normalise({
        numerator: withoutNoise(compared.baselineNumerator[slot] as number),
        denominator: withoutNoise(compared.baselineDenominator[slot] as number),
      });
      if (before !== undefined) {
        writeBaseline(columns, at, before.numerator, before.denominator, compared.baselineCut[slot] as number);
        writeComparison(columns, at, now, before);
      }
    }
    if (rule.kind === "tracked") {
      columns.status[at] = code.MONITORED;
      continue;
    }
    const judgement =
      rule.kind === "perPeriod"
        ? perPeriod(rule, now, units(cut, rule.per))
        : rule.kind === "threshold"
          ? threshold(rule, now)
          : undefined;
    if (judgement !== undefined) record(columns, at, judgement, partial);
  }
}

function judgeComparing(rule: Rule, current: Fraction, baseline: Fraction): Judgement {
  switch (rule.kind) {
    case "relativeChange":
      return relativeChange(rule, current, baseline);
    case "increase":
    case "decrease":
      return direction(rule.kind, current, baseline);
    case "qualitative":
      return qualitative(rule, current, baseline);
    case "perPeriod":
    case "threshold":
    case "tracked":
      return { met: false };
  }
}

function record(columns: MeasureArrays, at: number, judgement: Judgement, partial: boolean): void {
  if ("reason" in judgement) {
    columns.status[at] = code.NOT_EVALUABLE;
    columns.reason[at] =
      judgement.reason === "zero-baseline"
        ? code.ZERO_BASELINE
        : judgement.reason === "too-few-respondents"
          ? code.TOO_FEW_RESPONDENTS
          : judgement.reason === "not-finite"
            ? code.NOT_FINITE
            : code.INCOMPLETE_DATA;
    return;
  }
  columns.status[at] = judgement.met
    ? partial
      ? code.ON_TRACK
      : code.ACHIEVED
    : partial
      ? code.BEHIND
      : code.NOT_ACHIEVED;
  if (judgement.target !== undefined) columns.target[at] = judgement.target;
  if (judgement.progress !== undefined && Number.isFinite(judgement.progress))
    columns.progress[at] = judgement.progress;
  if (judgement.significant !== undefined) columns.significant[at] = judgement.significant ? 1 : 2;
}

function writeCurrent(columns: MeasureArrays, at: number, numerator: number, denominator: number, cut: number): void {
  columns.current[at] = fractionValue({ numerator, denominator });
  columns.currentNumerator[at] = numerator;
  columns.currentDenominator[at] = denominator;
  columns.cut[at] = cut;
}

function writeBaseline(columns: MeasureArrays, at: number, numerator: number, denominator: number, cut: number): void {
  columns.baseline[at] = fractionValue({ numerator, denominator });
  columns.baselineNumerator[at] = numerator;
  columns.baselineDenominator[at] = denominator;
  columns.baselineCut[at] = cut;
}

function writeComparison(columns: MeasureArrays, at: number, current: Fraction, baseline: Fraction): void {
  if (baseline.numerator !== 0) {
    const change = changeOf(current, baseline);
    if (Number.isFinite(change)) columns.change[at] = change;
  }
  const comparison = compareFractions(current, baseline);
  columns.trend[at] = comparison > 0 ? 1 : comparison < 0 ? 2 : 3;
}

/**
 * The stretch of perPeriod units the window from `first` up to and including `cut` covers,
 * unit by unit: each year (quarter, month) it overlaps, with its own number of days, so that
 * a leap year has 366 and the four quarters of 2024 add up to one year.
 */
export function unitShare(first: number, cut: number, per: "year" | "quarter" | "month"): UnitShare {
  const share: { days: number; unitDays: number }[] = [];
  const months = per === "year" ? 12 : per === "quarter" ? 3 : 1;
  const [year, month] = partsOfDay(first);
  let unitStart = dayOf(year, month - (month % months), 1);
  const end = cut + 1;
  while (unitStart < end) {
    const [unitYear, unitMonth] = partsOfDay(unitStart);
    const unitEnd = dayOf(unitYear, unitMonth + months, 1);
    const days = Math.min(end, unitEnd) - Math.max(first, unitStart);
    if (days > 0) share.push({ days, unitDays: unitEnd - unitStart });
    unitStart = unitEnd;
  }
  return share;
}
