import type { z } from "zod";
import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import type { IssueInput } from "../errors/Issue.js";
import { zodIssues } from "../internal/zodIssues.js";
import type { Model } from "../model/Model.js";
import type { Derivation } from "./Derivation.js";
import { formatDayNumber, NO_DAY } from "./internal/days.js";
import {
  additiveAreas,
  counted,
  Examples,
  type Noun,
  Rows,
  sumUpTree,
  Warnings,
  warnPartlyCovered,
} from "./internal/output.js";
import { CANCELLED, CLOSED, type MeldingColumns, OPEN, readMeldingen, SPLIT } from "./internal/readMeldingen.js";
import { describe } from "./internal/readTimestamp.js";
import { type FigureSpec, isObject, readSetup, type Setup, type Target } from "./internal/setup.js";
import { type WorkingDays, workingDays } from "./internal/workingDays.js";
import { MeldingFigure, Norm } from "./Melding.js";
import type { RecordsOptions, Register } from "./Register.js";
import type { WorkCalendar } from "./WorkCalendar.js";

/**
 * Options of {@link deriveMeldingen}: those of every derivation ({@link RecordsOptions}), and
 *
 * - `calendar`: the {@link WorkCalendar} for figures and norms in working days, such as
 *   `dutchWorkCalendar()` from `buurtaanpak/calendar-nl`. Required when any is asked for.
 * - `norms`: a {@link Norm} per category (matched ignoring case), for the `within-norm` figure.
 * - `defaultNorm`: the norm of meldingen whose category has none. Without it, such meldingen
 *   are in no within-norm share, and a `no-norm` warning counts them.
 *
 * @category Records
 * @example
 * import type { DeriveMeldingenOptions } from "buurtaanpak/records";
 *
 * const options: DeriveMeldingenOptions = {
 *   granularity: "month",
 *   norms: { afval: { days: 3, unit: "working-days" } },
 *   defaultNorm: { days: 10, unit: "calendar-days" },
 * };
 */
export interface DeriveMeldingenOptions extends RecordsOptions<MeldingFigure> {
  readonly calendar?: WorkCalendar;
  readonly norms?: Readonly<Record<string, Norm>>;
  readonly defaultNorm?: Norm;
}

/**
 * The figures {@link deriveMeldingen} writes when the options name none: for the Alblasserdam
 * preset, the Fixi and police meldingen; and for a model that adds the suggested factor
 * "Afhandeling binnen termijn" (see docs/records.md), its indicator. Only the indicators the
 * model has are written.
 *
 * @category Records
 * @example
 * import { defaultMeldingFigures } from "buurtaanpak/records";
 *
 * defaultMeldingFigures["fixi-meldingen"];
 * //=> { figure: "count", sources: ["fixi"] }
 */
export const defaultMeldingFigures: Readonly<Record<string, MeldingFigure>> = Object.freeze({
  "fixi-meldingen": Object.freeze({ figure: "count", sources: Object.freeze(["fixi"]) }),
  "politie-meldingen": Object.freeze({ figure: "count", sources: Object.freeze(["politie"]) }),
  "afhandeling-binnen-termijn": Object.freeze({ figure: "within-norm" }),
} satisfies Record<string, MeldingFigure>);

type Figure = z.output<typeof MeldingFigure>;

const spec: FigureSpec<Figure> = {
  schema: MeldingFigure,
  defaults: defaultMeldingFigures,
  needs: (figure) => {
    switch (figure.figure) {
      case "count":
      case "cancelled":
        return { measure: "count" };
      case "open-at-end":
        return { measure: "stock" };
      case "handling-days":
      case "within-norm":
        return { measure: "ratio", denominator: "flow" };
    }
  },
};

const meldingen: Noun = { nl: ["melding", "meldingen"], en: ["report", "reports"] };

