import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**", "node_modules/**"],
        },
      },
      {
        // The workbench in Chromium against the browser-mode host (test/e2e); one file, in order.
        extends: true,
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], hookTimeout: 120_000 },
      },
    ],
  },
});
