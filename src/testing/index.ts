/**
 * buurtaanpak/testing: deterministic synthetic data for any model, for the tests of downstream
 * dashboards, the command-line demo and benchmarks. {@link generateObservations} makes rows that
 * {@link buurtaanpak!parseObservations | parseObservations} accepts; {@link syntheticAreas} makes a made-up area hierarchy of
 * any size. Nothing here reads a clock or `Math.random`: the same seed gives the same data.
 *
 * @packageDocumentation
 * @module buurtaanpak/testing
 */

export type { GenerateOptions, Scenario } from "./generateObservations.js";
export { generateObservations } from "./generateObservations.js";
export { type GeneratedRecords, type GenerateRecordsOptions, generateRecords } from "./generateRecords.js";
export type { SyntheticAreasOptions } from "./syntheticAreas.js";
export { syntheticAreas } from "./syntheticAreas.js";
