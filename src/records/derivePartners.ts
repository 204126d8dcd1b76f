import type { z } from "zod";
import { BuurtaanpakError } from "../errors/BuurtaanpakError.js";
import type { IssueInput } from "../errors/Issue.js";
import type { Model } from "../model/Model.js";
import type { Derivation } from "./Derivation.js";
import { amsterdamDays } from "./internal/amsterdamDays.js";
import { formatDayNumber, NO_DAY } from "./internal/days.js";
import { readId, readOptionalList, readText } from "./internal/fields.js";
import { counted, Examples, type Noun, Rows, Warnings, warnPartlyCovered } from "./internal/output.js";
import { checkFields, fail, outsideSpan, type RecordReader, readArea, readDay, take } from "./internal/readFields.js";
import { describe, moment } from "./internal/readTimestamp.js";
import { type FigureSpec, isObject, readSetup, type Setup } from "./internal/setup.js";
import { PartnerFigure, PartnerKind } from "./Partner.js";
import type { RecordsOptions, Register } from "./Register.js";

/**
 * The figures {@link derivePartners} writes when the options name none: the preset's new
 * partners in the formal and the informal network (Bijlage 2, Groep 2: "10 nieuwe partners per
 * jaar"). Only the indicators the model has are written.
 *
 * @category Records
 * @example
 * import { defaultPartnerFigures } from "buurtaanpak/records";
 *
 * defaultPartnerFigures["formeel-netwerk"];
 * //=> { figure: "new", kinds: ["formal"] }
 */
export const defaultPartnerFigures: Readonly<Record<string, PartnerFigure>> = Object.freeze({
  "formeel-netwerk": Object.freeze({ figure: "new", kinds: Object.freeze(["formal"] as const) }),
  "informeel-netwerk": Object.freeze({ figure: "new", kinds: Object.freeze(["informal"] as const) }),
} satisfies Record<string, PartnerFigure>);

type Figure = z.output<typeof PartnerFigure>;

const spec: FigureSpec<Figure> = {
  schema: PartnerFigure,
  defaults: defaultPartnerFigures,
  needs: (figure) => ({ measure: figure.figure === "new" ? "count" : "stock" }),
};

const partners: Noun = { nl: ["partner", "partners"], en: ["partner", "partners"] };
const fields = ["id", "name", "kind", "joined", "left", "areas"];

/** One partner, with its spells in time order. */
interface PartnerSpells {
  readonly id: string;
  readonly kind: PartnerKind;
  readonly spells: { readonly joined: number; readonly left: number; readonly at: number }[];
  /** The register's named areas (by their place in `named`) the partner counts for. */
  readonly areas: number[];
}

/**
 * Derives observation rows from the network's list of partners: new partners per period (by
 * default the preset's `formeel-netwerk` and `informeel-netwerk`) and active partners at the
 * end of each period; see {@link PartnerFigure}.
 *
 * - A partner counts as new once, in the period its first spell began; one that leaves and
 *   joins again is active in each spell and not in between, and is counted in a `rejoined`
 *   warning.
 * - A partner that joined before the register's span is an existing partner: active, not new.
 *   One that joined after the span is an error.
 * - Rows go to the register's named areas (the gemeente when it names none), not to every
 *   buurt: "10 new partners a year" is a target for the whole network.
 *
 * @param model - the model whose indicators the rows are for
 * @param register - the partners (one record per spell) and the span the list covers
 * @param options - the areas, granularity and mapping
 * @returns the rows and the warnings
 * @throws {@link buurtaanpak!BuurtaanpakError | BuurtaanpakError} with code `invalid-options` for a
 *   bad register header or options, and `invalid-records` listing every bad partner record, its
 *   index and field: an unknown area, an unreadable date, a `left` before `joined`, spells of one
 *   partner that overlap or differ in kind, or a joining after the register's span
 * @category Records
 * @example
 * import { alblasserdam } from "buurtaanpak/alblasserdam";
 * import { derivePartners } from "buurtaanpak/records";
 *
 * const { rows, warnings } = derivePartners(alblasserdam, {
 *   covers: "2024-01-01/2025-12-31",
 *   records: [
 *     { id: "present", name: "Stichting Present", kind: "formal", joined: "2019-05-01" },
 *     { id: "buurtapp", name: "Buurtapp Kinderdijk", kind: "informal", joined: "2024-02-01", left: "2024-08-31" },
 *     { id: "buurtapp", name: "Buurtapp Kinderdijk", kind: "informal", joined: "2025-03-01" },
 *   ],
 * });
 * rows.filter((row) => row.indicator === "informeel-netwerk").map((row) => [row.period, row.value]);
 * //=> [["2024", 1], ["2025", 0]]
 * warnings.map((warning) => warning.code);
 * //=> ["rejoined"]
 */
