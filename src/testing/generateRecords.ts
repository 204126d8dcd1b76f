import { z } from "zod";
import { dutchWorkCalendar } from "../calendar-nl/dutchWorkCalendar.js";
import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import type { IssueInput } from "../errors/Issue.js";
import { Area } from "../model/area.js";
import type { Model } from "../model/Model.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { readPeriod } from "../period/read.js";
import type { Activity, ActivityKind } from "../records/Activity.js";
import type { MovesRegister } from "../records/deriveMoves.js";
import type { Melding } from "../records/Melding.js";
import type { DwellingCount, Move } from "../records/Move.js";
import type { Partner } from "../records/Partner.js";
import type { Register } from "../records/Register.js";
import { combineSeeds, createRandom, hashText, type Random } from "./internal/random.js";
import { dateOf, dayOf, logNormalDays, pick, poisson } from "./internal/records.js";
import { sizeOf } from "./internal/sizes.js";

/**
 * Options of {@link generateRecords}.
 *
 * - `seed`: the same seed gives the same records; `7` and `"7"` are the same seed.
 * - `areas`: the area hierarchy; the model's areas when left out. Records go to its leaves (the
 *   buurten), scaled to each one's `figures.inhabitants` (a buurt without figures counts as
 *   1,000 inhabitants); network meetings and town-wide events go to its roots.
 * - `from`, `to`: the first and last day the registers cover, `YYYY-MM-DD`.
 *
 * @category Testing
 * @example
 * import type { GenerateRecordsOptions } from "buurtaanpak/testing";
 *
 * const options: GenerateRecordsOptions = { seed: "demo", from: "2023-01-01", to: "2025-06-30" };
 */
export interface GenerateRecordsOptions {
  readonly seed: number | string;
  readonly areas?: readonly Area[];
  readonly from: string;
  readonly to: string;
}

/**
 * What {@link generateRecords} returns: one register of each kind of record, each covering
 * `from`..`to`, ready for the derivations of `buurtaanpak/records`.
 *
 * @category Testing
 * @example
 * import type { GeneratedRecords } from "buurtaanpak/testing";
 *
 * const kinds: (keyof GeneratedRecords)[] = ["meldingen", "partners", "activities", "moves"];
 */
export interface GeneratedRecords {
  readonly meldingen: Register<Melding>;
  readonly partners: Register<Partner>;
  readonly activities: Register<Activity>;
  readonly moves: MovesRegister<Move>;
}

// Volumes for a gemeente of about 20,000 inhabitants, scaled to each buurt's inhabitants.
// Fixi: tens of meldingen per 1,000 inhabitants a year; the police share a quarter as many.
const FIXI_PER_1000_A_YEAR = 60;
const POLICE_PER_1000_A_YEAR = 15;
// The network: partners by the dozen a year for the whole gemeente, not by the thousand.
const GEMEENTE = 20_000;
const EXISTING = { formal: 40, informal: 25 } as const;
const NEW_A_YEAR = { formal: 12, informal: 10 } as const;
const LEAVING_A_YEAR = 0.06;
// A few events per buurt (of 1,000 inhabitants) a quarter, with tens of participants; a
// moment of presence a month; network meetings for the whole gemeente.
const ACTIVITIES_PER_1000_A_QUARTER = 2.5;
const PRESENCE_PER_1000_A_MONTH = 1;
const NETWORK_MEETINGS_A_QUARTER = 1.5;
const UNKNOWN_PARTICIPANTS = 0.08;
// Tenancy changes: about 8% of the dwellings a year; the stock grows 0.5% a year.
const TURNOVER_A_YEAR = 0.08;
const STOCK_GROWTH = 0.005;
const DAYS_PER_YEAR = 365.2425;
const DAY = 86_400_000;

