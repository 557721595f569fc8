import { findingKey, type Finding } from "../../shared/model/finding.js";

/** Whether `now` is what remains of `before` after corrections: same rule, a cell shared. */
function remainsOf(now: Finding, before: Finding): boolean {
  return now.rule === before.rule && now.cells.some((c) => before.cells.includes(c));
}

/**
 * The printed report's findings set against the corrected one's: those the corrections cleared
 * wholly, and the current findings that are what is left of a partly cleared one (by key, to the
 * key of the printed finding they remain of) — a finding is listed once, with what remains,
 * never also as cleared, even when a correction splits its rows in two.
 */
export function clearedByCorrections(
  printed: readonly Finding[],
  current: readonly Finding[],
): { resolved: Finding[]; partly: Map<string, string> } {
  const keys = new Set(current.map(findingKey));
  const resolved: Finding[] = [];
  const partly = new Map<string, string>();
  for (const f of printed) {
    if (keys.has(findingKey(f))) continue;
    const rest = current.filter((c) => remainsOf(c, f));
    if (!rest.length) resolved.push(f);
    for (const c of rest) if (!partly.has(findingKey(c))) partly.set(findingKey(c), findingKey(f));
  }
  return { resolved, partly };
}

/** The list's lines: a finding, with the other remains of the same partly cleared one. */
export function findingLines(
  list: readonly Finding[],
  partly: ReadonlyMap<string, string>,
): { finding: Finding; also: Finding[] }[] {
  const lines: { finding: Finding; also: Finding[] }[] = [];
  const byOrigin = new Map<string, { finding: Finding; also: Finding[] }>();
  for (const f of list) {
    const origin = partly.get(findingKey(f));
    const line = origin ? byOrigin.get(origin) : undefined;
    if (line) {
      line.also.push(f);
      continue;
    }
    const next = { finding: f, also: [] };
    lines.push(next);
    if (origin) byOrigin.set(origin, next);
  }
  return lines;
}
