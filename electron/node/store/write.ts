import { open } from "node:fs/promises";
import type { SqlJsStatic } from "sql.js";
import { resolve } from "node:path";
import { AUDIT_VERSION } from "../../../shared/model/audit.js";
import { removeStaleTemps, replaceAtomically } from "./atomic.js";
import { AuditDb } from "./audit-db.js";
import { APPLICATION_ID, readHeader } from "./schema.js";
import { loadSql } from "./sqljs.js";
import type { StoredAudit } from "./types.js";

interface Queue {
  tail: Promise<void>;
  latest: number;
  latestDone: Promise<void>;
}

const queues = new Map<string, Queue>();
const cleaned = new Set<string>();
/** The database of the last path saved; one audit is open at a time, so one is kept. */
let kept: { path: string; db: AuditDb } | null = null;

function databaseFor(SQL: SqlJsStatic, path: string): AuditDb {
  if (kept?.path !== path) {
    kept?.db.close();
    kept = { path, db: new AuditDb(SQL) };
  }
  return kept.db;
}

/** Refuses to replace a file that is not an audit file, or one saved by a newer version. */
async function assertReplaceable(path: string): Promise<void> {
  const head = new Uint8Array(100);
  let length = 0;
  try {
    const h = await open(path, "r");
    try {
      length = (await h.read(head, 0, 100, 0)).bytesRead;
    } finally {
      await h.close();
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  if (length === 0) return;
  const header = readHeader(head.subarray(0, length));
  if (!header.sqlite || header.applicationId !== APPLICATION_ID) {
    throw new Error(`拒绝覆盖：${path} 不是年报审核文件`);
  }
  if (header.userVersion > AUDIT_VERSION) throw new Error(`拒绝覆盖：${path} 由更高版本的程序保存`);
}

async function writeNow(path: string, data: StoredAudit): Promise<void> {
  await assertReplaceable(path);
  if (!cleaned.has(path)) {
    cleaned.add(path);
    await removeStaleTemps(path);
  }
  // No await between choosing the database and saving into it: another path's save would close it.
  const db = databaseFor(await loadSql(), path);
  let bytes: Uint8Array;
  try {
    bytes = db.save(data);
  } catch (e) {
    db.close();
    kept = null;
    throw e;
  }
  await replaceAtomically(path, bytes);
}

/**
 * Saves the audit atomically (the previous file kept as `<path>.bak`). Calls for one path are
 * serialised and the last one wins: a call still waiting when a newer one arrives is skipped and
 * settles with the newer one. `data` is read when its save starts.
 */
export function writeAuditFile(path: string, data: StoredAudit): Promise<void> {
  const key = resolve(path);
  const q = queues.get(key) ?? {
    tail: Promise.resolve(),
    latest: 0,
    latestDone: Promise.resolve(),
  };
  queues.set(key, q);
  const gen = ++q.latest;
  let ran = false;
  const job = q.tail.then(() => {
    if (gen !== q.latest) return;
    ran = true;
    return writeNow(key, data);
  });
  q.tail = job.catch(() => undefined);
  q.latestDone = job;
  void q.tail.then(() => {
    if (queues.get(key) === q && gen === q.latest) queues.delete(key);
  });
  return job.then(() => (ran ? undefined : q.latestDone));
}
