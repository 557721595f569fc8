import { spawn } from "node:child_process";
import { join } from "node:path";
import { APP_ROOT } from "../../electron/node/paths.js";
import type { Args } from "./args.js";

/**
 * `bench --browser [--json] [COUNT|FOLDER]`: a set imported through the workbench in browser mode,
 * timed in headless Chromium (scripts/bench-browser.mjs; needs the dev dependency playwright-core).
 */
export function runBrowserBench(args: Args): Promise<number> {
  const script = join(APP_ROOT, "scripts", "bench-browser.mjs");
  const rest = [...(args.flags.has("--json") ? ["--json"] : []), ...args.files];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...rest], { cwd: APP_ROOT, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(2));
  });
}
