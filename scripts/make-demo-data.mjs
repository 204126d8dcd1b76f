// Writes the demo data set of `buurtaanpak demo` to generated/alblasserdam-demo.json, from the
// source: src/testing/internal/demoData.ts holds the recipe (the preset's 29 real buurten,
// synthetic observations by quarter over 2023 and 2024, three buurten joining in 2024). The file
// is generated, never committed: scripts/build-cli.mjs writes it before it bundles the program,
// and `npm run typecheck` and `npm run test:unit` before they read src/cli/demo.ts.
//
// Run by hand: `node scripts/make-demo-data.mjs`. It needs no build: esbuild bundles the recipe
// with its dependencies into memory, and the bundle runs from a data: URL, so that two builds
// at once share no temporary file.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const demoDataFile = join(root, "generated", "alblasserdam-demo.json");

/** Two-space JSON, but one line per area and per observation: a quarter of the size. */
function layout(data) {
  const lines = Object.entries(data).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value) || value.length === 0 || typeof value[0] !== "object") {
      return `  ${name}: ${JSON.stringify(value, null, 2).replaceAll("\n", "\n  ")}`;
    }
    return `  ${name}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(",\n")}\n  ]`;
  });
  return `{\n${lines.join(",\n")}\n}\n`;
}

/**
 * Generates the demo data set and writes it, unless the file already holds exactly that text.
 * The write goes through a temporary file and a rename, so that a reader never sees half a file.
 *
 * @returns the path, the number of observations, the size in bytes and whether it was written
 */
export async function writeDemoData() {
  const bundle = await build({
    entryPoints: [join(root, "src", "testing", "internal", "demoData.ts")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  const code = bundle.outputFiles[0].text;
  const { makeDemoData } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  const data = makeDemoData();
  const text = layout(data);
  JSON.parse(text); // the hand-made layout must still be JSON

  let current;
  try {
    current = readFileSync(demoDataFile, "utf8");
  } catch {
    current = undefined;
  }
  const written = current !== text;
  if (written) {
    mkdirSync(dirname(demoDataFile), { recursive: true });
    const temporary = `${demoDataFile}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, demoDataFile);
  }
  return { file: demoDataFile, observations: data.observations.length, bytes: Buffer.byteLength(text), written };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { file, observations, bytes, written } = await writeDemoData();
  console.log(`${file}: ${observations} observations, ${(bytes / 1024).toFixed(0)} KB${written ? "" : " (unchanged)"}`);
}
