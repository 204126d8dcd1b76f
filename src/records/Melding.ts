import { z } from "zod";
import {
  idSchema,
  optional,
  optionalTextSchema,
  optionalTimestampSchema,
  textSchema,
  timestampSchema,
} from "./internal/fields.js";

/**
 * The status of a melding, with its end states named: `closed` (afgehandeld), `cancelled`
 * (geannuleerd) and `split` (gesplitst: its children are meldingen of their own). Every other
 * status is open. Signalen's states map as `m` → `open`; `i`, `b`, `ingepland` and the
 * forwarding and reaction states → `in-progress`; `h` → `on-hold`; `reopened` → `reopened`;
 * `o` → `closed`; `a` → `cancelled`; `s` → `split`.
 *
 * @category Records
 * @example
 * import { MeldingStatus } from "buurtaanpak/records";
 *
 * MeldingStatus.options.length;
 * //=> 7
 */
export const MeldingStatus = z.enum(["open", "in-progress", "on-hold", "reopened", "closed", "cancelled", "split"]);
/** @category Records */
export type MeldingStatus = z.output<typeof MeldingStatus>;

/**
 * A melding (a report about the public space) as a Fixi or Signalen export or the police give
 * it, one per record:
 *
 * | field | |
 * |---|---|
 * | `id` | unique in the register; a text or a whole number |
 * | `source` | `fixi`, `politie`, `signalen` or any text; indicators select by it, ignoring case |
 * | `createdAt` | an instant with an offset (`2024-03-31T00:30:00Z`), or a date; it counts on its Amsterdam date |
 * | `closedAt` | optional: when it reached its end state; for a reopened melding, the closure after the reopening |
 * | `status` | a {@link MeldingStatus} |
 * | `category` | optional: the category, for norms and filters |
 * | `parent` | optional: the id of the melding it was split from |
 * | `area` | the area code, usually the CBS buurt code (`BU04820101`) |
 *
 * Blank optional fields (absent, `null`, `""`) are not given, so mapped CSV rows fit. The
 * derivation also checks what one record cannot show: a known area, a unique id, a `closedAt`
 * not before `createdAt`, and a `createdAt` inside the register's span.
 *
 * @category Records
 * @example
 * import { Melding } from "buurtaanpak/records";
 *
 * Melding.safeParse({ id: 7, source: "fixi", createdAt: "2024-03-31 02:30:00+02:00", closedAt: "", status: "open", area: "BU04820101" }).success;
 * //=> true
 * Melding.safeParse({ id: "F-8", source: "fixi", createdAt: "2024-03-31T02:30:00", status: "open", area: "BU04820101" }).error?.issues[0]?.message;
 * //=> '"2024-03-31T02:30:00" has no time zone: add Z or an offset such as +02:00, so that the instant is not a guess'
 */
export const Melding = z.strictObject({
  id: idSchema,
  source: textSchema(100),
  createdAt: timestampSchema,
  closedAt: optionalTimestampSchema,
  status: MeldingStatus,
  category: optionalTextSchema(200),
  parent: optional(idSchema),
  area: textSchema(100),
});
/** @category Records */
export type Melding = z.input<typeof Melding>;

/**
 * A handling norm, the way Signalen sets its service-level objectives: `days`, counted in
 * `"calendar-days"` or `"working-days"` (Monday to Friday, less the days off of the
 * {@link WorkCalendar}). A melding is within the norm when the days from its Amsterdam creation
 * date to its closing date are at most `days`: made on Thursday 24 April 2025 with a norm of 5
 * working days, it is on time through Thursday 1 May (Koningsdag falls on Saturday 26 April).
 *
 * @category Records
 * @example
 * import { Norm } from "buurtaanpak/records";
 *
 * Norm.parse({ days: 5, unit: "working-days" }).days;
 * //=> 5
 */
export const Norm = z.strictObject({
  days: z.number().int().min(0).max(3650),
  unit: z.enum(["calendar-days", "working-days"]),
});
/** @category Records */
export type Norm = z.output<typeof Norm>;

const granularity = z.enum(["month", "quarter", "year"]).optional();
const filters = {
  /** Only meldingen from these sources (ignoring case). */
  sources: z.array(textSchema(100)).min(1).max(100).readonly().optional(),
  /** Only meldingen of these categories (ignoring case). */
  categories: z.array(textSchema(200)).min(1).max(1000).readonly().optional(),
  granularity,
};

/**
 * What an indicator reads from meldingen. Every figure counts the meldingen that are neither
 * cancelled nor split (a split melding's children count instead), by their Amsterdam creation
 * date, optionally only from some `sources` or `categories`:
 *
 * | figure | measure | row |
 * |---|---|---|
 * | `count` | count | the meldingen made in the period |
 * | `cancelled` | count | the cancelled meldingen made in the period, reported apart |
 * | `open-at-end` | stock | the meldingen open at the end of the period's last day (made since the span began) |
 * | `handling-days` | ratio | days from creation to closure (`days: "calendar"` or `"working"`) ÷ meldingen, over those made in the period; no row while any of them is still open |
 * | `within-norm` | ratio | meldingen closed within their category's {@link Norm} ÷ meldingen with a norm, over those made in the period; a melding still open past its term counts as late; no row while any is still within its term at the end of the span |
 *
 * @category Records
 * @example
 * import { MeldingFigure } from "buurtaanpak/records";
 *
 * MeldingFigure.parse({ figure: "handling-days", days: "working", sources: ["fixi"] }).figure;
 * //=> "handling-days"
 */
export const MeldingFigure = z.discriminatedUnion("figure", [
  z.strictObject({ figure: z.literal("count"), ...filters }),
  z.strictObject({ figure: z.literal("cancelled"), ...filters }),
  z.strictObject({ figure: z.literal("open-at-end"), ...filters }),
  z.strictObject({ figure: z.literal("handling-days"), days: z.enum(["calendar", "working"]), ...filters }),
  z.strictObject({ figure: z.literal("within-norm"), ...filters }),
]);
/** @category Records */
export type MeldingFigure = z.input<typeof MeldingFigure>;
