import type { IssueCode, IssueInput } from "../../errors/Issue.js";
import { amsterdamDays } from "./amsterdamDays.js";
import { formatDayNumber, NO_DAY } from "./days.js";
import { Problem, readId, readOptionalText, readText } from "./fields.js";
import { unknownArea } from "./hierarchy.js";
import { IdTable } from "./IdTable.js";
import { Examples } from "./output.js";
import { describe, moment, readTimestamp, timestampProblem } from "./readTimestamp.js";
import { isObject, type Setup } from "./setup.js";

export const OPEN = 0;
export const CLOSED = 1;
export const CANCELLED = 2;
export const SPLIT = 3;

/** The meldingen of a register as columns, one entry per record. */
export interface MeldingColumns {
  readonly length: number;
  /** Amsterdam day of creation. */
  readonly created: Int32Array;
  /** Amsterdam day of closure, or NO_DAY. */
  readonly closed: Int32Array;
  /** The area's position, or -1 for a record that is not counted (bad, or outside the areas). */
  readonly area: Int32Array;
  readonly source: Int32Array;
  readonly category: Int32Array;
  readonly status: Uint8Array;
  /** 1 for a melding that some other melding names as its parent. */
  readonly hasChildren: Uint8Array;
  readonly ids: readonly string[];
  /** The sources (lower case) and categories (lower case) by number. */
  readonly sources: readonly string[];
  readonly categories: readonly string[];
  readonly outside: Examples;
  readonly unknownParents: Examples;
  readonly closedAtIgnored: Examples;
  /** The latest closing day, or NO_DAY. */
  readonly latestClosed: number;
}

const fields = ["id", "source", "createdAt", "closedAt", "status", "category", "parent", "area"];

/** Adds the issue of one field of one record. */
function fail(issues: IssueInput[], at: number, field: string, code: IssueCode, message: string): void {
  issues.push({ code, path: [at, field], message });
}

/**
 * Reads and checks every melding of a register in one pass, with a second over the parents.
 * Adds an issue for each bad field; a bad record is not counted, and the caller throws when
 * there are issues. `workingRange` is the span of days a calendar knows, when working days
 * are needed.
 */
