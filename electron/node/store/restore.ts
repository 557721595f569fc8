import { randomUUID } from "node:crypto";
import type {
  AuditReport,
  Correction,
  Evidence,
  ImportFailure,
  MetaOverride,
  Remark,
  RemarkTarget,
  Review,
  Round,
  Verdict,
  VerdictStatus,
} from "../../../shared/model/audit.js";
import { AUDIT_VERSION } from "../../../shared/model/audit.js";
import type { SavedRulePack } from "../../../shared/model/rule-pack.js";
import { packInForce } from "../../../shared/audit/rule-pack.js";
import { FORMATS, LEVELS } from "../../../shared/model/report.js";
import { READ_ERRORS, type ReadErrorCode } from "../../../shared/model/errors.js";
import { arr, mapRecord, num, oneOf, rec, str, strOrNull } from "./fields.js";
import type { RawAudit, Row } from "./migrate.js";
import { cellValue, restoreReport } from "./restore-report.js";
import type { HistoryEntry, StoredAudit } from "./types.js";

function byPosition(rows: Row[]): Row[] {
  return rows
    .map((row, i) => ({ row, at: num(row.position, i) }))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.row);
}

function target(x: unknown): RemarkTarget {
  const t = rec(x);
  if (t.kind === "cell" && typeof t.cell === "string") return { kind: "cell", cell: t.cell };
  const [a, b] = arr(t.span);
  if (t.kind === "text" && typeof a === "number" && typeof b === "number")
    return { kind: "text", span: [a, b], quote: str(t.quote) };
  return { kind: "report" };
}

function remark(x: unknown): Remark {
  const r = rec(x);
  return {
    id: str(r.id) || randomUUID(),
    target: target(r.target),
    text: str(r.text),
    by: str(r.by),
    at: str(r.at),
  };
}

function meta(x: unknown): MetaOverride {
  const m = rec(x);
  const out: MetaOverride = {};
  if (typeof m.agency === "string") out.agency = m.agency;
  if (LEVELS.includes(m.level as never)) out.level = m.level as MetaOverride["level"];
  if (typeof m.year === "number") out.year = m.year;
  return out;
}

function report(row: Row): AuditReport {
  const format = oneOf(row.format, FORMATS, "txt");
  return {
    id: str(row.id) || randomUUID(),
    fileName: str(row.file_name),
    sha256: str(row.sha256),
    format,
    importedAt: str(row.imported_at),
    report: restoreReport(row.report, format),
    corrections: mapRecord<Correction>(row.corrections, (c) => ({
      value: cellValue(c.value),
      by: str(c.by),
      at: str(c.at),
    })),
    verdicts: mapRecord<Verdict>(row.verdicts, verdict),
    remarks: arr(row.remarks).map(remark),
    meta: meta(row.meta),
    review: review(row.review),
    round: round(row.round),
  };
}

function round(x: unknown): Round | null {
  const r = rec(x);
  return typeof r.of === "string" && typeof r.no === "number" ? { of: r.of, no: r.no } : null;
}

const STATUSES: readonly VerdictStatus[] = ["confirmed", "misread", "dismissed"];

function verdict(v: Record<string, unknown>): Verdict | null {
  if (!STATUSES.includes(v.status as VerdictStatus)) return null;
  const out: Verdict = {
    status: v.status as VerdictStatus,
    note: str(v.note),
    by: str(v.by),
    at: str(v.at),
  };
  const e = rec(v.evidence);
  if (typeof e.rule === "string" && typeof e.code === "string")
    out.evidence = {
      rule: e.rule,
      code: e.code,
      cells: Object.fromEntries(Object.entries(rec(e.cells)).map(([k, c]) => [k, cellValue(c)])),
      params: rec(e.params) as Evidence["params"],
    };
  return out;
}

function review(x: unknown): Review | null {
  const r = rec(x);
  if (typeof r.by !== "string" || typeof r.at !== "string") return null;
  return { by: r.by, at: r.at, seq: num(r.seq, 0), note: str(r.note) };
}

function failure(row: Row): ImportFailure {
  const e = rec(row.error);
  const code = (
    typeof e.code === "string" && e.code in READ_ERRORS ? e.code : "READ_FAILED"
  ) as ReadErrorCode;
  return {
    id: str(row.id) || randomUUID(),
    fileName: str(row.file_name),
    error: { code, message: str(e.message, READ_ERRORS[code]) },
    at: str(row.at),
  };
}

/** The rule pack saved with the audit, kept whole even when it no longer applies. */
function savedPack(value: string | undefined): SavedRulePack | undefined {
  if (value === undefined) return undefined;
  let p: Record<string, unknown>;
  try {
    p = rec(JSON.parse(value));
  } catch {
    p = {};
  }
  // A record this version cannot read keeps its text, and is said (packInForce) not dropped.
  const text = typeof p.text === "string" ? p.text : value;
  return { fileName: str(p.fileName, "规则包"), text, by: str(p.by), at: str(p.at) };
}

function historyEntry(row: Row, i: number): HistoryEntry {
  return {
    seq: num(row.seq, i + 1),
    at: str(row.at),
    by: str(row.by),
    kind: str(row.kind),
    reportId: strOrNull(row.report_id),
    detail: rec(row.detail),
    hash: str(row.hash),
  };
}

/** The model from a migrated file, with defaults for whatever an older or hand-made file lacks. */
export function restore(raw: RawAudit): StoredAudit {
  const m = raw.meta;
  const sources = new Map<string, Uint8Array>();
  const reports = byPosition(raw.reports).map((row) => {
    const r = report(row);
    if (row.source instanceof Uint8Array) sources.set(r.id, row.source);
    return r;
  });
  const history = raw.history.map(historyEntry).sort((a, b) => a.seq - b.seq);
  const audit = {
    version: AUDIT_VERSION,
    id: m.id || randomUUID(),
    title: m.title ?? "",
    inspector: m.inspector ?? "",
    createdAt: m.createdAt ?? m.updatedAt ?? "",
    updatedAt: m.updatedAt ?? m.createdAt ?? "",
    reports,
    failures: byPosition(raw.failures).map(failure),
  };
  const rulePack = savedPack(m.rulePack);
  if (!rulePack) return { audit, sources, history };
  const { rules } = packInForce(rulePack);
  return { audit: { ...audit, rulePack, ...(rules && { rules }) }, sources, history };
}
