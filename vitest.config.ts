import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**"],
      reporter: ["text-summary", "text"],
      // The floor for the library; the CLI has its own end-to-end tests that run the built bin.
      thresholds: { statements: 95, branches: 95 },
    },
  },
});
