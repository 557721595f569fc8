// Bundles the Node entry points (CLI, Electron main/preload, browser-mode host) with esbuild.
import { build } from "esbuild";
import { existsSync } from "node:fs";

const node = { bundle: true, platform: "node", target: "node20", packages: "external", sourcemap: true, logLevel: "warning" };
const entries = [
  { in: "bin/cli/main.ts", out: "dist/cli.js", format: "esm" },
  { in: "electron/main/main.ts", out: "dist/electron/main.js", format: "esm" },
  // Parsing runs in worker threads (electron/node/workers/pool.ts): a bundle of its own.
  { in: "electron/node/workers/parse-worker.ts", out: "dist/parse-worker.js", format: "esm" },
  { in: "electron/preload/preload.ts", out: "dist/electron/preload.cjs", format: "cjs" },
];
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await build({ ...node, entryPoints: [e.in], outfile: e.out, format: e.format });
}

if (existsSync("renderer/index.html")) {
  const { build: viteBuild } = await import("vite");
  await viteBuild({ configFile: "vite.config.ts" });
}
