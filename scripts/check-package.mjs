// Checks the package as users get it: packs the tarball, lints it with publint and
// @arethetypeswrong/cli (node10, node16 and bundler), then installs it into an empty ESM
// project and an empty CommonJS project and imports every entry point both ways.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
const work = mkdtempSync(join(tmpdir(), "buurtaanpak-package-"));

try {
  const [{ filename }] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work]));
  const tarball = join(work, filename);
  console.log(`packed ${filename}`);

  run("npx", ["publint", "run", tarball, "--strict"]);
  console.log("publint: clean");
  run("npx", ["attw", tarball, "--profile", "strict", "--format", "table-flipped"]);
  console.log("attw: clean for node10, node16 (CJS and ESM) and bundler");

  const entries = ["buurtaanpak", "buurtaanpak/alblasserdam", "buurtaanpak/testing"];
  const checks = {
    esm: {
      type: "module",
      file: "check.mjs",
      code: `
import * as root from "buurtaanpak";
import { alblasserdam } from "buurtaanpak/alblasserdam";
import { generateObservations } from "buurtaanpak/testing";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const required = ${JSON.stringify(entries)}.map((entry) => require(entry));
const result = root.evaluate(alblasserdam, root.parseObservations(alblasserdam, generateObservations(alblasserdam, { seed: 1, areas: alblasserdam.areas, periods: ["2023", "2024"] })), { period: "2024" });
if (result.factors.length !== 27 || typeof required[0].evaluate !== "function" || required[1].alblasserdam.groups.length !== 5) throw new Error("unexpected exports");
console.log("esm: import and require of every entry work");`,
    },
    cjs: {
      type: "commonjs",
      file: "check.cjs",
      code: `
const root = require("buurtaanpak");
const { alblasserdam } = require("buurtaanpak/alblasserdam");
const { generateObservations } = require("buurtaanpak/testing");
(async () => {
  const imported = await Promise.all(${JSON.stringify(entries)}.map((entry) => import(entry)));
  const result = root.evaluate(alblasserdam, root.parseObservations(alblasserdam, generateObservations(alblasserdam, { seed: 1, areas: alblasserdam.areas, periods: ["2023", "2024"] })), { period: "2024" });
  if (result.factors.length !== 27 || typeof imported[0].evaluate !== "function" || imported[1].alblasserdam.groups.length !== 5) throw new Error("unexpected exports");
  console.log("cjs: require and import of every entry work");
})().catch((error) => { console.error(error); process.exit(1); });`,
    },
  };
  for (const [name, { type, file, code }] of Object.entries(checks)) {
    const project = join(work, name);
    run("mkdir", ["-p", project]);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: `check-${name}`, private: true, type }));
    run("npm", ["install", "--no-audit", "--no-fund", "--silent", tarball], project);
    writeFileSync(join(project, file), code);
    process.stdout.write(run("node", [file], project));
  }
  const demo = run("npx", ["--no-install", "buurtaanpak", "demo"], join(work, "esm"));
  if (!/synthetisch/i.test(demo)) throw new Error("npx buurtaanpak demo did not print the synthetic demo report");
  console.log(`npx buurtaanpak demo: ${demo.split("\n").length} lines`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
