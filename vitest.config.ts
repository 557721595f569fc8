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
        // The workbench in Chromium against the browser-mode host (test/e2e): each file starts its
        // own host (port 0) and profile (a temporary folder); one fork runs the files one at a time.
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          hookTimeout: 120_000,
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
