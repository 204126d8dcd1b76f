// Checks the package as users get it: packs the tarball, lints it with publint and
// @arethetypeswrong/cli (node10, node16 and bundler), then installs it into an empty ESM
// project and an empty CommonJS project and imports every entry point both ways. Last, it packs
// a fresh clone of the last commit (`git clone`, `npm ci`, `npm pack --dry-run`) and checks
// what would ship, then cuts a trial release there to check that changesets writes CHANGELOG.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const run = (command, args, cwd = root) =>
  execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
// prepack builds, and the build's log comes first on the same stdout as the JSON report.
const packReport = (stdout) => JSON.parse(stdout.slice(stdout.search(/^\[$/m)));
const work = mkdtempSync(join(tmpdir(), "buurtaanpak-package-"));

try {
  const [{ filename }] = packReport(run("npm", ["pack", "--json", "--pack-destination", work]));
  const tarball = join(work, filename);
  console.log(`packed ${filename}`);

  run("npx", ["publint", "run", tarball, "--strict"]);
  console.log("publint: clean");
  run("npx", ["attw", tarball, "--profile", "strict", "--format", "table-flipped"]);
  console.log("attw: clean for node10, node16 (CJS and ESM) and bundler");

  const entries = [
    "buurtaanpak",
    "buurtaanpak/alblasserdam",
    "buurtaanpak/testing",
    "buurtaanpak/records",
    "buurtaanpak/calendar-nl",
  ];
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
if (new Set(result.factors.map((factor) => factor.factor)).size !== 27 || typeof required[0].evaluate !== "function" || required[1].alblasserdam.groups.length !== 5) throw new Error("unexpected exports");
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
  if (new Set(result.factors.map((factor) => factor.factor)).size !== 27 || typeof imported[0].evaluate !== "function" || imported[1].alblasserdam.groups.length !== 5) throw new Error("unexpected exports");
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
  // The real buurten, protected: the tiny ones (15, 25 and 30 inhabitants) show withheld cells.
  const flatDemo = demo.replace(/\s+/g, " ");
  for (const name of ["Groene Long", "Nieuwland", "Polder Souburgh"])
    if (!new RegExp(`${name} (aantal < 5|< 5|n < 30|x)( |$)`).test(flatDemo))
      throw new Error(`npx buurtaanpak demo did not show the real buurt ${name} with a withheld cell ("< 5")`);
  console.log(`npx buurtaanpak demo: ${demo.split("\n").length} lines`);

  checkFreshClone(join(work, "clone"));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * What a fresh clone ships: prepack must build dist (without it a clone once shipped 3 files),
 * and the tarball holds dist, schema, README, LICENSE and CHANGELOG and nothing else.
 */
function checkFreshClone(clone) {
  const started = performance.now();
  run("git", ["clone", "--quiet", "--no-hardlinks", root, clone]);
  const commit = run("git", ["rev-parse", "--short", "HEAD"], clone).trim();
  run("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline", "--silent"], clone);
  const [{ files }] = packReport(run("npm", ["pack", "--dry-run", "--json"], clone));
  const paths = files.map((file) => file.path);
  const required = [
    "package.json",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "schema/model.json",
    "dist/index.js",
    "dist/index.cjs",
    "dist/index.d.ts",
    "dist/index.d.cts",
    "dist/alblasserdam.js",
    "dist/testing.js",
    "dist/cli.js",
  ];
  const missing = required.filter((path) => !paths.includes(path));
  const allowed = (path) =>
    ["package.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(path) ||
    path.startsWith("dist/") ||
    path.startsWith("schema/");
  const unexpected = paths.filter((path) => !allowed(path));
  if (missing.length > 0 || unexpected.length > 0) {
    throw new Error(
      `npm pack on a fresh clone of ${commit}:${missing.length > 0 ? ` missing ${missing.join(", ")};` : ""}${unexpected.length > 0 ? ` unexpected ${unexpected.join(", ")}` : ""}`,
    );
  }
  console.log(
    `fresh clone of ${commit}: npm pack ships ${paths.length} files: package.json, README.md, LICENSE, CHANGELOG.md, ${paths.filter((path) => path.startsWith("dist/")).length} in dist/, ${paths.filter((path) => path.startsWith("schema/")).length} in schema/ (${Math.round((performance.now() - started) / 1000)} s)`,
  );

  checkReadmeLinks(clone);

  // A trial release in the throwaway clone: changesets must put the new version's notes
  // directly under the title of CHANGELOG.md and keep what was there below them.
  const changelog = join(clone, "CHANGELOG.md");
  const before = readFileSync(changelog, "utf8");
  const note = "Trial release note written by scripts/check-package.mjs.";
  writeFileSync(join(clone, ".changeset", "zz-trial-release.md"), `---\n"buurtaanpak": patch\n---\n\n${note}\n`);
  run("npx", ["--no-install", "changeset", "version"], clone);
  const version = JSON.parse(readFileSync(join(clone, "package.json"), "utf8")).version;
  const after = readFileSync(changelog, "utf8");
  const title = before.slice(0, before.indexOf("\n"));
  if (
    !after.startsWith(`${title}\n\n## ${version}\n`) ||
    !after.includes(note) ||
    !after.includes(before.slice(before.indexOf("\n")).trim())
  ) {
    throw new Error(
      `changeset version did not write release ${version} under the title of CHANGELOG.md:\n${after.slice(0, 600)}`,
    );
  }
  console.log(`changeset version: CHANGELOG.md gets release ${version} under its title`);
}

/** npm shows README.md away from the repository, so its links must be absolute and resolve. */
function checkReadmeLinks(clone) {
  const repository = "https://github.com/buurtaanpak/buurtaanpak/blob/main/";
  const text = readFileSync(join(clone, "README.md"), "utf8").replace(/^```[\s\S]*?^```/gm, "");
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g), ...text.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map(
    (match) => match[1],
  );
  const relative = targets.filter((target) => !/^(https?:|mailto:|#)/.test(target));
  const dangling = targets.filter(
    (target) =>
      target.startsWith(repository) && !existsSync(join(clone, target.slice(repository.length).split("#")[0])),
  );
  if (relative.length > 0 || dangling.length > 0) {
    throw new Error(
      `README.md links:${relative.length > 0 ? ` relative (dead on npm): ${relative.join(", ")};` : ""}${dangling.length > 0 ? ` to files not in the repository: ${dangling.join(", ")}` : ""}`,
    );
  }
  console.log(
    `README.md: ${targets.length} links, all absolute; ${targets.filter((target) => target.startsWith(repository)).length} to files of the repository, all present`,
  );
}
