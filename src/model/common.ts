import { z } from "zod";
import { idPattern } from "../internal/patterns.js";
import type { DeepReadonly } from "./DeepReadonly.js";

/**
 * An identifier of a model element: lower-case words joined by hyphens, such as
 * `fixi-meldingen`. Ids are unique within each kind of element.
 *
 * @category Model
 * @example
 * Id.parse("fixi-meldingen");
 * //=> "fixi-meldingen"
 */
export const Id = z
  .string()
  .max(100)
  .regex(idPattern, "an id is lower-case words joined by hyphens, such as 'fixi-meldingen'");
/** @category Model */
export type Id = z.output<typeof Id>;

/** Non-empty text of bounded length, trimmed of surrounding white space. */
const Text = z.string().trim().min(1, "must not be empty").max(4000);

/**
 * A text in Dutch and English. The Dutch keeps the vision's own words.
 *
 * @category Model
 * @example
 * Label.parse({ nl: "Meer meldingen", en: "More reports" });
 * //=> { nl: "Meer meldingen", en: "More reports" }
 */
export const Label = z.strictObject({ nl: Text, en: Text });
/** @category Model */
export interface Label extends DeepReadonly<z.output<typeof Label>> {}

/**
 * Whether an element is the vision's own words (`stated`) or this library's reading of them
 * (`interpreted`): a link the document implies but never draws, or a table cell whose place
 * the PDF extraction lost.
 *
 * @category Model
 * @example
 * Provenance.parse("interpreted");
 * //=> "interpreted"
 */
export const Provenance = z.enum(["stated", "interpreted"]);
/** @category Model */
export type Provenance = z.output<typeof Provenance>;

/** Where an element comes from: its provenance and, where known, the section of the vision. */
export const sourced = {
  provenance: Provenance,
  section: z.string().trim().min(1).max(200).optional(),
} as const;

export { Text };
