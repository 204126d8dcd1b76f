/** The languages explanations are written in. */
export type Language = "nl" | "en";

const separators = { nl: { group: ".", decimal: "," }, en: { group: ",", decimal: "." } } as const;

/**
 * Writes a number in a language's format, with at most `decimals` decimals and no trailing
 * zeros: 1234.5 → "1.234,5" (nl) or "1,234.5" (en). Written by hand, not with Intl, so that it
 * is the same on every runtime and cheap enough for a national dashboard's many sentences.
 */
export function formatNumber(value: number, language: Language, decimals = 2, keepZeros = false): string {
  const { group, decimal } = separators[language];
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor);
  const negative = value < 0 && rounded !== 0;
  const whole = Math.floor(rounded / factor);
  let fraction = decimals > 0 ? String(rounded % factor).padStart(decimals, "0") : "";
  if (!keepZeros) fraction = fraction.replace(/0+$/, "");
  const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${digits}${fraction === "" ? "" : decimal + fraction}`;
}

/** A fraction as a signed percentage with one decimal: 0.104166 → "+10,4%". */
export function formatChange(change: number, language: Language): string {
  const text = formatNumber(change * 100, language, 1, true);
  return `${change > 0 && text !== formatNumber(0, language, 1, true) ? "+" : ""}${text}%`;
}

/** A share between 0 and 1 as a percentage with one decimal, always: 0.4583 → "45,8%", 0.4 → "40,0%". */
export function formatShare(share: number, language: Language): string {
  return `${formatNumber(share * 100, language, 1, true)}%`;
}

/** A calendar day `YYYY-MM-DD` as the language writes it: "30-06-2024" (nl), "2024-06-30" (en). */
export function formatDay(day: string, language: Language): string {
  return language === "nl" ? day.split("-").reverse().join("-") : day;
}
