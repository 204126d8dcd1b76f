/**
 * The patterns of the library's identifiers, shared by the schemas that enforce them and by the
 * code that reads input whose shape may be wrong.
 */

/** A model element id: lower-case words joined by hyphens, such as `fixi-meldingen`. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The characters of an area id: letters, digits, '-', '_' and '.'. */
export const areaIdPattern = /^[\w.-]+$/;

/** A CBS gemeente code: GM + 4 digits. */
export const gemeenteCodePattern = /^GM\d{4}$/;

/** Quotes at most 40 characters of a text read from input, so that hostile input cannot bloat a message. */
export function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