/**
 * Derives observation rows from meldingen: counts by source, cancelled meldingen, the backlog
 * at the end of each period, handling times in calendar or working days, and the share closed
 * within the norm. Which indicator gets which is the `indicators` option (see
 * {@link MeldingFigure}); by default the preset's `fixi-meldingen` and `politie-meldingen`.
 *
 * How meldingen count:
 * - in the period of their creation date in Europe/Amsterdam: 2024-12-31T23:30Z is made on
 *   1 January 2025;
 * - once, however often they were reopened; the handling time runs from creation to the end
 *   state it is in now, through any reopening;
 * - a split melding does not count, its children do; cancelled meldingen count only in the
 *   `cancelled` figure; both are counted in warnings;
 * - in working days, the days after the creation date up to and including the closing date
 *   that the calendar has as working days (a melding closed the same day took 0 days; one made
 *   on Saturday and closed on Monday, 1). Unlike Signalen, holidays are not working days.
 *
 * Rows: additive figures get a row per buurt (a leaf of the hierarchy) for every period the
 * register wholly covers, 0 where it holds none (the row's note says so); the engine sums them
 * up the hierarchy. An area above the buurten that holds meldingen of its own (a melding
 * placed in the gemeente as a whole) gets a row of its own that includes its descendants'.
 *
 * @param model - the model whose indicators the rows are for
 * @param register - the meldingen and the span they cover; see {@link Register} and {@link Melding}
 * @param options - the areas, granularity, mapping, calendar and norms
 * @returns the rows and the warnings
 * @throws {@link buurtaanpak!BuurtaanpakError | BuurtaanpakError} with code `invalid-options` for
 *   a bad register header or options, and `invalid-records` listing every bad melding, its
 *   index and field: an unknown area, an unreadable date, a duplicate id, a melding closed
 *   before it was made, or one made outside the register's span
 * @category Records
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import { deriveMeldingen } from "buurtaanpak/records";
 *
 * const areas: Area[] = [
 *   { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
 *   { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "GM0482" },
 * ];
 * const { rows, warnings } = deriveMeldingen(
 *   alblasserdam,
 *   {
 *     covers: "2024-01-01/2025-12-31",
 *     records: [
 *       { id: "F-1", source: "fixi", createdAt: "2024-12-31T23:30:00Z", status: "open", area: "BU04820101" },
 *       { id: "F-2", source: "Fixi", createdAt: "2024-06-01T10:00:00+02:00", status: "cancelled", area: "BU04820101" },
 *     ],
 *   },
 *   { areas },
 * );
 * rows.filter((row) => row.indicator === "fixi-meldingen").map((row) => [row.period, row.value]);
 * //=> [["2024", 0], ["2025", 1]]
 * warnings.map((warning) => warning.code);
 * //=> ["cancelled"]
 */
export function deriveMeldingen(model: Model, register: Register, options?: DeriveMeldingenOptions): Derivation {
  const issues: IssueInput[] = [];
  const setup = readSetup(model, register, options, spec, issues);
  const settings: Readonly<Record<string, unknown>> = isObject(options) ? options : {};
  const norms = readNorms(settings, issues);
  const calendar = readCalendar(settings["calendar"], issues);
  const targets = setup?.targets ?? [];
  const needsWorkingDays = targets.some(
    (target) =>
      (target.figure.figure === "handling-days" && target.figure.days === "working") ||
      (target.figure.figure === "within-norm" && norms.usesWorkingDays),
  );
  if (targets.some((target) => target.figure.figure === "within-norm") && !norms.any) {
    issues.push({
      code: "missing-field",
      path: ["options", "norms"],
      message: "the within-norm figure needs norms: give norms per category, a defaultNorm, or both",
    });
  }
  let counting: WorkingDays | undefined;
  if (needsWorkingDays) {
    if (calendar === undefined) {
      if (settings["calendar"] === undefined) {
        issues.push({
          code: "missing-field",
          path: ["options", "calendar"],
          message:
            "working days need a calendar: pass dutchWorkCalendar() from buurtaanpak/calendar-nl, or any WorkCalendar",
        });
      }
    } else {
      counting = workingDays(calendar);
      if (setup !== undefined && (setup.lastDay > counting.lastDay || setup.firstDay < counting.firstDay)) {
        issues.push({
          code: "outside-calendar",
          path: ["options", "calendar"],
          message: `the calendar '${calendar.name}' knows ${calendar.firstYear} to ${calendar.lastYear}, but the register covers ${setup.covers}`,
        });
      }
    }
  }
  if (issues.length > 0 || setup === undefined) throw new BuurtaanpakError("invalid-options", issues);

  const range =
    counting === undefined || calendar === undefined
      ? undefined
      : { firstDay: counting.firstDay, lastDay: counting.lastDay, name: calendar.name };
  const columns = readMeldingen(setup, issues, range);
  if (issues.length > 0) throw new BuurtaanpakError("invalid-records", issues);

  const warnings = new Warnings();
  const rows = new Rows(setup, "meldingen");
  warnLeftOut(warnings, setup, columns, targets);
  if (targets.length === 0) {
    warnings.add("no-indicators", columns.length, {
      nl: "het model heeft geen van de indicatoren die de koppeling noemt: er zijn geen rijen geschreven",
      en: "the model has none of the indicators the mapping names: no rows were written",
    });
  }
  const categoryNorms = norms.forCategories(columns.categories);
  const prepared = prepare(columns);
  // Working days over every day a melding needs: from the span's start to its end or the
  // latest closure, whichever is later.
  const work = counting?.table(setup.firstDay, Math.max(setup.lastDay, columns.latestClosed));
  const all = targets.map((target) => sumsFor(target, setup, columns, prepared));
  accumulate(all, setup, columns, prepared, work, categoryNorms);
  for (const sums of all) writeTarget(sums, setup, rows, warnings);
  return { rows: rows.list, warnings: warnings.list };
}

