import { z } from "zod";
// Generated at build time by scripts/make-demo-data.mjs, never committed.
import demoData from "../../generated/alblasserdam-demo.json" with { type: "json" };
import { Area, Label } from "../index.js";
import { alblasserdam } from "../presets/alblasserdam/index.js";
import { CliError } from "./CliError.js";
import { evaluateData, render, shownEvaluation } from "./evaluate.js";
import { quote } from "./messages/quote.js";
import type { Output } from "./output/Output.js";
import { recordsNotes } from "./records/recordsNotes.js";
import { notForPublication } from "./render/json.js";
import type { Language } from "./render/ReportInput.js";
import { demoReport } from "./report.js";

/** The formats of `buurtaanpak demo`: those of `evaluate`, and `html` for the PDCA report. */
export type DemoFormat = "table" | "md" | "json" | "html";

/** The options of `buurtaanpak demo`. */
export interface DemoOptions {
  readonly format: DemoFormat;
  readonly language: Language;
  /** A day inside the demo's last year, `YYYY-MM-DD`: a mid-year report up to the day before. */
  readonly asOf?: string;
  /** Show every figure, small numbers too, marked "niet voor publicatie". */
  readonly unprotected?: boolean;
}

// The bundled data set is checked like any input: a broken file is a bug, reported as one.
const DemoData = z.object({
  synthetic: z.literal(true),
  description: Label,
  reminder: Label,
  model: z.literal("alblasserdam"),
  // A year: --as-of is checked against it.
  period: z.string().regex(/^\d{4}$/),
  baseline: z.string(),
  registers: z.array(
    z.object({
      kind: z.enum(["meldingen", "partners", "activities", "moves"]),
      source: z.string(),
      covers: z.string(),
      records: z.number(),
      rows: z.number(),
      // The library's RecordsWarning, as the JSON shows it; the notes read its message.
      warnings: z.array(z.looseObject({ code: z.string(), count: z.number(), message: Label })),
    }),
  ),
  areas: z.array(Area),
  observations: z.array(z.unknown()),
});

/** How the notes name the demo's synthetic registers. */
const registerNames = {
  meldingen: { nl: "Synthetische meldingen", en: "Synthetic meldingen" },
  partners: { nl: "Synthetische partnerlijst", en: "Synthetic list of partners" },
  activities: { nl: "Synthetische activiteitenagenda", en: "Synthetic agenda of activities" },
  moves: { nl: "Synthetische mutaties", en: "Synthetic tenancy changes" },
} as const;

/** The name the demo data go by in reports. */
const demoSource = {
  nl: "meegeleverde demodata (alblasserdam-demo.json)",
  en: "bundled demo data (alblasserdam-demo.json)",
} as const;

/**
 * Runs `buurtaanpak demo`: evaluates the Alblasserdam preset on the bundled synthetic data set
 * of its 29 real buurten, most of it derived from synthetic records, with small numbers
 * withheld unless `unprotected`. Every format says at the top and at the bottom that the
 * figures are synthetic, and derived from synthetic records; the JSON format wraps the
 * evaluation as `{ synthetic, description, records, evaluation, syntheticReminder }`, so that
 * the made-up figures can never pass for real ones. The derivations' warnings are among the
 * notes, as with `evaluate --records`. `html` is the PDCA report of the demo.
 *
 * @param options - the format, language, asOf and protection
 * @returns what to write on stdout
 * @throws {@link CliError} for an asOf outside the demo's last year
 */
export function demo(options: DemoOptions): Output {
  const data = DemoData.parse(demoData);
  if (options.asOf !== undefined) checkAsOf(options.asOf, data.period);
  const unprotected = options.unprotected === true;
  if (options.format === "html") {
    const text = demoReport({
      format: "html",
      language: options.language,
      unprotected,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    });
    return { kind: "text", lines: text.replace(/\n$/, "").split("\n") };
  }
  const evaluation = evaluateData(
    alblasserdam,
    {
      file: demoSource.en,
      format: "json",
      rows: data.observations,
      rowsPath: ["observations"],
      rowProblems: [],
      fileProblems: [],
    },
    {
      period: data.period,
      baseline: data.baseline,
      areas: data.areas,
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    },
  );
  const shown = shownEvaluation(evaluation, unprotected);
  if (options.format === "json") {
    const wrapped = {
      synthetic: true,
      description: data.description,
      records: data.registers,
      evaluation: shown,
      syntheticReminder: data.reminder,
    };
    return { kind: "json", value: unprotected ? { notForPublication, ...wrapped } : wrapped };
  }
  return render(options.format, {
    model: alblasserdam,
    evaluation: shown,
    areas: data.areas,
    language: options.language,
    synthetic: data.description,
    syntheticReminder: data.reminder,
    dataSource: demoSource[options.language],
    notes: recordsNotes(data.registers.map((register) => ({ ...register, name: registerNames[register.kind] }))),
  });
}

/**
 * The demo data run by quarter through the demo's last year, so a mid-year report needs a day
 * inside it: from the 2nd of January (the 1st would count no day) to the 31st of December.
 */
function checkAsOf(asOf: string, year: string): void {
  const first = `${year}-01-02`;
  const last = `${year}-12-31`;
  // Date.parse rolls 30 February over to 1 March: a real day reads back as itself.
  const time = Date.parse(`${asOf}T00:00:00Z`);
  const isDay =
    /^\d{4}-\d{2}-\d{2}$/.test(asOf) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(asOf);
  if (!isDay || asOf < first || asOf > last) {
    throw new CliError(
      `--as-of must be a day inside the demo's last year, ${first} to ${last} (the demo data run by quarter through ${year}), not '${quote(asOf)}'`,
      { usage: true },
    );
  }
}
