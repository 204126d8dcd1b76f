import type { z } from "zod";
import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import type { IssueInput } from "../errors/Issue.js";
import type { Model } from "../model/Model.js";
import { ActivityFigure, ActivityKind } from "./Activity.js";
import type { Derivation } from "./Derivation.js";
import { amsterdamDays } from "./internal/amsterdamDays.js";
import { formatDayNumber, NO_DAY } from "./internal/days.js";
import { readFlag, readId, readOptionalCount, readOptionalList } from "./internal/fields.js";
import type { GridPeriod } from "./internal/grid.js";
import { inside, unknownArea } from "./internal/hierarchy.js";
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
import { checkFields, fail, outsideSpan, type RecordReader, readArea, readDay, take } from "./internal/readFields.js";
import { describe, moment } from "./internal/readTimestamp.js";
import { type FigureSpec, isObject, readSetup, type Setup, type Target } from "./internal/setup.js";
import type { RecordsOptions, Register } from "./Register.js";

/**
 * Options of {@link deriveActivities}: those of every derivation ({@link RecordsOptions}), and
 * `lessActive`, the areas marked less active (the vision's "minder actieve wijken"); an activity
 * in one of them, or inside one, counts for figures with `lessActive: true`.
 *
 * @category Records
 * @example
 * import type { DeriveActivitiesOptions } from "buurtaanpak/records";
 *
 * const options: DeriveActivitiesOptions = { granularity: "quarter", lessActive: ["WK048203"] };
 */
export interface DeriveActivitiesOptions extends RecordsOptions<ActivityFigure> {
  readonly lessActive?: readonly string[];
}

const events = ["event", "initiative", "cleanup"] as const;

/**
 * The figures {@link deriveActivities} writes when the options name none: the preset's
 * indicators of groups 1 to 4 that activities feed (Bijlage 2). Only the indicators the model
 * has are written.
 *
 * @category Records
 * @example
 * import { defaultActivityFigures } from "buurtaanpak/records";
 *
 * defaultActivityFigures["deelnemende-organisaties"];
 * //=> { figure: "organisations", kinds: ["event", "initiative", "cleanup"] }
 */
export const defaultActivityFigures: Readonly<Record<string, ActivityFigure>> = Object.freeze({
  // Bijlage 2, Groep 1: "Opruimacties & andere initiatieven", deelnemers
  "opruimacties-deelnemers": Object.freeze({
    figure: "participants",
    kinds: Object.freeze(["cleanup", "initiative"] as const),
  }),
  // Bijlage 2, Groep 2: bijeenkomsten met het netwerk
  netwerkbijeenkomsten: Object.freeze({ figure: "count", kinds: Object.freeze(["network-meeting"] as const) }),
  // Bijlage 2, Groep 3: deelnemers per evenement of themabijeenkomst; keren in de buurt gewerkt
  "deelnemers-per-evenement": Object.freeze({
    figure: "participants-per-activity",
    kinds: Object.freeze(["event", "theme-meeting"] as const),
  }),
  "zichtbaarheid-in-de-buurt": Object.freeze({ figure: "count", kinds: Object.freeze(["presence"] as const) }),
  // Bijlage 2, Groep 4: buurtevenementen en -initiatieven
  "deelnemende-organisaties": Object.freeze({ figure: "organisations", kinds: Object.freeze(events) }),
  "deelnemers-evenementen": Object.freeze({ figure: "participants", kinds: Object.freeze(events) }),
  "aantal-evenementen": Object.freeze({ figure: "count", kinds: Object.freeze(events) }),
  "minder-actieve-wijken": Object.freeze({ figure: "count", kinds: Object.freeze(events), lessActive: true }),
  "zelf-georganiseerd": Object.freeze({ figure: "count", kinds: Object.freeze(events), selfOrganised: true }),
} satisfies Record<string, ActivityFigure>);

type Figure = z.output<typeof ActivityFigure>;

