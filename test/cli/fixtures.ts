import { CliError } from "../../src/cli/CliError.js";
import type { InputFile } from "../../src/cli/input/InputFile.js";
import type { OpenFile } from "../../src/cli/input/OpenFile.js";
import type { Language, ReportInput } from "../../src/cli/render/ReportInput.js";
import { type Area, type Evaluation, evaluate, parseObservations, protect } from "../../src/index.js";
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

/** A report of the fixtures as the program makes one by default: protected. */
export function reportInput(language: Language, extra: Partial<ReportInput> = {}): ReportInput {
  return { model: alblasserdam, evaluation: protect(evaluationOf()), areas, language, ...extra };
}

/**
 * Three buurten of very different sizes, with inhabitants, for protection and rates:
 * - Noord, 1,000 inhabitants: 50 Fixi-meldingen in 2023, 60 in 2024 (+20%; 60 per 1,000);
 * - Zuid, 15 inhabitants: 3 and 2, below the threshold of 5, so withheld ("< 5");
 * - Oost, 500 inhabitants: 30 and 40; the gemeente's 83 and 102 minus Noord's 50 and 60 would
 *   leave Zuid and Oost together, but with Oost shown Zuid's 3 and 2 would follow, so Oost, the
 *   smallest shown child, is withheld too ("x");
 * - a survey in Noord of 20 respondents (12 positive) in both years: below 30 ("n < 30").
 */
export const smallAreas: readonly Area[] = [
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  {
    id: "test-noord",
    kind: "buurt",
    name: "Testbuurt Noord",
    parent: "GM0482",
    synthetic: true,
    figures: { inhabitants: 1000 },
  },
  {
    id: "test-zuid",
    kind: "buurt",
    name: "Testbuurt Zuid",
    parent: "GM0482",
    synthetic: true,
    figures: { inhabitants: 15 },
  },
  {
    id: "test-oost",
    kind: "buurt",
    name: "Testbuurt Oost",
    parent: "GM0482",
    synthetic: true,
    figures: { inhabitants: 500 },
  },
];

export const smallRows = [
  { indicator: "fixi-meldingen", area: "test-noord", period: "2023", value: 50 },
  { indicator: "fixi-meldingen", area: "test-noord", period: "2024", value: 60 },
  { indicator: "fixi-meldingen", area: "test-zuid", period: "2023", value: 3 },
  { indicator: "fixi-meldingen", area: "test-zuid", period: "2024", value: 2 },
  { indicator: "fixi-meldingen", area: "test-oost", period: "2023", value: 30 },
  { indicator: "fixi-meldingen", area: "test-oost", period: "2024", value: 40 },
  { indicator: "trots-op-buurt", area: "test-noord", period: "2023", respondents: 20, positive: 12 },
  { indicator: "trots-op-buurt", area: "test-noord", period: "2024", respondents: 20, positive: 12 },
] as const;

export function smallEvaluation(options: { period: string; asOf?: string } = { period: "2024" }): Evaluation {
  return evaluate(alblasserdam, parseObservations(alblasserdam, smallRows), { ...options, areas: smallAreas });
}

/** The small buurten's report: protected, unless `unprotected`. */
export function smallInput(language: Language, unprotected = false): ReportInput {
  const evaluation = smallEvaluation();
  return {
    model: alblasserdam,
    evaluation: unprotected ? evaluation : protect(evaluation),
    areas: smallAreas,
    language,
  };
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
