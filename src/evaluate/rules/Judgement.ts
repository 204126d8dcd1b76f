import type { Reason } from "../Evaluation.js";

/** What a rule makes of the figures: met or not, with the numbers that show why, or a reason it cannot tell. */
export type Judgement =
  | { readonly met: boolean; readonly target?: number; readonly progress?: number; readonly significant?: boolean }
  | { readonly reason: Reason };

/**
 * The stretch of a perPeriod rule's units a window covers: for each year (quarter, month) it
 * overlaps, its days in the window and the days of that unit. 1 January to 30 June 2024 is
 * `[{ days: 182, unitDays: 366 }]`; the four quarters of 2024 are 91/91, 91/91, 92/92, 92/92.
 */
export type UnitShare = readonly { readonly days: number; readonly unitDays: number }[];
