import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { APP_ROOT } from "../../../electron/node/paths.js";

/** The parse worker bundled from the current sources (inside the project, so packages resolve). */
export async function buildWorker(): Promise<string> {
  const dir = join(APP_ROOT, ".tmp");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `parse-worker-test-${process.pid}.mjs`);
  await build({
    entryPoints: [join(APP_ROOT, "electron/node/workers/parse-worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    logLevel: "warning",
  });
  return outfile;
}
