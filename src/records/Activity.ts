import { z } from "zod";
import {
  flagSchema,
  idSchema,
  optionalCountSchema,
  optionalListSchema,
  optionalTimestampSchema,
  textSchema,
  timestampSchema,
} from "./internal/fields.js";

/**
 * The kinds of activity the vision counts: an event, an initiative, a clean-up (opruimactie), a
 * network meeting, a theme meeting, an information session (voorlichting), or a moment of
 * presence in a buurt (zichtbaarheid).
 *
 * @category Records
 * @example
 * import { ActivityKind } from "buurtaanpak/records";
 *
 * ActivityKind.options.includes("cleanup");
 * //=> true
 */
export const ActivityKind = z.enum([
  "event",
  "initiative",
  "cleanup",
  "network-meeting",
  "theme-meeting",
  "information-session",
  "presence",
]);
/** @category Records */
export type ActivityKind = z.output<typeof ActivityKind>;

/**
 * An activity from the agenda of events, initiatives and meetings:
 *
 * | field | |
 * |---|---|
 * | `id` | unique in the register |
 * | `kind` | an {@link ActivityKind} |
 * | `start` | when it began (an instant with an offset, or a date); it counts on its Amsterdam date |
 * | `end` | optional: when it ended, not before `start` |
 * | `area` | the area code, usually the buurt; the gemeente for an activity of the whole town |
 * | `organisations` | optional: the organisations taking part (an array, or a text with `;` between them) |
 * | `participants` | optional: how many took part. Unknown is not 0: leave it out |
 * | `selfOrganised` | whether residents organised it themselves (true/false, or ja/nee) |
 *
 * Organisations are the same when their names are, ignoring case and extra spaces.
 *
 * @category Records
 * @example
 * import { Activity } from "buurtaanpak/records";
 *
 * Activity.parse({ id: "a-1", kind: "cleanup", start: "2025-04-26", area: "BU04820101", participants: "24", selfOrganised: "ja" }).participants;
 * //=> 24
 */
export const Activity = z.strictObject({
  id: idSchema,
  kind: ActivityKind,
  start: timestampSchema,
  end: optionalTimestampSchema,
  area: textSchema(100),
  organisations: optionalListSchema(200),
  participants: optionalCountSchema,
  selfOrganised: flagSchema,
});
/** @category Records */
export type Activity = z.input<typeof Activity>;

const filters = {
  /** Only activities of these kinds. */
  kinds: z.array(ActivityKind).min(1).readonly().optional(),
  /** Only self-organised activities. */
  selfOrganised: z.literal(true).optional(),
  /** Only activities in the areas marked less active (option `lessActive`). */
  lessActive: z.literal(true).optional(),
  granularity: z.enum(["month", "quarter", "year"]).optional(),
};

/**
 * What an indicator reads from activities, optionally only of some `kinds`, only
 * `selfOrganised` ones, or only those in `lessActive` areas:
 *
 * | figure | measure | row |
 * |---|---|---|
 * | `count` | count | the activities that began in the period |
 * | `participants` | count | their participants; activities without a count are left out, and the row's note says how many |
 * | `participants-per-activity` | ratio | participants ÷ activities, over the activities with a count |
 * | `organisations` | count | the distinct organisations taking part |
 *
 * `organisations` counts an organisation once per area **and once at every level above**: two
 * buurten of one wijk with the same organisation give 1 for the wijk, not 2. So its rows are
 * written for the wijken and the gemeente too (the engine would otherwise add the buurten up),
 * and it must be derived at the granularity it is evaluated at.
 *
 * @category Records
 * @example
 * import { ActivityFigure } from "buurtaanpak/records";
 *
 * ActivityFigure.parse({ figure: "participants", kinds: ["cleanup", "initiative"] }).figure;
 * //=> "participants"
 */
export const ActivityFigure = z.discriminatedUnion("figure", [
  z.strictObject({ figure: z.literal("count"), ...filters }),
  z.strictObject({ figure: z.literal("participants"), ...filters }),
  z.strictObject({ figure: z.literal("participants-per-activity"), ...filters }),
  z.strictObject({ figure: z.literal("organisations"), ...filters }),
]);
/** @category Records */
export type ActivityFigure = z.input<typeof ActivityFigure>;
