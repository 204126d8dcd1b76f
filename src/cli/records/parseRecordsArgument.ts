import { CliError } from "../CliError.js";
import { quote } from "../messages/quote.js";
import type { RecordsSource } from "./RecordsSource.js";
import { recordKindList, recordKinds } from "./recordKinds.js";

/**
 * What may follow the last `@` of a `--records` value to be read as the span: a period text
 * (`2024`, `2024-Q2`, `2023-01-01/2025-06-30`), never a file's extension. Anything else after an
 * `@` is part of the file's name.
 */
const spanPattern = /^\d{4}[0-9QW/-]*$/;

/**
 * Reads one value of `--records`: `<kind>=<file>`, optionally followed by `@<span>`, the span
 * the file covers (`meldingen=fixi.csv@2023-01-01/2024-12-31`). The kinds are those of
 * {@link recordKinds}. The dwelling stock takes no span: it holds counts from their dates on.
 *
 * @param argument - the value, as given
 * @returns the kind, the file and the span, if one was given
 * @throws {@link CliError} (a usage error) for an unknown kind, a missing file, or a span on dwellings
 */
export function parseRecordsArgument(argument: string): RecordsSource {
  const equals = argument.indexOf("=");
  const example = "such as --records meldingen=fixi.csv";
  if (equals === -1) {
    throw new CliError(`--records takes <kind>=<file>, ${example}; not '${quote(argument, 200)}'`, { usage: true });
  }
  const name = argument.slice(0, equals);
  const kind = recordKinds.get(name);
  if (kind === undefined) {
    throw new CliError(`--records: unknown kind of records '${quote(name)}': use ${recordKindList}, ${example}`, {
      usage: true,
    });
  }
  let file = argument.slice(equals + 1);
  let covers: string | undefined;
  const at = file.lastIndexOf("@");
  if (at !== -1 && spanPattern.test(file.slice(at + 1))) {
    covers = file.slice(at + 1);
    file = file.slice(0, at);
  }
  if (file === "") {
    throw new CliError(`--records ${quote(name)}= needs a file, ${example}`, { usage: true });
  }
  if (covers !== undefined && kind.name === "dwellings") {
    throw new CliError(
      `--records ${quote(argument, 200)}: the dwelling stock takes no span (each count holds from its date on); the span of the moves applies`,
      { usage: true },
    );
  }
  return { argument, kind, file, ...(covers === undefined ? {} : { covers }) };
}
