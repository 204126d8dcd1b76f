/**
 * `T` with every field and list, at every depth, read-only. Parsed models and the presets are
 * deeply frozen at run time; this type says so at compile time, so that
 * `alblasserdam.groups.push(…)` is a type error instead of a `TypeError`.
 *
 * @category Model
 * @example
 * const label: DeepReadonly<{ words: string[] }> = { words: ["buurt", "wijk"] };
 * label.words.length;
 * //=> 2
 */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;
