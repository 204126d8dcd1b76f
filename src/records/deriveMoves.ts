import type { z } from "zod";
import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import type { IssueInput } from "../errors/Issue.js";
import type { Model } from "../model/Model.js";
import type { Derivation } from "./Derivation.js";
import { amsterdamDays } from "./internal/amsterdamDays.js";
import { formatDayNumber, NO_DAY } from "./internal/days.js";
import { readId, readOptionalCount } from "./internal/fields.js";
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
import { type FigureSpec, isObject, readSetup, type Setup } from "./internal/setup.js";
import type { DwellingCount, Move } from "./Move.js";
import { MoveFigure } from "./Move.js";
import type { RecordsOptions, Register } from "./Register.js";

/**
 * A register of tenancy changes: a {@link Register} of {@link Move}s with the dwelling stock
 * of the areas, as {@link DwellingCount}s, for the turnover rate.
 *
 * @category Records
 * @example
 * import type { MovesRegister } from "buurtaanpak/records";
 *
 * const woonkracht: MovesRegister = {
 *   covers: "2024-01-01/2024-12-31",
 *   source: "Woonkracht10, mutaties 2024",
 *   records: [{ area: "BU04820101", date: "2024-05-01" }],
 *   dwellings: [{ area: "BU04820101", date: "2024-01-01", dwellings: 430 }],
 * };
 */
export interface MovesRegister<Record = Move> extends Register<Record> {
  readonly dwellings?: readonly DwellingCount[] | readonly unknown[];
}

/**
 * The figures {@link deriveMoves} writes when the options name none: the preset's
 * `mutatiegraad` (Bijlage 2, Groep 1), moves ÷ dwellings.
 *
 * @category Records
 * @example
 * import { defaultMoveFigures } from "buurtaanpak/records";
 *
 * defaultMoveFigures["mutatiegraad"];
 * //=> { figure: "turnover" }
 */
export const defaultMoveFigures: Readonly<Record<string, MoveFigure>> = Object.freeze({
  mutatiegraad: Object.freeze({ figure: "turnover" }),
} satisfies Record<string, MoveFigure>);

type Figure = z.output<typeof MoveFigure>;

const spec: FigureSpec<Figure> = {
  schema: MoveFigure,
  defaults: defaultMoveFigures,
  needs: (figure) => (figure.figure === "turnover" ? { measure: "ratio", denominator: "stock" } : { measure: "count" }),
};

const moves: Noun = { nl: ["verhuizing", "verhuizingen"], en: ["move", "moves"] };

/** An area's dwelling stock as steps: from `days[i]` on, `levels[i]` dwellings. */
interface Stock {
  readonly days: number[];
  readonly levels: number[];
}

/**
 * Derives observation rows from tenancy changes and the dwelling stock: the number of moves, and
 * the turnover rate (mutatiegraad) as moves over dwellings. The rate's denominator is the mean
 * of the daily dwelling stock over the period, a stock: the engine takes the time-weighted mean
 * of the denominators, so tenancy changes and dwellings by quarter give the same yearly rate
 * as yearly figures. A move counts in the period of its Amsterdam date.
 *
 * Rows: a row per buurt (and per area above the buurten that has moves of its own) for every
 * period the register wholly covers, 0 moves where it holds none. A turnover row needs the
 * area's dwelling stock for the whole period; without it the row is not written, and a
 * `no-dwellings` warning says where.
 *
 * @param model - the model whose indicators the rows are for
 * @param register - the moves, the span they cover and the dwelling stock; see {@link MovesRegister}
 * @param options - the areas, granularity and mapping
 * @returns the rows and the warnings
 * @throws {@link buurtaanpak!BuurtaanpakError | BuurtaanpakError} with code `invalid-options` for a
 *   bad register header or options, and `invalid-records` listing every bad move or dwelling
 *   count (paths `[index, field]` and `["dwellings", index, field]`): an unknown area, an
 *   unreadable date, a duplicate id or dwelling count, or a move outside the register's span
 * @category Records
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import { deriveMoves } from "buurtaanpak/records";
 *
 * const areas: Area[] = [
 *   { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
 *   { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "GM0482" },
 * ];
 * const { rows } = deriveMoves(
 *   alblasserdam,
 *   {
 *     covers: "2024-01-01/2024-12-31",
 *     records: [{ area: "BU04820101", date: "2024-03-15" }, { area: "BU04820101", date: "2024-11-02" }],
 *     dwellings: [{ area: "BU04820101", date: "2024-01-01", dwellings: 400 }],
 *   },
 *   { areas },
 * );
 * rows.map((row) => [row.area, row.period, row.numerator, row.denominator]);
 * //=> [["BU04820101", "2024", 2, 400]]
 */