const spec: FigureSpec<Figure> = {
  schema: ActivityFigure,
  defaults: defaultActivityFigures,
  needs: (figure) =>
    figure.figure === "participants-per-activity" ? { measure: "ratio", denominator: "flow" } : { measure: "count" },
};

const activities: Noun = { nl: ["activiteit", "activiteiten"], en: ["activity", "activities"] };
const fields = ["id", "kind", "start", "end", "area", "organisations", "participants", "selfOrganised"];

/** The activities of a register, checked. */
interface Read {
  readonly area: number;
  readonly kind: ActivityKind;
  readonly day: number;
  readonly organisations: readonly number[];
  readonly participants: number | undefined;
  readonly selfOrganised: boolean;
}

/**
 * Derives observation rows from the agenda of activities: counts by kind, participants,
 * participants per activity, and distinct participating organisations; by default for the
 * preset's indicators of groups 1 to 4 ({@link defaultActivityFigures}). An activity counts in
 * the period of its start date in Europe/Amsterdam.
 *
 * - Participants: unknown is not 0. An area and period with an activity without a count get
 *   no participants row (a sum of the known ones would read as the total), and an
 *   `unknown-total` warning names them; participants per activity leaves such activities out of
 *   both its parts; an `unknown-participants` warning counts the activities.
 * - Distinct organisations count once per area and once at every level above, so their rows
 *   are written for the wijken and the gemeente too; additive figures get buurt rows only (and
 *   rows for an area above the buurten that holds activities of its own, such as a meeting for
 *   the whole gemeente), and the engine sums them.
 *
 * @param model - the model whose indicators the rows are for
 * @param register - the activities and the span they cover; see {@link Register} and {@link Activity}
 * @param options - the areas, granularity, mapping and the areas marked less active
 * @returns the rows and the warnings
 * @throws {@link buurtaanpak!BuurtaanpakError | BuurtaanpakError} with code `invalid-options` for a
 *   bad register header or options, and `invalid-records` listing every bad activity, its index
 *   and field: an unknown area, an unreadable date, a duplicate id, an end before the start, or
 *   a start outside the register's span
 * @category Records
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import { deriveActivities } from "buurtaanpak/records";
 *
 * const areas: Area[] = [
 *   { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
 *   { id: "WK048201", kind: "wijk", name: "Wijk 01 Centrum", parent: "GM0482" },
 *   { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "WK048201" },
 *   { id: "BU04820102", kind: "buurt", name: "Redersbuurt", parent: "WK048201" },
 * ];
 * const { rows } = deriveActivities(
 *   alblasserdam,
 *   {
 *     covers: "2024-01-01/2024-12-31",
 *     records: [
 *       { id: "a-1", kind: "event", start: "2024-04-27", area: "BU04820101", organisations: ["Stichting Present"], participants: 40, selfOrganised: false },
 *       { id: "a-2", kind: "cleanup", start: "2024-09-21", area: "BU04820102", organisations: ["Stichting Present"], selfOrganised: true },
 *     ],
 *   },
 *   { areas, indicators: { "deelnemende-organisaties": { figure: "organisations" } } },
 * );
 * rows.map((row) => [row.area, row.value]);
 * //=> [["GM0482", 1], ["WK048201", 1], ["BU04820101", 1], ["BU04820102", 1]]
 */
