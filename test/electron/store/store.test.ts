import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AUDIT_VERSION, type AuditReport } from "../../../shared/model/audit.js";
import {
  newAudit,
  type HistoryEntry,
  readAuditFile,
  writeAuditFile,
  type StoredAudit,
} from "../../../electron/node/store/index.js";
import { sampleAudit } from "./fixture.js";
import type { Cell, LayoutBlock } from "../../../shared/model/report.js";

const dir = mkdtempSync(join(tmpdir(), "nb-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(path: string): Promise<StoredAudit> {
  const got = await readAuditFile(path);
  if ("code" in got) throw new Error(got.message);
  return got;
}

describe("audit file", () => {
  it("round-trips an audit with sources, corrections, verdicts, remarks, failures and history", async () => {
    const path = join(dir, "round.nbaudit");
    const data = sampleAudit();
    await writeAuditFile(path, data);
    const back = await read(path);
    expect(back.audit).toEqual(JSON.parse(JSON.stringify(data.audit)));
    expect(back.history).toEqual(data.history);
    expect([...back.sources.keys()]).toEqual(data.audit.reports.map((r) => r.id));
    for (const [id, bytes] of data.sources)
      expect(Buffer.from(back.sources.get(id) as Uint8Array).equals(bytes)).toBe(true);
  });

  it("keeps what the reader saw of a scan (each cell's page, box, confidence) and a document's layout", async () => {
    const path = join(dir, "scan.nbaudit");
    const data = sampleAudit();
    const first = data.audit.reports[0] as AuditReport;
    const [id, cell] = Object.entries(first.report.cells)[0] as [string, Cell];
    const ocr = { page: 2, box: [10, 20, 30, 12] as const, confidence: 41 };
    const layout: LayoutBlock[] = [
      { kind: "p", span: [0, 4], heading: 1 },
      {
        kind: "table",
        rows: [
          [
            { span: [5, 6], colspan: 2 },
            { span: [7, 8], rowspan: 3 },
          ],
        ],
      },
    ];
    const scanned = {
      ...first,
      report: {
        ...first.report,
        layout,
        cells: { ...first.report.cells, [id]: { ...cell, place: ocr } },
      },
    };
    data.audit = { ...data.audit, reports: [scanned, ...data.audit.reports.slice(1)] };
    await writeAuditFile(path, data);
    const back = (await read(path)).audit.reports[0] as AuditReport;
    expect(back.report.cells[id]?.place).toEqual(ocr);
    expect(back.report.layout).toEqual(layout);
  });

  it("restores a cell saved before `place` with its page box under `ocr` or `at`", async () => {
    const path = join(dir, "old-place.nbaudit");
    const data = sampleAudit();
    const first = data.audit.reports[0] as AuditReport;
    const [a, ca] = Object.entries(first.report.cells)[0] as [string, Cell];
    const [b, cb] = Object.entries(first.report.cells)[1] as [string, Cell];
    const ocr = { page: 2, box: [10, 20, 30, 12] as const, confidence: 41 };
    const at = { page: 3, box: [300, 410.5, 12, 11] as const };
    const cells = { ...first.report.cells, [a]: { ...ca, ocr }, [b]: { ...cb, at } };
    const old = { ...first, report: { ...first.report, cells } } as unknown as AuditReport;
    data.audit = { ...data.audit, reports: [old, ...data.audit.reports.slice(1)] };
    await writeAuditFile(path, data);
    const back = (await read(path)).audit.reports[0] as AuditReport;
    expect(back.report.cells[a]).toEqual({ ...ca, place: ocr });
    expect(back.report.cells[b]).toEqual({ ...cb, place: at });
  });

  it("drops a saved layout that is not well formed (the source pane then shows the text)", async () => {
    const path = join(dir, "bad-layout.nbaudit");
    const data = sampleAudit();
    const first = data.audit.reports[0] as AuditReport;
    const bad = [
      { kind: "p", span: [0, 4], heading: "script" },
      { kind: "table", rows: [[{ span: [0, 1], colspan: 1e9 }]] },
    ];
    const report = { ...first.report, layout: bad as unknown as LayoutBlock[] };
    data.audit = { ...data.audit, reports: [{ ...first, report }, ...data.audit.reports.slice(1)] };
    await writeAuditFile(path, data);
    const back = (await read(path)).audit.reports[0] as AuditReport;
    expect(back.report.layout).toBeUndefined();
    expect(back.report.text).toBe(first.report.text);
  });

  it("keeps the previous file as .bak and drops the source of a removed report", async () => {
    const path = join(dir, "bak.nbaudit");
    const first = sampleAudit("第一版");
    await writeAuditFile(path, first);
    const second = sampleAudit("第二版");
    const removed = second.audit.reports.pop();
    second.sources.delete(removed?.id ?? "");
    await writeAuditFile(path, second);
    expect((await read(path)).audit.title).toBe("第二版");
    expect((await read(path)).sources.size).toBe(2);
    expect((await read(`${path}.bak`)).audit.title).toBe("第一版");
    expect(readdirSync(dir).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("leaves no trace of a removed report's source in the file", async () => {
    const path = join(dir, "removed.nbaudit");
    const data = sampleAudit();
    const marker = Buffer.from("机密-MARKER-".repeat(2000));
    const removed = data.audit.reports[1]?.id ?? "";
    data.sources.set(removed, new Uint8Array(marker));
    await writeAuditFile(path, data);
    expect(readFileSync(path).includes("机密-MARKER-")).toBe(true);
    const before = readFileSync(path).length;
    data.audit.reports.splice(1, 1);
    data.sources.delete(removed);
    await writeAuditFile(path, data);
    expect(readFileSync(path).includes("机密-MARKER-")).toBe(false);
    expect(readFileSync(path).length).toBeLessThan(before);
    expect((await read(path)).audit.reports.map((r) => r.id)).toEqual(
      data.audit.reports.map((r) => r.id),
    );
  });

  it("saves edit after edit (only changed rows rewritten) to exactly the state given", async () => {
    const path = join(dir, "edits.nbaudit");
    const data = sampleAudit();
    const [a, b, c] = data.audit.reports as [AuditReport, AuditReport, AuditReport];
    const edits: (() => void)[] = [
      () => (data.audit.reports = [c, a, b]),
      () => (a.verdicts = {}),
      () => data.sources.set(b.id, new Uint8Array([9, 9, 9])),
      () => (data.audit.title = "改名"),
      () => data.history.splice(1, 1),
      () => data.history.push({ ...(data.history[0] as HistoryEntry), seq: 99, kind: "remark" }),
      () => (data.audit.reports = [a, b]),
      () => data.audit.failures.pop(),
      () => data.audit.reports.push(c),
    ];
    for (const edit of [() => undefined, ...edits]) {
      edit();
      await writeAuditFile(path, data);
      const back = await read(path);
      expect(back.audit).toEqual(JSON.parse(JSON.stringify(data.audit)));
      expect(back.history).toEqual(data.history);
      expect([...back.sources.keys()]).toEqual(data.audit.reports.map((r) => r.id));
      expect([...(back.sources.get(b.id) ?? [])].slice(0, 3)).toEqual(
        [...(data.sources.get(b.id) ?? [])].slice(0, 3),
      );
    }
  });

  it("serialises concurrent writes and the last call wins", async () => {
    const path = join(dir, "queue.nbaudit");
    const states = ["一", "二", "三", "四", "五"].map((t) => sampleAudit(t));
    await Promise.all(states.map((s) => writeAuditFile(path, s)));
    expect((await read(path)).audit.title).toBe("五");
    const more = ["六", "七"].map((t) => sampleAudit(t));
    const pending = more.map((s) => writeAuditFile(path, s));
    await pending[0];
    expect((await read(path)).audit.title).toBe("七");
    await pending[1];
    expect(readdirSync(dir).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("saves two audits at once, each to its own file", async () => {
    const paths = ["x", "y"].map((n) => join(dir, `${n}.nbaudit`));
    const saves = [1, 2, 3].flatMap((i) =>
      paths.map((p, j) => writeAuditFile(p, sampleAudit(`${j}-${i}`))),
    );
    await Promise.all(saves);
    expect((await read(paths[0] as string)).audit.title).toBe("0-3");
    expect((await read(paths[1] as string)).audit.title).toBe("1-3");
  });

  it("starts a new audit at the current version", async () => {
    const a = newAudit("李四");
    expect(a).toMatchObject({
      version: AUDIT_VERSION,
      inspector: "李四",
      reports: [],
      failures: [],
    });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(a.createdAt).toISOString()).toBe(a.createdAt);
    expect(newAudit("李四").id).not.toBe(a.id);
    const path = join(dir, "new.nbaudit");
    await writeAuditFile(path, { audit: a, sources: new Map(), history: [] });
    expect((await read(path)).audit).toEqual(a);
    expect(readFileSync(path).subarray(0, 15).toString()).toBe("SQLite format 3");
  });
});
