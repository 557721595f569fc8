import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A TypeScript entry bundled to one .mjs a child process can run with plain node. The bundle
 * lives inside the project so that it resolves node_modules (sql.js and its .wasm) as the app does.
 */
export async function bundleChild(
  entry: URL,
  name: string,
): Promise<{ path: string; remove(): void }> {
  const dir = join(ROOT, ".tmp", `${name}-${process.pid}`);
  const path = join(dir, `${name}.mjs`);
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile: path,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
