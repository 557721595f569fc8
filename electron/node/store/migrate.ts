import { AUDIT_VERSION } from "../../../shared/model/audit.js";
import { currentKey } from "../../../shared/model/finding.js";
import { CHAIN_START, chainHash } from "./chain.js";
import { rec } from "./fields.js";

/** A table row as read: columns by name, `*_json` columns parsed and named without the suffix. */
export type Row = Record<string, unknown>;

/** A saved audit before it is restored into the model; what a migration works on. */
export interface RawAudit {
  version: number;
  meta: Record<string, string>;
  reports: Row[];
  failures: Row[];
  history: Row[];
}

export type Migration = (raw: RawAudit) => RawAudit;

/** Version 2: the history becomes a hash chain (linked as found), reports gain a review. */
function chainHistory(raw: RawAudit): RawAudit {
  let prev = CHAIN_START;
  const history = [...raw.history]
    .sort((a, b) => Number(a.seq) - Number(b.seq))
    .map((row, i) => {
      const entry = {
        seq: i + 1,
        at: String(row.at ?? ""),
        by: String(row.by ?? ""),
        kind: String(row.kind ?? ""),
        reportId: typeof row.report_id === "string" ? row.report_id : null,
        detail: rec(row.detail),
      };
      prev = chainHash(prev, entry);
      return { ...row, seq: entry.seq, hash: prev };
    });
  const meta = { ...raw.meta, historyEntries: String(history.length) };
  return {
    ...raw,
    meta,
    history,
    reports: raw.reports.map((r) => ({ review: null, round: null, ...r })),
  };
}

/**
 * Version 3: verdicts are keyed by rule|code|#digest instead of rule|code|cells (a C01 over a
 * whole table made a key too long to send). The history keeps the keys it recorded: it is chained.
 */
function shortKeys(raw: RawAudit): RawAudit {
  const rekey = (verdicts: unknown) =>
    Object.fromEntries(Object.entries(rec(verdicts)).map(([k, v]) => [currentKey(k), v]));
  return {
    ...raw,
    reports: raw.reports.map((r) =>
      r.verdicts === undefined ? r : { ...r, verdicts: rekey(r.verdicts) },
    ),
  };
}

/**
 * Version 4: the audit's rule pack is saved (meta `rulePack`). Older files have none: nothing to
 * change, but the version keeps an older nianbao from opening the file and dropping the pack.
 */
const savedPack: Migration = (raw) => raw;

/** MIGRATIONS[v] turns a version-v file into a version-(v + 1) one. Version 1 is the base. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: chainHistory,
  2: shortKeys,
  3: savedPack,
};

/** Runs the chain from the file's version up to `target`; a string says why it cannot. */
export function migrate(
  raw: RawAudit,
  target = AUDIT_VERSION,
  steps = MIGRATIONS,
): RawAudit | string {
  let current = raw;
  for (let v = raw.version; v < target; v++) {
    const step = steps[v];
    if (!step) return `无法从文件版本 ${v} 升级`;
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
