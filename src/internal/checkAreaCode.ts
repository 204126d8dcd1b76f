import type { IssueParams } from "../errors/Issue.js";
import { shorten } from "./patterns.js";

/** The level of an area, as the model's `AreaKind` spells it. */
type AreaKind = "gemeente" | "wijk" | "buurt" | "area";

// CBS codes (domain.md §10): GM + gemeente(4), WK + gemeente(4) + wijk(2),
// BU + gemeente(4) + wijk(2) + buurt(2). The wijk and buurt parts may hold letters.
const cbsPatterns = {
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{4}[0-9A-Z]{2}$/,
  buurt: /^BU\d{4}[0-9A-Z]{4}$/,
} as const;
const cbsFormats = {
  gemeente: "GM + 4 digits, such as GM0482",
  wijk: "WK + gemeente (4 digits) + wijk (2), such as WK048201",
  buurt: "BU + gemeente (4 digits) + wijk (2) + buurt (2), such as BU04820102",
} as const;

/** What is wrong with an area id, as an issue without its path. */
export interface AreaCodeProblem {
  readonly code: "not-a-cbs-code" | "cbs-kind-mismatch";
  readonly params: IssueParams;
  readonly message: string;
}

/** The CBS kind an id claims by its first letters (`GM`, `WK`, `BU` and a digit), if any. */
function claimedKind(id: string): "gemeente" | "wijk" | "buurt" | undefined {
  if (!/^\d$/.test(id.charAt(2))) return undefined;
  const prefix = id.slice(0, 2);
  if (prefix === "GM") return "gemeente";
  if (prefix === "WK") return "wijk";
  if (prefix === "BU") return "buurt";
  return undefined;
}

/**
 * Checks an area id against the CBS code format of its kind. An area of kind `gemeente`, `wijk`
 * or `buurt` must carry its CBS code as id, unless it is marked `synthetic`. Any id that starts
 * like a CBS code (`GM`, `WK`, `BU` followed by a digit) must be a well-formed code of the
 * matching kind. Messages and params quote at most 40 characters of the id.
 */
export function areaCodeProblem(id: string, kind: AreaKind, synthetic: boolean): AreaCodeProblem | undefined {
  const shown = shorten(id);
  const codeKind = claimedKind(id);
  if (codeKind !== undefined) {
    if (kind !== "area" && codeKind !== kind) {
      return {
        code: "cbs-kind-mismatch",
        params: { id: shown, codeKind, kind },
        message: `'${shown}' is a CBS ${codeKind} code, but the area is a ${kind}`,
      };
    }
    if (!cbsPatterns[codeKind].test(id)) return notACode(shown, codeKind, "");
    return undefined;
  }
  if (kind !== "area" && !synthetic) return notACode(shown, kind, ' (mark made-up areas "synthetic": true)');
  return undefined;
}

function notACode(shown: string, kind: keyof typeof cbsFormats, hint: string): AreaCodeProblem {
  return {
    code: "not-a-cbs-code",
    params: { id: shown, kind, format: cbsFormats[kind] },
    message: `'${shown}' is not a CBS ${kind} code: ${cbsFormats[kind]}${hint}`,
  };
}

/** The message of {@link areaCodeProblem}, or `undefined` when the id is fine. */
export function checkAreaCode(id: string, kind: AreaKind, synthetic: boolean): string | undefined {
  return areaCodeProblem(id, kind, synthetic)?.message;
}
