/**
 * What a command writes on stdout: lines of text (a report, a summary), or a JSON value, which
 * is written in chunks so that no output is ever one string too long for V8.
 */
export type Output =
  | { readonly kind: "text"; readonly lines: readonly string[] }
  | { readonly kind: "json"; readonly value: unknown };
