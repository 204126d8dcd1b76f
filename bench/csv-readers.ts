/// <reference types="node" />
/**
 * The CSV readers compared: the CLI's own streaming reader (src/cli/input/readCsv.ts) against
 * csv-parse 7, on the same text, fed in the same 1 MiB pieces, building the same row objects
 * with the line each row starts on. It reports the time, the rows per second and the heap the
 * rows take. test/cli/input/csvSplitter.test.ts checks that both read the same records from
 * any CSV text, cut into pieces anywhere.
 *
 *   node bench/run.mjs csv-readers [--rows 1000000]
 */
import { parseArgs } from "node:util";
import { parse } from "csv-parse";
import { readCsv } from "../src/cli/input/readCsv.js";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    reader: { type: "string" },
    runs: { type: "string", default: "3" },
  },
});
const rowCount = Number(values.rows);
const lines = ["indicator,area,period,value,note"];
for (let index = 0; index < rowCount; index++) {
  const note = index % 100 === 0 ? '"a note, with a comma and ""quotes"""' : "";
  lines.push(
    `fixi-meldingen,BU${String(1_000_000 + (index % 20_000)).padStart(8, "0")},2024-${String(1 + (index % 12)).padStart(2, "0")},${index % 1000},${note}`,
  );
}
const bytes = new TextEncoder().encode(`${lines.join("\n")}\n`);
lines.length = 0;
const pieceSize = 1024 * 1024;
const pieces = (): string[] => {
  const decoder = new TextDecoder();
  const out: string[] = [];
  for (let start = 0; start < bytes.length; start += pieceSize)
    out.push(decoder.decode(bytes.subarray(start, start + pieceSize), { stream: true }));
  return out;
};
async function* stream(texts: readonly string[]): AsyncGenerator<string> {
  yield* texts;
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

async function own(texts: readonly string[]): Promise<number> {
  const data = await readCsv(stream(texts), "bench.csv");
  keep = data;
  return data.rows.length;
}

/**
 * csv-parse with the options the CLI needs: every line ending, quotes inside cells, rows of any
 * length, and `info` for the line numbers (without it, the fastest it goes, there are none).
 */
async function csvParse(texts: readonly string[], info = true): Promise<number> {
  const parser = parse({
    relax_column_count: true,
    relax_quotes: true,
    info,
    record_delimiter: ["\r\n", "\n", "\r"],
  });
  const rows: Record<string, string | number>[] = [];
  const starts: number[] = [];
  let header: string[] | undefined;
  parser.on("data", (data: string[] | { record: string[]; info: { lines: number } }) => {
    const record = Array.isArray(data) ? data : data.record;
    if (header === undefined) {
      header = record;
      return;
    }
    const row: Record<string, string | number> = {};
    record.forEach((cell, index) => {
      const column = header?.[index] ?? "";
      if (cell === "") return;
      row[column] = column === "value" ? Number(cell) : cell;
    });
    rows.push(row);
    starts.push(Array.isArray(data) ? 0 : data.info.lines);
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on("end", resolve);
    parser.on("error", reject);
  });
  for (const text of texts) if (!parser.write(text)) await new Promise((resolve) => parser.once("drain", resolve));
  parser.end();
  await done;
  keep = { rows, starts };
  return rows.length;
}

let keep: unknown;
const readers = [
  ["own", "CLI reader (src/cli/input/readCsv.ts)", own],
  ["csv-parse", "csv-parse 7 (info: true)", csvParse],
  ["csv-parse-no-info", "csv-parse 7 (no info: no line numbers)", (texts: readonly string[]) => csvParse(texts, false)],
] as const;
console.log(
  `${rowCount.toLocaleString("en")} rows, ${(bytes.length / 1e6).toFixed(1)} MB, in pieces of 1 MiB; the best of ${values.runs} runs`,
);
for (const [key, name, read] of readers) {
  if (values.reader !== undefined && values.reader !== key) continue;
  let best = Number.POSITIVE_INFINITY;
  let count = 0;
  let heapBytes = 0;
  for (let run = 0; run < Number(values.runs); run++) {
    const texts = pieces();
    keep = undefined;
    const before = heap();
    // CPU time, not wall time: the figure of a reader, not of whatever else the machine runs.
    const start = process.cpuUsage();
    count = await read(texts);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
    // The first run's: csv-parse's streams keep an earlier run's rows alive for a while.
    if (run === 0) heapBytes = heap() - before;
  }
  console.log(
    `${name}: ${count.toLocaleString("en")} rows in ${best.toFixed(0)} ms of CPU (${Math.round(count / (best / 1000)).toLocaleString("en")} rows/s), rows take ${(heapBytes / 2 ** 20).toFixed(0)} MiB of heap`,
  );
}
void keep;
