// Runs one benchmark of bench/, written in TypeScript: bundles bench/<name>.ts with esbuild into
// node_modules/.cache (where it finds its dependencies) and runs it in a fresh Node process with
// --expose-gc, passing on the other arguments.
//
//   node bench/run.mjs csv-readers [--rows 1000000]
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const [name, ...args] = process.argv.slice(2);
if (name === undefined || !/^[\w-]+$/.test(name))
  throw new Error("usage: node bench/run.mjs <name of a bench/*.ts file> [arguments]");
const directory = new URL("../node_modules/.cache/buurtaanpak-bench/", import.meta.url).pathname;
mkdirSync(directory, { recursive: true });
const outfile = join(directory, `${name}.mjs`);
await build({
  entryPoints: [new URL(`./${name}.ts`, import.meta.url).pathname],
  outfile,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
const { status } = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=4096", outfile, ...args], {
  stdio: "inherit",
  cwd: new URL("..", import.meta.url).pathname,
});
process.exitCode = status ?? 1;
