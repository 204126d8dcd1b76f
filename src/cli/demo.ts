import { z } from "zod";
// Generated at build time by scripts/make-demo-data.mjs, never committed.
import demoData from "../../generated/alblasserdam-demo.json" with { type: "json" };
import { Area, Label } from "../index.js";
import { alblasserdam } from "../presets/alblasserdam/index.js";
import { evaluateData, type Format, render } from "./evaluate.js";
import type { Output } from "./output/Output.js";
import type { Language } from "./render/ReportInput.js";

/** The options of `buurtaanpak demo`. */
export interface DemoOptions {
  readonly format: Format;
  readonly language: Language;
}

// The bundled data set is checked like any input: a broken file is a bug, reported as one.
const DemoData = z.object({
  synthetic: z.literal(true),
  description: Label,
  model: z.literal("alblasserdam"),
  period: z.string(),
  baseline: z.string(),
  areas: z.array(Area),
  observations: z.array(z.unknown()),
});

/** The name the demo data go by in reports. */
const demoSource = {
  nl: "meegeleverde demodata (alblasserdam-demo.json)",
  en: "bundled demo data (alblasserdam-demo.json)",
} as const;

/**
 * Runs `buurtaanpak demo`: evaluates the Alblasserdam preset on the bundled synthetic data set.
 * The JSON format wraps the evaluation as `{ synthetic, description, evaluation }`, so that
 * the made-up figures can never pass for real ones.
 *
 * @param options - the format and language
 * @returns what to write on stdout
 */
export function demo(options: DemoOptions): Output {
  const data = DemoData.parse(demoData);
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
    { period: data.period, baseline: data.baseline, areas: data.areas },
  );
  if (options.format === "json") {
    return { kind: "json", value: { synthetic: true, description: data.description, evaluation } };
  }
  return render(options.format, {
    model: alblasserdam,
    evaluation,
    areas: data.areas,
    language: options.language,
    synthetic: data.description,
    dataSource: demoSource[options.language],
  });
}
