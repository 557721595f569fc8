import { AUDIT_VERSION } from "../../../shared/model/audit.js";
import { APP } from "./schema.js";
import type { StoredAudit } from "./types.js";

export type SqlValue = string | number | null;

/** One row to save: its key, its plain columns, and (where the table has them) position and source. */
export interface Row {
  key: string | number;
  values: SqlValue[];
  position?: number;
  source?: Uint8Array | null;
}

export type TableName = "meta" | "reports" | "failures" | "history";

/** Parameters of `upsert`: key, values, then position and source if the row has them. */
export const TABLE_SQL: Record<TableName, { upsert: string; remove: string; move?: string }> = {
  meta: {
    upsert: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
    remove: "DELETE FROM meta WHERE key = ?",
  },
  reports: {
    upsert: `INSERT OR REPLACE INTO reports (id, file_name, sha256, format, imported_at, report_json,
      corrections_json, verdicts_json, remarks_json, meta_json, review_json, round_json, position, source)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    remove: "DELETE FROM reports WHERE id = ?",
    move: "UPDATE reports SET position = ? WHERE id = ?",
  },
  failures: {
    upsert:
      "INSERT OR REPLACE INTO failures (id, file_name, error_json, at, position) VALUES (?, ?, ?, ?, ?)",
    remove: "DELETE FROM failures WHERE id = ?",
    move: "UPDATE failures SET position = ? WHERE id = ?",
  },
  history: {
    upsert:
      "INSERT OR REPLACE INTO history (seq, at, by, kind, report_id, detail_json, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
    remove: "DELETE FROM history WHERE seq = ?",
  },
};

const json = (x: unknown) => JSON.stringify(x ?? null);

export function auditRows({ audit, sources, history }: StoredAudit): Record<TableName, Row[]> {
  const meta: Record<string, string> = {
    app: APP,
    version: String(AUDIT_VERSION),
    id: audit.id,
    title: audit.title,
    inspector: audit.inspector,
    createdAt: audit.createdAt,
    updatedAt: audit.updatedAt,
    historyEntries: String(history.length),
    ...(audit.rulePack && { rulePack: JSON.stringify(audit.rulePack) }),
  };
  return {
    meta: Object.entries(meta).map(([key, value]) => ({ key, values: [value] })),
    reports: audit.reports.map((r, position) => ({
      key: r.id,
      values: [
        r.fileName,
        r.sha256,
        r.format,
        r.importedAt,
        json(r.report),
        json(r.corrections),
        json(r.verdicts),
        json(r.remarks),
        json(r.meta),
        json(r.review),
        json(r.round),
      ],
      position,
      source: sources.get(r.id) ?? null,
    })),
    failures: audit.failures.map((f, position) => ({
      key: f.id,
      values: [f.fileName, json(f.error), f.at],
      position,
    })),
    history: history.map((h) => ({
      key: h.seq,
      values: [h.at, h.by, h.kind, h.reportId, json(h.detail), h.hash],
    })),
  };
}
