import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../../electron/node/paths.js";
import { generateSet, type GeneratedSet } from "../gen/batch/index.js";

let work: string;
let dir: string;
let set: GeneratedSet;

const cli = (...args: string[]) =>
  spawnSync("node", [join(APP_ROOT, "bin", "nianbao.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });

beforeAll(async () => {
  // The command line runs the bundles: parse workers included (dist/parse-worker.js).
  if (!existsSync(join(APP_ROOT, "dist", "parse-worker.js")))
    execSync("npm run build", { cwd: APP_ROOT, stdio: "inherit" });
  work = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
  dir = join(work, "报告");
  set = await generateSet(dir, 8, 5);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("check and bench on a folder", () => {
  it("checks every report of a folder as one set; other documents are listed as skipped", () => {
    const r = cli("check", "--json", "--progress", dir);
    expect(r.status).not.toBe(2);
    const out = JSON.parse(r.stdout) as { file: string; ok: boolean; skipped: boolean }[];
    expect(out.filter((o) => o.ok)).toHaveLength(set.reports.length);
    const skipped = out.filter((o) => o.skipped).map((o) => o.file.slice(dir.length + 1));
    expect(skipped.sort()).toEqual(["封面.png", "说明.xlsx", "青石县/会议通知.txt"].sort());
    expect(out.some((o) => !o.ok && !o.skipped)).toBe(false);
    // The progress line goes to stderr only, never into the JSON on stdout.
    expect(r.stderr).toMatch(new RegExp(`解析 ${out.length - 2}/${out.length - 2}`));
  });

  it("bench --batch reports the total time, the per-report median, CPU times and the memory peak", () => {
    const r = cli("bench", "--batch", "--json", dir);
    expect(r.status).toBe(0);
    const b = JSON.parse(r.stdout) as Record<string, number>;
    expect(b).toMatchObject({ reports: set.reports.length, skipped: 3, failed: 0 });
    expect(b.workers).toBeGreaterThan(0);
    expect(b.totalMs).toBeGreaterThanOrEqual(b.readMs ?? 0);
    expect(b.perReportMedianMs).toBeGreaterThan(0);
    expect(b.maxRssMiB).toBeGreaterThan(0);
    // The set check's own CPU time, and the idle-core estimate from the CPU times.
    expect(b.checkSetCpuMs).toBeGreaterThan(0);
    expect(b.checkSetCpuMs).toBeLessThan(b.cpuMs ?? 0);
    expect(b.idleEstimateMs).toBeGreaterThanOrEqual(b.checkSetCpuMs ?? 0);
    expect(b.idleEstimateMs).toBeLessThanOrEqual(b.cpuMs ?? 0);
  });
});
