import type { AuditSnapshot } from "../../shared/ipc/contract.js";
import type { AuditReport } from "../../shared/model/audit.js";
import type { Report } from "../../shared/model/report.js";
import { checkReport } from "../../shared/rules/index.js";
import { effectiveReport, type CheckedAudit } from "../../shared/audit/index.js";
import type { Finding } from "../../shared/model/finding.js";

const parseKey = (r: AuditReport) => `${r.id}|${r.sha256}|${r.importedAt}`;

/**
 * The parsed reports the renderer holds, by report id, file hash and import time. A whole audit
 * from the host (audit:get, a rule pack set) is all new objects; the rules remember their work
 * per report object (shared/rules/engine.ts), so a report already held keeps its object and is
 * not checked again.
 */
export function createHeld() {
  let parsed = new Map<string, Report>();
  return {
    /** The snapshot with each report already held keeping its parsed report object. */
    adopt(snapshot: AuditSnapshot): AuditSnapshot {
      const next = new Map<string, Report>();
      const reports = snapshot.audit.reports.map((r) => {
        const key = parseKey(r);
        const held = parsed.get(key);
        next.set(key, held ?? r.report);
        return held && held !== r.report ? { ...r, report: held } : r;
      });
      parsed = next;
      return { ...snapshot, audit: { ...snapshot.audit, reports } };
    },
  };
}

/** Whether the rules about each report alone already ran on this report object. */
const checked = new WeakSet<Report>();

/** Lets the page paint and answer input between two pieces of work. */
export const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

/** The findings the last check in steps came to, with what they were found on. */
let stepped: { inputs: readonly unknown[]; out: { report: Report; findings: Finding[] }[] } | null =
  null;

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * What checkInSteps found for this audit (each report checked against the whole set, as
 * auditFindings of shared/audit does), or null when it did not check these very reports.
 */
export function checkedInSteps(
  audit: CheckedAudit,
): { report: Report; findings: Finding[] }[] | null {
  if (!stepped) return null;
  return same(stepped.inputs, [audit.rules, ...audit.reports.map(effectiveReport)])
    ? stepped.out
    : null;
}

/**
 * Checks the reports of a snapshot one at a time, yielding to the page whenever a piece of work
 * has run `budgetMs`: first the rules about each report alone on the reports not yet checked,
 * then, when there were any, each report against the whole set (Y01–Y03). What they found is
 * kept for the check of the audit that follows (checks.ts), which then runs no rule itself: the
 * set's rules in one piece kept the page from answering for a quarter of a second and more.
 */
export async function checkInSteps(snapshot: AuditSnapshot, budgetMs = 40): Promise<void> {
  const { reports, rules } = snapshot.audit;
  const options = rules ? { pack: rules } : {};
  const set = reports.map(effectiveReport);
  let start = performance.now();
  const step = async () => {
    if (performance.now() - start < budgetMs) return;
    await nextTask();
    start = performance.now();
  };
  const fresh = set.filter((r) => !checked.has(r));
  for (const r of fresh) {
    checkReport(r, options);
    checked.add(r);
    await step();
  }
  if (!fresh.length) return;
  const out: { report: Report; findings: Finding[] }[] = [];
  for (const r of set) {
    out.push({ report: r, findings: checkReport(r, options, set) });
    await step();
  }
  stepped = { inputs: [rules, ...set], out };
}
