/**
 * Reading input whose shape may be wrong: every helper looks only at own properties (so
 * `constructor` or `__proto__` in the input never reaches the prototype) and answers
 * `undefined` or an empty list where the input is not what it should be.
 */

/** Whether a value is a plain JSON-like object (not null, not a list). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The own field `key` of `value`, or `undefined`. */
export function fieldOf(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The own field `key` of `value` when it is a list, or an empty list. */
export function listOf(value: unknown, key: string): readonly unknown[] {
  const field = fieldOf(value, key);
  return Array.isArray(field) ? field : [];
}

/** The own field `key` of `value` when it is a text, or `undefined`. */
export function textOf(value: unknown, key: string): string | undefined {
  const field = fieldOf(value, key);
  return typeof field === "string" ? field : undefined;
}

/** The value at `path` in `root`, and whether it is there at all (an own field, or an index of a list). */
export function valueAt(
  root: unknown,
  path: readonly PropertyKey[],
): { readonly present: boolean; readonly value: unknown } {
  let current = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") {
      if (segment < 0 || segment >= current.length) return { present: false, value: undefined };
      current = current[segment];
    } else if (isRecord(current) && typeof segment === "string" && Object.hasOwn(current, segment)) {
      current = current[segment];
    } else return { present: false, value: undefined };
  }
  return { present: true, value: current };
}
