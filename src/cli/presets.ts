import type { Model } from "../index.js";
import { alblasserdam } from "../presets/alblasserdam/index.js";

/** The models known by name. A Map, so that a name such as `constructor` is just unknown. */
export const presets: ReadonlyMap<string, Model> = new Map([["alblasserdam", alblasserdam]]);