export function deriveActivities(model: Model, register: Register, options?: DeriveActivitiesOptions): Derivation {
  const issues: IssueInput[] = [];
  const setup = readSetup(model, register, options, spec, issues);
  const settings: Readonly<Record<string, unknown>> = isObject(options) ? options : {};
  let lessActive: Uint8Array | undefined;
  const marked = settings["lessActive"];
  if (marked !== undefined && setup !== undefined) {
    if (!Array.isArray(marked)) {
      issues.push({
        code: "not-a-list",
        path: ["options", "lessActive"],
        message: `expected the ids of the areas marked less active, not ${describe(marked)}`,
      });
    } else {
      const positions: number[] = [];
      marked.forEach((code: unknown, index) => {
        const position = typeof code === "string" ? setup.hierarchy.index.get(code) : undefined;
        if (position !== undefined) positions.push(position);
        else if (typeof code === "string")
          issues.push(unknownArea(setup.hierarchy, code, ["options", "lessActive", index]));
        else
          issues.push({
            code: "not-a-text",
            path: ["options", "lessActive", index],
            message: `expected an area id, not ${describe(code)}`,
          });
      });
      lessActive = inside(setup.hierarchy, positions);
    }
  }
  if (issues.length > 0 || setup === undefined) throw new BuurtaanpakError("invalid-options", issues);

  const warnings = new Warnings();
  const read = readActivities(setup, issues, warnings);
  if (issues.length > 0) throw new BuurtaanpakError("invalid-records", issues);
  const rows = new Rows(setup, "activities");
  if (setup.targets.length === 0) {
    warnings.add("no-indicators", read.list.length, {
      nl: "het model heeft geen van de indicatoren die de koppeling noemt: er zijn geen rijen geschreven",
      en: "the model has none of the indicators the mapping names: no rows were written",
    });
  }
  for (const target of setup.targets) writeTarget(target, setup, read, lessActive, rows, warnings);
  return { rows: rows.list, warnings: warnings.list };
}

function readActivities(setup: Setup<Figure>, issues: IssueInput[], warnings: Warnings) {
  const { hierarchy, records, firstDay, lastDay, covers } = setup;
  const reader: RecordReader = {
    issues,
    moment: moment(),
    dayOf: amsterdamDays(firstDay, lastDay, records.length),
    hierarchy,
    path: [],
  };
  const list: Read[] = [];
  const seen = new Map<string, number>();
  const organisationNumbers = new Map<string, number>();
  const outside = new Examples();
  const unknownParticipants = new Examples();
  records.forEach((record, at) => {
    reader.path = [at];
    if (!isObject(record)) {
      issues.push({
        code: "not-an-object",
        path: [at],
        message: `expected an activity (an object), not ${describe(record)}`,
      });
      return;
    }
    const before = issues.length;
    checkFields(reader, record, fields, "an activity");
    const id = take(reader, "id", readId(record["id"]));
    if (id !== undefined) {
      const earlier = seen.get(id);
      if (earlier !== undefined)
        fail(reader, "id", "duplicate-id", `duplicate id '${id}' (also record ${earlier})`, {
          kind: "activity",
          id,
          first: [earlier],
        });
      else seen.set(id, at);
    }
    const kind = ActivityKind.safeParse(record["kind"]);
    if (!kind.success)
      fail(
        reader,
        "kind",
        "not-one-of",
        `unknown kind ${describe(record["kind"])}: expected ${ActivityKind.options.join(", ")}`,
      );
    const day = readDay(reader, record, "start", true);
    if (day !== NO_DAY && (day < firstDay || day > lastDay))
      outsideSpan(reader, "start", formatDayNumber(day), covers, "began on");
    const end = readDay(reader, record, "end", false);
    if (end !== NO_DAY && day !== NO_DAY && end < day)
      fail(
        reader,
        "end",
        "closed-before-created",
        `ended (${String(record["end"])}) before it began (${String(record["start"])})`,
      );
    const area = readArea(reader, record["area"], "area");
    const names = take(reader, "organisations", readOptionalList(record["organisations"], 200)) ?? [];
    const participants = take(reader, "participants", readOptionalCount(record["participants"]));
    const selfOrganised = take(reader, "selfOrganised", readFlag(record["selfOrganised"]));
    // A missing or unreadable id was reported above: past this line every activity has one.
    if (issues.length > before || id === undefined || area === -1 || !kind.success || selfOrganised === undefined)
      return;
    if (setup.covered[area] !== 1) {
      outside.add(id);
      return;
    }
    if (participants === undefined) unknownParticipants.add(id);
    const organisations: number[] = [];
    for (const name of names) {
      // One organisation, however its name is cased or spaced.
      const key = name.toLowerCase().replace(/\s+/g, " ");
      let number = organisationNumbers.get(key);
      if (number === undefined) {
        number = organisationNumbers.size;
        organisationNumbers.set(key, number);
      }
      if (!organisations.includes(number)) organisations.push(number);
    }
    list.push({ area, kind: kind.data, day, organisations, participants, selfOrganised });
  });
  const areas = setup.named.map((position) => hierarchy.ids[position]).join(", ");
  warnings.add(
    "outside-areas",
    outside.count,
    {
      nl: `${counted(outside.count, activities, "nl")} in een gebied buiten de gebieden van het register (${areas}): niet geteld`,
      en: `${counted(outside.count, activities, "en")} in an area outside the register's areas (${areas}): not counted`,
    },
    { examples: outside },
  );
  warnings.add(
    "unknown-participants",
    unknownParticipants.count,
    {
      nl: `${counted(unknownParticipants.count, activities, "nl")} zonder aantal deelnemers: onbekend is geen 0, dus er is geen totaal voor hun gebied en periode, en deelnemers per activiteit laat ze weg`,
      en: `${counted(unknownParticipants.count, activities, "en")} without a participant count: unknown is not 0, so their area and period get no total, and participants per activity leaves them out`,
    },
    { examples: unknownParticipants },
  );
  return { list };
}

