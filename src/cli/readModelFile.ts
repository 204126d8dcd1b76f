import { type Model, safeParseModel } from "../index.js";
import { CliError } from "./CliError.js";
import type { OpenFile } from "./input/OpenFile.js";
import { readJsonFile } from "./input/readJsonFile.js";
import { describeMessage } from "./messages/describeMessage.js";
import { describePath } from "./messages/describePath.js";
import { describeProblems } from "./messages/describeProblems.js";

/**
 * Reads and checks a model JSON file, reporting every problem at once: repeated keys (which
 * JSON would drop silently) with the model's own problems.
 *
 * @param name - the file's path
 * @param open - how to open a file
 * @param maxBytes - the limit set by `--max-bytes`
 * @returns the model
 * @throws {@link CliError} listing every problem with its JSON path
 */
export async function readModelFile(name: string, open: OpenFile, maxBytes: number): Promise<Model> {
  const json = await readJsonFile(await open(name), maxBytes);
  const parsed = safeParseModel(json.value);
  const problems = [...json.duplicates, ...(parsed.success ? [] : parsed.error.issues)];
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new CliError(
    describeProblems(
      name,
      "the model is invalid",
      problems,
      (problem) => `${describePath(problem.path)}: ${describeMessage(problem)}`,
    ),
  );
}
