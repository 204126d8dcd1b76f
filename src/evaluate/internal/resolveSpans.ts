import { TZDate } from "@date-fns/tz";
import { BuurtaanpakError } from "../../errors/BuurtaanpakError.js";
import { elapsedDays } from "../../period/elapsedDays.js";
import { addCalendarDays } from "../../period/internal/addDays.js";
import { amsterdamZone } from "../../period/internal/amsterdam.js";
import { formatDay as dayOf } from "../../period/internal/formatDay.js";
import { readPeriod } from "../../period/internal/readPeriod.js";
import { toInstant } from "../../period/internal/toInstant.js";
import { unitsBetween } from "../../period/internal/unitsBetween.js";
import { previousYear } from "../../period/previousYear.js";
import type { Period, Span } from "../../period/Period.js";
import type { SpanNames } from "./explain.js";
import { formatDay } from "./format.js";

/** The spans one evaluation compares, and how to pro-rate over the current one. */
export interface Spans {
  readonly period: Period;
  readonly baseline: Period;
  readonly asOf: number;
  readonly complete: boolean;
  readonly current: Span;
  readonly baselineSpan: Span;
  readonly units: (per: "year" | "quarter" | "month") => number;
  readonly names: SpanNames;
}

/**
 * Reads the period, baseline and asOf options. A partial period (asOf inside it) compares the
 * elapsed calendar days with the same number of days from the start of the baseline.
 * Throws a {@link BuurtaanpakError} `invalid-options` for unreadable options or an asOf before
 * the period starts.
 */
export function resolveSpans(options: { period: string; baseline?: string | undefined; asOf?: string | Date | undefined }): Spans {
  const period = read(options.period, "period");
  const baseline = options.baseline === undefined ? previousYear(period) : read(options.baseline, "baseline");
  let asOf = period.end;
  if (options.asOf !== undefined) {
    const instant = toInstant(options.asOf);
    if (typeof instant === "string") throw invalid("asOf", instant);
    asOf = instant;
  }
  if (asOf < period.start) {
    const day = dayOf(new TZDate(asOf, amsterdamZone));
    throw invalid("asOf", `asOf (${day} in Amsterdam) is before the period ${period.text} starts (${period.firstDay})`);
  }
  const complete = asOf >= period.end;
  const elapsed = elapsedDays(period, asOf);
  const current = complete ? period : { start: period.start, end: addCalendarDays(period.start, elapsed) };
  const baselineSpan = complete ? baseline : { start: baseline.start, end: Math.min(addCalendarDays(baseline.start, elapsed), baseline.end) };
  const through = (span: Span, text: string): { nl: string; en: string } => {
    if (complete) return { nl: text, en: text };
    const last = dayOf(new TZDate(span.end - 1, amsterdamZone));
    return { nl: `${text} t/m ${formatDay(last, "nl")}`, en: `${text} through ${formatDay(last, "en")}` };
  };
  return {
    period,
    baseline,
    asOf,
    complete,
    current,
    baselineSpan,
    units: (per) => unitsBetween(current.start, current.end, per),
    names: { current: through(current, period.text), baseline: through(baselineSpan, baseline.text), complete },
  };
}

function read(text: string, field: string): Period {
  const period = typeof text === "string" ? readPeriod(text) : "a period is a text such as 2024 or 2024-Q2";
  if (typeof period === "string") throw invalid(field, `'${String(text)}' is not a period: ${period}`);
  return period;
}

function invalid(field: string, message: string): BuurtaanpakError {
  return new BuurtaanpakError("invalid-options", [{ path: [field], message }]);
}
