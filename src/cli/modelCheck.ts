import type { OpenFile } from "./input/OpenFile.js";
import { quote } from "./messages/quote.js";
import type { Output } from "./output/Output.js";
import { readModelFile } from "./readModelFile.js";

/**
 * Runs `buurtaanpak model check <file>`: reads a model JSON file and reports every problem at
 * once (repeated keys, shape, references and rule fit), or, when there are none, one line that
 * says what the model holds.
 *
 * @param file - the model file's path
 * @param open - how to open a file
 * @param maxBytes - the limit set by `--max-bytes`
 * @returns the one-line summary of a valid model
 * @throws {@link CliError} listing every problem with its JSON path
 */
export async function modelCheck(file: string, open: OpenFile, maxBytes: number): Promise<Output> {
  const model = await readModelFile(file, open, maxBytes);
  const factors = model.groups.reduce((sum, group) => sum + group.factors.length, 0);
  const counts = [
    plural(model.goals.length, "goal"),
    plural(model.groups.length, "group"),
    plural(factors, "success factor"),
    plural(model.indicators.length, "indicator"),
    plural(model.areas.length, "area"),
  ];
  const line = `${quote(file, 200)}: a valid model, '${model.id}' of ${quote(model.gemeente.name, 200)}: ${counts.join(", ")}`;
  return { kind: "text", lines: [line] };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
