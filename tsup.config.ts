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
  },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  external: ["zod", "date-fns", "@date-fns/tz"],
  dts: true,
  clean: true,
  sourcemap: true,
  treeshake: true,
  splitting: true,
});
