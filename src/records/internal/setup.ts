import type { z } from "zod";
import type { IssueCode, IssueInput } from "../../errors/Issue.js";
import { zodIssues } from "../../internal/zodIssues.js";
import type { Indicator, Measure } from "../../model/indicator.js";
import type { Model } from "../../model/Model.js";
import { readPeriod } from "../../period/read.js";
import type { RecordsGranularity } from "../Register.js";
import { dayNumber } from "./days.js";
import { type Grid, grid } from "./grid.js";
import { type Hierarchy, inside, readHierarchy, unknownArea } from "./hierarchy.js";
import { describe } from "./readTimestamp.js";

/** What an indicator must be to take a figure: its measure and, for a ratio, its denominator. */
export interface Needs {
  readonly measure: Measure;
  readonly denominator?: "flow" | "stock";
}

/** How one derivation reads its mapping of indicators to figures. */
export interface FigureSpec<
  Figure extends { readonly figure: string; readonly granularity?: RecordsGranularity | undefined },
> {
  readonly schema: z.ZodType<Figure>;
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly needs: (figure: Figure) => Needs;
}

/** One indicator to write rows for, with its figure and the periods of its rows. */
export interface Target<Figure> {
  readonly indicator: Indicator;
  readonly figure: Figure;
  readonly grid: Grid;
}

/** The checked register and options of a derivation. */
export interface Setup<Figure> {
  readonly hierarchy: Hierarchy;
  /** 1 for each area inside the register's `areas`. */
  readonly covered: Uint8Array;
  /** The areas the register names (its roots when it names none), in hierarchy order. */
  readonly named: readonly number[];
  readonly covers: string;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly source: string | undefined;
  readonly records: readonly unknown[];
  readonly targets: readonly Target<Figure>[];
  /** The register itself, for fields a derivation reads beyond the common ones. */
  readonly register: Readonly<Record<string, unknown>>;
}

const granularities: readonly RecordsGranularity[] = ["month", "quarter", "year"];
const registerFields = ["covers", "areas", "source", "records"];

/**
 * Reads what every derivation takes: the register's span, areas and source, the area
 * hierarchy, and the indicators to write with their figures and granularities. Problems are
 * added to `issues` (the caller adds its own and throws them all at once); the setup is
 * `undefined` when they leave nothing to derive from.
 */
export function readSetup<
  Figure extends { readonly figure: string; readonly granularity?: RecordsGranularity | undefined },
