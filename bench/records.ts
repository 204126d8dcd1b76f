/**
 * The records benchmark: one million meldingen, as a national-scale Fixi or Signalen export
 * would hold them, derived into observation rows with every melding figure: counts by source,
 * the backlog, handling times in calendar and working days, and the share within the norm (in
 * working days, on the Dutch calendar). Goal: at least a million records a second on a 2-core
 * machine. Reports the records per second and the peak resident memory.
 *
 * Run with `npm run bench:records` (`npm run bench:records -- --json` ends with one JSON line).
 */
import { dutchWorkCalendar } from "../src/calendar-nl/index.js";
import { parseModel } from "../src/model/parseModel.js";
import { parseObservations } from "../src/observations/parseObservations.js";
import { alblasserdam } from "../src/presets/alblasserdam/index.js";
import { deriveMeldingen, type Melding } from "../src/records/index.js";
import { syntheticAreas } from "../src/testing/index.js";
import { createRandom, hashText } from "../src/testing/internal/random.js";

const json = process.argv.includes("--json");
const log = (line: string) => {
  if (!json) console.log(line);
};
const count = Number(process.argv.find((argument) => /^\d+$/.test(argument)) ?? 1_000_000);

// 40 gemeenten × 10 wijken × 5 buurten: 2,000 buurten.
const areas = syntheticAreas({ gemeenten: 40, wijkenPerGemeente: 10, buurtenPerWijk: 5 });
const buurten = areas.filter((area) => area.kind === "buurt").map((area) => area.id);
const indicator = (id: string, measure: "count" | "stock" | "ratio") => ({
  id,
  label: { nl: id, en: id },
  measure,
  provenance: "interpreted" as const,
});
const model = parseModel({
  ...alblasserdam,
  indicators: [
    ...alblasserdam.indicators,
    indicator("openstaande-meldingen", "stock"),
    indicator("doorlooptijd-kalenderdagen", "ratio"),
    indicator("doorlooptijd-werkdagen", "ratio"),
    indicator("afhandeling-binnen-termijn", "ratio"),
  ],
});

// Meldingen made evenly over 2023-01-01..2025-06-30, at any time of day (DST nights included),
// most closed after a few days, some open or cancelled.
const random = createRandom(hashText("records-bench"));
const start = Date.parse("2022-12-31T23:00:00Z");
const span = Date.parse("2025-06-30T22:00:00Z") - start;
const categories = ["afval", "groen", "verlichting", "wegen", "overlast", "parkeren", "riolering", "speelplaatsen"];
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
// As a caller has them: parsed in one go from the text of a JSON export, as a command-line
// program reads a file (not built in code, whose objects V8 lays out differently).
const lines: string[] = [];
for (let index = 0; index < count; index++) {
  const created = start + Math.floor(random() * span);
  const draw = random();
  const status = draw < 0.03 ? "cancelled" : draw < 0.1 ? "open" : "closed";
  const record: Melding = {
    id: `M${index}`,
    source: random() < 0.8 ? "fixi" : "politie",
    createdAt: iso(created),
    status,
    category: categories[Math.floor(random() * categories.length)] ?? "afval",
    area: buurten[Math.floor(random() * buurten.length)] ?? "",
  };
  const closed = created + Math.floor(-Math.log(1 - random()) * 5 * 86_400_000);
  lines.push(
    JSON.stringify(
      status === "open" || closed > start + span ? { ...record, status: "open" } : { ...record, closedAt: iso(closed) },
    ),
  );
}
const records = JSON.parse(`[${lines.join(",")}]`) as unknown[];
lines.length = 0;
const register = { covers: "2023-01-01/2025-06-30", source: "benchmark", records };
const rssBefore = Math.round(process.memoryUsage().rss / 1024 / 1024);
const options = {
  areas,
  granularity: "month" as const,
  calendar: dutchWorkCalendar(),
  norms: { afval: { days: 3, unit: "working-days" as const }, overlast: { days: 2, unit: "working-days" as const } },
  defaultNorm: { days: 10, unit: "working-days" as const },
  indicators: {
    "fixi-meldingen": { figure: "count" as const, sources: ["fixi"] },
    "politie-meldingen": { figure: "count" as const, sources: ["politie"] },
    "openstaande-meldingen": { figure: "open-at-end" as const },
    "doorlooptijd-kalenderdagen": { figure: "handling-days" as const, days: "calendar" as const },
    "doorlooptijd-werkdagen": { figure: "handling-days" as const, days: "working" as const },
    "afhandeling-binnen-termijn": { figure: "within-norm" as const },
  },
};

// Wall time, and the CPU time of this process: on a machine that other work shares, the CPU
// time says what the derivation costs; the wall time what a user waits.
const runs = json ? 5 : 3;
let fastest = Number.POSITIVE_INFINITY;
let fastestCpu = Number.POSITIVE_INFINITY;
let rows = 0;
// Each run starts from a collected heap, as a one-off derivation would, so that the garbage of
// the previous run is not collected on this one's time (npm run bench:records passes --expose-gc).
const collect = (globalThis as { gc?: () => void }).gc;
for (let run = 0; run < runs; run++) {
  collect?.();
  const began = performance.now();
  const cpu = process.cpuUsage();
  const derivation = deriveMeldingen(model, register, options);
  const used = process.cpuUsage(cpu);
  const took = performance.now() - began;
  const tookCpu = (used.user + used.system) / 1000;
  rows = derivation.rows.length;
  fastest = Math.min(fastest, took);
  fastestCpu = Math.min(fastestCpu, tookCpu);
  log(
    `run ${run + 1}: ${took.toFixed(0)} ms (${tookCpu.toFixed(0)} ms CPU), ${rows.toLocaleString("en")} rows, ${derivation.warnings.length} warnings`,
  );
}
// The rows must be what parseObservations accepts, or the speed is of something else.
parseObservations(model, deriveMeldingen(model, register, options).rows);
const perSecond = Math.round(count / (fastest / 1000));
const perCpuSecond = Math.round(count / (fastestCpu / 1000));
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
log(`resident memory with the records parsed, before deriving: ${rssBefore} MB`);
log(
  `deriveMeldingen: ${count.toLocaleString("en")} meldingen in ${fastest.toFixed(0)} ms, ${fastestCpu.toFixed(0)} ms CPU (best of ${runs}): ` +
    `${perSecond.toLocaleString("en")} records/s (${perCpuSecond.toLocaleString("en")} per CPU second); peak RSS ${peakRssMb} MB`,
);
if (json)
  console.log(
    JSON.stringify({
      records: count,
      rows,
      bestMs: Math.round(fastest),
      bestCpuMs: Math.round(fastestCpu),
      recordsPerSecond: perSecond,
      recordsPerCpuSecond: perCpuSecond,
      rssBeforeMb: rssBefore,
      peakRssMb,
    }),
  );
