// Bundles the command-line program, src/cli/main.ts, into dist/cli.js: one ESM file for Node 20
// with its dependencies and the demo data bundled in: one file loads faster than the hundreds
// of modules date-fns and zod are made of, and the demo must start in well under a second.
// It runs before every `npm run demo`, so it stays a single, fast esbuild call, after the demo
// data are generated from the source (make-demo-data.mjs; they are never committed).
import { chmodSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { writeDemoData } from "./make-demo-data.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist", "cli.js");

await writeDemoData();

await build({
  entryPoints: [join(root, "src", "cli", "main.ts")],
  outfile,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  loader: { ".json": "json" },
  banner: { js: "#!/usr/bin/env node" },
  legalComments: "none",
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
