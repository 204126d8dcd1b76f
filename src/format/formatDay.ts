import type { Language } from "./Language.js";

/**
 * Writes a calendar day `YYYY-MM-DD` as the language writes it in a report: "31-05-2024" in
 * Dutch, "2024-05-31" in English.
 *
 * @param day - a day as `YYYY-MM-DD`
 * @param language - `nl` or `en`
 * @returns the day as text
 * @category Format
 * @example
 * formatDay("2024-05-31", "nl");
 * //=> "31-05-2024"
 * formatDay("2024-05-31", "en");
 * //=> "2024-05-31"
 */
export function formatDay(day: string, language: Language): string {
  return language === "nl" ? day.split("-").reverse().join("-") : day;
}