const fixiCategories = [
  ["afval", 30],
  ["groen", 15],
  ["wegen en stoepen", 15],
  ["openbare verlichting", 10],
  ["overlast", 10],
  ["parkeren", 10],
  ["riolering", 5],
  ["speelplaatsen", 5],
] as const;
const policeCategories = [
  ["overlast", 50],
  ["verkeer", 20],
  ["vandalisme", 20],
  ["inbraak", 10],
] as const;
const activityKinds: readonly (readonly [ActivityKind, number])[] = [
  ["event", 40],
  ["initiative", 25],
  ["cleanup", 20],
  ["theme-meeting", 10],
  ["information-session", 5],
];
const participantRange: Readonly<Record<ActivityKind, readonly [number, number]>> = {
  event: [20, 80],
  initiative: [10, 40],
  cleanup: [8, 30],
  "network-meeting": [15, 35],
  "theme-meeting": [10, 30],
  "information-session": [8, 25],
  presence: [0, 0],
};
const selfOrganisedShare: Readonly<Record<ActivityKind, number>> = {
  event: 0.15,
  initiative: 0.35,
  cleanup: 0.3,
  "network-meeting": 0,
  "theme-meeting": 0,
  "information-session": 0,
  presence: 0,
};

/**
 * Generates deterministic synthetic records of every kind that `buurtaanpak/records` reads, for
 * the tests of downstream dashboards, the demo and benchmarks:
 *
 * - **meldingen** from Fixi and the police, by the Amsterdam day, with handling times of a few
 *   days (a long tail), some still open at the end, 3% cancelled, 2% split into 2 or 3
 *   children, 4% reopened (closed again later, or open again with their first `closedAt`),
 *   and a melding in each night that summer time starts or ends and at 23:30 UTC on New Year's
 *   Eve;
 * - **partners**: existing ones and a dozen new ones a year for a gemeente of 20,000, some
 *   leaving, one in five of those joining again;
 * - **activities**: a few per buurt a quarter with tens of participants (8% without a count),
 *   moments of presence, network meetings for the gemeente, and a town event on Koningsdag
 *   (on Saturday 26 April in 2025, as 27 April is a Sunday);
 * - **moves**: about 8% of the dwellings a year, with the dwelling stock of each buurt on
 *   1 January of each year.
 *
 * Volumes scale with each buurt's inhabitants: about 60 Fixi meldingen per 1,000 inhabitants a
 * year. Every name says it is synthetic. Nothing reads a clock or `Math.random`: each area and
 * month has its own seeded stream.
 *
 * @param model - the model: its gemeente names the sources, its areas are the default
 * @param options - the seed, the areas, and the first and last day
 * @returns a register of each kind, covering `from`..`to`
 * @throws {@link buurtaanpak!BuurtaanpakError | BuurtaanpakError} with code `invalid-options` for a
 *   seed that is not a finite number or a text, invalid areas, or an unreadable or reversed span
 * @category Testing
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import { deriveMeldingen } from "buurtaanpak/records";
 * import { generateRecords } from "buurtaanpak/testing";
 *
 * const areas: Area[] = [
 *   { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
 *   { id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "GM0482", figures: { inhabitants: 980, households: 430 } },
 * ];
 * const records = generateRecords(alblasserdam, { seed: 1, areas, from: "2024-01-01", to: "2024-12-31" });
 * const fixi = deriveMeldingen(alblasserdam, records.meldingen, { areas }).rows.find((row) => row.indicator === "fixi-meldingen");
 * (fixi?.value ?? 0) > 30 && (fixi?.value ?? 0) < 90; // about 60 per 1,000 inhabitants a year
 * //=> true
 * JSON.stringify(generateRecords(alblasserdam, { seed: "1", areas, from: "2024-01-01", to: "2024-12-31" })) === JSON.stringify(records);
 * //=> true
 */