export function readMeldingen(
  setup: Setup<unknown>,
  issues: IssueInput[],
  workingRange: { readonly firstDay: number; readonly lastDay: number; readonly name: string } | undefined,
): MeldingColumns {
  const { records, hierarchy, covered, firstDay, lastDay, covers } = setup;
  const length = records.length;
  const created = new Int32Array(length);
  const closed = new Int32Array(length).fill(NO_DAY);
  const area = new Int32Array(length).fill(-1);
  const source = new Int32Array(length);
  const category = new Int32Array(length).fill(-1);
  const status = new Uint8Array(length);
  const hasChildren = new Uint8Array(length);
  const ids: string[] = new Array<string>(length).fill("");
  const seen = new IdTable(length, ids);
  const sourceNumbers = new Map<string, number>();
  const sources: string[] = [];
  const categoryNumbers = new Map<string, number>();
  const categories: string[] = [];
  const parents: { child: number; parent: string }[] = [];
  const outside = new Examples();
  const unknownParents = new Examples();
  const closedAtIgnored = new Examples();
  const dayOf = amsterdamDays(firstDay, lastDay, length * 2);
  const read = moment();
  const index = hierarchy.index;
  let latestClosed = NO_DAY;

  const intern = (text: string, numbers: Map<string, number>, names: string[]): number => {
    let number = numbers.get(text);
    if (number === undefined) {
      const lower = text.toLowerCase();
      number = numbers.get(lower);
      if (number === undefined) {
        number = names.length;
        names.push(lower);
        numbers.set(lower, number);
      }
      numbers.set(text, number);
    }
    return number;
  };

  for (let at = 0; at < length; at++) {
    const record = records[at];
    if (!isObject(record)) {
      issues.push({
        code: "not-an-object",
        path: [at],
        message: `expected a melding (an object), not ${describe(record)}`,
      });
      ids[at] = "";
      continue;
    }
    const before = issues.length;
    const fieldsOf: Readonly<Record<string, unknown>> = record;
    for (const key in fieldsOf) {
      switch (key) {
        case "id":
        case "source":
        case "createdAt":
        case "closedAt":
        case "status":
        case "category":
        case "parent":
        case "area":
          break;
        default:
          fail(issues, at, key, "unknown-field", `unknown field '${key}': a melding has ${fields.join(", ")}`);
      }
    }

    const id = readId(fieldsOf["id"]);
    if (id instanceof Problem) {
      fail(issues, at, "id", id.code, id.message);
      ids[at] = "";
    } else {
      ids[at] = id;
      seen.hash(at);
    }

    const sourceText = readText(fieldsOf["source"], 100);
    if (sourceText instanceof Problem) fail(issues, at, "source", sourceText.code, sourceText.message);
    else source[at] = intern(sourceText, sourceNumbers, sources);

    let createdDay = NO_DAY;
    let createdMs = Number.NaN;
    const createdAt = fieldsOf["createdAt"];
    if (typeof createdAt === "string" && readTimestamp(createdAt, read)) {
      createdDay = read.dateOnly ? read.day : dayOf(read.ms);
      createdMs = read.ms;
      if (createdDay < firstDay || createdDay > lastDay) {
        issues.push({
          code: "outside-span",
          path: [at, "createdAt"],
          params: { day: formatDayNumber(createdDay), covers },
          message: `made on ${formatDayNumber(createdDay)} (in Amsterdam), outside the register's span ${covers}`,
        });
      }
    } else {
      fail(issues, at, "createdAt", "invalid-timestamp", timestampProblem(createdAt));
    }

    let state = OPEN;
    const statusText = fieldsOf["status"];
    switch (statusText) {
      case "open":
      case "in-progress":
      case "on-hold":
      case "reopened":
        break;
      case "closed":
        state = CLOSED;
        break;
      case "cancelled":
        state = CANCELLED;
        break;
      case "split":
        state = SPLIT;
        break;
      default:
        fail(
          issues,
          at,
          "status",
          "not-one-of",
          `unknown status ${describe(statusText)}: expected open, in-progress, on-hold, reopened, closed, cancelled or split`,
        );
    }
    status[at] = state;

    const closedAt = fieldsOf["closedAt"];
    if (closedAt !== undefined && closedAt !== null && closedAt !== "") {
      if (typeof closedAt === "string" && readTimestamp(closedAt, read)) {
        const closedDay = read.dateOnly ? read.day : dayOf(read.ms);
        const before = read.dateOnly || Number.isNaN(createdMs) ? closedDay < createdDay : read.ms < createdMs;
        if (createdDay !== NO_DAY && before) {
          fail(
            issues,
            at,
            "closedAt",
            "closed-before-created",
            `closed (${closedAt}) before it was made (${String(createdAt)})`,
          );
        } else if (state === OPEN) {
          // Not closed now: an earlier closure of a reopened melding. Its time runs on.
          closedAtIgnored.add(id instanceof Problem ? "" : id);
        } else {
          closed[at] = closedDay;
          if (closedDay > latestClosed) latestClosed = closedDay;
        }
      } else {
        fail(issues, at, "closedAt", "invalid-timestamp", timestampProblem(closedAt));
      }
    }

    const categoryText = readOptionalText(fieldsOf["category"], 200);
    if (categoryText instanceof Problem) fail(issues, at, "category", categoryText.code, categoryText.message);
    else if (categoryText !== undefined) category[at] = intern(categoryText, categoryNumbers, categories);

    const parentValue = fieldsOf["parent"];
    if (parentValue !== undefined && parentValue !== null && parentValue !== "") {
      const parent = readId(parentValue);
      if (parent instanceof Problem) fail(issues, at, "parent", parent.code, parent.message);
      else if (parent === id)
        fail(issues, at, "parent", "invalid-input", `melding '${parent}' names itself as its parent`);
      else parents.push({ child: at, parent });
    }

    let position = -1;
    const areaText = readText(fieldsOf["area"], 100);
    if (areaText instanceof Problem) fail(issues, at, "area", areaText.code, areaText.message);
    else {
      const found = index.get(areaText);
      if (found === undefined) issues.push(unknownArea(hierarchy, areaText, [at, "area"]));
      else position = found;
    }

    if (workingRange !== undefined && createdDay !== NO_DAY) {
      const closedDay = closed[at] as number;
      if (
        createdDay < workingRange.firstDay ||
        createdDay > workingRange.lastDay ||
        (closedDay !== NO_DAY && closedDay > workingRange.lastDay)
      ) {
        fail(
          issues,
          at,
          createdDay < workingRange.firstDay || createdDay > workingRange.lastDay ? "createdAt" : "closedAt",
          "outside-calendar",
          `needs working days the calendar '${workingRange.name}' does not know (it knows ${formatDayNumber(workingRange.firstDay).slice(0, 4)} to ${formatDayNumber(workingRange.lastDay).slice(0, 4)})`,
        );
      }
    }

    created[at] = createdDay;
    if (issues.length > before || position === -1) continue;
    if (covered[position] !== 1) {
      outside.add(ids[at] as string);
      continue;
    }
    area[at] = position;
  }

  const repeats = seen.repeats();
  for (const { position, first } of repeats) {
    const id = ids[position] as string;
    issues.push({
      code: "duplicate-id",
      path: [position, "id"],
      params: { kind: "melding", id, first: [first] },
      message: `duplicate id '${id}' (also record ${first}): a reopened melding is one record, with its last closure as closedAt`,
    });
  }
  // Issues by record, as they were found within each (sort is stable).
  if (repeats.length > 0) issues.sort((a, b) => Number(a.path[0]) - Number(b.path[0]));

  for (const { child, parent } of parents) {
    const found = seen.find(parent);
    if (found === -1) unknownParents.add(ids[child] as string);
    else hasChildren[found] = 1;
  }

  return {
    length,
    created,
    closed,
    area,
    source,
    category,
    status,
    hasChildren,
    ids,
    sources,
    categories,
    outside,
    unknownParents,
    closedAtIgnored,
    latestClosed,
  };
}
