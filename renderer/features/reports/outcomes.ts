import type { ImportOutcome } from "../../../shared/ipc/contract.js";

export type OutcomeKind = "imported" | "duplicate" | "skipped" | "failed";

export function outcomeKind(o: ImportOutcome, known: readonly string[]): OutcomeKind {
  if (o.kind === "report") return known.includes(o.value) ? "duplicate" : "imported";
  return o.kind;
}

export const OUTCOME_NAMES: Record<OutcomeKind, string> = {
  imported: "已导入",
  duplicate: "已在审核中",
  skipped: "已跳过",
  failed: "导入失败",
};

/** 已导入 3 份，跳过 1 个，失败 1 个 */
export function outcomeLine(
  outcomes: readonly ImportOutcome[],
  known: readonly string[],
  cancelled = 0,
): string {
  const n: Record<OutcomeKind, number> = { imported: 0, duplicate: 0, skipped: 0, failed: 0 };
  for (const o of outcomes) n[outcomeKind(o, known)]++;
  const parts = [`已导入 ${n.imported} 份报告`];
  if (n.duplicate) parts.push(`${n.duplicate} 份此前已导入`);
  if (n.skipped) parts.push(`跳过 ${n.skipped} 个文件`);
  if (n.failed) parts.push(`${n.failed} 个文件无法读取`);
  if (cancelled) parts.push(`已取消 ${cancelled} 个文件`);
  return parts.join("，");
}