/** Days and unit of each category's norm (-1 days: none); the last entry is for "no category". */
interface CategoryNorms {
  readonly days: Int32Array;
  readonly working: Uint8Array;
}

function readNorms(settings: Readonly<Record<string, unknown>>, issues: IssueInput[]) {
  const byCategory = new Map<string, Norm>();
  let usesWorkingDays = false;
  const norms = settings["norms"];
  if (norms !== undefined) {
    if (!isObject(norms))
      issues.push({
        code: "not-an-object",
        path: ["options", "norms"],
        message: `expected norms by category, such as { afval: { days: 5, unit: "working-days" } }, not ${describe(norms)}`,
      });
    else {
      for (const [category, input] of Object.entries(norms)) {
        const parsed = Norm.safeParse(input);
        if (!parsed.success) issues.push(...zodIssues(parsed.error, ["options", "norms", category], { input }));
        else {
          byCategory.set(category.trim().toLowerCase(), parsed.data);
          if (parsed.data.unit === "working-days") usesWorkingDays = true;
        }
      }
    }
  }
  let fallback: Norm | undefined;
  if (settings["defaultNorm"] !== undefined) {
    const parsed = Norm.safeParse(settings["defaultNorm"]);
    if (!parsed.success)
      issues.push(...zodIssues(parsed.error, ["options", "defaultNorm"], { input: settings["defaultNorm"] }));
    else {
      fallback = parsed.data;
      if (fallback.unit === "working-days") usesWorkingDays = true;
    }
  }
  return {
    usesWorkingDays,
    any: byCategory.size > 0 || fallback !== undefined,
    forCategories(categories: readonly string[]): CategoryNorms {
      const days = new Int32Array(categories.length + 1).fill(-1);
      const working = new Uint8Array(categories.length + 1);
      categories.forEach((category, number) => {
        const norm = byCategory.get(category) ?? fallback;
        if (norm !== undefined) {
          days[number] = norm.days;
          working[number] = norm.unit === "working-days" ? 1 : 0;
        }
      });
      if (fallback !== undefined) {
        days[categories.length] = fallback.days;
        working[categories.length] = fallback.unit === "working-days" ? 1 : 0;
      }
      return { days, working };
    },
  };
}

function readCalendar(value: unknown, issues: IssueInput[]): WorkCalendar | undefined {
  if (value === undefined) return undefined;
  if (
    isObject(value) &&
    typeof value["name"] === "string" &&
    Number.isInteger(value["firstYear"]) &&
    Number.isInteger(value["lastYear"]) &&
    typeof value["isWorkingDay"] === "function"
  ) {
    const firstYear = Number(value["firstYear"]);
    const lastYear = Number(value["lastYear"]);
    const isWorkingDay = value["isWorkingDay"];
    if (firstYear >= 1000 && lastYear <= 9999 && firstYear <= lastYear) {
      return {
        name: value["name"],
        firstYear,
        lastYear,
        isWorkingDay: (date: string): boolean => Reflect.apply(isWorkingDay, value, [date]) === true,
      };
    }
  }
  issues.push({
    code: "invalid-option",
    path: ["options", "calendar"],
    message: "expected a WorkCalendar: { name, firstYear, lastYear, isWorkingDay(date) }, with years 1000 to 9999",
  });
  return undefined;
}

