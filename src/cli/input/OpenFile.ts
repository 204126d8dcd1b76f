import type { InputFile } from "./InputFile.js";

/** Opens a file by the name the user gave; throws a `CliError` naming the file when it cannot. */
export type OpenFile = (name: string) => Promise<InputFile>;
