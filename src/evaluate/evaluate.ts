import { z } from "zod";
import { BuurtaanpakError, type Issue } from "../errors/BuurtaanpakError.js";
import { zodIssues } from "../internal/zodIssues.js";
import { Area } from "../model/area.js";
import type { Label } from "../model/common.js";
import { checkAreas } from "../model/internal/checkReferences.js";
import type { Model } from "../model/Model.js";
import type { Observation } from "../observations/Observation.js";
import { coverageGaps } from "../trace/coverageGaps.js";
import type { AreaCoverage, Evaluation, FactorResult } from "./Evaluation.js";
import { aggregateIndicator, aggregateUp } from "./internal/aggregate.js";
import { createColumn, NO_DATA, type Column } from "./internal/columns.js";
import { explainFactor } from "./internal/explain.js";
import { indexObservations } from "./internal/indexObservations.js";
import { judgeMeasure } from "./internal/judgeMeasure.js";
import { resolveSpans } from "./internal/resolveSpans.js";
import { rollUps } from "./internal/rollUps.js";
import { decodeStatus, encodeStatus, worstStatus } from "./internal/statuses.js";
import { collectWarnings } from "./internal/warnings.js";

/**
 * Options of {@link evaluate}.
 *
 * @category Evaluation
 * @example
 * const options: EvaluateOptions = { period: "2024", baseline: "2023", asOf: "2024-07-01" };
 */
export interface EvaluateOptions {
  /** The period to evaluate, such as `2024`, `2024-Q2` or `2024-03-01/2024-05-31`. */
  readonly period: string;
  /** The period to compare with. Defaults to the same period one year earlier. */
  readonly baseline?: string;
  /**
   * The instant the evaluation is as of: a `Date`, an ISO date-time with a zone, or a date
   * `YYYY-MM-DD` (midnight in Amsterdam, so `"2024-07-01"` counts data through 30 June).
   * Defaults to the end of `period`, so the period is complete. Inside the period, the
   * evaluation is partial; before it, an error.
   */
  readonly asOf?: string | Date;
  /**
   * The area hierarchy. When given, it replaces the model's own areas. Areas that appear only
   * in the observations are added as leaves: under the wijk or gemeente their CBS code lies in
   * when that is known, else without a parent.
   */
  readonly areas?: readonly Area[];
}

/**
 * Evaluates every success factor of a model, for every area with data, over a period against
 * its baseline; rolls the statuses up to groups, sub-goals and goals; and reports coverage and
 * warnings. Pure: it reads no clock, the same inputs give deeply equal output whatever the order
 * of the observations, and it never throws on parsed input (problems become statuses, reasons
 * and warnings). It throws a {@link BuurtaanpakError} `invalid-options` only for unreadable
 * options or an `asOf` before the period.
 *
 * @param model - a parsed model
 * @param observations - observations parsed against the model
 * @param options - the period, and optionally baseline, asOf and areas
 * @returns the {@link Evaluation}
 * @category Evaluation
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * const observations = parseObservations(alblasserdam, [
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2023", value: 480 },
 *   { indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 },
 * ]);
 * const result = evaluate(alblasserdam, observations, { period: "2024" });
 * result.factors[0]?.status;
 * //=> "achieved"
 * result.factors[0]?.explanation.nl;
 * //=> "Fixi-meldingen in Alblasserdam: 530 in 2024 tegen 480 in 2023 (+10,4%); doel +10% gehaald."
 */