export function generateRecords(model: Model, options: GenerateRecordsOptions): GeneratedRecords {
  const { seed, areas, first, last } = readOptions(model, options);
  const covers = `${dateOf(first)}/${dateOf(last)}`;
  const name = model.gemeente.name;
  const stream = (...key: (string | number)[]) =>
    createRandom(combineSeeds(hashText(seed), hashText(key.join("\u0000"))));

  // Each day's first instant and length in Amsterdam (23 or 25 hours on the summer-time days),
  // from the first day to two months after the last, for closures after the span.
  const days = last - first + 61;
  const midnights = new Float64Array(days + 1);
  for (let index = 0; index <= days; index++)
    midnights[index] = parsePeriod(`${dateOf(first + index)}/${dateOf(first + index)}`).start;
  const end = midnights[last - first + 1] as number;
  const instantIn = (day: number, random: Random) => {
    const at = day - first;
    return (
      (midnights[at] as number) + Math.floor(random() * ((midnights[at + 1] as number) - (midnights[at] as number)))
    );
  };

  const parents = new Set(areas.flatMap((area) => (area.parent === undefined ? [] : [area.parent])));
  const leaves = areas.filter((area) => !parents.has(area.id));
  const roots = areas.filter((area) => area.parent === undefined);
  const middle = areas.filter((area) => area.parent !== undefined && parents.has(area.id));
  const inhabitants = (area: Area) => sizeOf(area).inhabitants;
  const total = leaves.reduce((sum, area) => sum + inhabitants(area), 0);
  const months = monthsOf(first, last);

  // --- meldingen ---------------------------------------------------------------------------
  interface Draft {
    readonly record: Melding;
    /** The instant, then a text unique to the draft: two drafts never tie. */
    readonly key: string;
    readonly prefix: string;
    readonly children: Melding[];
  }
  const drafts: Draft[] = [];
  // Milliseconds since the first midnight are never negative, so padded they sort as numbers.
  const keyOf = (ms: number, order: string) =>
    `${String(ms - (midnights[0] as number)).padStart(16, "0")}\u0000${order}`;
  const close = (random: Random, created: number, median: number): { status: Melding["status"]; closedAt?: string } => {
    const closed = created + logNormalDays(random, median, 1) * DAY;
    const draw = random();
    if (draw < 0.03) return { status: "cancelled", closedAt: iso(Math.min(created + DAY, end - 1)) };
    if (draw < 0.07) {
      // Reopened: closed, reopened, and closed again later, or open again at the end.
      const final = closed + (5 + 15 * random()) * DAY;
      if (final < end) return { status: "closed", closedAt: iso(final) };
      return closed < end ? { status: "reopened", closedAt: iso(closed) } : { status: "reopened" };
    }
    return closed < end ? { status: "closed", closedAt: iso(closed) } : { status: "open" };
  };
  leaves.forEach((area, position) => {
    for (const month of months) {
      for (const [source, rate, categories, median, prefix] of [
        ["fixi", FIXI_PER_1000_A_YEAR, fixiCategories, 3, "F"],
        ["politie", POLICE_PER_1000_A_YEAR, policeCategories, 7, "P"],
      ] as const) {
        const random = stream("meldingen", source, area.id, month.key);
        const count = poisson(random, (rate * inhabitants(area) * month.days) / 1000 / DAYS_PER_YEAR);
        for (let index = 0; index < count; index++) {
          const day = month.first + Math.floor(random() * month.days);
          const ms = instantIn(day, random);
          const category = pick(random, categories);
          const record: Melding = {
            id: "",
            source,
            createdAt: iso(ms),
            category,
            area: area.id,
            ...close(random, ms, median),
          };
          const children: Melding[] = [];
          if (source === "fixi" && random() < 0.02) {
            // Split: the melding becomes a parent; its children are meldingen of their own.
            const split = Math.min(ms + DAY * random(), end - 1);
            Object.assign(record, { status: "split", closedAt: iso(split) });
            const many = 2 + Math.floor(random() * 2);
            for (let child = 0; child < many; child++) {
              const created = Math.min(split + 3_600_000 * random(), end - 1);
              children.push({
                id: "",
                source,
                createdAt: iso(created),
                category: pick(random, categories),
                area: area.id,
                ...close(random, created, median),
              });
            }
          }
          drafts.push({
            record,
            key: keyOf(ms, `${position}\u0000${month.key}\u0000${source}\u0000${index}`),
            prefix,
            children,
          });
        }
      }
    }
  });
  // The nights summer time starts and ends, and New Year's Eve in UTC, in the largest buurt.
  const largest = [...leaves].sort((a, b) => inhabitants(b) - inhabitants(a) || (a.id < b.id ? -1 : 1))[0];
  if (largest !== undefined) {
    const random = stream("meldingen", "edges");
    for (let year = Number(dateOf(first).slice(0, 4)); year <= Number(dateOf(last).slice(0, 4)); year++) {
      const march = lastSunday(year, 3);
      const october = lastSunday(year, 10);
      const edges = [
        `${march}T00:30:00Z`,
        `${march}T01:30:00Z`,
        `${october}T00:30:00Z`,
        `${october}T01:30:00Z`,
        `${year}-12-31T23:30:00Z`,
      ];
      edges.forEach((text, index) => {
        const ms = Date.parse(text);
        if (ms < (midnights[0] as number) || ms >= end) return;
        const record: Melding = {
          id: "",
          source: "fixi",
          createdAt: text,
          category: "openbare verlichting",
          area: largest.id,
          ...close(random, ms, 3),
        };
        drafts.push({ record, key: keyOf(ms, `edge\u0000${year}\u0000${index}`), prefix: "F", children: [] });
      });
    }
  }
  drafts.sort((a, b) => (a.key < b.key ? -1 : 1));
  const meldingen: Melding[] = [];
  const numbers = { F: 0, P: 0 };
  for (const draft of drafts) {
    const id = `${draft.prefix}-${String(++numbers[draft.prefix === "F" ? "F" : "P"]).padStart(6, "0")}`;
    meldingen.push(Object.freeze({ ...draft.record, id }));
    draft.children.forEach((child, index) => {
      meldingen.push(Object.freeze({ ...child, id: `${id}-${index + 1}`, parent: id }));
    });
  }

  // --- partners ------------------------------------------------------------------------------
  const partners: Partner[] = [];
  const scale = total / GEMEENTE;
  const years = (last - first + 1) / DAYS_PER_YEAR;
  const weighted = leaves.map((area) => [area, inhabitants(area)] as const);
  let partnerNumber = 0;
  for (const kind of ["formal", "informal"] as const) {
    const random = stream("partners", kind);
    const existing = poisson(random, EXISTING[kind] * scale);
    const joining = poisson(random, NEW_A_YEAR[kind] * scale * years);
    for (let index = 0; index < existing + joining; index++) {
      partnerNumber++;
      const id = `partner-${String(partnerNumber).padStart(4, "0")}`;
      const joinedDay =
        index < existing
          ? dayOf("2015-01-01") + Math.floor(random() * (first - dayOf("2015-01-01")))
          : first + Math.floor(random() * (last - first + 1));
      const areasOf =
        kind === "informal" && weighted.length > 0
          ? [pick(random, weighted).id]
          : middle.length > 0 && random() < 0.3
            ? [(middle[Math.floor(random() * middle.length)] as Area).id]
            : undefined;
      const partnerName = `Synthetische ${kind === "formal" ? "organisatie" : "bewonersgroep"} ${partnerNumber}`;
      const base = { id, name: partnerName, kind, ...(areasOf === undefined ? {} : { areas: areasOf }) };
      // Leaving some time in the span; one in five of those who leave joins again later.
      const stay = Math.max(joinedDay, first);
      const departs = random() < 1 - (1 - LEAVING_A_YEAR) ** ((last - stay) / DAYS_PER_YEAR);
      if (!departs) {
        partners.push(Object.freeze({ ...base, joined: dateOf(joinedDay) }));
        continue;
      }
      const leftDay = stay + Math.floor(random() * (last - stay + 1));
      partners.push(Object.freeze({ ...base, joined: dateOf(joinedDay), left: dateOf(leftDay) }));
      if (random() < 0.2 && leftDay + 30 < last)
        partners.push(
          Object.freeze({ ...base, joined: dateOf(leftDay + 30 + Math.floor(random() * (last - leftDay - 30))) }),
        );
    }
  }
  const spells = partners.map((partner) => ({
    name: partner.name,
    joined: dayOf(partner.joined),
    left: typeof partner.left === "string" && partner.left !== "" ? dayOf(partner.left) : Number.POSITIVE_INFINITY,
  }));
  const activeOn = (day: number) => spells.filter((spell) => spell.joined <= day && spell.left >= day);

  // --- activities ----------------------------------------------------------------------------
  const activities: Activity[] = [];
  const activity = (
    random: Random,
    id: string,
    kind: ActivityKind,
    day: number,
    area: string,
    extra: Partial<Activity> = {},
  ): Activity => {
    const [low, high] = participantRange[kind];
    const known = kind !== "presence" && random() >= UNKNOWN_PARTICIPANTS;
    const active = activeOn(day);
    const organisations =
      kind === "presence"
        ? []
        : active.filter(() => random() < 2 / Math.max(2, active.length)).map((partner) => partner.name);
    return Object.freeze({
      id,
      kind,
      start: dateOf(day),
      area,
      ...(organisations.length === 0 ? {} : { organisations: [...new Set(organisations)] }),
      ...(known ? { participants: low + Math.floor(random() * (high - low + 1)) } : {}),
      selfOrganised: random() < selfOrganisedShare[kind],
      ...extra,
    });
  };
  for (const area of leaves) {
    for (const month of months) {
      const random = stream("activities", area.id, month.key);
      const perThousand = inhabitants(area) / 1000;
      const count = poisson(random, (ACTIVITIES_PER_1000_A_QUARTER / 3) * perThousand * (month.days / month.length));
      for (let index = 0; index < count; index++) {
        activities.push(
          activity(
            random,
            `activiteit-${area.id}-${month.key}-${index + 1}`,
            pick(random, activityKinds),
            month.first + Math.floor(random() * month.days),
            area.id,
          ),
        );
      }
      const presence = poisson(random, PRESENCE_PER_1000_A_MONTH * perThousand * (month.days / month.length));
      for (let index = 0; index < presence; index++) {
        activities.push(
          activity(
            random,
            `aanwezig-${area.id}-${month.key}-${index + 1}`,
            "presence",
            month.first + Math.floor(random() * month.days),
            area.id,
          ),
        );
      }
    }
  }
  const calendar = dutchWorkCalendar();
  for (const root of roots) {
    for (const month of months) {
      const random = stream("network", root.id, month.key);
      const count = poisson(random, (NETWORK_MEETINGS_A_QUARTER / 3) * (month.days / month.length));
      for (let index = 0; index < count; index++) {
        activities.push(
          activity(
            random,
            `netwerk-${root.id}-${month.key}-${index + 1}`,
            "network-meeting",
            month.first + Math.floor(random() * month.days),
            root.id,
          ),
        );
      }
    }
    // A town event on Koningsdag: Saturday 26 April in 2025, as 27 April is a Sunday.
    for (let year = Number(dateOf(first).slice(0, 4)); year <= Number(dateOf(last).slice(0, 4)); year++) {
      if (year < calendar.firstYear || year > calendar.lastYear) continue;
      const koningsdag = calendar.holidays(year).find((holiday) => holiday.name.nl === "Koningsdag")?.date;
      if (koningsdag === undefined || dayOf(koningsdag) < first || dayOf(koningsdag) > last) continue;
      const random = stream("koningsdag", root.id, year);
      activities.push(
        activity(random, `koningsdag-${root.id}-${year}`, "event", dayOf(koningsdag), root.id, {
          participants: 150 + Math.floor(random() * 250),
          selfOrganised: false,
        }),
      );
    }
  }
  activities.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));

  // --- moves and dwellings ---------------------------------------------------------------------
  const moves: (Move & { readonly id: string })[] = [];
  const dwellings: DwellingCount[] = [];
  const firstYear = Number(dateOf(first).slice(0, 4));
  for (const area of leaves) {
    const stock = sizeOf(area).households;
    for (let year = firstYear; year <= Number(dateOf(last).slice(0, 4)); year++) {
      dwellings.push(
        Object.freeze({
          area: area.id,
          date: `${year}-01-01`,
          dwellings: Math.round(stock * (1 + STOCK_GROWTH) ** (year - firstYear)),
        }),
      );
    }
    for (const month of months) {
      const random = stream("moves", area.id, month.key);
      const count = poisson(random, (TURNOVER_A_YEAR * stock * month.days) / DAYS_PER_YEAR);
      for (let index = 0; index < count; index++) {
        moves.push(
          Object.freeze({
            id: `mutatie-${area.id}-${month.key}-${index + 1}`,
            area: area.id,
            date: dateOf(month.first + Math.floor(random() * month.days)),
          }),
        );
      }
    }
  }
  moves.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));

  const register = <Record>(what: string, records: Record[]) =>
    Object.freeze({
      covers,
      source: `Synthetische ${what} ${name}, gemaakt met seed ${JSON.stringify(seed)}`,
      records: Object.freeze(records),
    });
  return Object.freeze({
    meldingen: register("meldingen (Fixi en politie)", meldingen),
    partners: register("partnerlijst", partners),
    activities: register("activiteitenagenda", activities),
    moves: Object.freeze({ ...register("mutaties", moves), dwellings: Object.freeze(dwellings) }),
  });
}

