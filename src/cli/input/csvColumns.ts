/** The observation fields a CSV header may name, in any order and any subset. */
export const csvColumns = [
  "indicator",
  "area",
  "period",
  "value",
  "numerator",
  "denominator",
  "respondents",
  "positive",
  "source",
  "note",
] as const;
