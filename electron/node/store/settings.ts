import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { replaceAtomically } from "./atomic.js";

/** What the workbench remembers beside its audits: who uses it. */
export interface Settings {
  /** The inspector's name as she typed it on first start; never the system account. */
  inspector: string;
}

export const SETTINGS_FILE = "settings.json";

/** The settings kept in `dir` (the audits' folder); a missing or damaged file: none yet. */
export async function readSettings(dir: string): Promise<Settings> {
  try {
    const x: unknown = JSON.parse(await readFile(join(dir, SETTINGS_FILE), "utf8"));
    const name =
      typeof x === "object" && x !== null ? (x as Record<string, unknown>).inspector : "";
    return { inspector: typeof name === "string" ? name.trim().slice(0, 100) : "" };
  } catch {
    return { inspector: "" };
  }
}

export async function writeSettings(dir: string, s: Settings): Promise<void> {
  const text = `${JSON.stringify(s, null, 2)}\n`;
  await replaceAtomically(join(dir, SETTINGS_FILE), new TextEncoder().encode(text));
}
