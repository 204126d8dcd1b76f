/**
 * buurtaanpak/records: from the records partners keep to observation rows. Zod schemas for
 * meldingen, partners, activities and tenancy changes, and pure functions that derive rows for
 * a model's indicators, which {@link buurtaanpak!parseObservations | parseObservations} accepts.
 * No I/O; working days come from an injected {@link WorkCalendar}, such as the Dutch one in
 * `buurtaanpak/calendar-nl`. docs/records.md walks a gemeente from a Fixi export to an
 * evaluation.
 *
 * @packageDocumentation
 * @module buurtaanpak/records
 */

// Activities
export { Activity, ActivityFigure, ActivityKind } from "./Activity.js";
export type { Derivation, RecordsWarning } from "./Derivation.js";
export type { DeriveActivitiesOptions } from "./deriveActivities.js";
export { defaultActivityFigures, deriveActivities } from "./deriveActivities.js";
export type { DeriveMeldingenOptions } from "./deriveMeldingen.js";
export { defaultMeldingFigures, deriveMeldingen } from "./deriveMeldingen.js";
export type { MovesRegister } from "./deriveMoves.js";
export { defaultMoveFigures, deriveMoves } from "./deriveMoves.js";
export { defaultPartnerFigures, derivePartners } from "./derivePartners.js";
// Meldingen
export { Melding, MeldingFigure, MeldingStatus, Norm } from "./Melding.js";
// Moves and dwellings
export { DwellingCount, Move, MoveFigure } from "./Move.js";
// Partners
export { Partner, PartnerFigure, PartnerKind } from "./Partner.js";
export type { RecordsGranularity, RecordsOptions, Register } from "./Register.js";
export type { WorkCalendar } from "./WorkCalendar.js";
