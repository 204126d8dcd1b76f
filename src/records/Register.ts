import type { Area } from "../model/area.js";

/**
 * How finely records are counted: a row per `"month"`, `"quarter"` or `"year"`.
 *
 * @category Records
 * @example
 * import type { RecordsGranularity } from "buurtaanpak/records";
 *
 * const granularity: RecordsGranularity = "quarter";
 */
export type RecordsGranularity = "month" | "quarter" | "year";

/**
 * A set of records and what it covers.
 *
 * - `covers`: the span the register is complete for, as a period text; usually an inclusive
 *   date range such as `"2023-01-01/2025-06-30"`. Inside it, a period without records is a real
 *   0, and its row says so in its `note`. Outside it there is no data: no row. A period that
 *   the span covers only in part gets no row either (it would read as a whole-period figure),
 *   with a `partly-covered` warning. A record dated outside the span is an error.
 * - `areas`: the areas the register is kept for, as area ids; each covers its descendants.
 *   Left out, the register covers every area. A record in a known area outside them is left
 *   out and counted in an `outside-areas` warning.
 * - `source`: where the records come from, such as `"Fixi-export 2025-07-01"`; every row
 *   carries it.
 * - `records`: the records, as parsed JSON or mapped CSV rows. They are checked by the
 *   derivation, every bad record at once.
 *
 * @category Records
 * @example
 * import type { Melding, Register } from "buurtaanpak/records";
 *
 * const fixi: Register<Melding> = {
 *   covers: "2024-01-01/2024-12-31",
 *   source: "Fixi-export 2025-01-06",
 *   records: [
 *     { id: "F-1", source: "fixi", createdAt: "2024-03-31T00:30:00Z", status: "closed", closedAt: "2024-04-02T09:00:00Z", area: "BU04820101" },
 *   ],
 * };
 */
export interface Register<Record = unknown> {
  readonly covers: string;
  readonly areas?: readonly string[];
  readonly source?: string;
  readonly records: readonly Record[];
}

/**
 * The options every derivation takes.
 *
 * - `areas`: the area hierarchy the records' area codes are checked against, with the
 *   gemeente, its wijken and its buurten; the model's own `areas` when left out.
 * - `granularity`: a row per `"month"`, `"quarter"` or `"year"` (the default). A figure may
 *   set its own. Counts of distinct things (organisations) must be derived at the granularity
 *   they are evaluated at: twelve monthly counts of distinct organisations do not add up to a
 *   year's.
 * - `indicators`: which indicator gets which figure, by indicator id. Left out, the default
 *   mapping for the Alblasserdam preset applies, to the indicators the model has.
 *
 * @category Records
 * @example
 * import type { MeldingFigure, RecordsOptions } from "buurtaanpak/records";
 *
 * const options: RecordsOptions<MeldingFigure> = {
 *   granularity: "month",
 *   indicators: { "fixi-meldingen": { figure: "count", sources: ["fixi"] } },
 * };
 */
export interface RecordsOptions<Figure> {
  readonly areas?: readonly Area[];
  readonly granularity?: RecordsGranularity;
  readonly indicators?: Readonly<Record<string, Figure>>;
}
