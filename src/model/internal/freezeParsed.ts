/**
 * Freezes a value zod just parsed, and everything inside it, turning every −0 into 0 on the
 * way, so that the model survives a JSON round trip unchanged. One walk, over data that is new
 * (zod builds its output afresh) and as deep as the schema.
 */
export function freezeParsed<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (Object.is(item, -0)) value[index] = 0;
      else freezeParsed(item);
    }
  } else {
    for (const key in value) {
      const field: unknown = Reflect.get(value, key);
      if (Object.is(field, -0)) Reflect.set(value, key, 0);
      else freezeParsed(field);
    }
  }
  return Object.freeze(value);
}
