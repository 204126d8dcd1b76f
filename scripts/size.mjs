// The size budget: bundles what a dashboard imports, minified and gzipped, with zod and date-fns
// left external, and fails above the budget. Also checks that tree-shaking holds: the root
// entry must not pull in the preset or the testing kit.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

// Budgets in bytes (minified + gzipped), about 10% over what the bundles weigh now.
// evaluate + parseObservations was 13.0 KiB before the like-for-like engine. It now holds
// calendar-aligned windows and common reach, like-for-like sets, the columnar core and its two
// faces, sentences with units and the one number format, and the every-problem check of the
// areas option (safeParseAreas alone is 6.7 KiB): 28.9 KiB.
const budgets = {
  "evaluate + parseObservations": 32_000,
  "preset (alblasserdam)": 22_000,
  "records (every derivation)": 24_500,
  "calendar-nl (the Dutch work calendar)": 3_300,
  "report (HTML and Markdown, with d3-scale and d3-shape)": 45_500,
};
const cases = {
  "evaluate + parseObservations": `import { evaluate, parseObservations } from "./dist/index.js"; globalThis.x = [evaluate, parseObservations];`,
  "preset (alblasserdam)": `import { alblasserdam } from "./dist/alblasserdam.js"; globalThis.x = alblasserdam;`,
  "records (every derivation)": `import * as records from "./dist/records.js"; globalThis.x = records;`,
  "calendar-nl (the Dutch work calendar)": `import { dutchWorkCalendar } from "./dist/calendar-nl.js"; globalThis.x = dutchWorkCalendar;`,
  "report (HTML and Markdown, with d3-scale and d3-shape)": `import { renderReportHtml, renderReportMarkdown } from "./dist/report.js"; globalThis.x = [renderReportHtml, renderReportMarkdown];`,
};
// Strings that only the preset, the testing kit or the holiday calendar contain.
const foreign = { preset: "Woonkracht10", testing: "Synthetische gemeente", "holiday calendar": "Tweede pinksterdag" };

let failed = false;
for (const [name, contents] of Object.entries(cases)) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    external: ["zod", "date-fns", "@date-fns/tz"],
    metafile: true,
  });
  const code = result.outputFiles[0].text;
  const size = gzipSync(code, { level: 9 }).length;
  const budget = budgets[name];
  const verdict = size <= budget ? "ok" : "OVER BUDGET";
  if (size > budget) failed = true;
  console.log(
    `${name}: ${(size / 1024).toFixed(1)} KiB gzipped (${(code.length / 1024).toFixed(1)} KiB minified), budget ${(budget / 1024).toFixed(1)} KiB: ${verdict}`,
  );
  if (name.startsWith("evaluate")) {
    // d3 is for the report's charts only: a dashboard that evaluates must not load it.
    if (Object.keys(result.metafile.inputs).some((input) => input.includes("node_modules/d3-"))) {
      console.log("tree-shaking broken: the root entry pulls in d3");
      failed = true;
    }
    for (const [what, marker] of Object.entries(foreign)) {
      if (code.includes(marker)) {
        console.log(`tree-shaking broken: the root entry pulls in the ${what}`);
        failed = true;
      }
    }
  }
  // The records take a calendar as an option: importing them must not load the Dutch one.
  if (name.startsWith("records") && code.includes(foreign["holiday calendar"])) {
    console.log("tree-shaking broken: the records entry pulls in the holiday calendar");
    failed = true;
  }
}
if (failed) process.exit(1);