export function evaluate(model: Model, observations: readonly Observation[], options: EvaluateOptions): Evaluation {
  const spans = resolveSpans(options);
  const warnings = collectWarnings();
  const given = options.areas === undefined ? model.areas : checkOptionAreas(options.areas);
  const indexed = indexObservations(model, observations, given, spans, warnings);
  const { hierarchy } = indexed;
  const areaCount = hierarchy.areas.length;

  // Aggregate every indicator: own values per area, then up the hierarchy.
  const columnsOf = new Map<string, readonly [Column, Column]>();
  model.indicators.forEach((indicator, index) => {
    const columns = [createColumn(areaCount), createColumn(areaCount)] as const;
    aggregateIndicator(indicator.measure, indexed, index, [spans.current, spans.baselineSpan], spans.complete, columns);
    const differing = aggregateUp(indicator.measure, hierarchy, columns[0], columns[1]);
    if (differing > 0) warnings.add("areas-differ", { indicator: indicator.id }, differing);
    columnsOf.set(indicator.id, columns);
  });
  const indicatorOf = new Map(model.indicators.map((indicator) => [indicator.id, indicator]));

  // Judge every factor in every area with data. Statuses are also kept as codes per factor and
  // area, for the roll-ups and the coverage.
  const factorList = model.groups.flatMap((group) => group.factors);
  const statusOf = new Uint8Array(factorList.length * areaCount);
  const hasResult = new Uint8Array(areaCount);
  const factors: FactorResult[] = [];
  factorList.forEach((factor, factorIndex) => {
    const measures = factor.measures.flatMap(({ indicator: id, rule }) => {
      const indicator = indicatorOf.get(id);
      const columns = columnsOf.get(id);
      return indicator === undefined || columns === undefined ? [] : [{ indicator, rule, columns }];
    });
    for (let area = 0; area < areaCount; area++) {
      let hasData = false;
      for (const { columns } of measures) if (columns[0].state[area] !== NO_DATA || columns[1].state[area] !== NO_DATA) hasData = true;
      if (!hasData) continue;
      const results = measures.map(({ indicator, rule, columns }) => judgeMeasure(indicator, rule, columns, area, spans.complete, spans.units));
      const status = worstStatus(results.map((result) => result.status));
      const reason = status === "not-evaluable" ? results.find((result) => result.status === status)?.reason : undefined;
      const place = hierarchy.areas[area] as Area;
      statusOf[factorIndex * areaCount + area] = encodeStatus(status);
      hasResult[area] = 1;
      let explanation: Label | undefined;
      // Written when first read: a national dashboard reads statuses for every buurt, and the
      // sentences for the few it shows.
      const explain = () => (explanation ??= explainFactor(factor.what, place.name, measures, results, spans.names));
      factors.push(
        // Two fixed shapes, with and without a reason, keep half a million results cheap.
        reason === undefined
          ? { factor: factor.id, area: place.id, status, measures: results, get explanation() { return explain(); } }
          : { factor: factor.id, area: place.id, status, reason, measures: results, get explanation() { return explain(); } },
      );
    }
  });

  const areaIds = hierarchy.areas.map((area) => area.id);
  const evaluated = areaIds.flatMap((_, area) => (hasResult[area] === 1 ? [area] : []));
  const coverage: AreaCoverage[] = evaluated.map((area) => {
    const withoutData = factorList.filter((_, factor) => {
      const code = statusOf[factor * areaCount + area] ?? 0;
      return code === 0 || decodeStatus(code) === "no-data";
    });
    return { area: areaIds[area] ?? "", factors: factorList.length, withData: factorList.length - withoutData.length, withoutData: withoutData.map((factor) => factor.id) };
  });

  return {
    period: spans.period.text,
    baseline: spans.baseline.text,
    asOf: new Date(spans.asOf).toISOString(),
    complete: spans.complete,
    areas: hierarchy.areas,
    factors,
    ...rollUps(model, statusOf, areaIds, evaluated),
    coverage: { gaps: coverageGaps(model), areas: coverage },
    warnings: warnings.list(),
  };
}

function checkOptionAreas(areas: readonly Area[]): readonly Area[] {
  const parsed = z.array(Area).safeParse(areas);
  if (!parsed.success) throw new BuurtaanpakError("invalid-options", zodIssues(parsed.error, ["areas"]));
  const issues: Issue[] = [];
  checkAreas(parsed.data, (path, message) => issues.push({ path: path.map((segment, index) => (index === 0 ? "areas" : segment)), message }));
  if (issues.length > 0) throw new BuurtaanpakError("invalid-options", issues);
  return parsed.data;
}
