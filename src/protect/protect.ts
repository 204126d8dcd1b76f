import type { Evaluation, FactorResult, MeasureResult, Parts } from "../evaluate/Evaluation.js";
import { type Cells, indexCells, PRIMARY, type ReasonCode, reasons, SHOWN } from "./internal/cells.js";
import { resolvePolicy } from "./internal/policy.js";
import { type Context, protectedExplanation } from "./internal/sentences.js";
import { suppress } from "./internal/suppress.js";
import type {
  ProtectedEvaluation,
  ProtectedFactorResult,
  ProtectedMeasureResult,
  WithholdingReason,
} from "./ProtectedEvaluation.js";
import type { ProtectionPolicy } from "./ProtectionPolicy.js";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Makes an evaluation safe to publish: withholds the figures about so few people or events
 * that they could identify a household, and the figures from which those could be recomputed.
 *
 * - **Primary**: a count or stock, or a ratio's numerator, between 0 and `minimumCount`
 *   (default 5; 0 itself is shown); a survey share with fewer than `minimumRespondents`
 *   (default 30) respondents, or with fewer than `minimumCategory` (default 5) positive or not
 *   positive. The current and baseline figures are judged each on their own.
 * - **Secondary**: no withheld figure can be recomputed as a parent's total minus its shown
 *   children, at any level of the area hierarchy, for any indicator and for each of current and
 *   baseline. Where one would, the shown cell with the smallest count is withheld as well, and
 *   so on until none would.
 *
 * A withheld measure loses the figures and everything they could be read back from (change,
 * target, progress, trend, significance, and the parts and respondents of that window), and
 * gains `withheld`; its sentence says there are too few observations to show. Statuses stay
 * visible: docs/privacy.md says why. Roll-ups, coverage and warnings hold no figures and are
 * passed on as they are. Pure: the evaluation is not changed, and the same evaluation always
 * gives the same result. Linear in the number of results.
 *
 * @param evaluation - what {@link evaluate} returned
 * @param policy - the thresholds; each defaults as above
 * @returns a plain-data copy with `protection` saying what was withheld
 * @throws {@link BuurtaanpakError} `invalid-options` for a threshold that is not a whole number of at least 1
 * @category Protection
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * const observations = parseObservations(alblasserdam, [
 *   { indicator: "fixi-meldingen", area: "BU04820204", period: "2023", value: 3 },
 *   { indicator: "fixi-meldingen", area: "BU04820204", period: "2024", value: 2 },
 *   { indicator: "fixi-meldingen", area: "BU04820205", period: "2023", value: 40 },
 *   { indicator: "fixi-meldingen", area: "BU04820205", period: "2024", value: 45 },
 *   { indicator: "fixi-meldingen", area: "BU04820206", period: "2023", value: 60 },
 *   { indicator: "fixi-meldingen", area: "BU04820206", period: "2024", value: 70 },
 * ]);
 * const published = protect(evaluate(alblasserdam, observations, { period: "2024" }));
 * const groeneLong = published.factors.find((result) => result.area === "BU04820204");
 * groeneLong?.explanation.nl;
 * //=> "Fixi-meldingen in Groene Long: te weinig waarnemingen om te tonen (minder dan 5); doel +10% niet gehaald."
 * groeneLong?.measures[0]?.withheld;
 * //=> { current: true, baseline: true, reason: "small-count" }
 *
 * // Kinderdijk's total minus Nieuw Kinderdijk would give Groene Long away: Rivierenbuurt goes too.
 * published.factors.find((result) => result.area === "BU04820205")?.measures[0]?.withheld?.reason;
 * //=> "secondary"
 * published.protection;
 * //=> { policy: { minimumCount: 5, minimumRespondents: 30, minimumCategory: 5 }, withheld: 4, secondary: 2 }
 */
