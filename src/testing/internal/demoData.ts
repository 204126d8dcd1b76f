import type { Area } from "../../model/area.js";
import type { Label } from "../../model/common.js";
import type { Observation } from "../../observations/Observation.js";
import { parseObservations } from "../../observations/parseObservations.js";
import { alblasserdam } from "../../presets/alblasserdam/index.js";
import { generateObservations, type Scenario } from "../generateObservations.js";
import { createRandom, hashText } from "./random.js";

/**
 * The data set of `buurtaanpak demo`. scripts/make-demo-data.mjs writes it at build time to
 * generated/alblasserdam-demo.json, which the command-line program bundles; it is never
 * committed. The shape is what src/cli/demo.ts reads.
 */
export interface DemoData {
  readonly synthetic: true;
  readonly description: Label;
  readonly model: "alblasserdam";
  readonly period: string;
  readonly baseline: string;
  readonly seed: string;
  readonly scenario: Scenario;
  /** The buurten whose programme data start in 2024, drawn from the seed. */
  readonly joining: readonly string[];
  readonly areas: readonly Area[];
  readonly observations: readonly Observation[];
}

const seed = "alblasserdam-demo";
const scenario: Scenario = "mixed";
const periods = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"];
// Registered whether or not the programme works in a buurt: by the Fixi app, the police and
// the housing corporations. Everything else is the programme's own data.
const registrations: ReadonlySet<string> = new Set(["fixi-meldingen", "politie-meldingen", "mutatiegraad"]);
// The programme widens each year: a few buurten join in 2024. Which ones is drawn from the
// seed among the buurten of 300 inhabitants or more, so that no choice of buurten is implied.
const JOINING = 3;
const JOINING_FROM = 300;

/**
 * Makes the demo data set: the preset's real areas (the CBS indeling of 2024, with the CBS
 * figures) and synthetic observations for them, by quarter over 2023 and 2024, scaled to each
 * buurt's inhabitants. Three buurten have only registrations in 2023 and join the programme in
 * 2024. Throws when a row would not parse, which would be a bug in the generator.
 */
export function makeDemoData(): DemoData {
  const areas = alblasserdam.areas;
  const candidates = areas.filter((area) => area.kind === "buurt" && (area.figures?.inhabitants ?? 0) >= JOINING_FROM);
  const draw = (area: Area) => createRandom(hashText(`${seed}\u0000joins\u0000${area.id}`))();
  const joining = candidates
    .map((area) => ({ id: area.id, draw: draw(area) }))
    .sort((a, b) => a.draw - b.draw)
    .slice(0, JOINING)
    .map((entry) => entry.id)
    .sort();
  const joiningSet = new Set(joining);
  const observations = generateObservations(alblasserdam, { seed, areas, periods, scenario }).filter(
    (row) => !(joiningSet.has(row.area) && row.period.startsWith("2023") && !registrations.has(row.indicator)),
  );
  parseObservations(alblasserdam, observations);
  return {
    synthetic: true,
    description: {
      nl: "Volledig synthetische gegevens voor de demo: de 29 echte buurten van Alblasserdam (CBS-indeling 2024, met de inwonertallen van het CBS), met verzonnen cijfers per kwartaal over 2023 en 2024 op de schaal van elke buurt, gemaakt met generateObservations uit buurtaanpak/testing. Drie buurten, door het toeval gekozen, doen pas in 2024 mee. Geen echte cijfers.",
      en: "Entirely synthetic data for the demo: the 29 real buurten of Alblasserdam (the CBS indeling of 2024, with CBS's inhabitant counts), with made-up figures per quarter over 2023 and 2024 at the scale of each buurt, made with generateObservations from buurtaanpak/testing. Three buurten, chosen at random, join only in 2024. No real figures.",
    },
    model: "alblasserdam",
    period: "2024",
    baseline: "2023",
    seed,
    scenario,
    joining,
    areas,
    observations,
  };
}