>(
  model: Model,
  register: unknown,
  options: unknown,
  spec: FigureSpec<Figure>,
  issues: IssueInput[],
  extraRegisterFields: readonly string[] = [],
): Setup<Figure> | undefined {
  const report = (path: (string | number)[], message: string, code: IssueCode = "invalid-option") =>
    issues.push({ code, path, message });
  if (!isObject(register)) {
    report(
      ["register"],
      `expected a register { covers, records, areas?, source? }, not ${describe(register)}`,
      "not-an-object",
    );
    return undefined;
  }
  const settings: Readonly<Record<string, unknown>> = isObject(options) ? options : {};
  if (options !== undefined && !isObject(options))
    report(["options"], `expected an options object, not ${describe(options)}`, "not-an-object");

  for (const key of Object.keys(register)) {
    if (!registerFields.includes(key) && !extraRegisterFields.includes(key)) {
      report(
        ["register", key],
        `unknown register field '${key}': expected ${[...registerFields, ...extraRegisterFields].join(", ")}`,
        "unknown-field",
      );
    }
  }

  // The span.
  let firstDay = 0;
  let lastDay = -1;
  let covers = "";
  if (typeof register["covers"] !== "string") {
    report(
      ["register", "covers"],
      `a register says which span it covers, such as "2023-01-01/2025-06-30"; got ${describe(register["covers"])}`,
      "missing-field",
    );
  } else {
    covers = register["covers"];
    const period = readPeriod(covers);
    if (typeof period === "string") {
      report(["register", "covers"], `'${covers}' is not a period: ${period}`, "invalid-period");
    } else {
      firstDay = dayOf(period.firstDay);
      lastDay = dayOf(period.lastDay);
    }
  }

  const records = register["records"];
  if (!Array.isArray(records))
    report(["register", "records"], `expected the records as an array, not ${describe(records)}`, "not-a-list");

  const source = register["source"];
  if (source !== undefined && (typeof source !== "string" || source.trim() === "" || source.length > 1000)) {
    report(["register", "source"], "a register's source is a text of 1 to 1000 characters");
  }

  // The areas.
  const read = readHierarchy(
    settings["areas"] ?? model.areas,
    settings["areas"] === undefined ? ["model", "areas"] : ["options", "areas"],
  );
  let hierarchy: Hierarchy | undefined;
  if (Array.isArray(read)) issues.push(...read);
  else hierarchy = read;

  let covered: Uint8Array = new Uint8Array(0);
  let named: number[] = [];
  if (hierarchy !== undefined) {
    const areas = register["areas"];
    if (areas === undefined) {
      covered = new Uint8Array(hierarchy.ids.length).fill(1);
      named = hierarchy.ids.flatMap((_, position) => (hierarchy.parent[position] === -1 ? [position] : []));
    } else if (!Array.isArray(areas) || areas.length === 0) {
      report(
        ["register", "areas"],
        "a register's areas are a non-empty array of area ids; leave them out for all areas",
      );
    } else {
      areas.forEach((code: unknown, index) => {
        const position = typeof code === "string" ? hierarchy.index.get(code) : undefined;
        if (position === undefined) {
          if (typeof code === "string") issues.push(unknownArea(hierarchy, code, ["register", "areas", index]));
          else report(["register", "areas", index], `expected an area id, not ${describe(code)}`, "not-a-text");
        } else if (!named.includes(position)) named.push(position);
      });
      named.sort((a, b) => a - b);
      covered = inside(hierarchy, named);
    }
  }

  // The granularity and the indicators.
  const defaultGranularity = settings["granularity"] ?? "year";
  if (!granularities.some((known) => known === defaultGranularity)) {
    report(["options", "granularity"], `expected "month", "quarter" or "year", not ${describe(defaultGranularity)}`);
  }
  const mapping =
    settings["indicators"] ??
    Object.fromEntries(
      Object.entries(spec.defaults).filter(([id]) => model.indicators.some((indicator) => indicator.id === id)),
    );
  const targets: Target<Figure>[] = [];
  if (!isObject(mapping)) {
    report(["options", "indicators"], `expected an object of indicator ids and figures, not ${describe(mapping)}`);
  } else {
    for (const [id, input] of Object.entries(mapping)) {
      const path = ["options", "indicators", id];
      const indicator = model.indicators.find((candidate) => candidate.id === id);
      const parsed = spec.schema.safeParse(input);
      if (!parsed.success) {
        issues.push(...zodIssues(parsed.error, path, { input }));
        continue;
      }
      if (indicator === undefined) {
        report(path, `the model has no indicator '${id}'`, "unknown-indicator");
        continue;
      }
      const figure = parsed.data;
      const needs = spec.needs(figure);
      const denominator = indicator.denominator ?? "flow";
      if (indicator.rate !== undefined) {
        report(
          path,
          `indicator '${id}' is a rate the library derives from '${indicator.rate.of}': it takes no rows`,
          "derived-indicator",
        );
      } else if (
        indicator.measure !== needs.measure ||
        (needs.denominator !== undefined && denominator !== needs.denominator)
      ) {
        const wanted =
          needs.denominator === undefined
            ? needs.measure
            : `${needs.measure} (with a ${needs.denominator} denominator)`;
        const has = indicator.measure === "ratio" ? `ratio with a ${denominator} denominator` : indicator.measure;
        report(
          path,
          `the figure '${figure.figure}' needs an indicator of measure ${wanted}; '${id}' is a ${has}`,
          "field-misfit",
        );
      } else if (lastDay >= firstDay) {
        const granularity = figure.granularity ?? granularities.find((known) => known === defaultGranularity) ?? "year";
        targets.push({ indicator, figure, grid: grid(granularity, firstDay, lastDay) });
      }
    }
  }
  if (hierarchy === undefined || !Array.isArray(records) || lastDay < firstDay) return undefined;
  const order = new Map(model.indicators.map((indicator, position) => [indicator.id, position]));
  // Every target's indicator is the model's (an unknown one was reported above).
  targets.sort((a, b) => (order.get(a.indicator.id) as number) - (order.get(b.indicator.id) as number));
  return {
    hierarchy,
    covered,
    named,
    covers,
    firstDay,
    lastDay,
    source: typeof source === "string" && source.trim() !== "" && source.length <= 1000 ? source.trim() : undefined,
    records,
    targets,
    register,
  };
}

function dayOf(text: string): number {
  return dayNumber(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

/** Whether a value is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
