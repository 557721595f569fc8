#!/usr/bin/env node
// Generates a set of reports for `bench --batch` (test/gen/batch): node scripts/gen-batch.mjs DIR [COUNT] [SEED]
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { pathToFileURL } from "node:url";

mkdirSync(".tmp", { recursive: true });
const out = ".tmp/gen-batch.mjs";
await build({
  entryPoints: ["test/gen/batch/cli.ts"],
  outfile: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
await import(pathToFileURL(out).href);
