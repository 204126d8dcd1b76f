import { formatNumber } from "../../format/formatNumber.js";
import type { Area } from "../../model/area.js";
import type { Label } from "../../model/common.js";
import type { Observation } from "../../observations/Observation.js";
import { parseObservations } from "../../observations/parseObservations.js";
import { alblasserdam } from "../../presets/alblasserdam/index.js";
import type { RecordsWarning } from "../../records/Derivation.js";
import { defaultActivityFigures, deriveActivities } from "../../records/deriveActivities.js";
import { defaultMeldingFigures, deriveMeldingen } from "../../records/deriveMeldingen.js";
import { defaultMoveFigures, deriveMoves } from "../../records/deriveMoves.js";
import { defaultPartnerFigures, derivePartners } from "../../records/derivePartners.js";
import type { RecordsGranularity } from "../../records/Register.js";
import { generateObservations, type Scenario } from "../generateObservations.js";
import { generateRecords } from "../generateRecords.js";
import { createRandom, hashText } from "./random.js";

/** What the demo derived from one synthetic register, for its notes and its JSON. */
export interface DemoRegister {
  readonly kind: "meldingen" | "partners" | "activities" | "moves";
  /** The register's source, as generateRecords names it. */
  readonly source: string;
  readonly covers: string;
  /** How many records it holds (for the moves: the moves). */
  readonly records: number;
  /** How many of the demo's rows were derived from it. */
  readonly rows: number;
  /** The derivation's warnings, as the library gave them. */
  readonly warnings: readonly RecordsWarning[];
}

/**
 * The data set of `buurtaanpak demo`. scripts/make-demo-data.mjs writes it at build time to
 * generated/alblasserdam-demo.json, which the command-line program bundles; it is never
 * committed. The shape is what src/cli/demo.ts reads.
 */
export interface DemoData {
  readonly synthetic: true;
  /** What the demo says first: that the data are synthetic, and how they were made. */
  readonly description: Label;
  /** What the demo says last: the same, shorter. */
  readonly reminder: Label;
  readonly model: "alblasserdam";
  readonly period: string;
  readonly baseline: string;
  readonly seed: string;
  readonly scenario: Scenario;
  /** The buurten whose programme data start in 2024, drawn from the seed. */
  readonly joining: readonly string[];
  /** The wijk marked less active ("minder actieve wijken"), drawn from the seed. */
  readonly lessActive: readonly string[];
  /** The indicators whose rows are derived from the synthetic records; the rest are generated directly. */
  readonly fromRecords: readonly string[];
  readonly registers: readonly DemoRegister[];
  readonly areas: readonly Area[];
  readonly observations: readonly Observation[];
}

const seed = "alblasserdam-demo";
const scenario: Scenario = "mixed";
const from = "2023-01-01";
const to = "2024-12-31";
const periods = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
// The programme widens each year: a few buurten join in 2024. Which ones is drawn from the
// seed among the buurten of 300 inhabitants or more, so that no choice of buurten is implied.
const JOINING = 3;
const JOINING_FROM = 300;
// One wijk is marked less active, drawn the same way among the wijken with such a buurt.
const LESS_ACTIVE = 1;

/**
 * Makes the demo data set: the preset's real areas (the CBS indeling of 2024, with the CBS
 * figures), by quarter over 2023 and 2024, scaled to each buurt's inhabitants. Every indicator a
 * kind of record gives (meldingen, partners, activities, moves over dwellings) is derived from
 * synthetic records of `generateRecords` with the functions of `buurtaanpak/records`; only the
 * survey shares and the indicators without a kind of record come from `generateObservations`.
 * Three buurten join the programme in 2024: their activities of 2023 are left out of the agenda
 * (so the records give them a real 0 for 2023), and their generated programme rows of 2023 (the
 * surveys, and what no record gives) out of the data. Throws when a row would not parse, which would be a bug in the recipe.
 */
