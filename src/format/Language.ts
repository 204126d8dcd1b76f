/**
 * The languages every text of the library is written in: Dutch (`nl`), the language of the
 * vision, and English (`en`).
 *
 * @category Format
 * @example
 * const language: Language = "nl";
 */
export type Language = "nl" | "en";