/** The warnings about meldingen left out on purpose, or counted other than one might think. */
function warnLeftOut(
  warnings: Warnings,
  setup: Setup<Figure>,
  columns: MeldingColumns,
  targets: readonly Target<Figure>[],
): void {
  const { outside, unknownParents, closedAtIgnored } = columns;
  const cancelled = new Examples();
  const split = new Examples();
  const childless = new Examples();
  const withoutDate = new Examples();
  // Only the sources no indicator reads collect examples: the others are a million adds for nothing.
  const read = new Uint8Array(columns.sources.length);
  for (const target of targets) {
    const filter = target.figure.sources?.map((name) => name.toLowerCase());
    columns.sources.forEach((name, number) => {
      if (filter === undefined || filter.includes(name)) read[number] = 1;
    });
  }
  const unread = columns.sources.map((_, number) =>
    targets.length > 0 && read[number] !== 1 ? new Examples() : undefined,
  );
  for (let at = 0; at < columns.length; at++) {
    if ((columns.area[at] as number) < 0) continue;
    const state = columns.status[at];
    const id = columns.ids[at] as string;
    if (state === CANCELLED) cancelled.add(id);
    else if (state === SPLIT || columns.hasChildren[at] === 1) {
      split.add(id);
      if (columns.hasChildren[at] !== 1) childless.add(id);
    } else {
      unread[columns.source[at] as number]?.add(id);
      if (state === CLOSED && columns.closed[at] === NO_DAY) withoutDate.add(id);
    }
  }
  const areas = setup.named.map((position) => setup.hierarchy.ids[position]).join(", ");
  warnings.add(
    "outside-areas",
    outside.count,
    {
      nl: `${counted(outside.count, meldingen, "nl")} in een gebied buiten de gebieden van het register (${areas}): niet geteld`,
      en: `${counted(outside.count, meldingen, "en")} in an area outside the register's areas (${areas}): not counted`,
    },
    { examples: outside },
  );
  warnings.add(
    "cancelled",
    cancelled.count,
    {
      nl: `${counted(cancelled.count, meldingen, "nl")} geannuleerd: apart gerapporteerd, in geen ander cijfer geteld`,
      en: `${counted(cancelled.count, meldingen, "en")} cancelled: reported apart, in no other figure`,
    },
    { examples: cancelled },
  );
  warnings.add(
    "split",
    split.count,
    {
      nl: `${counted(split.count, meldingen, "nl")} gesplitst: niet zelf geteld, hun deelmeldingen wel`,
      en: `${counted(split.count, meldingen, "en")} split: not counted themselves; their children are`,
    },
    { examples: split },
  );
  warnings.add(
    "split-without-children",
    childless.count,
    {
      nl: `${counted(childless.count, meldingen, "nl")} gesplitst, maar hun deelmeldingen staan niet in het register`,
      en: `${counted(childless.count, meldingen, "en")} split, but their children are not in the register`,
    },
    { examples: childless },
  );
  warnings.add(
    "unknown-parent",
    unknownParents.count,
    {
      nl: `${counted(unknownParents.count, meldingen, "nl")} noemen een hoofdmelding die niet in het register staat; ze tellen als meldingen`,
      en: `${counted(unknownParents.count, meldingen, "en")} name a parent that is not in the register; they count as reports`,
    },
    { examples: unknownParents },
  );
  warnings.add(
    "closed-without-date",
    withoutDate.count,
    {
      nl: `${counted(withoutDate.count, meldingen, "nl")} afgehandeld zonder closedAt: geteld, maar niet in doorlooptijden, termijnen of openstaande meldingen`,
      en: `${counted(withoutDate.count, meldingen, "en")} closed without closedAt: counted, but in no handling time, norm or backlog`,
    },
    { examples: withoutDate },
  );
  warnings.add(
    "closed-at-ignored",
    closedAtIgnored.count,
    {
      nl: `${counted(closedAtIgnored.count, meldingen, "nl")} ${closedAtIgnored.count === 1 ? "staat" : "staan"} open maar ${closedAtIgnored.count === 1 ? "heeft" : "hebben"} een closedAt (heropend): die datum telt niet, de doorlooptijd loopt door`,
      en: `${counted(closedAtIgnored.count, meldingen, "en")} ${closedAtIgnored.count === 1 ? "is" : "are"} open but ${closedAtIgnored.count === 1 ? "carries" : "carry"} a closedAt (reopened): it is ignored, the handling time runs on`,
    },
    { examples: closedAtIgnored },
  );
  columns.sources.forEach((name, number) => {
    const examples = unread[number];
    if (examples === undefined) return;
    warnings.add(
      "unread-source",
      examples.count,
      {
        nl: `${counted(examples.count, meldingen, "nl")} met bron '${name}', die geen indicator leest`,
        en: `${counted(examples.count, meldingen, "en")} with source '${name}', which no indicator reads`,
      },
      { examples },
    );
  });
}

