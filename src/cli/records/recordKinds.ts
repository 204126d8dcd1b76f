/** The kinds of records `--records` reads, as the command line names them. */
export type RecordKindName = "meldingen" | "partners" | "activities" | "moves" | "dwellings";

/** What the program knows of a kind of record: its fields, as `buurtaanpak/records` names them. */
export interface RecordKind {
  readonly name: RecordKindName;
  /** One record, as a message names it: "a melding". */
  readonly one: string;
  /** Every field, in the order the library documents them. */
  readonly fields: readonly string[];
  /** The fields every record must have. */
  readonly required: readonly string[];
  /**
   * The fields that are seldom the same in two records (ids, names): copied out of the file's
   * text rather than shared, so that the table of shared texts does not fill with them.
   */
  readonly unique: readonly string[];
  /** The derivation's options a mapping file may set for these records (the rest come from the command line). */
  readonly options: readonly string[];
}

const kind = (
  name: RecordKindName,
  one: string,
  fields: readonly string[],
  required: readonly string[],
  unique: readonly string[],
  options: readonly string[],
): RecordKind => ({ name, one, fields, required, unique, options });

/**
 * The kinds of records, by the name `--records` gives them: the four registers of
 * `buurtaanpak/records`, and the dwelling stock that goes with the moves. A Map, so that a name
 * such as `constructor` is just unknown.
 */
export const recordKinds: ReadonlyMap<string, RecordKind> = new Map([
  [
    "meldingen",
    kind(
      "meldingen",
      "a melding",
      ["id", "source", "createdAt", "closedAt", "status", "category", "parent", "area"],
      ["id", "source", "createdAt", "status", "area"],
      ["id", "parent", "createdAt", "closedAt"],
      ["indicators", "norms", "defaultNorm", "calendar"],
    ),
  ],
  [
    "partners",
    kind(
      "partners",
      "a partner",
      ["id", "name", "kind", "joined", "left", "areas"],
      ["id", "name", "kind", "joined"],
      ["id", "name"],
      ["indicators"],
    ),
  ],
  [
    "activities",
    kind(
      "activities",
      "an activity",
      ["id", "kind", "start", "end", "area", "organisations", "participants", "selfOrganised"],
      ["id", "kind", "start", "area", "selfOrganised"],
      ["id"],
      ["indicators", "lessActive"],
    ),
  ],
  ["moves", kind("moves", "a move", ["id", "area", "date"], ["area", "date"], ["id"], ["indicators"])],
  [
    "dwellings",
    kind("dwellings", "a dwelling count", ["area", "date", "dwellings"], ["area", "date", "dwellings"], [], []),
  ],
]);

/** The kinds' names, for messages: "meldingen, partners, activities, moves or dwellings". */
export const recordKindList = `${[...recordKinds.keys()].slice(0, -1).join(", ")} or ${[...recordKinds.keys()].at(-1) ?? ""}`;
