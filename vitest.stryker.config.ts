import { defineConfig } from "vitest/config";

// Mutation testing runs the tests in the Azores: periods are Amsterdam calendar dates whatever
// the host's zone, and a UTC host would hide every calculation that slips into the host's zone
// (a date-fns call that loses its `in: calendar`). The Azores are the hardest case: UTC−1 in
// winter, UTC+0 in summer, so a UTC midnight falls on a different local day half the year.
// Stryker's vitest runner uses worker threads, which cannot change their zone themselves
// (test/period/hostTimeZone.test.ts can under the ordinary config), so the zone is set here,
// before the workers start.
process.env["TZ"] = "Atlantic/Azores";

// The fast tests that cover src/model, src/period and src/evaluate, for mutation testing
// (stryker.config.json). The CLI and docs tests spawn processes or transpile, so they stay out.
export default defineConfig({
  test: {
    include: [
      "test/model/**/*.test.ts",
      "test/period/**/*.test.ts",
      "test/evaluate/**/*.test.ts",
      "test/trace/**/*.test.ts",
      "test/presets/**/*.test.ts",
      "test/observations/**/*.test.ts",
    ],
    exclude: ["test/cli/**", "test/docs/**", "**/node_modules/**"],
    coverage: { enabled: false },
  },
});