export function deriveMoves(
  model: Model,
  register: MovesRegister<unknown>,
  options?: RecordsOptions<MoveFigure>,
): Derivation {
  const issues: IssueInput[] = [];
  const setup = readSetup(model, register, options, spec, issues, ["dwellings"]);
  const dwellingsInput = isObject(register) ? register["dwellings"] : undefined;
  if (dwellingsInput !== undefined && !Array.isArray(dwellingsInput)) {
    issues.push({
      code: "not-a-list",
      path: ["register", "dwellings"],
      message: `expected the dwelling counts as an array, not ${describe(dwellingsInput)}`,
    });
  }
  if (issues.length > 0 || setup === undefined) throw new BuurtaanpakError("invalid-options", issues);

  const warnings = new Warnings();
  const reader: RecordReader = {
    issues,
    moment: moment(),
    dayOf: amsterdamDays(setup.firstDay, setup.lastDay, setup.records.length),
    hierarchy: setup.hierarchy,
    path: [],
  };
  const read = readMoves(setup, reader, warnings);
  const stocks = readDwellings(Array.isArray(dwellingsInput) ? dwellingsInput : [], reader);
  if (issues.length > 0) throw new BuurtaanpakError("invalid-records", issues);

  const rows = new Rows(setup, "moves");
  const { hierarchy } = setup;
  if (setup.targets.length === 0) {
    warnings.add("no-indicators", read.days.length, {
      nl: "het model heeft geen van de indicatoren die de koppeling noemt: er zijn geen rijen geschreven",
      en: "the model has none of the indicators the mapping names: no rows were written",
    });
  }
  for (const target of setup.targets) {
    const { grid } = target;
    const periods = grid.periods.length;
    const counts = new Float64Array(hierarchy.ids.length * periods);
    let inPartial = 0;
    read.days.forEach((day, index) => {
      const slot = grid.slotOf(day);
      if (slot === -2) inPartial++;
      if (slot >= 0) (counts[(read.areas[index] as number) * periods + slot] as number)++;
    });
    sumUpTree(hierarchy, counts, periods);
    warnPartlyCovered(warnings, setup, target, inPartial, moves);
    const unknownStock = new Examples();
    for (const area of additiveAreas(hierarchy, setup.covered, read.hasOwn)) {
      grid.periods.forEach((period, slot) => {
        const value = counts[area * periods + slot] as number;
        if (target.figure.figure === "count") {
          rows.value(target, area, slot, value);
          return;
        }
        const stock = meanStock(stocks.get(area), period.firstDay, period.lastDay);
        if (stock === undefined || stock === 0) unknownStock.add(`${hierarchy.ids[area]} ${period.text}`);
        else rows.ratio(target, area, slot, value, stock, value === 0 ? rows.zero("no moves") : undefined);
      });
    }
    const id = target.indicator.id;
    warnings.add(
      "no-dwellings",
      unknownStock.count,
      {
        nl: `${id}: ${unknownStock.count === 1 ? "1 rij" : `${unknownStock.count} rijen`} niet geschreven, omdat de woningvoorraad van dat gebied voor (een deel van) die periode niet bekend of 0 is`,
        en: `${id}: ${unknownStock.count === 1 ? "1 row" : `${unknownStock.count} rows`} not written, as the area's dwelling stock is not known (or 0) for (part of) that period`,
      },
      { indicator: id, examples: unknownStock },
    );
  }
  return { rows: rows.list, warnings: warnings.list };
}

