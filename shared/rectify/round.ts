import type { AuditReport, Verdict } from "../model/audit.js";
import { findingKey, type Finding } from "../model/finding.js";

/** 已整改 (gone from the corrected report), 未整改 (still there), 新增 (new in it). */
export type RoundMark = "fixed" | "open" | "new";

export interface RoundItem {
  mark: RoundMark;
  /** The original report's finding (fixed, open) or the corrected one's (new). */
  finding: Finding;
  /** The same problem in the corrected report, for open ones. */
  now: Finding | null;
  /** The inspector's verdict on the original finding, if any. */
  verdict: Verdict | null;
}

/**
 * What a finding is across two versions of a report: its rule, code and cells (canonical IDs
 * stay put across files); a finding on the text alone is its rule and code.
 */
export function roundKey(f: Finding): string {
  return f.cells.length ? `${f.rule}|${f.code}|${f.cells.join(",")}` : `${f.rule}|${f.code}`;
}

/**
 * The problems the first round raised: the confirmed findings, or, before any verdict was
 * given, every error and warning (as the memo lists them).
 */
export function raisedProblems(original: AuditReport, findings: readonly Finding[]): Finding[] {
  const judged = findings.filter((f) => original.verdicts[findingKey(f)]);
  if (judged.length)
    return judged.filter((f) => original.verdicts[findingKey(f)]?.status === "confirmed");
  return findings.filter((f) => f.severity !== "info");
}

/** Marks each earlier problem 已整改 / 未整改 and each new error or warning 新增. */
export function compareRound(
  original: AuditReport,
  before: readonly Finding[],
  after: readonly Finding[],
): RoundItem[] {
  const left = new Map<string, Finding[]>();
  for (const f of after) left.set(roundKey(f), [...(left.get(roundKey(f)) ?? []), f]);
  const take = (f: Finding) => {
    const list = left.get(roundKey(f));
    return list?.length ? (list.shift() as Finding) : null;
  };
  const raised = raisedProblems(original, before);
  const items: RoundItem[] = raised.map((f) => {
    const now = take(f);
    return {
      mark: now ? "open" : "fixed",
      finding: f,
      now,
      verdict: original.verdicts[findingKey(f)] ?? null,
    };
  });
  // What the first round saw but did not raise (dismissed, misread, info) is not new either.
  for (const f of before) if (!raised.includes(f)) take(f);
  for (const list of left.values())
    for (const f of list)
      if (f.severity !== "info") items.push({ mark: "new", finding: f, now: f, verdict: null });
  return items;
}

export const ROUND_MARKS: Record<RoundMark, string> = {
  fixed: "已整改",
  open: "未整改",
  new: "新增",
};
