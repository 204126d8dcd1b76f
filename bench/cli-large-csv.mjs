// The CLI on a national-scale CSV file: generates one (not committed: it goes to the temporary
// folder), runs `buurtaanpak evaluate` on it under /usr/bin/time -v and reports the time, the
// peak resident memory, the size of the output and how the run ended. The acceptance (issue 12):
//
// - 10 million rows (about 430 MB) finish with a peak RSS under 3 GB, or stop early with a clear
//   "file too large" message:
//     node scripts/build-cli.mjs && node bench/cli-large-csv.mjs --rows 10000000
// - --format json works above 57,000 areas (where one JSON string would pass V8's limit):
//     node bench/cli-large-csv.mjs --areas 60000
//
// Other options: --format json|table|md, --max-bytes 4GiB, --keep (keep the generated files).
//
// The rows: the 19 count and stock indicators of the Alblasserdam preset, for made-up buurten
// with well-formed CBS buurt codes; with --rows, monthly over 2023 and 2024 for as many buurten
// as the rows need (21,930 for 10 million); with --areas, for 2023 and 2024 in that many buurten.
import { spawnSync } from "node:child_process";
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    rows: { type: "string" },
    areas: { type: "string" },
    format: { type: "string", default: "json" },
    "max-bytes": { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const yearly = values.areas !== undefined;
const months = [];
if (yearly) months.push("2023", "2024");
else
  for (const year of [2023, 2024])
    for (let month = 1; month <= 12; month++) months.push(`${year}-${String(month).padStart(2, "0")}`);
const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "dist", "cli.js");
if (!existsSync(bin)) throw new Error("build the CLI first: node scripts/build-cli.mjs");

const indicators = [
  "fixi-meldingen",
  "politie-meldingen",
  "opruimacties-deelnemers",
  "netwerkbijeenkomsten",
  "formeel-netwerk",
  "informeel-netwerk",
  "zichtbaarheid-in-de-buurt",
  "websitebezoekers",
  "artikel-clicks",
  "gebruik-voorzieningen",
  "deelnemende-organisaties",
  "deelnemers-evenementen",
  "aantal-evenementen",
  "minder-actieve-wijken",
  "zelf-georganiseerd",
  "organisaties-met-plekken",
  "werkgevers-met-werk",
  "uitstroom-uitkering",
  "nieuwsbrief-abonnees",
];
const rowCount = yearly ? Number(values.areas) * indicators.length * months.length : Number(values.rows ?? 10_000_000);

const folder = join(tmpdir(), "buurtaanpak-large-csv");
mkdirSync(folder, { recursive: true });
const file = join(folder, `observations-${yearly ? "yearly" : "monthly"}-${rowCount}.csv`);
if (!existsSync(file)) {
  const started = performance.now();
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? undefined : new Promise((resolve) => out.once("drain", resolve)));
  await write("indicator,area,period,value\n");
  let written = 0;
  let buffer = "";
  for (let area = 0; written < rowCount; area++) {
    // BU + gemeente (4 digits) + wijk (2) + buurt (2): 99 buurten per wijk, 99 wijken per gemeente.
    const code = `BU${String(1 + Math.floor(area / 9801)).padStart(4, "0")}${String(Math.floor(area / 99) % 99).padStart(2, "0")}${String(area % 99).padStart(2, "0")}`;
    for (const indicator of indicators) {
      for (const month of months) {
        if (written >= rowCount) break;
        // A deterministic value per row, so that every run reads the same file.
        buffer += `${indicator},${code},${month},${(written * 7919) % 1000}\n`;
        written++;
      }
    }
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(buffer);
  await new Promise((resolve) => out.end(resolve));
  console.log(
    `generated ${file}: ${written.toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
const bytes = statSync(file).size;
console.log(`${file}: ${(bytes / 1e6).toFixed(0)} MB (${rowCount.toLocaleString("en")} rows)`);
// The areas of the file: yearly, each buurt has 19 × 2 rows; monthly, 19 × 24.
console.log(`  ${Math.ceil(rowCount / (indicators.length * months.length)).toLocaleString("en")} areas`);

const args = [
  bin,
  "evaluate",
  "--model",
  "alblasserdam",
  "--data",
  file,
  "--period",
  "2024",
  "--format",
  values.format,
];
if (values["max-bytes"] !== undefined) args.push("--max-bytes", values["max-bytes"]);
const outputFile = join(folder, `output.${values.format}`);
const output = openSync(outputFile, "w");
const run = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], {
  encoding: "utf8",
  stdio: ["ignore", output, "pipe"],
  maxBuffer: 64 * 1024 * 1024,
});
closeSync(output);
const stderr = run.stderr ?? "";
const field = (name) => new RegExp(`${name}: (.+)`).exec(stderr)?.[1]?.trim();
const rssKb = Number(field("Maximum resident set size \\(kbytes\\)"));
const program = stderr.split("\n").filter((line) => line.startsWith("buurtaanpak:"));
console.log(
  `buurtaanpak evaluate --format ${values.format}${values["max-bytes"] === undefined ? "" : ` --max-bytes ${values["max-bytes"]}`}`,
);
console.log(`  exit status: ${field("Exit status")}`);
console.log(
  `  elapsed: ${field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")} (CPU: user ${field("User time \\(seconds\\)")} s, system ${field("System time \\(seconds\\)")} s)`,
);
console.log(`  peak RSS: ${(rssKb / 1024 ** 2).toFixed(2)} GiB (${((rssKb * 1024) / 1e9).toFixed(2)} GB)`);
if (program.length > 0) console.log(`  message: ${program[0]}`);
const written = statSync(outputFile).size;
if (written > 0) {
  // The end of the output says whether it was written whole.
  const tail = Buffer.alloc(Math.min(written, 200));
  const handle = openSync(outputFile, "r");
  readSync(handle, tail, 0, tail.length, written - tail.length);
  closeSync(handle);
  console.log(`  output: ${(written / 1e6).toFixed(0)} MB, ending ${JSON.stringify(tail.toString("utf8").slice(-40))}`);
}
if (!values.keep) rmSync(folder, { recursive: true, force: true });