/**
 * Per record, which figures it can count in: 0 none (left out, split, a parent), COUNTED for
 * a melding that counts, CANCELLED_ONLY for a cancelled one.
 */
const COUNTED = 1;
const CANCELLED_ONLY = 2;

/** The per-record facts every figure reads, computed once per derivation. */
interface Prepared {
  readonly role: Uint8Array;
  /** The period slots of each record's creation day, per granularity, computed when first needed. */
  readonly slots: (target: Target<Figure>) => Int32Array;
}

function prepare(columns: MeldingColumns): Prepared {
  const role = new Uint8Array(columns.length);
  for (let at = 0; at < columns.length; at++) {
    if ((columns.area[at] as number) < 0) continue;
    const state = columns.status[at];
    if (state === CANCELLED) role[at] = CANCELLED_ONLY;
    else if (state !== SPLIT && columns.hasChildren[at] !== 1) role[at] = COUNTED;
  }
  const cache = new Map<string, Int32Array>();
  return {
    role,
    slots(target) {
      const known = cache.get(target.grid.granularity);
      if (known !== undefined) return known;
      const slots = new Int32Array(columns.length);
      for (let at = 0; at < columns.length; at++)
        slots[at] = role[at] === 0 ? -1 : target.grid.slotOf(columns.created[at] as number);
      cache.set(target.grid.granularity, slots);
      return slots;
    },
  };
}

/** One indicator's sums, filled by {@link accumulate} in one pass over the meldingen for all. */
interface Sums {
  readonly target: Target<Figure>;
  readonly periods: number;
  // Whole numbers all: counts, and sums of days. Int32 keeps the cells that a million records
  // hit at random in half the cache that doubles would take.
  readonly numerator: Int32Array;
  readonly denominator: Int32Array;
  /** Meldingen still open (handling-days) or still within their term (within-norm). */
  readonly pending: Int32Array;
  /** The areas that hold meldingen of this figure themselves; above the buurten, they get rows. */
  readonly own: Uint8Array;
  readonly sourceOk: Uint8Array;
  /** By category number; the last entry stands for "no category". */
  readonly categoryOk: Uint8Array;
  readonly wanted: number;
  /** 0 count, 1 working handling days, 2 calendar handling days, 3 within norm, 4 open at end. */
  readonly mode: number;
  readonly slots: Int32Array;
  inPartial: number;
  withoutNorm: number;
}

