/// <reference types="node" />
/**
 * The national bench data at any scale: `gemeenten` × 9 wijken × 5 buurten, every indicator of
 * the Alblasserdam preset, the baseline year 2023 and the four quarters of 2024 (scenario
 * "mixed"). 342 gemeenten is the national size: 18,810 areas and 2.16 million rows.
 *
 * The parent generates the rows once per scale and writes them as JSON, in lines of 50,000 rows
 * (one JSON text of 4 million rows would pass V8's longest string); each child process reads
 * them back as a dashboard would get them: plain, unfrozen objects from JSON.parse.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Area } from "../../src/model/area.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { generateObservations, syntheticAreas } from "../../src/testing/index.js";

export const NATIONAL_GEMEENTEN = 342;
export const periods = ["2023", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"] as const;
const ROWS_PER_LINE = 50_000;

export function nationalAreas(gemeenten: number): readonly Area[] {
  return syntheticAreas({ gemeenten, wijkenPerGemeente: 9, buurtenPerWijk: 5 });
}

export function cacheDirectory(): string {
  const directory = join(process.cwd(), "node_modules", ".cache", "buurtaanpak-bench");
  mkdirSync(directory, { recursive: true });
  return directory;
}

export function inputFile(gemeenten: number): string {
  return join(cacheDirectory(), `national-${gemeenten}.jsonl`);
}

/** Generates the rows of one scale and writes them; returns the number of rows. */
export function writeInput(gemeenten: number): number {
  const areas = nationalAreas(gemeenten);
  const rows = generateObservations(alblasserdam, {
    seed: "national",
    areas,
    periods: [...periods],
    scenario: "mixed",
  });
  const lines: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_LINE)
    lines.push(JSON.stringify(rows.slice(start, start + ROWS_PER_LINE)));
  writeFileSync(inputFile(gemeenten), `${lines.join("\n")}\n`);
  return rows.length;
}

/** The rows of one scale, as plain objects from JSON. */
export function readInput(gemeenten: number): unknown[] {
  const text = readFileSync(inputFile(gemeenten), "utf8");
  const rows: unknown[] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const chunk: unknown = JSON.parse(line);
    if (!Array.isArray(chunk))
      throw new Error(`${inputFile(gemeenten)}: a line is not a JSON array; run the bench again to rewrite it`);
    for (const row of chunk) rows.push(row);
  }
  return rows;
}
