import { BuurtaanpakError } from "../../errors/BuurtaanpakError.js";
import { zodIssues } from "../../internal/zodIssues.js";
import { ProtectionPolicy } from "../ProtectionPolicy.js";

/** The defaults of docs/privacy.md: CBS's 5, and the GGD buurt monitors' 30 respondents and 5 per answer. */
export const defaultPolicy: Required<ProtectionPolicy> = Object.freeze({
  minimumCount: 5,
  minimumRespondents: 30,
  minimumCategory: 5,
});

const fields = new Set(["minimumCount", "minimumRespondents", "minimumCategory"]);

/**
 * A policy with every default filled in, or a {@link BuurtaanpakError} `invalid-options` naming
 * each field that is not a whole number of at least 1.
 */
export function resolvePolicy(policy: ProtectionPolicy | undefined): Required<ProtectionPolicy> {
  if (policy === undefined) return defaultPolicy;
  // A renderer asks for a cell's text once per cell: a policy that is plainly right skips the schema.
  if (!isPlainlyValid(policy)) {
    const parsed = ProtectionPolicy.safeParse(policy);
    if (!parsed.success)
      throw new BuurtaanpakError(
        "invalid-options",
        zodIssues(parsed.error, [], { input: policy, schema: ProtectionPolicy }),
        "The protection policy is invalid",
      );
  }
  return {
    minimumCount: policy.minimumCount ?? defaultPolicy.minimumCount,
    minimumRespondents: policy.minimumRespondents ?? defaultPolicy.minimumRespondents,
    minimumCategory: policy.minimumCategory ?? defaultPolicy.minimumCategory,
  };
}

function isPlainlyValid(policy: unknown): policy is ProtectionPolicy {
  if (typeof policy !== "object" || policy === null || Array.isArray(policy)) return false;
  for (const [key, value] of Object.entries(policy)) {
    if (!fields.has(key)) return false;
    if (value !== undefined && !(Number.isInteger(value) && value >= 1 && value <= 1_000_000_000)) return false;
  }
  return true;
}
