import type { Database, SqlJsStatic } from "sql.js";
import { AUDIT_VERSION } from "../../../shared/model/audit.js";
import { MIGRATIONS, migrate, type Migration, type RawAudit, type Row } from "./migrate.js";
import { restore } from "./restore.js";
import { verifyChain } from "./chain.js";
import { APP, APPLICATION_ID, readHeader } from "./schema.js";
import { auditFileError, type AuditFileError, type StoredAudit } from "./types.js";

class Corrupt extends Error {}

function rows(db: Database, sql: string): Row[] {
  const stmt = db.prepare(sql);
  try {
    const out: Row[] = [];
    while (stmt.step()) out.push(stmt.getAsObject());
    return out;
  } finally {
    stmt.free();
  }
}

function parseJsonColumns(row: Row, where: string): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (!k.endsWith("_json")) out[k] = v;
    else if (v !== null) {
      try {
        out[k.slice(0, -5)] = JSON.parse(String(v));
      } catch {
        throw new Corrupt(`${where}的数据无法解析`);
      }
    }
  }
  return out;
}

function readRaw(db: Database, fromUs: boolean): RawAudit | AuditFileError {
  const check = rows(db, "PRAGMA quick_check");
  if (check[0]?.quick_check !== "ok")
    return auditFileError("AUDIT_CORRUPT", "数据库完整性检查未通过");
  const tables = new Set(
    rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r.name),
  );
  if (!tables.has("meta"))
    return auditFileError(fromUs ? "AUDIT_CORRUPT" : "AUDIT_FOREIGN", "缺少审核信息表");
  const meta: Record<string, string> = {};
  for (const r of rows(db, "SELECT key, value FROM meta")) meta[String(r.key)] = String(r.value);
  if (meta.app !== APP) return auditFileError("AUDIT_FOREIGN", "这是其他程序的数据库文件");
  const version = Number(meta.version ?? NaN);
  if (!Number.isInteger(version) || version < 0)
    return auditFileError("AUDIT_CORRUPT", "文件版本号无效");
  if (version > AUDIT_VERSION) {
    return auditFileError(
      "AUDIT_TOO_NEW",
      `文件版本 ${version}，本程序最高支持版本 ${AUDIT_VERSION}`,
    );
  }
  const read = (t: "reports" | "failures" | "history", label: string) =>
    tables.has(t)
      ? rows(db, `SELECT * FROM ${t}`).map((r, i) => parseJsonColumns(r, `${label}第 ${i + 1} 条`))
      : [];
  return {
    version,
    meta,
    reports: read("reports", "报告"),
    failures: read("failures", "导入失败记录"),
    history: read("history", "操作记录"),
  };
}

/** The audit in the bytes of an audit file, migrated to this version; or why it cannot be opened. */
export function decodeAudit(
  SQL: SqlJsStatic,
  bytes: Uint8Array,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): StoredAudit | AuditFileError {
  if (bytes.length === 0) return auditFileError("AUDIT_CORRUPT", "文件为空");
  const header = readHeader(bytes);
  if (!header.sqlite) return auditFileError("AUDIT_FOREIGN", "文件格式无法识别");
  if (!header.complete)
    return auditFileError("AUDIT_CORRUPT", "文件不完整（可能在保存时被中断或被截断）");
  const fromUs = header.applicationId === APPLICATION_ID;
  let raw: RawAudit | AuditFileError;
  let db: Database | null = null;
  try {
    db = new SQL.Database(bytes);
    raw = readRaw(db, fromUs);
  } catch (e) {
    const why =
      e instanceof Corrupt
        ? e.message
        : `数据库无法读取（${e instanceof Error ? e.message : String(e)}）`;
    return auditFileError("AUDIT_CORRUPT", why);
  } finally {
    db?.close();
  }
  if ("code" in raw) return raw;
  const migrated = migrate(raw, AUDIT_VERSION, steps);
  if (typeof migrated === "string") return auditFileError("AUDIT_CORRUPT", migrated);
  const stored = restore(migrated);
  const expected = Number(migrated.meta.historyEntries);
  stored.integrity = verifyChain(stored.history, Number.isFinite(expected) ? expected : undefined);
  return stored;
}