export function protect(evaluation: Evaluation, policy?: ProtectionPolicy): ProtectedEvaluation {
  const resolved = resolvePolicy(policy);
  const factors = evaluation.factors;
  const cells = indexCells(evaluation, factors, resolved);
  suppress(cells);

  const names = new Map(evaluation.areas.map((area) => [area.id, area.name]));
  const context: Context = {
    policy: resolved,
    period: evaluation.period,
    baseline: evaluation.baseline,
    labels: new Map(),
  };
  let withheld = 0;
  let secondary = 0;
  const protectedFactors = factors.map((result, index): ProtectedFactorResult => {
    const from = cells.occurrenceStart[index] as number;
    let touched = false;
    for (let occurrence = from; occurrence < (cells.occurrenceStart[index + 1] as number); occurrence++) {
      for (const which of [0, 1]) {
        const cell = cells.occurrenceCell[occurrence * 2 + which] as number;
        if (cell === -1 || cells.state[cell] === SHOWN) continue;
        touched = true;
        withheld++;
        if (cells.state[cell] !== PRIMARY) secondary++;
      }
    }
    if (!touched) return result;
    const measures = result.measures.map((measure, position) => protectMeasure(measure, cells, from + position));
    return protectFactor(
      result,
      measures,
      protectedExplanation(result, names.get(result.area) ?? result.area, measures, context),
    );
  });

  return {
    period: evaluation.period,
    baseline: evaluation.baseline,
    asOf: evaluation.asOf,
    complete: evaluation.complete,
    areas: evaluation.areas,
    factors: protectedFactors,
    groups: evaluation.groups,
    subgoals: evaluation.subgoals,
    goals: evaluation.goals,
    coverage: evaluation.coverage,
    warnings: evaluation.warnings,
    protection: { policy: resolved, withheld, secondary },
  };
}

/** A measure without its withheld figures and what they could be read back from. */
function protectMeasure(measure: MeasureResult, cells: Cells, occurrence: number): ProtectedMeasureResult {
  const stateOf = (which: 0 | 1) => {
    const cell = cells.occurrenceCell[occurrence * 2 + which] as number;
    return cell === -1 ? SHOWN : (cells.state[cell] as number);
  };
  // Asked only of a primary cell, which always holds a reason code.
  const reasonOf = (which: 0 | 1): WithholdingReason => {
    const cell = cells.occurrenceCell[occurrence * 2 + which] as number;
    return reasons[cells.reason[cell] as ReasonCode];
  };
  const current = stateOf(0);
  const baseline = stateOf(1);
  if (current === SHOWN && baseline === SHOWN) return measure;
  const result: Writable<ProtectedMeasureResult> = { indicator: measure.indicator, status: measure.status };
  // "No relative change from 0" would name a withheld baseline.
  if (measure.reason !== undefined && !(measure.reason === "zero-baseline" && baseline !== SHOWN))
    result.reason = measure.reason;
  if (current === SHOWN && measure.current !== undefined) result.current = measure.current;
  if (baseline === SHOWN && measure.baseline !== undefined) result.baseline = measure.baseline;
  // With the current figure shown, the baseline is withheld (both shown returned above).
  if (current === SHOWN && measure.respondents !== undefined)
    result.respondents = { current: measure.respondents.current };
  if (measure.parts !== undefined) {
    const parts: { current?: Parts; baseline?: Parts } = {};
    if (current === SHOWN && measure.parts.current !== undefined) parts.current = measure.parts.current;
    if (baseline === SHOWN && measure.parts.baseline !== undefined) parts.baseline = measure.parts.baseline;
    if (parts.current !== undefined || parts.baseline !== undefined) result.parts = parts;
  }
  if (measure.window !== undefined) result.window = measure.window;
  if (measure.covers !== undefined) result.covers = measure.covers;
  const currentReason: WithholdingReason = current === PRIMARY ? reasonOf(0) : "secondary";
  const baselineReason: WithholdingReason = baseline === PRIMARY ? reasonOf(1) : "secondary";
  const reason: WithholdingReason =
    current === PRIMARY ? currentReason : baseline === PRIMARY ? baselineReason : "secondary";
  result.withheld =
    current !== SHOWN && baseline !== SHOWN
      ? currentReason === baselineReason
        ? { current: true, baseline: true, reason }
        : { current: true, baseline: true, reason, reasons: { current: currentReason, baseline: baselineReason } }
      : current !== SHOWN
        ? { current: true, reason }
        : { baseline: true, reason };
  return result;
}

function protectFactor(
  result: FactorResult,
  measures: readonly ProtectedMeasureResult[],
  explanation: ProtectedFactorResult["explanation"],
): ProtectedFactorResult {
  // A zero-baseline reason that no measure carries any more named a withheld baseline.
  const reason =
    result.reason === "zero-baseline" && !measures.some((measure) => measure.reason === "zero-baseline")
      ? undefined
      : result.reason;
  return reason === undefined
    ? { factor: result.factor, area: result.area, status: result.status, measures, explanation }
    : { factor: result.factor, area: result.area, status: result.status, reason, measures, explanation };
}
