import type { Issue } from "../../errors/Issue.js";

/**
 * Sorts issues by where they are in the document: by top-level field, in the order `fields`
 * gives (the schema's order; unknown fields last), then by the list indexes along the path,
 * an element before what lies inside it. Issues at the same place keep the order they came
 * in, shape before references. n log n in the number of issues.
 */
export function inDocumentOrder(issues: readonly Issue[], fields: readonly string[]): Issue[] {
  const rankOf = new Map(fields.map((field, index) => [field, index]));
  const keyed = issues.map((issue, order) => {
    const [first] = issue.path;
    const key: number[] = [
      first === undefined ? -1 : typeof first === "number" ? first : (rankOf.get(first) ?? fields.length),
    ];
    for (const segment of issue.path.slice(1)) if (typeof segment === "number") key.push(segment);
    return { issue, key: Float64Array.from(key), order };
  });
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.order - b.order);
  return keyed.map((entry) => entry.issue);
}

function compareKeys(a: Float64Array, b: Float64Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
