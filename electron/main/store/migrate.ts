import { AUDIT_VERSION } from "../../../shared/model/audit.js";

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

/**
 * MIGRATIONS[v] turns a version-v file into a version-(v + 1) one. Version 1 is the base; when
 * AUDIT_VERSION becomes 2, add the function at key 1.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
