// Bundles bench/national.ts with esbuild and runs it in a fresh Node process, passing on the
// arguments (`npm run bench -- --json`). The bundle stays in node_modules/.cache, where it finds
// zod and date-fns, so that it can also be run by hand, for example under --cpu-prof.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const directory = new URL("../node_modules/.cache/buurtaanpak-bench/", import.meta.url).pathname;
mkdirSync(directory, { recursive: true });
const outfile = join(directory, "national.mjs");
await build({
  entryPoints: [new URL("../bench/national.ts", import.meta.url).pathname],
  outfile,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
// The demo is timed too, from the built bin.
spawnSync(process.execPath, [new URL("./build-cli.mjs", import.meta.url).pathname], { stdio: "inherit" });
const { status } = spawnSync(process.execPath, ["--max-old-space-size=4096", outfile, ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: new URL("..", import.meta.url).pathname,
});
process.exitCode = status ?? 1;
