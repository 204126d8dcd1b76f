import type { IssueCode } from "../errors/Issue.js";

// Every code once: `satisfies` fails the build when a code of the union is missing here or one
// here is not in the union. docs/errors.md is checked against this list by a test.
const codes = {
  "missing-field": true,
  "unknown-field": true,
  "not-a-text": true,
  "not-a-number": true,
  "not-an-object": true,
  "not-a-list": true,
  "wrong-type": true,
  "not-one-of": true,
  empty: true,
  "too-long": true,
  "too-small": true,
  "too-large": true,
  negative: true,
  "not-positive": true,
  "not-whole": true,
  "not-finite": true,
  "not-an-id": true,
  "not-a-date": true,
  "invalid-format": true,
  "invalid-input": true,
  "duplicate-id": true,
  "unknown-reference": true,
  "rule-misfit": true,
  "threshold-without-bounds": true,
  "bounds-crossed": true,
  "bound-out-of-range": true,
  "field-misfit": true,
  "rate-misfit": true,
  "invalid-area-id": true,
  "not-a-cbs-code": true,
  "cbs-kind-mismatch": true,
  "cbs-nesting": true,
  "area-cycle": true,
  "area-case": true,
  "unknown-area": true,
  "invalid-period": true,
  "invalid-timestamp": true,
  "no-previous-year": true,
  "unknown-indicator": true,
  "derived-indicator": true,
  "positive-above-respondents": true,
  "duplicate-row": true,
  "overlapping-rows": true,
  "not-parsed": true,
  "closed-before-created": true,
  "outside-span": true,
  "outside-calendar": true,
  "invalid-option": true,
  "as-of-before-period": true,
} as const satisfies Record<IssueCode, true>;

/** Every issue code, in the order of docs/errors.md. */
export const issueCodes: readonly IssueCode[] = Object.freeze(Object.keys(codes).filter(isIssueCode));

/** Whether a value is one of the library's issue codes. */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === "string" && Object.hasOwn(codes, value);
}
