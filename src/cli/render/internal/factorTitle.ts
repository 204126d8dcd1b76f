import type { Factor } from "../../../index.js";
import type { Language } from "../ReportInput.js";

/** "Fixi app: Meer meldingen"; just the "wat" when the objective repeats it. */
export function factorTitle(factor: Factor, language: Language): string {
  const what = factor.what[language];
  const objective = factor.objective[language];
  return objective.toLowerCase() === what.toLowerCase() ? what : `${what}: ${objective}`;
}