function sumsFor(target: Target<Figure>, setup: Setup<Figure>, columns: MeldingColumns, prepared: Prepared): Sums {
  const { figure, grid } = target;
  const periods = grid.periods.length;
  const cells = setup.hierarchy.ids.length * periods;
  const sourceFilter = figure.sources?.map((name) => name.toLowerCase());
  const categoryFilter = figure.categories?.map((name) => name.toLowerCase());
  return {
    target,
    periods,
    numerator: new Int32Array(cells),
    denominator: new Int32Array(cells),
    pending: new Int32Array(cells),
    own: new Uint8Array(setup.hierarchy.ids.length),
    sourceOk: Uint8Array.from(columns.sources, (name) =>
      sourceFilter === undefined || sourceFilter.includes(name) ? 1 : 0,
    ),
    categoryOk: Uint8Array.from([...columns.categories, undefined], (name) =>
      categoryFilter === undefined || (name !== undefined && categoryFilter.includes(name)) ? 1 : 0,
    ),
    wanted: figure.figure === "cancelled" ? CANCELLED_ONLY : COUNTED,
    mode:
      figure.figure === "handling-days"
        ? figure.days === "working"
          ? 1
          : 2
        : figure.figure === "within-norm"
          ? 3
          : figure.figure === "open-at-end"
            ? 4
            : 0,
    slots: prepared.slots(target),
    inPartial: 0,
    withoutNorm: 0,
  };
}

/**
 * Adds every melding to the sums of every indicator it counts for, in one pass: each record's
 * columns are read once, however many indicators there are.
 */
function accumulate(
  all: readonly Sums[],
  setup: Setup<Figure>,
  columns: MeldingColumns,
  prepared: Prepared,
  work: Int32Array | undefined,
  norms: CategoryNorms,
): void {
  const { created, closed, area, source, category, status } = columns;
  const { role } = prepared;
  const noCategory = columns.categories.length;
  const lastDay = setup.lastDay;
  const base0 = setup.firstDay;
  const count = all.length;
  for (let at = 0; at < columns.length; at++) {
    const kind = role[at] as number;
    if (kind === 0) continue;
    const sourceNumber = source[at] as number;
    const categoryNumber = category[at] as number;
    const norm = categoryNumber < 0 ? noCategory : categoryNumber;
    const position = area[at] as number;
    const state = status[at] as number;
    const closedDay = closed[at] as number;
    const createdDay = created[at] as number;
    for (let which = 0; which < count; which++) {
      const sums = all[which] as Sums;
      if (kind !== sums.wanted || sums.sourceOk[sourceNumber] !== 1 || sums.categoryOk[norm] !== 1) continue;
      const { periods, numerator, denominator, pending, mode } = sums;
      const base = position * periods;
      sums.own[position] = 1;
      if (mode === 4) {
        if (state === CLOSED && closedDay === NO_DAY) continue;
        const grid = sums.target.grid;
        const opened = grid.firstEndingFrom(createdDay);
        if (opened < periods) (numerator[base + opened] as number)++;
        if (closedDay !== NO_DAY) {
          const ended = grid.firstEndingFrom(closedDay);
          if (ended < periods) (denominator[base + ended] as number)++;
        }
        continue;
      }
      const slot = sums.slots[at] as number;
      // Every melding is made within the span (readMeldingen rejects others), so a slot below 0
      // is a period the span covers only in part.
      if (slot < 0) {
        sums.inPartial++;
        continue;
      }
      const cell = base + slot;
      if (mode === 0) {
        (numerator[cell] as number)++;
        continue;
      }
      if (mode !== 3) {
        if (state === OPEN) (pending[cell] as number)++;
        else if (closedDay !== NO_DAY) {
          (numerator[cell] as number) +=
            mode === 1 && work !== undefined
              ? (work[closedDay - base0] as number) - (work[createdDay - base0] as number)
              : closedDay - createdDay;
          (denominator[cell] as number)++;
        }
        continue;
      }
      const days = norms.days[norm] as number;
      if (days < 0) {
        sums.withoutNorm++;
        continue;
      }
      if (state === CLOSED && closedDay === NO_DAY) continue;
      const end = state === OPEN ? lastDay : closedDay;
      const elapsed =
        norms.working[norm] === 1 && work !== undefined
          ? (work[end - base0] as number) - (work[createdDay - base0] as number)
          : end - createdDay;
      if (state !== OPEN) {
        (denominator[cell] as number)++;
        if (elapsed <= days) (numerator[cell] as number)++;
      } else if (elapsed > days) {
        (denominator[cell] as number)++;
      } else {
        (pending[cell] as number)++;
      }
    }
  }
}