function readMoves(setup: Setup<Figure>, reader: RecordReader, warnings: Warnings) {
  const { records, firstDay, lastDay, covers, hierarchy } = setup;
  const days: number[] = [];
  const areas: number[] = [];
  const hasOwn = new Uint8Array(hierarchy.ids.length);
  const seen = new Map<string, number>();
  const outside = new Examples();
  records.forEach((record, at) => {
    reader.path = [at];
    if (!isObject(record)) {
      reader.issues.push({
        code: "not-an-object",
        path: [at],
        message: `expected a move (an object), not ${describe(record)}`,
      });
      return;
    }
    const before = reader.issues.length;
    checkFields(reader, record, ["id", "area", "date"], "a move");
    let id: string | undefined;
    if (record["id"] !== undefined && record["id"] !== null && record["id"] !== "") {
      id = take(reader, "id", readId(record["id"]));
      if (id !== undefined) {
        const earlier = seen.get(id);
        if (earlier !== undefined)
          fail(reader, "id", "duplicate-id", `duplicate id '${id}' (also record ${earlier})`, {
            kind: "move",
            id,
            first: [earlier],
          });
        else seen.set(id, at);
      }
    }
    const day = readDay(reader, record, "date", true);
    if (day !== NO_DAY && (day < firstDay || day > lastDay))
      outsideSpan(reader, "date", formatDayNumber(day), covers, "moved on");
    const area = readArea(reader, record["area"], "area");
    if (reader.issues.length > before || area === -1) return;
    if (setup.covered[area] !== 1) {
      outside.add(id ?? `#${at}`);
      return;
    }
    if (hierarchy.isLeaf[area] !== 1) hasOwn[area] = 1;
    days.push(day);
    areas.push(area);
  });
  const named = setup.named.map((position) => hierarchy.ids[position]).join(", ");
  warnings.add(
    "outside-areas",
    outside.count,
    {
      nl: `${counted(outside.count, moves, "nl")} in een gebied buiten de gebieden van het register (${named}): niet geteld`,
      en: `${counted(outside.count, moves, "en")} in an area outside the register's areas (${named}): not counted`,
    },
    { examples: outside },
  );
  return { days, areas, hasOwn };
}

function readDwellings(input: readonly unknown[], reader: RecordReader): Map<number, Stock> {
  const stocks = new Map<number, Stock>();
  const seen = new Map<string, number>();
  input.forEach((record, at) => {
    reader.path = ["dwellings", at];
    if (!isObject(record)) {
      reader.issues.push({
        code: "not-an-object",
        path: ["dwellings", at],
        message: `expected a dwelling count (an object), not ${describe(record)}`,
      });
      return;
    }
    const before = reader.issues.length;
    checkFields(reader, record, ["area", "date", "dwellings"], "a dwelling count");
    const area = readArea(reader, record["area"], "area");
    const day = readDay(reader, record, "date", true);
    const dwellings =
      record["dwellings"] === undefined ? undefined : take(reader, "dwellings", readOptionalCount(record["dwellings"]));
    if (record["dwellings"] === undefined || record["dwellings"] === null || record["dwellings"] === "")
      fail(reader, "dwellings", "missing-field", "missing: 'dwellings' is required");
    if (reader.issues.length > before || area === -1 || dwellings === undefined) return;
    const key = `${area} ${day}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(
        reader,
        "date",
        "duplicate-row",
        `a second dwelling count for ${reader.hierarchy.ids[area]} on ${formatDayNumber(day)} (also dwellings[${earlier}])`,
      );
      return;
    }
    seen.set(key, at);
    let stock = stocks.get(area);
    if (stock === undefined) {
      stock = { days: [], levels: [] };
      stocks.set(area, stock);
    }
    stock.days.push(day);
    stock.levels.push(dwellings);
  });
  // In time order, so that a step holds until the next.
  for (const stock of stocks.values()) {
    const order = stock.days
      .map((_, index) => index)
      .sort((a, b) => (stock.days[a] as number) - (stock.days[b] as number));
    const days = order.map((index) => stock.days[index] as number);
    const levels = order.map((index) => stock.levels[index] as number);
    stock.days.splice(0, days.length, ...days);
    stock.levels.splice(0, levels.length, ...levels);
  }
  return stocks;
}

/** The mean over the days `first`..`last` of a stepped stock; undefined when a day has none. */
function meanStock(stock: Stock | undefined, first: number, last: number): number | undefined {
  if (stock === undefined || (stock.days[0] as number) > first) return undefined;
  let total = 0;
  for (let index = 0; index < stock.days.length; index++) {
    const from = Math.max(first, stock.days[index] as number);
    const to = Math.min(last, (stock.days[index + 1] ?? Number.POSITIVE_INFINITY) - 1);
    if (to >= from) total += (to - from + 1) * (stock.levels[index] as number);
  }
  return total / (last - first + 1);
}
