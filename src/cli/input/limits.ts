/**
 * The largest file the program reads unless `--max-bytes` says otherwise. Reading and evaluating
 * a CSV file takes about 6 times its size in memory (bench/cli-large-csv.mjs: 10 million rows,
 * 432 MB, peak at 2.7 GB), and Node's heap ends at about 4 GiB by default: a larger file would
 * crash out of memory with no word, where this limit stops it with a message that names itself.
 */
export const defaultMaxBytes = 512 * 1024 ** 2;

/**
 * The largest JSON file: JSON is parsed whole, and V8 cannot make a string longer than about
 * 512 Mi characters. (CSV is read row by row and has only the `--max-bytes` limit.)
 */
export const maxJsonBytes = 500 * 1024 ** 2;

/** The longest CSV row: longer means a quote that is never closed, or not a CSV file at all. */
export const maxCsvRowLength = 16 * 1024 ** 2;

/** What the "file too large" message says of `--max-bytes`. */
export const maxBytesReason =
  "set by --max-bytes (a file takes about 6 times its size in memory; to read a larger one, raise the limit, " +
  "such as --max-bytes 2GiB, and Node's memory, such as NODE_OPTIONS=--max-old-space-size=16384)";
