import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project (or packaged app) root, found from the bundle's place: the folder with package.json. */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
  return dir;
}

export const APP_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const RENDERER_DIR = join(APP_ROOT, "dist", "renderer");
export const SAMPLES_DIR = join(APP_ROOT, "build", "samples");
export const DEFAULT_AUDIT = join(homedir(), ".nianbao", "工作台.nbaudit");
