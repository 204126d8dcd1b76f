/** The largest file the program reads unless `--max-bytes` says otherwise. */
export const defaultMaxBytes = 1024 ** 3;

/**
 * The largest JSON file: JSON is parsed whole, and V8 cannot make a string longer than about
 * 512 Mi characters. (CSV is read row by row and has only the `--max-bytes` limit.)
 */
export const maxJsonBytes = 500 * 1024 ** 2;

/** The longest CSV row: longer means a quote that is never closed, or not a CSV file at all. */
export const maxCsvRowLength = 16 * 1024 ** 2;

/** What the "file too large" message says of `--max-bytes`. */
export const maxBytesReason =
  "set by --max-bytes (raise it with --max-bytes 4GiB, for example, if the machine has the memory for it)";