function writeTarget(
  target: Target<Figure>,
  setup: Setup<Figure>,
  read: { readonly list: readonly Read[] },
  lessActive: Uint8Array | undefined,
  rows: Rows,
  warnings: Warnings,
): void {
  const { figure, grid } = target;
  const { hierarchy } = setup;
  const id = target.indicator.id;
  const periods = grid.periods.length;
  const cells = hierarchy.ids.length * periods;
  if (figure.lessActive === true && lessActive === undefined) {
    warnings.add(
      "no-less-active-areas",
      1,
      {
        nl: `${id}: telt activiteiten in minder actieve gebieden, maar geen gebied is zo gemarkeerd (optie lessActive): geen rijen`,
        en: `${id}: counts activities in less active areas, but no area is marked so (option lessActive): no rows`,
      },
      { indicator: id },
    );
    return;
  }
  const inScope = (area: number): boolean => figure.lessActive !== true || lessActive?.[area] === 1;
  const selected = read.list.filter(
    (activity) =>
      (figure.kinds === undefined || figure.kinds.includes(activity.kind)) &&
      (figure.selfOrganised !== true || activity.selfOrganised) &&
      inScope(activity.area),
  );
  let inPartial = 0;

  if (figure.figure === "organisations") {
    // A set per area and period, filled for the activity's area and every area above it.
    const distinct = new Map<number, Set<number>>();
    const ownOrAbove = new Uint8Array(hierarchy.ids.length);
    for (const activity of selected) {
      const slot = grid.slotOf(activity.day);
      if (slot === -2) inPartial++;
      if (slot < 0) continue;
      for (const area of [activity.area, ...(hierarchy.ancestors[activity.area] as readonly number[])]) {
        const cell = area * periods + slot;
        let set = distinct.get(cell);
        if (set === undefined) {
          set = new Set();
          distinct.set(cell, set);
        }
        for (const organisation of activity.organisations) set.add(organisation);
      }
    }
    // Rows for every area in scope and every area above one.
    for (let area = 0; area < hierarchy.ids.length; area++) {
      if (setup.covered[area] !== 1 || !inScope(area)) continue;
      ownOrAbove[area] = 1;
      for (const ancestor of hierarchy.ancestors[area] as readonly number[]) ownOrAbove[ancestor] = 1;
    }
    for (let area = 0; area < hierarchy.ids.length; area++) {
      if (ownOrAbove[area] !== 1) continue;
      const partly = setup.covered[area] !== 1 || !inScope(area);
      for (let period = 0; period < periods; period++) {
        const count = distinct.get(area * periods + period)?.size ?? 0;
        const note =
          count === 0
            ? rows.zero("no activities with organisations taking part")
            : partly
              ? "distinct organisations over the parts of this area that the register covers"
              : undefined;
        rows.value(target, area, period, count, note);
      }
    }
    warnPartlyCovered(warnings, setup, target, inPartial, activities);
    return;
  }

  const numerator = new Float64Array(cells);
  const denominator = new Float64Array(cells);
  const unknown = new Float64Array(cells);
  for (const activity of selected) {
    const slot = grid.slotOf(activity.day);
    if (slot === -2) inPartial++;
    if (slot < 0) continue;
    const cell = activity.area * periods + slot;
    if (figure.figure === "count") (numerator[cell] as number)++;
    else if (activity.participants === undefined) (unknown[cell] as number)++;
    else {
      (numerator[cell] as number) += activity.participants;
      (denominator[cell] as number)++;
    }
  }
  sumUpTree(hierarchy, numerator, periods);
  sumUpTree(hierarchy, denominator, periods);
  sumUpTree(hierarchy, unknown, periods);
  warnPartlyCovered(warnings, setup, target, inPartial, activities);
  const undivided = new Examples();
  const unknownTotal = new Examples();
  // An area above the buurten gets a row when it holds activities of this figure itself.
  const own = new Uint8Array(hierarchy.ids.length);
  for (const activity of selected) if (hierarchy.isLeaf[activity.area] !== 1) own[activity.area] = 1;
  for (const area of additiveAreas(hierarchy, setup.covered, own)) {
    if (!inScope(area)) continue;
    for (let period = 0; period < periods; period++) {
      const cell = area * periods + period;
      const missing = unknown[cell] as number;
      if (figure.figure === "participants-per-activity") {
        if ((denominator[cell] as number) > 0)
          rows.ratio(
            target,
            area,
            period,
            numerator[cell] as number,
            denominator[cell] as number,
            missing > 0 ? `leaves out ${counted(missing, activities, "en")} without a participant count` : undefined,
          );
        else undivided.add(`${hierarchy.ids[area]} ${(grid.periods[period] as GridPeriod).text}`);
        continue;
      }
      const value = numerator[cell] as number;
      if (figure.figure === "participants" && missing > 0) {
        // A total without some activities' participants is not the total: no row, never a
        // lower bound that an evaluation would read as the figure.
        unknownTotal.add(`${hierarchy.ids[area]} ${(grid.periods[period] as GridPeriod).text}`);
      } else if (figure.figure === "participants" && value === 0 && (denominator[cell] as number) > 0) {
        rows.value(target, area, period, 0, null);
      } else {
        rows.value(target, area, period, value);
      }
    }
  }
  if (figure.figure === "participants") {
    warnings.add(
      "unknown-total",
      unknownTotal.count,
      {
        nl: `${id}: ${unknownTotal.count === 1 ? "1 rij" : `${unknownTotal.count} rijen`} niet geschreven, omdat van een of meer activiteiten in dat gebied en die periode het aantal deelnemers onbekend is: onbekend is geen 0`,
        en: `${id}: ${unknownTotal.count === 1 ? "1 row" : `${unknownTotal.count} rows`} not written, as one or more activities in that area and period have no participant count: unknown is not 0`,
      },
      { indicator: id, examples: unknownTotal },
    );
  }
  if (figure.figure === "participants-per-activity") {
    warnings.add(
      "nothing-to-divide",
      undivided.count,
      {
        nl: `${id}: ${undivided.count === 1 ? "1 rij" : `${undivided.count} rijen`} niet geschreven, omdat er in dat gebied en die periode geen activiteiten met een aantal deelnemers zijn; een evaluatie over zo'n periode ziet een gat (kies een grovere granulariteit)`,
        en: `${id}: ${undivided.count === 1 ? "1 row" : `${undivided.count} rows`} not written, as that area and period have no activities with a participant count; an evaluation over such a period sees a gap (choose a coarser granularity)`,
      },
      { indicator: id, examples: undivided },
    );
  }
}
