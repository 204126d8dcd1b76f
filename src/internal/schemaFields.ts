import { z } from "zod";

type Path = readonly (string | number)[];
type Schema = z.core.$ZodType;

/**
 * The field names the schema allows for the object at `path` of `input`, or `undefined` where
 * the path does not lead to an object schema. Unions are followed by the input: a
 * discriminated union by its discriminator, any other union to its first object form.
 */
export function fieldsAt(schema: Schema, path: Path, input: unknown): readonly string[] | undefined {
  let current: Schema | undefined = schema;
  let value = input;
  for (const segment of path) {
    current = unwrap(current, value);
    if (current instanceof z.ZodObject && typeof segment === "string") {
      current = Object.hasOwn(current.shape, segment) ? current.shape[segment] : undefined;
      value =
        typeof value === "object" && value !== null && Object.hasOwn(value, segment)
          ? Reflect.get(value, segment)
          : undefined;
    } else if (current instanceof z.ZodArray && typeof segment === "number") {
      current = current.element;
      value = Array.isArray(value) ? value[segment] : undefined;
    } else return undefined;
    if (current === undefined) return undefined;
  }
  current = unwrap(current, value);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : undefined;
}

/** The schema that reads `value` inside optional wrappers and unions. */
function unwrap(schema: Schema | undefined, value: unknown): Schema | undefined {
  let current = schema;
  for (let depth = 0; depth < 10 && current !== undefined; depth++) {
    if (current instanceof z.ZodOptional) current = current.unwrap();
    else if (current instanceof z.ZodDiscriminatedUnion) {
      const key = current.def.discriminator;
      const kind: unknown =
        typeof value === "object" && value !== null && Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;
      current = current.options.find(
        (option) => option instanceof z.ZodObject && literalValues(option.shape[key]).includes(kind),
      );
    } else if (current instanceof z.ZodUnion) current = current.options.find((option) => option instanceof z.ZodObject);
    else return current;
  }
  return current;
}

function literalValues(schema: Schema | undefined): readonly unknown[] {
  return schema instanceof z.ZodLiteral ? [...schema.values] : [];
}

/**
 * The known name a mistyped `name` most likely meant: the same name in other letter case, or
 * one at most two edits away (one for short names). `undefined` when none is that close.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (name.length > 40) return undefined;
  const lower = name.toLowerCase();
  const sameLetters = known.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  const allowed = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase(), allowed);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The Levenshtein distance of two short names, or `limit + 1` once it is known to exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Two rows of the table, each b.length + 1 long, so that every read below is in range.
  let previous = Int32Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Int32Array(b.length + 1);
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    let smallest = row;
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      const value = Math.min(
        (previous[column] as number) + 1,
        (current[column - 1] as number) + 1,
        (previous[column - 1] as number) + cost,
      );
      current[column] = value;
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
