import type { Severity } from "../../../shared/model/finding.js";
import type { Span } from "../../../shared/model/report.js";

/** Something to show on a range of the source text. `ref` names the cell or the finding. */
export type Mark =
  | { kind: "cell"; span: Span; ref: string }
  | { kind: "finding"; span: Span; ref: number; severity: Severity }
  | { kind: "remark"; span: Span; ref: string }
  | { kind: "focus"; span: Span };

/** A run of text with the same marks: rendered as one span. */
export interface Segment {
  start: number;
  end: number;
  cell: string | null;
  severity: Severity | null;
  /** Indexes of the findings covering this run. */
  findings: number[];
  remark: boolean;
  focus: boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function same(a: Segment, b: Segment): boolean {
  return (
    a.cell === b.cell &&
    a.severity === b.severity &&
    a.remark === b.remark &&
    a.focus === b.focus &&
    a.findings.length === b.findings.length &&
    a.findings.every((f, i) => f === b.findings[i])
  );
}

/**
 * Splits [0, length) at every mark boundary in one sweep (O((n + m) log m)), so a 20k-character
 * text with hundreds of marks renders as a few hundred runs, never one element per character.
 */
export function segment(length: number, marks: readonly Mark[]): Segment[] {
  const points = new Set<number>([0, length]);
  const valid: Mark[] = [];
  for (const m of marks) {
    const a = Math.max(0, Math.min(length, m.span[0]));
    const b = Math.max(0, Math.min(length, m.span[1]));
    if (b <= a) continue;
    valid.push({ ...m, span: [a, b] } as Mark);
    points.add(a);
    points.add(b);
  }
  const cuts = [...points].sort((x, y) => x - y);
  const starts = new Map<number, Mark[]>();
  for (const m of valid) {
    const list = starts.get(m.span[0]);
    if (list) list.push(m);
    else starts.set(m.span[0], [m]);
  }
  const active = new Set<Mark>();
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    for (const m of active) if (m.span[1] <= a) active.delete(m);
    for (const m of starts.get(a) ?? []) active.add(m);
    const seg: Segment = {
      start: a,
      end: b,
      cell: null,
      severity: null,
      findings: [],
      remark: false,
      focus: false,
    };
    for (const m of active) {
      if (m.kind === "cell") seg.cell = m.ref;
      else if (m.kind === "remark") seg.remark = true;
      else if (m.kind === "focus") seg.focus = true;
      else {
        seg.findings.push(m.ref);
        if (!seg.severity || RANK[m.severity] > RANK[seg.severity]) seg.severity = m.severity;
      }
    }
    seg.findings.sort((x, y) => x - y);
    const prev = out[out.length - 1];
    if (prev && same(prev, seg)) prev.end = b;
    else out.push(seg);
  }
  return out;
}
