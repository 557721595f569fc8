import type { Database, SqlJsStatic } from "sql.js";
import { auditRows, TABLE_SQL, type Row, type TableName } from "./rows.js";
import { CREATE_SCHEMA } from "./schema.js";
import type { StoredAudit } from "./types.js";

const sameValues = (a: Row, b: Row) =>
  a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);

/**
 * An audit database kept in memory between saves, so that a save rewrites only the rows that
 * changed: re-inserting every source of a 300-report audit blocks the main process for a second.
 */
export class AuditDb {
  private readonly db: Database;
  private saved = new Map<TableName, Map<string | number, Row>>();

  constructor(SQL: SqlJsStatic) {
    this.db = new SQL.Database();
    this.db.exec(CREATE_SCHEMA);
  }

  private sync(table: TableName, rows: Row[]): Map<string | number, Row> {
    const sql = TABLE_SQL[table];
    const before = this.saved.get(table) ?? new Map<string | number, Row>();
    const after = new Map<string | number, Row>();
    const upsert = this.db.prepare(sql.upsert);
    const move = sql.move ? this.db.prepare(sql.move) : null;
    const remove = this.db.prepare(sql.remove);
    try {
      for (const row of rows) {
        if (after.has(row.key)) throw new Error(`审核数据有重复的键（${table}: ${row.key}）`);
        after.set(row.key, row);
        const old = before.get(row.key);
        if (!old || !sameValues(old, row) || old.source !== row.source) {
          const extra = [
            ...(row.position === undefined ? [] : [row.position]),
            ...(row.source === undefined ? [] : [row.source]),
          ];
          upsert.run([row.key, ...row.values, ...extra]);
        } else if (old.position !== row.position) move?.run([row.position ?? 0, row.key]);
      }
      for (const key of before.keys()) if (!after.has(key)) remove.run([key]);
    } finally {
      [upsert, move, remove].forEach((s) => s?.free());
    }
    return after;
  }

  /** Brings the database to `data` and returns the bytes of the whole file. */
  save(data: StoredAudit): Uint8Array {
    const rows = auditRows(data);
    const next = new Map<TableName, Map<string | number, Row>>();
    // A removed report's text must not linger in free space; export() resets this per-connection pragma.
    this.db.exec("PRAGMA secure_delete = ON; BEGIN");
    try {
      for (const table of Object.keys(rows) as TableName[])
        next.set(table, this.sync(table, rows[table]));
      this.db.exec("COMMIT");
    } catch (e) {
      this.db.exec("ROLLBACK");
      throw e;
    }
    this.saved = next;
    return this.db.export();
  }

  close(): void {
    this.db.close();
  }
}

/** The bytes of a fresh audit file holding `data`. */
export function encodeAudit(SQL: SqlJsStatic, data: StoredAudit): Uint8Array {
  const db = new AuditDb(SQL);
  try {
    return db.save(data);
  } finally {
    db.close();
  }
}
