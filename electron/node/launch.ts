import { resolve } from "node:path";
import type { HostMode, ImportOutcome, ImportResult } from "../../shared/ipc/contract.js";
import type { AuditFileError } from "./store/index.js";
import type { AuditSession } from "./services/audit-service.js";
import { openSession } from "./services/open-session.js";
import { loadChosen } from "./services/load-files.js";
import { DEFAULT_AUDIT } from "./paths.js";

/** What the app was started on: an audit file to open, and reports (files, folders) to import. */
export interface LaunchTargets {
  audit: string;
  files: string[];
}

const isAudit = (p: string) => p.toLowerCase().endsWith(".nbaudit");

/**
 * `serve [FILES|AUDIT]`, `npm start -- FILES` and a double-clicked .nbaudit (the file
 * association) all come as paths: an .nbaudit names the audit, the rest are imported into it.
 * An explicit `--audit` wins over a positional one.
 */
export function launchTargets(paths: readonly string[], audit?: string): LaunchTargets {
  const named = paths.filter(isAudit);
  return {
    audit: resolve(audit ?? named[0] ?? DEFAULT_AUDIT),
    files: paths.filter((p) => !isAudit(p)).map((p) => resolve(p)),
  };
}

/**
 * The paths in Electron's argv: after the executable when packaged, after the app folder when
 * run as `electron .`; Chromium's own switches are dropped.
 */
export function launchPaths(argv: readonly string[], packaged: boolean): string[] {
  return argv.slice(packaged ? 1 : 2).filter((a) => !a.startsWith("-"));
}

/**
 * The import's count, then one line per file it did not add, for the terminal. `before` are the
 * audit's report ids before the import: a file answered with one of them was already there.
 */
export function importSummary(r: ImportResult, before: ReadonlySet<string>): string {
  const known = (o: ImportOutcome) => o.kind === "report" && before.has(o.value);
  const added = r.outcomes.filter((o) => o.kind === "report" && !known(o)).length;
  const lines = r.outcomes
    .filter((o) => o.kind !== "report" || known(o))
    .map((o) => `  ${o.file}：${outcomeText(o)}`);
  return [`导入 ${added} 份报告（共 ${r.outcomes.length} 个文件）`, ...lines].join("\n") + "\n";
}

function outcomeText(o: ImportOutcome): string {
  if (o.kind === "report") return "已在审核中，未重复导入";
  return `[${o.error.code}] ${o.error.message}`;
}

/**
 * Opens the launch's audit and imports its reports, with what the import said for the terminal
 * (null when none were named). A new audit gets the samples only when no reports were named:
 * those are what the inspector wants to see.
 */
export async function openLaunch(
  t: LaunchTargets,
  mode: HostMode,
  samplesDir?: string,
): Promise<{ session: AuditSession; summary: string | null } | AuditFileError> {
  const session = await openSession(t.audit, mode, t.files.length ? undefined : samplesDir);
  if ("code" in session) return session;
  if (!t.files.length) return { session, summary: null };
  const before = new Set(session.snapshot().audit.reports.map((r) => r.id));
  const result = await session.importFiles(await loadChosen(t.files, false));
  return { session, summary: importSummary(result, before) };
}
