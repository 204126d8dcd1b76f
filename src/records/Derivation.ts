import type { Label } from "../model/common.js";
import type { Observation } from "../observations/Observation.js";

/**
 * What a derivation tells about records it left out or figures it could not write. Nothing is
 * dropped silently: every record that is not counted on purpose, and every row that is not
 * written, is counted in a warning.
 *
 * | code | meaning |
 * |---|---|
 * | `outside-areas` | records in a known area outside the register's `areas`: not counted |
 * | `cancelled` | cancelled meldingen: reported apart, in no other figure |
 * | `split` | split meldingen: their children count, they do not |
 * | `split-without-children` | split meldingen whose children are not in the register |
 * | `unknown-parent` | meldingen whose parent is not in the register: they count as meldingen |
 * | `partly-covered` | a period the register covers only in part: no row, as it would read as a whole-period figure |
 * | `unread-source` | meldingen from a source that no indicator reads |
 * | `closed-without-date` | closed meldingen without `closedAt`: counted, but in no handling time or backlog |
 * | `closed-at-ignored` | meldingen that are not closed but carry a `closedAt` (reopened ones): their time runs on |
 * | `still-open` | a handling time left out because meldingen of that period are still open |
 * | `within-term` | a within-norm share left out because meldingen of that period are still within their term |
 * | `no-norm` | meldingen whose category has no norm: in no within-norm share |
 * | `unknown-participants` | activities without a participant count: their area and period get no total, ratios leave them out |
 * | `unknown-total` | participants rows not written because an activity in that area and period has no count |
 * | `nothing-to-divide` | ratio rows not written because their denominator is 0 |
 * | `no-dwellings` | turnover rows not written because the dwelling stock is not known |
 * | `rejoined` | partners that left and joined again: new once, at their first joining |
 * | `no-less-active-areas` | an indicator of activities in less active areas, but no area is marked so |
 * | `no-indicators` | the model has none of the indicators the mapping names: no rows |
 *
 * `count` is how many records (or rows) the warning stands for; `examples` holds a few of them,
 * the smallest first so that the warning does not depend on the order of the records: record
 * ids, or for rows not written, the area and period (`"BU04820101 2024-05"`).
 *
 * @category Records
 * @example
 * import type { RecordsWarning } from "buurtaanpak/records";
 *
 * const warning: RecordsWarning = {
 *   code: "cancelled",
 *   count: 3,
 *   examples: ["F-17", "F-204", "F-9"],
 *   message: { nl: "3 geannuleerde meldingen …", en: "3 cancelled reports …" },
 * };
 */
export interface RecordsWarning {
  readonly code:
    | "outside-areas"
    | "cancelled"
    | "split"
    | "split-without-children"
    | "unknown-parent"
    | "partly-covered"
    | "unread-source"
    | "closed-without-date"
    | "closed-at-ignored"
    | "still-open"
    | "within-term"
    | "no-norm"
    | "unknown-participants"
    | "nothing-to-divide"
    | "unknown-total"
    | "no-dwellings"
    | "rejoined"
    | "no-less-active-areas"
    | "no-indicators";
  readonly count: number;
  readonly indicator?: string;
  readonly period?: string;
  readonly examples?: readonly string[];
  readonly message: Label;
}

/**
 * What a derivation returns: observation rows that
 * {@link buurtaanpak!parseObservations | parseObservations} accepts, and the warnings. Rows
 * come by indicator (in model order), then area (in the order of the hierarchy), then period.
 *
 * @category Records
 * @example
 * import type { Derivation } from "buurtaanpak/records";
 *
 * const empty: Derivation = { rows: [], warnings: [] };
 */
export interface Derivation {
  readonly rows: readonly Observation[];
  readonly warnings: readonly RecordsWarning[];
}
