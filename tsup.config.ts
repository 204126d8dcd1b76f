import { defineConfig } from "tsup";

// The library: ESM + CJS with types, runnable in browsers, Deno and Bun (no Node built-ins).
// The command-line program is built separately by scripts/build-cli.mjs.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    alblasserdam: "src/presets/alblasserdam/index.ts",
    testing: "src/testing/index.ts",
    records: "src/records/index.ts",
    // The Dutch holidays are a table taken from date-holidays at build time
    // (scripts/generate-holidays-nl.mjs): nothing of date-holidays is imported at run time.
    "calendar-nl": "src/calendar-nl/index.ts",
    // The report draws its charts with d3-scale and d3-shape: only this entry point imports them.
    report: "src/report/index.ts",
  },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  external: ["zod", "date-fns", "@date-fns/tz", "d3-scale", "d3-shape"],
  dts: true,
  clean: true,
  sourcemap: true,
  treeshake: true,
  splitting: true,
});