/** An instant as ISO 8601 in UTC. */
function iso(ms: number): string {
  return new Date(Math.floor(ms)).toISOString();
}

/** The date of the last Sunday of a month, when Europe's summer time starts (March) and ends (October). */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  return dateOf(Math.round(last.getTime() / DAY) - last.getUTCDay());
}

/** The calendar months that `first`..`last` touch, each clipped to the span. */
function monthsOf(first: number, last: number) {
  const months: { key: string; first: number; days: number; length: number }[] = [];
  let day = first;
  while (day <= last) {
    const date = new Date(day * DAY);
    const start = Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY);
    const next = Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY);
    const until = Math.min(next - 1, last);
    months.push({ key: dateOf(start).slice(0, 7), first: day, days: until - day + 1, length: next - start });
    day = until + 1;
  }
  return months;
}

function readOptions(model: Model, options: GenerateRecordsOptions) {
  const issues: IssueInput[] = [];
  const { seed } = options;
  if (typeof seed !== "string" && (typeof seed !== "number" || !Number.isFinite(seed))) {
    issues.push({ code: "invalid-option", path: ["seed"], message: "a seed must be a finite number or a text" });
  }
  let areas: readonly Area[] = [];
  const parsed = z.array(Area).safeParse(options.areas ?? model.areas);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({
        code: "invalid-option",
        path: ["areas", ...issue.path.map((step) => (typeof step === "number" ? step : String(step)))],
        message: issue.message,
      });
    }
  } else {
    areas = parsed.data;
    const ids = new Set(areas.map((area) => area.id));
    areas.forEach((area, index) => {
      if (area.parent !== undefined && !ids.has(area.parent)) {
        issues.push({
          code: "unknown-reference",
          path: ["areas", index, "parent"],
          message: `area '${area.id}' names a parent '${area.parent}' that is not among the areas`,
        });
      }
    });
  }
  let first = 0;
  let last = -1;
  const datePattern = /^\d{4}-\d{2}-\d{2}$/;
  if (
    typeof options.from !== "string" ||
    !datePattern.test(options.from) ||
    typeof options.to !== "string" ||
    !datePattern.test(options.to)
  ) {
    issues.push({
      code: "invalid-option",
      path: ["from"],
      message: "from and to are dates YYYY-MM-DD, the first and last day of the records",
    });
  } else {
    const text = `${options.from}/${options.to}`;
    const span = readPeriod(text);
    if (typeof span === "string") {
      issues.push({ code: "invalid-period", path: ["to"], message: `'${text}' is not a period: ${span}` });
    } else {
      first = dayOf(span.firstDay);
      last = dayOf(span.lastDay);
    }
  }
  if (issues.length > 0) throw new BuurtaanpakError("invalid-options", issues);
  return { seed: String(seed), areas, first, last };
}
