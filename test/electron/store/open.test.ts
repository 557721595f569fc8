import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_VERSION } from "../../../shared/model/audit.js";
import { encodeAudit } from "../../../electron/node/store/audit-db.js";
import { readAuditFile } from "../../../electron/node/store/index.js";
import { loadSql } from "../../../electron/node/store/sqljs.js";
import { openSession } from "../../../electron/node/services/open-session.js";
import { sampleAudit } from "./fixture.js";

const work = mkdtempSync(join(tmpdir(), "nb-open-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let good: Uint8Array;
beforeAll(async () => {
  good = encodeAudit(await loadSql(), sampleAudit());
});

async function database(sql: string, from?: Uint8Array): Promise<Uint8Array> {
  const db = new (await loadSql()).Database(from);
  db.exec(sql);
  const bytes = db.export();
  db.close();
  return bytes;
}

let n = 0;
/** A folder holding one audit file with `bytes` (and its backup); what openSession says of it. */
async function openIn(bytes: Uint8Array, backup?: Uint8Array) {
  const dir = join(work, `d${n++}`);
  mkdirSync(dir);
  const path = join(dir, "审核.nbaudit");
  writeFileSync(path, bytes);
  if (backup) writeFileSync(`${path}.bak`, backup);
  const before = readdirSync(dir).sort();
  const first = await openSession(path, "browser");
  const again = await openSession(path, "browser");
  // Never overwritten, never replaced by a new audit, no backup or temporary file made.
  expect(readFileSync(path).equals(bytes)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(before);
  if (!("code" in first) || !("code" in again))
    throw new Error("opened a file that should not open");
  expect(again).toEqual(first);
  expect(first.message).toMatch(/[\u4e00-\u9fff]/);
  return first;
}

describe("opening an audit file that is no readable audit", () => {
  it.each([
    ["random bytes", () => new Uint8Array(8192).map((_, i) => (i * 131) & 0xff), "AUDIT_FOREIGN"],
    ["a text file", () => new TextEncoder().encode("一、总体情况\n"), "AUDIT_FOREIGN"],
    ["an empty file", () => new Uint8Array(), "AUDIT_CORRUPT"],
    ["a truncated audit", () => good.slice(0, good.length >> 1), "AUDIT_CORRUPT"],
    ["an audit with a damaged page", () => good.slice().fill(0xee, 4096, 4160), "AUDIT_CORRUPT"],
  ] as const)("%s gives %s and is left as it is", async (_, bytes, code) => {
    expect((await openIn(bytes())).code).toBe(code);
  });

  it("another program's SQLite database is foreign and left as it is", async () => {
    const notes = await database("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')");
    expect((await openIn(notes)).code).toBe("AUDIT_FOREIGN");
  });

  it("an audit from a newer version is too new and left as it is", async () => {
    const v = AUDIT_VERSION + 1;
    const newer = await database(
      `PRAGMA user_version = ${v}; UPDATE meta SET value = '${v}' WHERE key = 'version'`,
      good,
    );
    expect((await openIn(newer)).code).toBe("AUDIT_TOO_NEW");
  });

  it("names the automatic backup when that one opens", async () => {
    const err = await openIn(good.slice(0, 5000), good);
    expect(err.code).toBe("AUDIT_CORRUPT");
    expect(err.message).toContain("审核.nbaudit.bak 完好");
    const bad = await openIn(good.slice(0, 5000), good.slice(0, 100));
    expect(bad.message).not.toContain(".bak");
  });
});

describe("the automatic backup", () => {
  it("is the version before each save of a session", async () => {
    const dir = join(work, "session");
    mkdirSync(dir);
    const path = join(dir, "审核.nbaudit");
    const s = await openSession(path, "browser");
    if ("code" in s) throw new Error(s.message);
    await s.setInspector("甲");
    await s.setInspector("乙");
    const now = await readAuditFile(path);
    const bak = await readAuditFile(`${path}.bak`);
    if ("code" in now || "code" in bak) throw new Error("unreadable");
    expect([now.audit.inspector, bak.audit.inspector]).toEqual(["乙", "甲"]);
    // The backup opens as an audit of its own.
    copyFileSync(`${path}.bak`, join(dir, "恢复.nbaudit"));
    const restored = await openSession(join(dir, "恢复.nbaudit"), "browser");
    expect("code" in restored ? restored.code : restored.audit.inspector).toBe("甲");
  });
});
