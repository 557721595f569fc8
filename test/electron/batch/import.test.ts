import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listInputs } from "../../../electron/node/adapters/folders.js";
import { AuditSession, type ImportFile } from "../../../electron/node/services/audit-service.js";
import { ParsePool } from "../../../electron/node/workers/pool.js";
import { newAudit } from "../../../electron/node/store/index.js";
import { generateSet, type GeneratedSet } from "../../gen/batch/index.js";
import { buildWorker } from "./worker.js";

let work: string;
let set: GeneratedSet;
let pool: ParsePool;

const session = () =>
  new AuditSession(
    join(work, `a-${Math.random()}.nbaudit`),
    { audit: newAudit("检查人员"), sources: new Map(), history: [] },
    "browser",
    pool,
  );

async function folder(dir: string): Promise<ImportFile[]> {
  return (await listInputs([dir])).map((f) => ({
    name: f.path.slice(dir.length + 1),
    bytes: new Uint8Array(readFileSync(f.path)),
    fromFolder: f.fromFolder,
  }));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "nianbao-batch-"));
  set = await generateSet(join(work, "报告"), 14, 7);
  pool = new ParsePool({ size: 2, workerFile: await buildWorker() });
}, 120_000);

afterAll(async () => {
  await pool?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("importing a folder in the parse workers", () => {
  it("imports every report and skips the folder's other documents, with the reason", async () => {
    expect(pool.threaded).toBe(true);
    const s = session();
    const files = await folder(join(work, "报告"));
    expect(files.map((f) => basename(f.name))).not.toContain(".DS_Store");
    expect(files.map((f) => basename(f.name))).not.toContain("~$报告.docx");
    const r = await s.importFiles(files);
    expect(r.cancelled).toBe(0);
    expect(r.changes.reports).toHaveLength(set.reports.length);
    expect(r.changes.failures).toEqual([]);
    const skipped = r.outcomes.filter((o) => o.kind === "skipped");
    expect(
      Object.fromEntries(skipped.map((o) => [o.file, "error" in o ? o.error.code : null])),
    ).toEqual({
      "说明.xlsx": "UNSUPPORTED_FORMAT",
      "封面.png": "UNSUPPORTED_FORMAT",
      "青石县/会议通知.txt": "NO_TABLES",
    });
    for (const e of set.reports) {
      const o = r.outcomes.find((x) => x.file === e.file);
      const a = r.changes.reports.find((x) => o?.kind === "report" && x.id === o.value);
      expect([a?.report.agency, a?.report.year, a?.report.template]).toEqual([
        e.agency,
        e.year,
        e.template,
      ]);
    }
    const again = await s.importFiles(files.slice(0, 3));
    expect(s.audit.reports).toHaveLength(set.reports.length);
    // The answer carries what this import added, not the reports imported before.
    expect(again.changes.reports).toEqual([]);
    expect(again.outcomes.filter((o) => o.kind === "report")).not.toHaveLength(0);
  });

  it("a file picked by itself that is no report is a failure, not skipped", async () => {
    const s = session();
    const r = await s.importFiles([
      {
        name: "说明.txt",
        bytes: new TextEncoder().encode("只是一段说明文字。"),
        fromFolder: false,
      },
    ]);
    expect(r.outcomes[0]).toMatchObject({
      kind: "failed",
      error: { code: "NO_TABLES" },
    });
    expect(r.changes.failures).toHaveLength(1);
    expect(r.changes.failures).toEqual(s.audit.failures);
  });

  it("cancels a running import: what was read stays, the rest is not read", async () => {
    const s = session();
    // Made distinct by trailing newlines, which pdf.js reads past (a zip would not).
    const files = (await folder(join(work, "报告"))).filter((f) => /\.pdf$/.test(f.name));
    const many = [0, 1, 2, 3, 4].flatMap((k) =>
      files.map((f) => ({
        ...f,
        name: `${k}/${f.name}`,
        bytes: Uint8Array.from([...(f.bytes ?? []), ...Array(k + 1).fill(0x0a)]),
      })),
    );
    const seen: number[] = [];
    const running = s.importFiles(many);
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      const p = s.importProgress();
      seen.push(p.done);
      if (p.running && p.done >= 2) break;
    }
    expect(s.importProgress().total).toBe(many.length);
    expect(s.cancelImport()).toBe(true);
    const r = await running;
    expect(r.cancelled).toBeGreaterThan(0);
    expect(r.changes.reports.length).toBeGreaterThanOrEqual(2);
    expect(r.changes.reports.length + r.cancelled).toBe(many.length);
    expect(s.importProgress()).toMatchObject({ running: false, cancelling: false });
    expect(s.cancelImport()).toBe(false);
    // The pool starts new workers for the next import.
    const next = await s.importFiles(files.slice(0, 2));
    expect(next.outcomes.every((o) => o.kind === "report")).toBe(true);
    const earlier = new Set(r.changes.reports.map((x) => x.id));
    expect(next.changes.reports.some((x) => earlier.has(x.id))).toBe(false);
  });
});