export function derivePartners(model: Model, register: Register, options?: RecordsOptions<PartnerFigure>): Derivation {
  const issues: IssueInput[] = [];
  const setup = readSetup(model, register, options, spec, issues);
  if (issues.length > 0 || setup === undefined) throw new BuurtaanpakError("invalid-options", issues);
  const warnings = new Warnings();
  const list = readPartners(setup, issues, warnings);
  if (issues.length > 0) throw new BuurtaanpakError("invalid-records", issues);

  const rows = new Rows(setup, "partners");
  if (setup.targets.length === 0) {
    warnings.add("no-indicators", list.length, {
      nl: "het model heeft geen van de indicatoren die de koppeling noemt: er zijn geen rijen geschreven",
      en: "the model has none of the indicators the mapping names: no rows were written",
    });
  }
  for (const target of setup.targets) {
    const { figure, grid } = target;
    const periods = grid.periods.length;
    const counts = new Float64Array(setup.named.length * periods);
    let inPartial = 0;
    for (const partner of list) {
      if (figure.kinds !== undefined && !figure.kinds.includes(partner.kind)) continue;
      if (figure.figure === "new") {
        const slot = grid.slotOf(partner.spells[0]?.joined ?? NO_DAY);
        if (slot === -2) inPartial++;
        if (slot < 0) continue;
        for (const area of partner.areas) (counts[area * periods + slot] as number)++;
        continue;
      }
      grid.periods.forEach((period, slot) => {
        if (!partner.spells.some((spell) => spell.joined <= period.lastDay && period.lastDay <= spell.left)) return;
        for (const area of partner.areas) (counts[area * periods + slot] as number)++;
      });
    }
    warnPartlyCovered(warnings, setup, target, figure.figure === "new" ? inPartial : undefined, partners);
    setup.named.forEach((area, place) => {
      for (let period = 0; period < periods; period++) {
        const value = counts[place * periods + period] as number;
        rows.value(
          target,
          area,
          period,
          value,
          value === 0 && figure.figure === "active"
            ? rows.zero("no partners active at the end of the period")
            : value === 0
              ? rows.zero("no partners that joined")
              : undefined,
        );
      }
    });
  }
  return { rows: rows.list, warnings: warnings.list };
}

function readPartners(setup: Setup<Figure>, issues: IssueInput[], warnings: Warnings): PartnerSpells[] {
  const { hierarchy, records, firstDay, lastDay, covers, named } = setup;
  const reader: RecordReader = {
    issues,
    moment: moment(),
    dayOf: amsterdamDays(firstDay, lastDay, records.length),
    hierarchy,
    path: [],
  };
  const byId = new Map<string, PartnerSpells>();
  const outside = new Examples();
  records.forEach((record, at) => {
    reader.path = [at];
    if (!isObject(record)) {
      issues.push({
        code: "not-an-object",
        path: [at],
        message: `expected a partner (an object), not ${describe(record)}`,
      });
      return;
    }
    const before = issues.length;
    checkFields(reader, record, fields, "a partner");
    const id = take(reader, "id", readId(record["id"]));
    take(reader, "name", readText(record["name"], 200));
    const kind = PartnerKind.safeParse(record["kind"]);
    if (!kind.success)
      fail(reader, "kind", "not-one-of", `unknown kind ${describe(record["kind"])}: expected formal or informal`);
    const joined = readDay(reader, record, "joined", true);
    if (joined !== NO_DAY && joined > lastDay)
      outsideSpan(reader, "joined", formatDayNumber(joined), covers, "joined on");
    const leftDay = readDay(reader, record, "left", false);
    if (leftDay !== NO_DAY && joined !== NO_DAY && leftDay < joined)
      fail(
        reader,
        "left",
        "closed-before-created",
        `left (${String(record["left"])}) before it joined (${String(record["joined"])})`,
      );
    const codes = take(reader, "areas", readOptionalList(record["areas"], 100));
    const areas = (codes ?? []).map((code) => readArea(reader, code, "areas"));
    if (issues.length > before || id === undefined || !kind.success) return;
    const left = leftDay === NO_DAY ? Number.POSITIVE_INFINITY : leftDay;
    const known = byId.get(id);
    if (known === undefined) {
      // The named areas it counts for: all when it names none, else those its areas lie in or contain.
      const counts = named.flatMap((area, place) =>
        areas.length === 0 ||
        areas.some(
          (own) =>
            own === area ||
            (hierarchy.ancestors[own] as readonly number[]).includes(area) ||
            (hierarchy.ancestors[area] as readonly number[]).includes(own),
        )
          ? [place]
          : [],
      );
      if (counts.length === 0) outside.add(id);
      byId.set(id, { id, kind: kind.data, spells: [{ joined, left, at }], areas: counts });
      return;
    }
    if (known.kind !== kind.data) {
      fail(
        reader,
        "kind",
        "invalid-input",
        `partner '${id}' is ${known.kind} in record ${known.spells[0]?.at}: give a partner that changed its form an id of its own`,
      );
      return;
    }
    const overlap = known.spells.find((spell) => spell.joined <= left && joined <= spell.left);
    if (overlap !== undefined) {
      fail(
        reader,
        "joined",
        "duplicate-id",
        `partner '${id}' has a spell in record ${overlap.at} that overlaps this one: a partner that rejoins has spells one after another`,
        { kind: "partner", id, first: [overlap.at] },
      );
      return;
    }
    known.spells.push({ joined, left, at });
    known.spells.sort((a, b) => a.joined - b.joined);
  });
  const list = [...byId.values()].filter((partner) => partner.areas.length > 0);
  const areas = named.map((position) => hierarchy.ids[position]).join(", ");
  warnings.add(
    "outside-areas",
    outside.count,
    {
      nl: `${counted(outside.count, partners, "nl")} alleen actief buiten de gebieden van het register (${areas}): niet geteld`,
      en: `${counted(outside.count, partners, "en")} active only outside the register's areas (${areas}): not counted`,
    },
    { examples: outside },
  );
  const rejoined = new Examples();
  for (const partner of list) if (partner.spells.length > 1) rejoined.add(partner.id);
  const rejoiners = rejoined.count;
  warnings.add(
    "rejoined",
    rejoiners,
    {
      nl: `${counted(rejoiners, partners, "nl")} vertrokken en kwamen terug: nieuw geteld bij de eerste keer, actief in elke periode van deelname`,
      en: `${counted(rejoiners, partners, "en")} left and joined again: new once, at the first joining, and active in each spell`,
    },
    { examples: rejoined },
  );
  return list;
}
