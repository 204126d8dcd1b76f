import { CliError } from "./CliError.js";
import { quote } from "./messages/quote.js";
import type { Output } from "./output/Output.js";
import { presets } from "./presets.js";

/**
 * The `$schema` of an exported model: the package's JSON Schema, `buurtaanpak/schema/model.json`,
 * at its published address for this very version. An absolute address, not a path into
 * node_modules, because an exported model is meant to be copied, committed and edited far from
 * any installation; and pinned to the version, so that the schema an editor checks against is
 * the one that this version's `model check` and `evaluate` apply.
 *
 * @param version - the package version
 * @returns the address of the schema
 */
function schemaAddress(version: string): string {
  return `https://unpkg.com/buurtaanpak@${version}/schema/model.json`;
}

/**
 * Runs `buurtaanpak model export <preset>`: the preset as a model JSON file, with a `$schema`
 * first, so that an editor checks and completes it. It is the starting point of a gemeente's
 * own model: `model check` and `evaluate --model` read it back unchanged.
 *
 * @param name - the preset's name
 * @param version - the package version, for the `$schema` address
 * @returns the JSON to write on stdout
 * @throws {@link CliError} (a usage error) when no preset has the name
 */
export function modelExport(name: string, version: string): Output {
  const preset = presets.get(name);
  if (preset === undefined) {
    throw new CliError(`unknown model '${quote(name)}': the presets are ${[...presets.keys()].join(", ")}`, {
      usage: true,
    });
  }
  const fields = Object.entries(preset).filter(([field]) => field !== "$schema");
  return { kind: "json", value: Object.fromEntries([["$schema", schemaAddress(version)], ...fields]) };
}
