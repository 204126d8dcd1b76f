// The smoke suite: the packed package under every runtime the README promises. It packs the
// tarball (prepack builds dist), installs it into an empty project in a temp folder, and runs
// check.mjs there under Node, Bun and Deno, and, bundled by esbuild, in a page of headless
// Chromium. Each run must print the report line of check.mjs naming its own runtime, so a
// runtime that fell back to Node, or printed nothing, fails.
//
// Bun and Deno come from .tools/ (`npm run setup:runtimes`) or PATH; Chromium is Debian's
// /usr/bin/chromium. A missing runtime is skipped with a note on how to get it, except when CI is
// set: there it is a failure, because a gate that skips is a gate that lies.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import puppeteer from "puppeteer-core";

const root = resolve(import.meta.dirname, "../..");
const tools = join(root, ".tools", "node_modules");
const chromiumPath = "/usr/bin/chromium";
const inCi = Boolean(process.env.CI);

/** The first candidate binary that answers --version, or undefined. */
function findBinary(candidates) {
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ["--version"], { encoding: "utf8", timeout: 20_000 });
    if (probe.status === 0) return { path: candidate, version: probe.stdout.trim().split("\n")[0] };
  }
  return undefined;
}

// npm's `bun` and `deno` packages put the real binary in a platform package (@oven/bun-linux-x64,
// @deno/linux-x64-glibc, …); their own bin is a stub that only a postinstall script replaces,
// and setup installs with --ignore-scripts, so look in the platform packages.
function platformBinaries(scope, relativePath) {
  const folder = join(tools, scope);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).map((name) => join(folder, name, relativePath));
}

const runtimes = [
  { name: "node", binary: { path: process.execPath, version: process.version } },
  {
    name: "bun",
    binary: findBinary([...platformBinaries("@oven", "bin/bun"), "bun"]),
    hint: "not in .tools/ nor on PATH; get it with `npm run setup:runtimes`",
  },
  {
    name: "deno",
    binary: findBinary([...platformBinaries("@deno", "deno"), "deno"]),
    hint: "not in .tools/ nor on PATH; get it with `npm run setup:runtimes`",
  },
  {
    name: "chromium",
    binary: existsSync(chromiumPath) ? { path: chromiumPath, version: "Debian chromium" } : undefined,
    hint: `no ${chromiumPath}; get it with \`npm run setup:runtimes\` as root, or \`sudo apt-get install -y chromium\``,
  },
];

const run = (command, args, cwd, env = process.env) =>
  execFileSync(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 300_000 });

/** The report check.mjs printed, or an error saying what came instead. */
function readReport(output, runtime) {
  const line = output.split("\n").find((text) => text.startsWith("smoke-report "));
  if (line === undefined) throw new Error(`no smoke-report line in the output:\n${output}`);
  const report = JSON.parse(line.slice("smoke-report ".length));
  if (report.runtime !== runtime) throw new Error(`ran as ${report.runtime}, not ${runtime}`);
  return report;
}

