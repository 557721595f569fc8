import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleChild } from "../support/child-bundle.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { READ_ERRORS, type ReadErrorCode } from "../../shared/model/errors.js";
import { BAD_INPUTS } from "./cases.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CORPUS = join(ROOT, "test", "fixtures", "corpus");
const GOOD = ["000_717827ae4ea6615a.txt", "001_8a851489e2403959.docx", "004_f3bbfa1004ed2dd6.pdf"];
let child = "";
let removeChild = () => {};
const dir = mkdtempSync(join(tmpdir(), "nb-batch-"));
/** The old-generation heap of the child: a reader that held a bomb in memory would die here. */
const HEAP_MB = 384;
const BATCH_MS = 120_000;

interface JsonOutcome {
  file: string;
  ok: boolean;
  error: { code: ReadErrorCode; message: string } | null;
  report: { cells: Record<string, unknown>; findings: unknown[] } | null;
}

beforeAll(async () => {
  const bundle = await bundleChild(new URL("./check-child.ts", import.meta.url), "check-child");
  child = bundle.path;
  removeChild = bundle.remove;
  for (const [i, c] of BAD_INPUTS.entries())
    writeFileSync(join(dir, `${i}-${c.file}`), await c.bytes());
  for (const g of GOOD) copyFileSync(join(CORPUS, g), join(dir, g));
}, 120_000);
afterAll(() => {
  removeChild();
  rmSync(dir, { recursive: true, force: true });
});

function runCheck(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, child, "check", "--json", ...args],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => p.kill("SIGKILL"), BATCH_MS);
    p.once("error", reject);
    p.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

describe("one batch of every bad input beside good reports", () => {
  it(
    "reads every file to its own result in one process within the memory and time bound",
    async () => {
      const t0 = Date.now();
      // The folder (walked for .txt/.docx/.pdf) and the one file of another extension.
      const other = BAD_INPUTS.flatMap((c, i) =>
        /\.(txt|docx|pdf)$/.test(c.file) ? [] : [join(dir, `${i}-${c.file}`)],
      );
      const { code, out, err } = await runCheck([dir, ...other]);
      const ms = Date.now() - t0;
      expect(code, err.slice(-2000)).toBe(2);
      const results = JSON.parse(out) as JsonOutcome[];
      expect(results).toHaveLength(BAD_INPUTS.length + GOOD.length);
      const byName = new Map(results.map((r) => [r.file.slice(dir.length + 1), r]));
      for (const [i, c] of BAD_INPUTS.entries()) {
        const r = byName.get(`${i}-${c.file}`);
        if ("code" in c.expect) {
          expect(r?.error?.code, c.name).toBe(c.expect.code);
          expect(r?.error?.message.startsWith(READ_ERRORS[c.expect.code])).toBe(true);
        } else expect(r?.ok, c.name).toBe(true);
      }
      for (const g of GOOD) {
        const r = byName.get(g);
        expect(r?.ok).toBe(true);
        expect(Object.keys(r?.report?.cells ?? {}).length).toBeGreaterThan(100);
      }
      const rss = Number(/maxRSS=(\d+)/.exec(err)?.[1]) / 1024;
      console.log(`batch: ${results.length} files in ${ms} ms, peak RSS ${rss.toFixed(0)} MB`);
      expect(rss).toBeLessThan(1024);
    },
    BATCH_MS + 10_000,
  );
});
