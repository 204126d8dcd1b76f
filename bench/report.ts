/**
 * The report benchmark: how long the PDCA report takes to write, on evaluations made beforehand.
 *
 * 1. The Alblasserdam demo (29 buurten, 2023 and 2024 as a series): HTML and Markdown, protected
 *    (protection is part of the report's work) and from evaluations protected once.
 * 2. A national data set (342 gemeenten of 45 buurten): one report per gemeente from one
 *    evaluation, protected once, with `renderReports`, as `buurtaanpak report --each gemeente`
 *    writes them.
 *
 * Each figure is the median of several runs after a warm-up, in milliseconds.
 *
 *   node bench/run.mjs report [--json]
 */
import demoData from "../generated/alblasserdam-demo.json" with { type: "json" };
import { type Area, evaluate, evaluateSeries, parseObservations } from "../src/index.js";
import { alblasserdam } from "../src/presets/alblasserdam/index.js";
import { protect } from "../src/protect/protect.js";
import { renderReportHtml, renderReportMarkdown, renderReports } from "../src/report/index.js";
import { generateObservations, syntheticAreas } from "../src/testing/index.js";

const json = process.argv.includes("--json");
const log = (line: string) => {
  if (!json) console.log(line);
};

/** The median time of `runs` runs, after two warm-up runs. */
function median(runs: number, run: () => unknown): number {
  run();
  run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const activities = [
  "aantal-evenementen",
  "zelf-georganiseerd",
  "deelnemende-organisaties",
  "formeel-netwerk",
  "informeel-netwerk",
  "netwerkbijeenkomsten",
  "zichtbaarheid-in-de-buurt",
];

// 1. The demo.
const areas = demoData.areas as readonly Area[];
const series = evaluateSeries(alblasserdam, parseObservations(alblasserdam, demoData.observations), ["2023", "2024"], {
  areas,
});
const protectedSeries = {
  periods: series.periods,
  evaluations: series.evaluations.map((evaluation) => protect(evaluation)),
};
const synthetic = demoData.description;
const demo = {
  htmlMs: median(15, () =>
    renderReportHtml({ model: alblasserdam, evaluation: series, activities }, { language: "nl", synthetic }),
  ),
  htmlProtectedOnceMs: median(15, () =>
    renderReportHtml({ model: alblasserdam, evaluation: protectedSeries, activities }, { language: "nl", synthetic }),
  ),
  markdownMs: median(15, () =>
    renderReportMarkdown(
      { model: alblasserdam, evaluation: protectedSeries, activities },
      { language: "nl", synthetic },
    ),
  ),
  htmlBytes: new TextEncoder().encode(
    renderReportHtml({ model: alblasserdam, evaluation: protectedSeries, activities }, { language: "nl", synthetic }),
  ).length,
};
log(
  `demo (29 buurten, 2 periods): HTML ${demo.htmlMs.toFixed(1)} ms with protection, ${demo.htmlProtectedOnceMs.toFixed(1)} ms from protected evaluations, Markdown ${demo.markdownMs.toFixed(1)} ms; ${(demo.htmlBytes / 1024).toFixed(0)} KiB`,
);

// 2. Every gemeente of a national data set, from one evaluation.
const national = syntheticAreas({ gemeenten: 342, wijkenPerGemeente: 9, buurtenPerWijk: 5 });
const rows = generateObservations(alblasserdam, {
  seed: "report",
  areas: national,
  periods: ["2023", "2024"],
  scenario: "mixed",
});
const evaluation = protect(
  evaluate(alblasserdam, parseObservations(alblasserdam, rows), { period: "2024", areas: national }),
);
const gemeenten = national.filter((area) => area.kind === "gemeente");
const areaIds = gemeenten.map((gemeente) => gemeente.id);
// Every gemeente's report, from one protected evaluation split once, as `report --each gemeente` writes them.
const allMs = median(3, () => {
  for (const report of renderReports(
    { model: alblasserdam, evaluation, activities },
    { language: "nl", format: "html", areas: areaIds, synthetic },
  ))
    void report.text.length;
});
const perGemeente = allMs / gemeenten.length;
log(
  `national (${gemeenten.length} gemeenten, ${national.length.toLocaleString("en")} areas): ${(allMs / 1000).toFixed(1)} s for every gemeente's report, ${perGemeente.toFixed(1)} ms per gemeente`,
);

if (json)
  console.log(
    JSON.stringify({
      demo,
      national: { gemeenten: gemeenten.length, areas: national.length, perGemeenteMs: perGemeente },
    }),
  );
