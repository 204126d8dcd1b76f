import { z } from "zod";
import {
  idSchema,
  optionalListSchema,
  optionalTimestampSchema,
  textSchema,
  timestampSchema,
} from "./internal/fields.js";

/**
 * Whether a partner belongs to the formal network (organisations, institutions) or the
 * informal one (residents' groups, volunteers).
 *
 * @category Records
 * @example
 * import { PartnerKind } from "buurtaanpak/records";
 *
 * PartnerKind.options;
 * //=> ["formal", "informal"]
 */
export const PartnerKind = z.enum(["formal", "informal"]);
/** @category Records */
export type PartnerKind = z.output<typeof PartnerKind>;

/**
 * A partner of the network, from the network's list of partners: one record per spell of
 * membership.
 *
 * | field | |
 * |---|---|
 * | `id` | the partner's id; the same for each spell of one partner |
 * | `name` | its name |
 * | `kind` | a {@link PartnerKind} |
 * | `joined` | the first day of the spell (a date, or an instant read as its Amsterdam date) |
 * | `left` | optional: the last day of the spell; a partner counts as active through it |
 * | `areas` | optional: the areas it works in (an array, or a text with `;` between them); left out, the whole register's |
 *
 * A partner that leaves and joins again has a second record with the same `id` and a later
 * `joined`. It counts as **new once**, in the period of its first joining, and as **active**
 * during each of its spells and not in between; a `rejoined` warning counts such partners.
 * Two spells of one partner that overlap, or that differ in `kind`, are an error (an informal
 * group that becomes a foundation is a new partner, with an id of its own).
 *
 * @category Records
 * @example
 * import { Partner } from "buurtaanpak/records";
 *
 * Partner.parse({ id: "p-1", name: "Stichting Present", kind: "formal", joined: "2024-03-01", areas: "BU04820101; BU04820102" }).areas;
 * //=> ["BU04820101", "BU04820102"]
 */
export const Partner = z.strictObject({
  id: idSchema,
  name: textSchema(200),
  kind: PartnerKind,
  joined: timestampSchema,
  left: optionalTimestampSchema,
  areas: optionalListSchema(100),
});
/** @category Records */
export type Partner = z.input<typeof Partner>;

/**
 * What an indicator reads from partners, optionally of one `kinds` only:
 *
 * | figure | measure | row |
 * |---|---|---|
 * | `new` | count | partners whose first spell began in the period ("10 nieuwe partners per jaar") |
 * | `active` | stock | partners active on the period's last day |
 *
 * Partner rows go to the areas the register names (its `areas`; left out, the root of the
 * hierarchy, the gemeente), not to every buurt: a network's partners are counted for the
 * whole. A partner counts for such an area when it names no areas, or one of its areas lies
 * inside it or contains it.
 *
 * @category Records
 * @example
 * import { PartnerFigure } from "buurtaanpak/records";
 *
 * PartnerFigure.parse({ figure: "new", kinds: ["formal"] }).kinds;
 * //=> ["formal"]
 */
export const PartnerFigure = z.discriminatedUnion("figure", [
  z.strictObject({
    figure: z.literal("new"),
    kinds: z.array(PartnerKind).min(1).readonly().optional(),
    granularity: z.enum(["month", "quarter", "year"]).optional(),
  }),
  z.strictObject({
    figure: z.literal("active"),
    kinds: z.array(PartnerKind).min(1).readonly().optional(),
    granularity: z.enum(["month", "quarter", "year"]).optional(),
  }),
]);
/** @category Records */
export type PartnerFigure = z.input<typeof PartnerFigure>;
