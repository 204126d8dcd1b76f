// Bundles the national bench (bench/national.ts, and the child processes it starts:
// bench/phase.ts and bench/stress.ts) with esbuild and runs it in a fresh Node process, passing
// on the arguments (`npm run bench -- --json`, `-- --runs 5`). The bundles stay in
// node_modules/.cache, where they find zod and date-fns, so that a phase can also be run by
// hand, for example under --cpu-prof:
//
//   node --expose-gc node_modules/.cache/buurtaanpak-bench/phase.mjs run --phases columnar
//
// The DuckDB peer needs `npm run bench:peers` first; without it the bench skips that peer.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const directory = new URL("../node_modules/.cache/buurtaanpak-bench/", import.meta.url).pathname;
mkdirSync(directory, { recursive: true });
for (const name of ["national", "phase", "stress"]) {
  await build({
    entryPoints: [new URL(`../bench/${name}.ts`, import.meta.url).pathname],
    outfile: join(directory, `${name}.mjs`),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}
// The demo is timed too, from the built bin.
spawnSync(process.execPath, [new URL("./build-cli.mjs", import.meta.url).pathname], { stdio: "inherit" });
const { status } = spawnSync(process.execPath, [join(directory, "national.mjs"), ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: new URL("..", import.meta.url).pathname,
});
process.exitCode = status ?? 1;
