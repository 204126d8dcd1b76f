import { formatNumber } from "../../format/formatNumber.js";
import type { Language } from "../../format/Language.js";
import type { WithholdingReason } from "../ProtectedEvaluation.js";
import type { ProtectionPolicy } from "../ProtectionPolicy.js";

type Policy = Required<ProtectionPolicy>;

/** The threshold a reason refers to. */
export function thresholdOf(reason: WithholdingReason, policy: Policy): number {
  switch (reason) {
    case "small-count":
    case "secondary":
      return policy.minimumCount;
    case "few-respondents":
      return policy.minimumRespondents;
    case "small-category":
      return policy.minimumCategory;
  }
}

/**
 * A table cell for a withheld figure. CBS marks a withheld cell with "x" (geheim); the primary
 * reasons say their threshold instead, as readers of a buurt table expect ("< 5").
 */
export function cellText(reason: WithholdingReason, policy: Policy, language: Language): string {
  const threshold = formatNumber(thresholdOf(reason, policy), language);
  switch (reason) {
    case "small-count":
      return `< ${threshold}`;
    case "few-respondents":
      return `n < ${threshold}`;
    case "small-category":
      return language === "nl" ? `< ${threshold} per antwoord` : `< ${threshold} per answer`;
    case "secondary":
      return "x";
  }
}

/**
 * The clause that replaces a withheld measure's figures in a sentence: "te weinig waarnemingen
 * om te tonen (minder dan 5)". `period` names the one window withheld when the other is shown.
 */
export function withheldClause(reason: WithholdingReason, policy: Policy, language: Language, period?: string): string {
  const threshold = formatNumber(thresholdOf(reason, policy), language);
  if (language === "nl") {
    const what = period === undefined ? "" : `de cijfers van ${period} `;
    switch (reason) {
      case "small-count":
        return `te weinig waarnemingen om ${what}te tonen (minder dan ${threshold})`;
      case "few-respondents":
        return `te weinig respondenten om ${what}te tonen (minder dan ${threshold})`;
      case "small-category":
        return `te weinig antwoorden per categorie om ${what}te tonen (minder dan ${threshold} per categorie)`;
      case "secondary":
        return `${period === undefined ? "niet getoond" : `de cijfers van ${period} niet getoond`}, zodat een klein aantal elders niet terug te rekenen is`;
    }
  }
  const what = period === undefined ? "" : ` the figures for ${period}`;
  switch (reason) {
    case "small-count":
      return `too few observations to show${what} (fewer than ${threshold})`;
    case "few-respondents":
      return `too few respondents to show${what} (fewer than ${threshold})`;
    case "small-category":
      return `too few answers per category to show${what} (fewer than ${threshold} per category)`;
    case "secondary":
      return `${period === undefined ? "not shown" : `the figures for ${period} not shown`}, so that a small number elsewhere cannot be worked out`;
  }
}