export function makeDemoData(): DemoData {
  const areas = alblasserdam.areas;
  const buurten = areas.filter((area) => area.kind === "buurt");
  const large = buurten.filter((area) => (area.figures?.inhabitants ?? 0) >= JOINING_FROM);
  const joining = drawn(large, "joins", JOINING);
  const joiningSet = new Set(joining);
  const wijken = areas.filter((area) => area.kind === "wijk" && large.some((buurt) => buurt.parent === area.id));
  const lessActive = drawn(wijken, "less active", LESS_ACTIVE);

  const records = generateRecords(alblasserdam, { seed, areas, from, to });
  // The programme did not work in the joining buurten in 2023: no activities there.
  const agenda = records.activities.records.filter(
    (activity) => !(joiningSet.has(activity.area) && activity.start.startsWith("2023")),
  );
  const has = (id: string) => alblasserdam.indicators.some((indicator) => indicator.id === id);
  // Counts of distinct organisations do not add up over quarters: derived by year, as evaluated.
  const yearly: RecordsGranularity = "year";
  const activityFigures = Object.fromEntries(
    Object.entries(defaultActivityFigures)
      .filter(([id]) => has(id))
      .map(([id, figure]) => [id, figure.figure === "organisations" ? { ...figure, granularity: yearly } : figure]),
  );
  const derivations = [
    {
      kind: "meldingen",
      register: records.meldingen,
      derivation: deriveMeldingen(alblasserdam, records.meldingen, { granularity: "quarter" }),
    },
    {
      kind: "partners",
      register: records.partners,
      derivation: derivePartners(alblasserdam, records.partners, { granularity: "quarter" }),
    },
    {
      kind: "activities",
      register: { ...records.activities, records: agenda },
      derivation: deriveActivities(
        alblasserdam,
        { ...records.activities, records: agenda },
        { granularity: "quarter", lessActive, indicators: activityFigures },
      ),
    },
    {
      kind: "moves",
      register: records.moves,
      derivation: deriveMoves(alblasserdam, records.moves, { granularity: "quarter" }),
    },
  ] as const;
  const fromRecords = [defaultMeldingFigures, defaultPartnerFigures, defaultActivityFigures, defaultMoveFigures]
    .flatMap((figures) => Object.keys(figures))
    .filter(has);
  const derived = new Set(fromRecords);

  // What is generated is the programme's own data (surveys, newsletters, …): the registrations
  // (Fixi, the police, the tenancy changes) all come from the records, so a joining buurt has
  // none of it for 2023.
  const generated = generateObservations(alblasserdam, { seed, areas, periods, scenario }).filter(
    (row) => !derived.has(row.indicator) && !(joiningSet.has(row.area) && row.period.startsWith("2023")),
  );
  const registers: DemoRegister[] = [];
  const fromRegisters: Observation[] = [];
  for (const { kind, register, derivation } of derivations) {
    // The registers cover every buurt over both years: a joining buurt's 2023 is a real 0 (the
    // agenda has no activities there), so the gemeente's totals compare the same buurten.
    fromRegisters.push(...derivation.rows);
    registers.push({
      kind,
      source: register.source ?? kind,
      covers: register.covers,
      records: register.records.length,
      rows: derivation.rows.length,
      warnings: derivation.warnings,
    });
  }
  const observations = [...fromRegisters, ...generated];
  parseObservations(alblasserdam, observations);

  const count = (kind: DemoRegister["kind"], language: "nl" | "en") =>
    formatNumber(registers.find((register) => register.kind === kind)?.records ?? 0, language);
  return {
    synthetic: true,
    description: {
      nl: `Volledig synthetische gegevens voor de demo: de 29 echte buurten van Alblasserdam (CBS-indeling 2024, met de inwonertallen van het CBS), met verzonnen cijfers per kwartaal over 2023 en 2024 op de schaal van elke buurt. De meldingen, partners, activiteiten en de mutatiegraad zijn afgeleid uit synthetische registraties (meldingen, partners, activiteiten, verhuizingen): ${count("meldingen", "nl")} meldingen, ${count("partners", "nl")} partnerperiodes, ${count("activities", "nl")} activiteiten en ${count("moves", "nl")} verhuizingen, gemaakt met generateRecords en geteld met buurtaanpak/records. De enquêtes en wat geen registratie heeft zijn verzonnen met generateObservations. Drie buurten, door het toeval gekozen, doen pas in 2024 mee. Geen echte cijfers.`,
      en: `Entirely synthetic data for the demo: the 29 real buurten of Alblasserdam (the CBS indeling of 2024, with CBS's inhabitant counts), with made-up figures per quarter over 2023 and 2024 at the scale of each buurt. The meldingen, partners, activities and the mutatiegraad are derived from synthetic records (meldingen, partners, activities, moves): ${count("meldingen", "en")} meldingen, ${count("partners", "en")} partner spells, ${count("activities", "en")} activities and ${count("moves", "en")} moves, made with generateRecords and counted with buurtaanpak/records. The surveys and what no record gives are made up with generateObservations. Three buurten, chosen at random, join only in 2024. No real figures.`,
    },
    reminder: {
      nl: "Let op: alle cijfers hierboven zijn synthetisch (verzonnen), niet echt: afgeleid uit synthetische registraties (meldingen, partners, activiteiten, verhuizingen) en, waar geen registratie is, rechtstreeks verzonnen.",
      en: "Note: all figures above are synthetic (made up), not real: derived from synthetic records (meldingen, partners, activities, moves) and, where no record exists, made up directly.",
    },
    model: "alblasserdam",
    period: "2024",
    baseline: "2023",
    seed,
    scenario,
    joining,
    lessActive,
    fromRecords,
    registers,
    areas,
    observations,
  };
}

/** `count` of the areas, drawn from the seed, in id order. */
function drawn(candidates: readonly Area[], what: string, count: number): string[] {
  const draw = (area: Area) => createRandom(hashText(`${seed}\u0000${what}\u0000${area.id}`))();
  return candidates
    .map((area) => ({ id: area.id, draw: draw(area) }))
    .sort((a, b) => a.draw - b.draw)
    .slice(0, count)
    .map((entry) => entry.id)
    .sort();
}
