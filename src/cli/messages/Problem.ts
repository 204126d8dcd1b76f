/**
 * One problem with an input, as the program reports it: where it is (a JSON path; for rows the
 * first element is the row index) and what is wrong. The library's issues are problems; so are
 * the ones the readers find (a repeated JSON key, a CSV row with a cell too many).
 */
export interface Problem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The library's stable code, where the problem is one of its issues. */
  readonly code?: string;
}
