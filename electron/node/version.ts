import { readFileSync } from "node:fs";
import { join } from "node:path";
import { APP_ROOT } from "./paths.js";

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(APP_ROOT, "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof pkg.version === "string" ? pkg.version : "";
  } catch {
    return "";
  }
}

/** nianbao's version from its package.json, as the reproducibility stamp records it. */
export const APP_VERSION = readVersion();
