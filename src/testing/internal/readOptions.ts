import { BuurtaanpakError, type IssueCode, type IssueInput, type IssueParams } from "../../errors/BuurtaanpakError.js";
import type { Area } from "../../model/area.js";
import { safeParseAreas } from "../../model/safeParseAreas.js";
import type { Period } from "../../period/Period.js";
import { readPeriod } from "../../period/read.js";

export const scenarios = ["improving", "declining", "mixed", "sparse"] as const;
type Scenario = (typeof scenarios)[number];

/** Reports one problem with the options; `invalid-option` unless a code says more. */
type Report = (path: (string | number)[], message: string, code?: IssueCode, params?: IssueParams) => void;

/** The options of generateObservations, checked. */
export interface ReadOptions {
  readonly seed: string;
  readonly areas: readonly Area[];
  readonly periods: readonly Period[];
  readonly origin: Period | undefined;
  readonly scenario: Scenario;
}

/**
 * Checks the options of generateObservations and reports every problem at once, with its path:
 * the seed, the areas (their shape and hierarchy, as evaluate checks them), each period (readable,
 * and no two overlapping), the origin and the scenario.
 */
export function readOptions(options: {
  readonly seed: unknown;
  readonly areas: unknown;
  readonly periods: unknown;
  readonly origin?: unknown;
  readonly scenario?: unknown;
}): ReadOptions {
  const issues: IssueInput[] = [];
  const report: Report = (path, message, code = "invalid-option", params = {}) =>
    issues.push({ code, path, params, message });

  const { seed } = options;
  if (typeof seed === "number" && !Number.isFinite(seed))
    report(["seed"], `a seed must be a finite number or a text, not ${String(seed)}`);
  else if (typeof seed !== "number" && typeof seed !== "string") report(["seed"], "a seed must be a number or a text");

  let areas: readonly Area[] = [];
  const parsedAreas = safeParseAreas(options.areas, { path: ["areas"] });
  if (parsedAreas.success) areas = parsedAreas.data;
  else issues.push(...parsedAreas.error.issues);

  const periods = readPeriods(options.periods, report);

  let origin: Period | undefined;
  if (options.origin !== undefined) {
    const read =
      typeof options.origin === "string" ? readPeriod(options.origin) : "a period is a text such as 2024 or 2024-Q2";
    if (typeof read === "string")
      report(["origin"], `'${String(options.origin)}' is not a period: ${read}`, "invalid-period", {
        text: String(options.origin),
        reason: read,
      });
    else origin = read;
  }

  const scenario = options.scenario ?? "mixed";
  if (!isScenario(scenario)) {
    report(
      ["scenario"],
      `unknown scenario '${String(scenario)}': expected ${scenarios.map((name) => `'${name}'`).join(", ")}`,
      "not-one-of",
      {
        value: String(scenario),
        expected: scenarios,
      },
    );
  }

  if (issues.length > 0) throw new BuurtaanpakError("invalid-options", issues);
  return { seed: String(seed), areas, periods, origin, scenario: isScenario(scenario) ? scenario : "mixed" };
}

function isScenario(value: unknown): value is Scenario {
  return scenarios.some((name) => name === value);
}

/** Reads each period; a period that overlaps an earlier-starting one (or repeats it) is a problem. */
function readPeriods(input: unknown, report: Report): Period[] {
  if (!Array.isArray(input)) {
    report(["periods"], "periods must be an array of period texts, such as ['2023', '2024']");
    return [];
  }
  const periods: { period: Period; index: number }[] = [];
  input.forEach((text: unknown, index) => {
    const read = typeof text === "string" ? readPeriod(text) : "a period is a text such as 2024 or 2024-Q2";
    if (typeof read === "string")
      report(["periods", index], `'${String(text)}' is not a period: ${read}`, "invalid-period", {
        text: String(text),
        reason: read,
      });
    else periods.push({ period: read, index });
  });
  // Sorted by start, a period overlaps an earlier one exactly when it starts before the
  // furthest end so far.
  const byStart = [...periods].sort((a, b) => a.period.start - b.period.start || a.index - b.index);
  let furthest: { period: Period; index: number } | undefined;
  for (const entry of byStart) {
    if (furthest !== undefined && entry.period.start < furthest.period.end) {
      const [earlier, later] = furthest.index < entry.index ? [furthest, entry] : [entry, furthest];
      report(
        ["periods", later.index],
        earlier.period.text === later.period.text
          ? `'${later.period.text}' is listed twice (also at periods[${earlier.index}])`
          : `'${later.period.text}' overlaps '${earlier.period.text}' (periods[${earlier.index}]): one indicator and area cannot have rows for both`,
      );
    }
    if (furthest === undefined || entry.period.end > furthest.period.end) furthest = entry;
  }
  return periods.map(({ period }) => period);
}
