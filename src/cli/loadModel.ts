import type { Model } from "../index.js";
import { CliError } from "./CliError.js";
import type { OpenFile } from "./input/OpenFile.js";
import { quote } from "./messages/quote.js";
import { presets } from "./presets.js";
import { readModelFile } from "./readModelFile.js";

/**
 * The model a `--model` value names: a preset by its name, or a model JSON file by its path
 * (anything with a `/`, a `\` or ending in `.json`).
 *
 * @param name - the value of `--model`
 * @param open - how to open a file
 * @param maxBytes - the limit set by `--max-bytes`
 * @returns the model
 * @throws {@link CliError} for an unknown name (a usage error), or every problem of the file at once
 */
export async function loadModel(name: string, open: OpenFile, maxBytes: number): Promise<Model> {
  const preset = presets.get(name);
  if (preset !== undefined) return preset;
  if (!/\.json$/i.test(name) && !/[\\/]/.test(name)) {
    throw new CliError(
      `unknown model '${quote(name)}': use ${[...presets.keys()].join(", ")} or the path of a model JSON file`,
      { usage: true },
    );
  }
  return readModelFile(name, open, maxBytes);
}
