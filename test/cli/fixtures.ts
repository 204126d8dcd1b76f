import { evaluate, parseObservations, type Area, type Evaluation } from "../../src/index.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import type { Language, ReportInput } from "../../src/cli/render/ReportInput.js";

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
