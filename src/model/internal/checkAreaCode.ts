import type { AreaKind } from "../area.js";

// CBS codes (domain.md §10): GM + gemeente(4), WK + gemeente(4) + wijk(2),
// BU + gemeente(4) + wijk(2) + buurt(2). The wijk and buurt parts may hold letters.
const cbsPatterns = {
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{4}[0-9A-Z]{2}$/,
  buurt: /^BU\d{4}[0-9A-Z]{4}$/,
} as const;
const cbsPrefixes = { GM: "gemeente", WK: "wijk", BU: "buurt" } as const;
const cbsFormats = {
  gemeente: "GM + 4 digits, such as GM0482",
  wijk: "WK + gemeente (4 digits) + wijk (2), such as WK048201",
  buurt: "BU + gemeente (4 digits) + wijk (2) + buurt (2), such as BU04820102",
} as const;

/**
 * Checks an area id against the CBS code format of its kind, and returns a plain message for
 * what is wrong, or `undefined`. An area of kind `gemeente`, `wijk` or `buurt` must carry its
 * CBS code as id, unless it is marked `synthetic`. Any id that starts like a CBS code (`GM`,
 * `WK`, `BU` followed by a digit) must be a well-formed code of the matching kind.
 * Messages quote at most 40 characters of the id, so hostile input cannot bloat them.
 */
export function checkAreaCode(id: string, kind: AreaKind, synthetic: boolean): string | undefined {
  const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  const prefix = id.slice(0, 2);
  const looksLikeCode = prefix in cbsPrefixes && /^\d$/.test(id.charAt(2));
  const codeKind = looksLikeCode ? cbsPrefixes[prefix as keyof typeof cbsPrefixes] : undefined;
  if (codeKind !== undefined) {
    if (kind !== "area" && codeKind !== kind) return `'${shown}' is a CBS ${codeKind} code, but the area is a ${kind}`;
    if (!cbsPatterns[codeKind].test(id)) return `'${shown}' is not a CBS ${codeKind} code: ${cbsFormats[codeKind]}`;
    return undefined;
  }
  if (kind !== "area" && !synthetic) {
    return `'${shown}' is not a CBS ${kind} code: ${cbsFormats[kind]} (mark made-up areas "synthetic": true)`;
  }
  return undefined;
}
