import { describe, expect, it } from "vitest";
import { AUDIT_VERSION } from "../../../shared/model/audit.js";
import { findingKey } from "../../../shared/model/finding.js";
import { decodeAudit } from "../../../electron/node/store/decode.js";
import {
  MIGRATIONS,
  migrate,
  type Migration,
  type RawAudit,
} from "../../../electron/node/store/migrate.js";
import { loadSql } from "../../../electron/node/store/sqljs.js";

async function handMade(
  sql: string,
  params: (string | number | Uint8Array)[][] = [],
): Promise<Uint8Array> {
  const db = new (await loadSql()).Database();
  const [schema, ...inserts] = sql.split("\n--\n");
  db.exec(schema as string);
  inserts.forEach((ins, i) => db.run(ins, params[i] ?? []));
  const bytes = db.export();
  db.close();
  return bytes;
}

const REPORT = JSON.stringify({
  format: "txt",
  agency: "紫阳县人民政府",
  year: 2020,
  text: "一、总体情况",
  cells: { "t2.fee.prev": { value: 45, text: "45" } },
  pages: 3,
});

describe("migration chain", () => {
  it("runs each step in order from the file's version to the target", () => {
    const ran: number[] = [];
    const step =
      (v: number): Migration =>
      (raw) => (ran.push(v), { ...raw, meta: { ...raw.meta, [`m${v}`]: "1" } });
    const raw: RawAudit = { version: 0, meta: {}, reports: [], failures: [], history: [] };
    const out = migrate(raw, 3, { 0: step(0), 1: step(1), 2: step(2) });
    expect(ran).toEqual([0, 1, 2]);
    expect(out).toMatchObject({ version: 3, meta: { m0: "1", m1: "1", m2: "1" } });
    expect(migrate(raw, 3, { 0: step(0) })).toBe("无法从文件版本 1 升级");
    expect(migrate({ ...raw, version: AUDIT_VERSION })).toEqual({ ...raw, version: AUDIT_VERSION });
  });

  it("opens a synthetic version-0 file through a 0 → 1 step", async () => {
    // "Version 0": remarks were plain strings in notes_json, and there was no failures table.
    const bytes = await handMade(
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
       INSERT INTO meta VALUES ('app', 'nianbao'), ('version', '0'), ('id', 'a0'), ('inspector', '王五');
       CREATE TABLE reports (id TEXT, position INTEGER, file_name TEXT, source BLOB, report_json TEXT, notes_json TEXT);
       CREATE TABLE history (seq INTEGER, at TEXT, by TEXT, kind TEXT, report_id TEXT, detail_json TEXT)
--
INSERT INTO reports VALUES ('r1', 0, '紫阳县.txt', ?, ?, ?)`,
      [[new Uint8Array([1, 2, 3]), REPORT, JSON.stringify(["表二数值待核"])]],
    );
    const v0to1: Migration = (raw) => ({
      ...raw,
      reports: raw.reports.map(({ notes, ...r }) => ({
        ...r,
        remarks: (notes as string[]).map((text, i) => ({
          id: `n${i}`,
          target: { kind: "report" },
          text,
          by: raw.meta.inspector,
          at: "",
        })),
      })),
    });
    const SQL = await loadSql();
    const got = decodeAudit(SQL, bytes, { ...MIGRATIONS, 0: v0to1 });
    if ("code" in got) throw new Error(got.message);
    expect(got.audit.version).toBe(AUDIT_VERSION);
    expect(got.audit.reports[0]?.remarks).toEqual([
      { id: "n0", target: { kind: "report" }, text: "表二数值待核", by: "王五", at: "" },
    ]);
    expect([...(got.sources.get("r1") ?? [])]).toEqual([1, 2, 3]);
    expect(decodeAudit(SQL, bytes)).toMatchObject({
      code: "AUDIT_CORRUPT",
      message: expect.stringContaining("无法从文件版本 0 升级"),
    });
  });

  it("fills in defaults for what a file leaves out", async () => {
    const bytes = await handMade(
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
       INSERT INTO meta VALUES ('app', 'nianbao'), ('version', '1'), ('updatedAt', '2024-01-01T00:00:00.000Z');
       CREATE TABLE reports (id TEXT, file_name TEXT, report_json TEXT, verdicts_json TEXT)
--
INSERT INTO reports VALUES ('r1', '紫阳县.txt', ?, ?)`,
      [[REPORT, JSON.stringify({ k: { status: "confirmed" }, bad: { note: "无状态" } })]],
    );
    const got = decodeAudit(await loadSql(), bytes);
    if ("code" in got) throw new Error(got.message);
    expect(got.history).toEqual([]);
    expect(got.sources.size).toBe(0);
    expect(got.audit).toMatchObject({
      title: "",
      inspector: "",
      createdAt: "2024-01-01T00:00:00.000Z",
      failures: [],
    });
    const r = got.audit.reports[0];
    expect(r).toMatchObject({ id: "r1", format: "txt", corrections: {}, remarks: [], meta: {} });
    expect(r?.verdicts).toEqual({ k: { status: "confirmed", note: "", by: "", at: "" } });
    expect(r?.report).toMatchObject({
      level: "other",
      template: null,
      labels: [],
      shapes: [],
      messages: [],
      sections: [],
    });
    expect(r?.report.tables).toEqual({ 2: false, 3: false, 4: false });
    expect(r?.report.cells["t2.fee.prev"]).toEqual({ value: 45, text: "45", span: [0, 0] });
    expect(r?.report).toHaveProperty("pages", 3);
  });

  it("chains a version-1 history and gives reports an empty review (1 → 2)", async () => {
    const bytes = await handMade(
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
       INSERT INTO meta VALUES ('app', 'nianbao'), ('version', '1'), ('inspector', '张三');
       CREATE TABLE reports (id TEXT, position INTEGER, file_name TEXT, report_json TEXT, verdicts_json TEXT, meta_json TEXT);
       CREATE TABLE history (seq INTEGER PRIMARY KEY, at TEXT, by TEXT, kind TEXT, report_id TEXT, detail_json TEXT)
--
INSERT INTO reports VALUES ('r1', 0, '紫阳县.txt', ?, '{}', '{}')
--
INSERT INTO history VALUES (1, '2024-01-01T00:00:00.000Z', '张三', 'import', 'r1', '{"fileName":"紫阳县.txt"}')
--
INSERT INTO history VALUES (2, '2024-01-02T00:00:00.000Z', '张三', 'verdict', 'r1', '{"key":"D02|x|a","status":"confirmed"}')`,
      [[REPORT]],
    );
    const got = decodeAudit(await loadSql(), bytes);
    if ("code" in got) throw new Error(got.message);
    expect(got.integrity).toEqual({ ok: true, brokenAt: null, entries: 2 });
    expect(got.history.map((e) => [e.seq, e.kind, e.hash.length])).toEqual([
      [1, "import", 64],
      [2, "verdict", 64],
    ]);
    expect(got.audit.reports[0]?.review).toBeNull();
  });

  it("keys saved verdicts by the short identity (2 → 3), so they still attach", () => {
    const long = Array.from({ length: 140 }, (_, i) => `t3.r${i}.a`).join(",");
    const verdict = { status: "confirmed", note: "整表未填", by: "张三", at: "" };
    const raw: RawAudit = {
      version: 2,
      meta: {},
      reports: [{ id: "r1", verdicts: { [`C01|missing|${long}`]: verdict } }, { id: "r2" }],
      failures: [],
      history: [],
    };
    const out = migrate(raw, 3);
    if (typeof out === "string") throw new Error(out);
    const f = { rule: "C01", code: "missing", severity: "error" as const, params: {}, spans: [] };
    expect(out.reports[0]?.verdicts).toEqual({
      [findingKey({ ...f, cells: long.split(",") })]: verdict,
    });
    expect(out.reports[1]).toEqual({ id: "r2" });
  });
});
