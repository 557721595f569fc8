import { randomUUID } from "node:crypto";
import type {
  AuditReport,
  Evidence,
  RemarkTarget,
  VerdictStatus,
} from "../../../shared/model/audit.js";
import type { CellValue, Level } from "../../../shared/model/report.js";

export type Mutation =
  | { kind: "correction"; cell: string; value: CellValue; clear: boolean }
  | { kind: "verdict"; key: string; status: VerdictStatus | null; note: string }
  | { kind: "remark"; target: RemarkTarget; text: string }
  | { kind: "remark-delete"; remarkId: string }
  | { kind: "meta"; agency?: string; level?: Level; year?: number }
  | { kind: "sign-off"; seq: number; note: string }
  | { kind: "round"; of: string | null }
  | { kind: "remove" };

/** What a mutation may need to know of the audit beyond the report itself. */
export interface MutationContext {
  by: string;
  /** The evidence of the report's current finding with this key, if it fires now. */
  evidence(key: string): Evidence | undefined;
  /** The round of the report with this id (1 for a report that corrects none), if it is in the audit. */
  roundOf(id: string): number | undefined;
}

/** Applies one inspector action to a report (null: the report was removed) and says what changed. */
export function applyMutation(
  r: AuditReport,
  m: Mutation,
  ctx: MutationContext,
): { next: AuditReport | null; detail: Record<string, unknown> } {
  const by = ctx.by;
  const at = new Date().toISOString();
  switch (m.kind) {
    case "correction": {
      const corrections = { ...r.corrections };
      const before = corrections[m.cell]?.value ?? r.report.cells[m.cell]?.value ?? null;
      if (m.clear) delete corrections[m.cell];
      else corrections[m.cell] = { value: m.value, by, at };
      return {
        next: { ...r, corrections },
        detail: { cell: m.cell, from: before, to: m.clear ? "（恢复原值）" : m.value },
      };
    }
    case "verdict": {
      const verdicts = { ...r.verdicts };
      const before = verdicts[m.key]?.status ?? null;
      const evidence = ctx.evidence(m.key) ?? verdicts[m.key]?.evidence;
      if (m.status === null) delete verdicts[m.key];
      else
        verdicts[m.key] = { status: m.status, note: m.note, by, at, ...(evidence && { evidence }) };
      return {
        next: { ...r, verdicts },
        detail: {
          key: m.key,
          from: before,
          status: m.status,
          note: m.note,
          evidence: evidence ?? null,
        },
      };
    }
    case "remark": {
      const remark = { id: randomUUID(), target: m.target, text: m.text, by, at };
      return {
        next: { ...r, remarks: [...r.remarks, remark] },
        detail: { remarkId: remark.id, text: m.text },
      };
    }
    case "remark-delete":
      return {
        next: { ...r, remarks: r.remarks.filter((x) => x.id !== m.remarkId) },
        detail: { remarkId: m.remarkId },
      };
    case "meta": {
      const meta = { ...r.meta };
      if (m.agency !== undefined) meta.agency = m.agency || undefined;
      if (m.level !== undefined) meta.level = m.level;
      if (m.year !== undefined) meta.year = m.year;
      return { next: { ...r, meta }, detail: { agency: m.agency, level: m.level, year: m.year } };
    }
    case "sign-off": {
      const review = { by, at, seq: m.seq, note: m.note };
      return { next: { ...r, review }, detail: { seq: m.seq, note: m.note } };
    }
    case "round": {
      if (m.of === null) return { next: { ...r, round: null }, detail: { of: null } };
      const base = m.of === r.id ? undefined : ctx.roundOf(m.of);
      if (base === undefined) throw new Error("整改前的报告不在本审核中");
      const round = { of: m.of, no: base + 1 };
      return { next: { ...r, round }, detail: { of: m.of, round: round.no, fileName: r.fileName } };
    }
    case "remove":
      return { next: null, detail: { fileName: r.fileName } };
  }
}
