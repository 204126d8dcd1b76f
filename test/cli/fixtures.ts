import { CliError } from "../../src/cli/CliError.js";
import type { InputFile } from "../../src/cli/input/InputFile.js";
import type { OpenFile } from "../../src/cli/input/OpenFile.js";
import type { Language, ReportInput } from "../../src/cli/render/ReportInput.js";
import { type Area, type Evaluation, evaluate, parseObservations } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";

/** Two synthetic buurten under the gemeente. */
export const areas: readonly Area[] = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "test-noord", kind: "buurt", name: "Testbuurt Noord", parent: "GM0482", synthetic: true },
  { id: "test-zuid", kind: "buurt", name: "Testbuurt Zuid", parent: "GM0482", synthetic: true },
];

/** A few rows of every measure: counts, a ratio, a survey share and a multi-measure factor. */
export const rows = [
  { indicator: "fixi-meldingen", area: "test-noord", period: "2023", value: 200 },
  { indicator: "fixi-meldingen", area: "test-noord", period: "2024", value: 240 },
  { indicator: "fixi-meldingen", area: "test-zuid", period: "2023", value: 280 },
  { indicator: "fixi-meldingen", area: "test-zuid", period: "2024", value: 290 },
  { indicator: "mutatiegraad", area: "test-noord", period: "2023", numerator: 60, denominator: 400 },
  { indicator: "mutatiegraad", area: "test-noord", period: "2024", numerator: 54, denominator: 400 },
  { indicator: "trots-op-buurt", area: "test-zuid", period: "2023", respondents: 200, positive: 80 },
  { indicator: "trots-op-buurt", area: "test-zuid", period: "2024", respondents: 210, positive: 110 },
  { indicator: "nieuwsbrief-abonnees", area: "GM0482", period: "2023", value: 1000 },
  { indicator: "nieuwsbrief-abonnees", area: "GM0482", period: "2024", value: 1200 },
] as const;

export function evaluationOf(options: { period: string; asOf?: string } = { period: "2024" }): Evaluation {
  return evaluate(alblasserdam, parseObservations(alblasserdam, rows), { ...options, areas });
}

export function reportInput(language: Language, extra: Partial<ReportInput> = {}): ReportInput {
  return { model: alblasserdam, evaluation: evaluationOf(), areas, language, ...extra };
}

/** The text with every run of white space as one space, so that wrapped lines read as one. */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** A file in memory, fed in pieces of `pieceSize` bytes, so that every reader meets cut rows and cut characters. */
export function memoryFile(name: string, text: string | Uint8Array, pieceSize = 7): InputFile {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let start = 0; start < bytes.length; start += pieceSize) yield bytes.subarray(start, start + pieceSize);
  }
  return { name, size: bytes.length, chunks: chunks() };
}

/** Opens files from a table of names and texts, as main.ts opens them from the disk. */
export function memoryFiles(files: Readonly<Record<string, string>>, pieceSize = 7): OpenFile {
  const table = new Map(Object.entries(files));
  return async (name) => {
    const text = table.get(name);
    if (text === undefined) throw new CliError(`${name}: cannot read the file (no such file)`);
    return memoryFile(name, text, pieceSize);
  };
}

/** The text pieces of a string, as the decoder hands them on. */
export async function* pieces(text: string, size = 5): AsyncGenerator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

/** Runs a function that should throw a CliError, and returns its message. */
export async function cliFailure(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  throw new Error("expected a CliError");
}
