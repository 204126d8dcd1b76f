import { z } from "zod";

const threshold = z.number().int().min(1).max(1_000_000_000);

/**
 * When {@link protect} withholds a figure. Every threshold is optional:
 *
 * | field | default | withheld when |
 * |---|---|---|
 * | `minimumCount` | 5 | a count or stock, or the numerator of a ratio, lies between 0 and this (0 itself is shown) |
 * | `minimumRespondents` | 30 | a survey share has fewer respondents |
 * | `minimumCategory` | 5 | a survey share has fewer than this positive, or fewer than this not positive |
 *
 * The defaults follow CBS (no figure about fewer than 5) and the GGD buurt monitors (at least
 * 30 respondents, at least 5 in each answer category); docs/privacy.md gives the reasons.
 *
 * @category Protection
 * @example
 * ProtectionPolicy.parse({ minimumCount: 10 });
 * //=> { minimumCount: 10 }
 */
export const ProtectionPolicy = z.strictObject({
  minimumCount: threshold.optional(),
  minimumRespondents: threshold.optional(),
  minimumCategory: threshold.optional(),
});
/**
 * The thresholds of a {@link ProtectionPolicy} schema, as a type. Written out rather than
 * inferred, because `Required<…>` of zod's output keeps `| undefined`; a type test checks that
 * the two agree.
 *
 * @category Protection
 */
export interface ProtectionPolicy {
  readonly minimumCount?: number;
  readonly minimumRespondents?: number;
  readonly minimumCategory?: number;
}
