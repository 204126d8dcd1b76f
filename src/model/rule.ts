import { z } from "zod";
import { isRecord } from "../internal/read.js";
import { carryIssue } from "../internal/zodIssues.js";
import type { DeepReadonly } from "./DeepReadonly.js";

const Direction = z.enum(["increase", "decrease"]);
const positive = z.number().finite().positive();

/**
 * A target rule: how a success factor's measure is judged. The `kind` discriminates:
 *
 * | kind | meaning |
 * |---|---|
 * | `relativeChange` | current vs baseline, at least +`percent` % (increase) or −`percent` % (decrease) |
 * | `perPeriod` | the sum over the period reaches `amount` for each `per` |
 * | `increase` / `decrease` | any strict rise (or fall) against the baseline |
 * | `qualitative` | a survey share changes significantly (95%, two-sided) in `direction` |
 * | `threshold` | the current value lies within `atLeast` / `atMost` |
 * | `tracked` | no target: monitored with a trend |
 *
 * @category Model
 * @example
 * Rule.parse({ kind: "relativeChange", direction: "increase", percent: 10 });
 * //=> { kind: "relativeChange", direction: "increase", percent: 10 }
 */
export const Rule = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("relativeChange"), direction: Direction, percent: positive.max(1e6) }),
  z.strictObject({
    kind: z.literal("perPeriod"),
    amount: positive.max(1e12),
    per: z.enum(["year", "quarter", "month"]),
  }),
  z.strictObject({ kind: z.literal("increase") }),
  z.strictObject({ kind: z.literal("decrease") }),
  z.strictObject({
    kind: z.literal("qualitative"),
    direction: Direction,
    minRespondents: z.number().int().min(1).max(1e9).optional(),
  }),
  z
    .strictObject({
      kind: z.literal("threshold"),
      atLeast: z.number().finite().optional(),
      atMost: z.number().finite().optional(),
    })
    // Runs even when a field is wrong, reading only the bounds that are numbers, so that every
    // problem of a threshold shows in one round.
    .superRefine(
      (rule: unknown, context) => {
        if (!isRecord(rule)) return;
        const { atLeast, atMost } = rule;
        if (atLeast === undefined && atMost === undefined) {
          context.addIssue(
            carryIssue([], { code: "threshold-without-bounds", message: "a threshold needs atLeast, atMost or both" }),
          );
        } else if (typeof atLeast === "number" && typeof atMost === "number" && atLeast > atMost) {
          context.addIssue(
            carryIssue([], {
              code: "bounds-crossed",
              params: { atLeast, atMost },
              message: `atLeast (${atLeast}) must not be above atMost (${atMost})`,
            }),
          );
        }
      },
      { when: () => true },
    ),
  z.strictObject({ kind: z.literal("tracked") }),
]);
/** @category Model */
export type Rule = DeepReadonly<z.output<typeof Rule>>;

/**
 * The kinds of {@link Rule}.
 *
 * @category Model
 * @example
 * const kind: RuleKind = "perPeriod";
 */
export type RuleKind = Rule["kind"];