function runCommandLine(runtime, project) {
  const script = "check.mjs";
  const env = { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_DIR: join(project, ".deno") };
  const args = {
    node: [script],
    bun: [script],
    // No permissions at all: the library must not touch files, env or network in Deno either.
    deno: ["run", "--no-prompt", "--no-lock", script],
  }[runtime.name];
  try {
    return readReport(run(runtime.binary.path, args, project, env), runtime.name);
  } catch (error) {
    throw new Error(
      `${error.stderr ?? ""}${error.stdout ?? ""}${error.stderr || error.stdout ? "" : error.message}`.trim(),
    );
  }
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

async function bundleForBrowser(project) {
  const outfile = join(project, "www", "check.js");
  const result = await build({
    entryPoints: [join(project, "check.mjs")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    metafile: true,
    logLevel: "silent",
  });
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((entry) => entry.path));
  const nodeImports = [
    ...imports.filter((path) => builtins.has(path)),
    ...Object.keys(result.metafile.inputs).filter((path) => builtins.has(path) || path.startsWith("node:")),
  ];
  const text = readFileSync(outfile, "utf8");
  const quoted = [...text.matchAll(/(?:from|import|require)\s*\(?\s*["']([^"']+)["']/g)]
    .map((match) => match[1])
    .filter((name) => builtins.has(name));
  if (nodeImports.length > 0 || quoted.length > 0)
    throw new Error(
      `the browser bundle imports Node built-ins: ${[...new Set([...nodeImports, ...quoted])].join(", ")}`,
    );
  if (imports.length > 0) throw new Error(`the browser bundle leaves imports unresolved: ${imports.join(", ")}`);
  return { outfile, bytes: text.length };
}

async function runChromium(project) {
  const bundle = await bundleForBrowser(project);
  // The icon link stops the page asking for /favicon.ico, whose 404 would be a console error.
  const page =
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>smoke</title></head><body><script type="module" src="/check.js"></script></body></html>';
  const server = createServer((request, response) => {
    if (request.url === "/") response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    else if (request.url === "/check.js")
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(readFileSync(bundle.outfile));
    else response.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  const profile = mkdtempSync(join(tmpdir(), "buurtaanpak-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
    ],
  });
  try {
    const tab = await browser.newPage();
    const problems = [];
    const lines = [];
    tab.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      else lines.push(message.text());
    });
    tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    tab.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
    tab.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: "load", timeout: 60_000 });
    await tab
      .waitForFunction(() => globalThis.smokeReport !== undefined, { timeout: 30_000 })
      .catch(() => problems.push("check.mjs did not finish within 30 s"));
    // The page's console events reach us asynchronously. A round trip through the page after a
    // macrotask delivers every event the page emitted before it, errors after the report included.
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
    if (problems.length > 0) throw new Error(problems.join("\n"));
    return { ...readReport(lines.join("\n"), "chromium"), bundleBytes: bundle.bytes };
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Packs the package (prepack builds dist) and installs the tarball into an empty ESM project. */
function installPacked(work) {
  const started = performance.now();
  // prepack's build log shares stdout with the pack report, so look for the tarball instead.
  run("npm", ["pack", "--pack-destination", work], root);
  const filename = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (filename === undefined) throw new Error(`npm pack wrote no tarball to ${work}`);
  const project = join(work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "smoke", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--silent", "--prefer-offline", join(work, filename)], project);
  copyFileSync(join(import.meta.dirname, "check.mjs"), join(project, "check.mjs"));
  console.log(
    `smoke: packed ${filename} and installed it into an empty project (${Math.round(performance.now() - started)} ms)`,
  );
  return project;
}

/** Runs check.mjs under one runtime; never throws, returns "passed", "failed" or "skipped". */
async function smoke(runtime, project) {
  if (runtime.binary === undefined) {
    console.log(`smoke: ${inCi ? "MISSING" : "skipped"} ${runtime.name}: ${runtime.hint}`);
    return "skipped";
  }
  const started = performance.now();
  try {
    const report = runtime.name === "chromium" ? await runChromium(project) : runCommandLine(runtime, project);
    const extra =
      report.bundleBytes === undefined
        ? ""
        : `, bundle ${report.bundleBytes} bytes, no Node built-ins, no console errors`;
    console.log(
      `smoke: ok ${runtime.name} (${runtime.binary.version}, ${Math.round(performance.now() - started)} ms${extra}): ${report.sentence}`,
    );
    return "passed";
  } catch (error) {
    console.log(`smoke: FAILED ${runtime.name} (${runtime.binary.version}):\n${error.message ?? error}`);
    return "failed";
  }
}

const work = mkdtempSync(join(tmpdir(), "buurtaanpak-smoke-"));
const outcomes = [];
try {
  const project = installPacked(work);
  for (const runtime of runtimes) outcomes.push(await smoke(runtime, project));
} catch (error) {
  console.log(`smoke: FAILED to pack the package and install it:\n${error.stderr || error.message}`);
  outcomes.push("failed");
} finally {
  rmSync(work, { recursive: true, force: true });
}

const count = (outcome) => outcomes.filter((entry) => entry === outcome).length;
const failed = count("failed") + (inCi ? count("skipped") : 0);
if (inCi && count("skipped") > 0) console.log("smoke: CI is set, so a missing runtime fails the suite");
console.log(`smoke: ${count("passed")} passed, ${failed} failed${inCi ? "" : `, ${count("skipped")} skipped`}`);
if (failed > 0) process.exitCode = 1;
