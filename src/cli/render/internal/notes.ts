import { formatDay, formatNumber, withheldText } from "../../../index.js";
import type { Language, ReportInput } from "../ReportInput.js";
import { lastDay } from "./lookup.js";
import { words } from "./words.js";

/** "per 1.000 inwoners", with the thousand written by the library's number format. */
export function perThousand(language: Language): string {
  return words[language].perInhabitants(formatNumber(1000, language));
}

/** The footnote of the per-1,000 figures: how they are made and whose inhabitants figures they divide by. */
export function rateFootnote(input: ReportInput): string {
  const { language, model, evaluation } = input;
  const w = words[language];
  const geography = model.geography;
  const source =
    geography === undefined
      ? w.inhabitantsUnsourced
      : w.inhabitantsSource(
          geography.source,
          geography.table,
          geography.figuresDate === undefined ? undefined : formatDay(geography.figuresDate, language),
        );
  const window = evaluation.complete
    ? evaluation.period
    : `${evaluation.period} ${w.through} ${lastDay(evaluation.asOf, language)}`;
  return w.rateFootnote(formatNumber(1000, language), window, source);
}

/** The header's line on protection: what was withheld and how it reads, or that nothing was. */
export function protectionText(input: ReportInput): string {
  const w = words[input.language];
  const protection = input.evaluation.protection;
  if (protection === undefined) return w.protectionOff;
  const threshold = withheldText(protection.policy, input.language);
  return protection.withheld === 0
    ? w.protectionNone(threshold)
    : w.protectionOn(
        threshold,
        formatNumber(protection.withheld, input.language),
        formatNumber(protection.secondary, input.language),
      );
}
