import type { Status } from "../evaluate/Evaluation.js";

/**
 * One mark per status, chosen to read at a glance in a terminal, in Markdown and in HTML, and
 * never shown alone: the word always follows it. The CLI and the report share it, so that a
 * status looks the same in both.
 */
export const marks = {
  achieved: "✔",
  "not-achieved": "✘",
  "on-track": "◐",
  behind: "!",
  monitored: "○",
  "no-data": "–",
  "not-evaluable": "?",
} as const satisfies Record<Status, string>;

/** The statuses in the order counts and legends list them: met, unmet, then the rest. */
export const statusOrder: readonly Status[] = [
  "achieved",
  "on-track",
  "behind",
  "not-achieved",
  "monitored",
  "not-evaluable",
  "no-data",
];
