import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { newAuditReport } from "../../../shared/audit/new-report.js";
import { AUDIT_VERSION, type Audit, type AuditReport } from "../../../shared/model/audit.js";
import type { Cell, Format, Report } from "../../../shared/model/report.js";
import type { HistoryEntry, StoredAudit } from "../../../electron/node/store/index.js";
import { CHAIN_START, linked } from "../../../electron/node/store/chain.js";

const CORPUS = fileURLToPath(new URL("../../fixtures/corpus/", import.meta.url));
export const CORPUS_NAMES = [
  "000_717827ae4ea6615a",
  "001_8a851489e2403959",
  "002_6e005d299800cb62",
];
const AT = "2024-03-01T08:00:00.000Z";

interface Expected {
  agency: string;
  year: number | null;
  template: "2019" | "2021" | null;
  level: Report["level"];
  cells: Record<string, number | string | null>;
}

/** A Report as the reader would give it, built from a corpus file's expected cells. */
export function reportFrom(expected: Expected, format: Format, text: string): Report {
  const cells: Record<string, Cell> = {};
  let at = 0;
  for (const [id, value] of Object.entries(expected.cells)) {
    const printed = value === null ? "" : String(value);
    cells[id] = { value, text: printed, span: [at, at + printed.length] };
    at += printed.length + 1;
  }
  return {
    format,
    title: `${expected.agency}${expected.year ?? ""}年政府信息公开工作年度报告`,
    agency: expected.agency,
    year: expected.year,
    template: expected.template,
    level: expected.level,
    published: "2021-01-20",
    sections: [{ no: 1, heading: "一、总体情况", span: [0, 6], body: [6, 40] }],
    text,
    cells,
    tables: { 2: true, 3: true, 4: true },
    labels: [
      {
        table: 3,
        kind: "row",
        printed: "其他",
        expected: "其他处理",
        cells: ["t3.other.total"],
        span: [10, 12],
      },
    ],
    shapes: [],
    messages: [{ code: "W_SPAN", params: { pages: 2 }, span: [3, 5] }],
  };
}

function auditReport(name: string, format: Format, source: Uint8Array, i: number): AuditReport {
  const expected = JSON.parse(
    readFileSync(`${CORPUS}${name}.${format}.expected.json`, "utf8"),
  ) as Expected;
  const cellIds = Object.keys(expected.cells);
  const origin = {
    id: randomUUID(),
    fileName: `${name}.${format}`,
    sha256: createHash("sha256").update(source).digest("hex"),
    importedAt: AT,
  };
  const text = Buffer.from(source).toString("utf8").slice(0, 5000);
  return {
    ...newAuditReport(origin, reportFrom(expected, format, text)),
    corrections:
      i === 0
        ? {
            [cellIds[0] as string]: { value: 12, by: "张三", at: AT },
            [cellIds[1] as string]: { value: null, by: "张三", at: AT },
          }
        : {},
    verdicts: {
      "D02|D02_REPEAT|t2.otherService.prev,t2.enforcement.prev": {
        status: "confirmed",
        note: "与上行重复",
        by: "张三",
        at: AT,
        evidence: {
          rule: "D02",
          code: "D02_REPEAT",
          cells: { "t2.otherService.prev": 8, "t2.enforcement.prev": 8 },
          params: { values: [8, 1, 56] },
        },
      },
      "C01|blank_row|t3.granted.natural": {
        status: "misread",
        note: "原文为 3",
        by: "张三",
        at: AT,
      },
    },
    remarks: [
      { id: randomUUID(), target: { kind: "report" }, text: "整体较规范", by: "张三", at: AT },
      {
        id: randomUUID(),
        target: { kind: "cell", cell: cellIds[2] as string },
        text: "数值可疑",
        by: "张三",
        at: AT,
      },
      {
        id: randomUUID(),
        target: { kind: "text", span: [5, 9] as const, quote: "总体情况" },
        text: "表述不清",
        by: "张三",
        at: AT,
      },
    ],
    meta: i === 1 ? { agency: "某县人民政府办公室", level: "county-dept", year: 2021 } : {},
    review: i === 2 ? { by: "李复核", at: AT, seq: 3, note: "同意" } : null,
  };
}

/** A realistic audit of three corpus reports (txt, docx, pdf) with the source bytes of each. */
export function sampleAudit(title = "2023年度年报审核"): StoredAudit {
  const formats: Format[] = ["txt", "docx", "pdf"];
  const sources = new Map<string, Uint8Array>();
  const reports = CORPUS_NAMES.map((name, i) => {
    const format = formats[i] as Format;
    const source = new Uint8Array(readFileSync(`${CORPUS}${name}.${format}`));
    const r = auditReport(name, format, source, i);
    sources.set(r.id, source);
    return r;
  });
  const audit: Audit = {
    version: AUDIT_VERSION,
    id: randomUUID(),
    title,
    inspector: "张三",
    createdAt: AT,
    updatedAt: AT,
    reports,
    failures: [
      {
        id: randomUUID(),
        fileName: "扫描件.pdf",
        error: { code: "PDF_NO_TEXT", message: "PDF 没有文字层（可能是扫描件），无法读取" },
        at: AT,
      },
    ],
  };
  const plain: Omit<HistoryEntry, "hash">[] = reports.map((r, i) => ({
    seq: i + 1,
    at: AT,
    by: "张三",
    kind: "import",
    reportId: r.id,
    detail: { fileName: r.fileName, sha256: r.sha256 },
  }));
  plain.push({
    seq: 4,
    at: AT,
    by: "张三",
    kind: "import-failed",
    reportId: null,
    detail: { fileName: "扫描件.pdf", error: { code: "PDF_NO_TEXT" } },
  });
  return { audit, sources, history: chained(plain) };
}

/** Links plain entries into a hash chain, as the audit service does. */
export function chained(entries: Omit<HistoryEntry, "hash">[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const e of entries) out.push(linked(out[out.length - 1]?.hash ?? CHAIN_START, e));
  return out;
}

/** `n` reports cloned from the sample, each with its own synthetic source of 20–200 KB. */
export function syntheticAudit(n: number): StoredAudit {
  const base = sampleAudit(`${n} 份报告`);
  const sources = new Map<string, Uint8Array>();
  const reports = Array.from({ length: n }, (_, i) => {
    const r = {
      ...(base.audit.reports[i % 3] as AuditReport),
      id: randomUUID(),
      fileName: `报告${i}.txt`,
    };
    const size = 20_000 + ((i * 7919) % 180_000);
    const source = new Uint8Array(size).map((_, j) => (j * 31 + i) & 0xff);
    sources.set(r.id, source);
    return r;
  });
  return { audit: { ...base.audit, reports }, sources, history: base.history };
}

/** A StoredAudit as JSON, for handing to a child process. */
export interface Seed {
  audit: StoredAudit["audit"];
  history: StoredAudit["history"];
  sources: [string, string][];
}

export const toSeed = (s: StoredAudit): Seed => ({
  audit: s.audit,
  history: s.history,
  sources: [...s.sources].map(([id, b]) => [id, Buffer.from(b).toString("base64")]),
});

/** Save number `gen` of a writer alternating between `states`: the title carries the number. */
export function generation(states: StoredAudit[], gen: number): StoredAudit {
  const s = states[gen % states.length] as StoredAudit;
  return { ...s, audit: { ...s.audit, title: `${s.audit.title} #${gen}` } };
}

/** The save number in an audit's title (see `generation`). */
export const generationOf = (s: StoredAudit): number =>
  Number(/#(\d+)$/.exec(s.audit.title)?.[1] ?? NaN);
