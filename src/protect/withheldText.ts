import type { Language } from "../format/Language.js";
import { resolvePolicy } from "./internal/policy.js";
import { cellText } from "./internal/words.js";
import type { WithheldFigures, WithholdingReason } from "./ProtectedEvaluation.js";
import type { ProtectionPolicy } from "./ProtectionPolicy.js";
import { withheldReason } from "./withheldReason.js";

/**
 * The text a table, a Markdown report or a chart label shows in place of a withheld figure,
 * with the threshold in the library's number format: "< 5" for a small count, "n < 30" for a
 * survey with too few respondents, "< 5 per antwoord" for a small answer category, and "x" (as
 * CBS marks a cell withheld to protect another) for a secondary suppression. Pass the measure's
 * `withheld` and which figure it is, so that each figure reads by its own reason (see
 * {@link WithheldFigures.reasons}), or a reason; without one, the text is that of a small count.
 *
 * @param policy - the policy the figures were protected with (`protection.policy`, or the one given to {@link protect})
 * @param language - `nl` or `en`
 * @param reason - the measure's `withheld`, or why the figure was withheld; defaults to `small-count`
 * @param figure - with a `withheld`: the figure shown, `current` (the default) or `baseline`
 * @returns the cell text
 * @throws {@link BuurtaanpakError} `invalid-options` for a threshold that is not a whole number of at least 1
 * @category Protection
 * @example
 * withheldText({}, "nl");
 * //=> "< 5"
 * withheldText({ minimumRespondents: 1000 }, "nl", "few-respondents");
 * //=> "n < 1.000"
 * withheldText({}, "en", "small-category");
 * //=> "< 5 per answer"
 * withheldText({}, "nl", "secondary");
 * //=> "x"
 * const withheld: WithheldFigures = {
 *   current: true,
 *   baseline: true,
 *   reason: "small-count",
 *   reasons: { current: "secondary", baseline: "small-count" },
 * };
 * withheldText({}, "nl", withheld, "current");
 * //=> "x"
 * withheldText({}, "nl", withheld, "baseline");
 * //=> "< 5"
 */
export function withheldText(
  policy: ProtectionPolicy | undefined,
  language: Language,
  reason: WithholdingReason | WithheldFigures = "small-count",
  figure: "current" | "baseline" = "current",
): string {
  const own = typeof reason === "string" ? reason : withheldReason(reason, figure);
  return cellText(own, resolvePolicy(policy), language);
}