/** Turns one indicator's sums into its rows and warnings. */
function writeTarget(sums: Sums, setup: Setup<Figure>, rows: Rows, warnings: Warnings): void {
  const { target, numerator, denominator, pending, own, periods, inPartial, withoutNorm } = sums;
  const { figure, grid } = target;
  const { hierarchy } = setup;
  const lastDay = setup.lastDay;

  if (figure.figure === "open-at-end") {
    // Open at the end of a period: made by then, less closed by then.
    for (let position = 0; position < hierarchy.ids.length; position++) {
      let open = 0;
      for (let period = 0; period < periods; period++) {
        const cell = position * periods + period;
        open += (numerator[cell] as number) - (denominator[cell] as number);
        numerator[cell] = open;
      }
    }
  }
  warnPartlyCovered(warnings, setup, target, figure.figure === "open-at-end" ? undefined : inPartial, meldingen);
  sumUpTree(hierarchy, numerator, periods);
  sumUpTree(hierarchy, denominator, periods);
  sumUpTree(hierarchy, pending, periods);

  const id = target.indicator.id;
  if (figure.figure === "within-norm") {
    warnings.add(
      "no-norm",
      withoutNorm,
      {
        nl: `${id}: ${counted(withoutNorm, meldingen, "nl")} in een categorie zonder norm: niet in het aandeel binnen de norm`,
        en: `${id}: ${counted(withoutNorm, meldingen, "en")} in a category without a norm: not in the within-norm share`,
      },
      { indicator: id },
    );
  }
  const areas = additiveAreas(hierarchy, setup.covered, own);
  const isRatio = figure.figure === "handling-days" || figure.figure === "within-norm";
  const undivided = new Examples();
  const pendingPeriods = new Examples();
  let pendingCells = 0;
  for (const position of areas) {
    for (const [period, { text }] of grid.periods.entries()) {
      const cell = position * periods + period;
      if (!isRatio) {
        const value = numerator[cell] as number;
        rows.value(
          target,
          position,
          period,
          value,
          value === 0 && figure.figure === "open-at-end"
            ? rows.zero("no meldingen open at the end of the period")
            : undefined,
        );
        continue;
      }
      if ((pending[cell] as number) > 0) {
        pendingCells++;
        pendingPeriods.add(text);
      } else if ((denominator[cell] as number) === 0) {
        undivided.add(`${hierarchy.ids[position]} ${text}`);
      } else {
        rows.ratio(target, position, period, numerator[cell] as number, denominator[cell] as number);
      }
    }
  }
  const through = formatDayNumber(lastDay);
  if (figure.figure === "handling-days") {
    warnings.add(
      "still-open",
      pendingCells,
      {
        nl: `${id}: ${pendingCells === 1 ? "1 rij" : `${pendingCells} rijen`} niet geschreven, omdat meldingen uit die periode op ${through} nog openstaan (doorlooptijd nog niet bekend)`,
        en: `${id}: ${pendingCells === 1 ? "1 row" : `${pendingCells} rows`} not written, as reports of that period are still open on ${through} (handling time not yet known)`,
      },
      { indicator: id, examples: pendingPeriods },
    );
  } else if (figure.figure === "within-norm") {
    warnings.add(
      "within-term",
      pendingCells,
      {
        nl: `${id}: ${pendingCells === 1 ? "1 rij" : `${pendingCells} rijen`} niet geschreven, omdat meldingen uit die periode op ${through} open zijn en nog binnen hun termijn vallen`,
        en: `${id}: ${pendingCells === 1 ? "1 row" : `${pendingCells} rows`} not written, as reports of that period are open on ${through} and still within their term`,
      },
      { indicator: id, examples: pendingPeriods },
    );
  }
  if (isRatio) {
    warnings.add(
      "nothing-to-divide",
      undivided.count,
      {
        nl: `${id}: ${undivided.count === 1 ? "1 rij" : `${undivided.count} rijen`} niet geschreven, omdat er in dat gebied en die periode geen meldingen zijn om door te delen; een evaluatie over zo'n periode ziet een gat (kies een grovere granulariteit)`,
        en: `${id}: ${undivided.count === 1 ? "1 row" : `${undivided.count} rows`} not written, as that area and period have no reports to divide by; an evaluation over such a period sees a gap (choose a coarser granularity)`,
      },
      { indicator: id, examples: undivided },
    );
  }
}
