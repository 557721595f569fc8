import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_VERSION } from "../../../shared/model/audit.js";
import {
  readAuditFile,
  writeAuditFile,
  type AuditFileError,
} from "../../../electron/node/store/index.js";
import { encodeAudit } from "../../../electron/node/store/audit-db.js";
import { loadSql } from "../../../electron/node/store/sqljs.js";
import { sampleAudit } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "nb-corrupt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let good: Uint8Array;
beforeAll(async () => {
  good = encodeAudit(await loadSql(), sampleAudit());
});

/** The bytes of a database made by `sql` (run on a copy of `from`, or on an empty database). */
async function sqlite(
  sql: string,
  from?: Uint8Array,
  params: (string | number)[] = [],
): Promise<Uint8Array> {
  const db = new (await loadSql()).Database(from);
  if (params.length) db.run(sql, params);
  else db.exec(sql);
  const bytes = db.export();
  db.close();
  return bytes;
}

let n = 0;
/** Writes `bytes`, reads them as an audit, checks the file was left as it was. */
async function open(bytes: Uint8Array): Promise<AuditFileError> {
  const path = join(dir, `f${n++}.nbaudit`);
  writeFileSync(path, bytes);
  const got = await readAuditFile(path);
  expect(readFileSync(path).equals(bytes)).toBe(true);
  if (!("code" in got)) throw new Error("opened a file that should not open");
  expect(got.message).toMatch(/[\u4e00-\u9fff]/);
  return got;
}

describe("a file that is no readable audit", () => {
  it("random bytes or a text file are foreign", async () => {
    const random = new Uint8Array(5000).map(() => Math.floor(Math.random() * 256));
    expect((await open(random)).code).toBe("AUDIT_FOREIGN");
    expect((await open(new TextEncoder().encode("一、总体情况\n"))).code).toBe("AUDIT_FOREIGN");
  });

  it("an empty file or a truncated audit is corrupt", async () => {
    expect(await open(new Uint8Array(0))).toMatchObject({
      code: "AUDIT_CORRUPT",
      message: expect.stringContaining("文件为空"),
    });
    for (const size of [10, 50, 4096, good.length / 2, good.length - 4096]) {
      expect((await open(good.slice(0, Math.floor(size)))).code).toBe("AUDIT_CORRUPT");
    }
  });

  it("a damaged page is corrupt", async () => {
    const bytes = good.slice();
    bytes.fill(0xee, 4096, 4096 + 64);
    expect((await open(bytes)).code).toBe("AUDIT_CORRUPT");
  });

  it("an empty SQLite database or another program's is foreign", async () => {
    expect(await open(await sqlite("PRAGMA user_version = 0"))).toMatchObject({
      code: "AUDIT_FOREIGN",
    });
    const notes = await sqlite(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')",
    );
    expect((await open(notes)).code).toBe("AUDIT_FOREIGN");
    const other = await sqlite(
      "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('app', 'ledger')",
    );
    expect((await open(other)).code).toBe("AUDIT_FOREIGN");
  });

  it("an audit whose tables or data are damaged is corrupt", async () => {
    expect((await open(await sqlite("DROP TABLE meta", good))).code).toBe("AUDIT_CORRUPT");
    const badJson = await sqlite("UPDATE reports SET remarks_json = '[{' WHERE position = 1", good);
    expect(await open(badJson)).toMatchObject({
      code: "AUDIT_CORRUPT",
      message: expect.stringContaining("报告第 2 条"),
    });
    expect(
      (await open(await sqlite("UPDATE meta SET value = 'x' WHERE key = 'version'", good))).code,
    ).toBe("AUDIT_CORRUPT");
  });

  it("a missing file or a folder is unreadable", async () => {
    expect(await readAuditFile(join(dir, "none.nbaudit"))).toMatchObject({
      code: "AUDIT_UNREADABLE",
      message: expect.stringContaining("文件不存在"),
    });
    mkdirSync(join(dir, "folder.nbaudit"));
    expect(await readAuditFile(join(dir, "folder.nbaudit"))).toMatchObject({
      code: "AUDIT_UNREADABLE",
    });
  });
});

describe("a file from a newer version", () => {
  it("is reported as too new and never overwritten", async () => {
    const v = AUDIT_VERSION + 1;
    const newer = await sqlite(
      `PRAGMA user_version = ${v}; UPDATE meta SET value = '${v}' WHERE key = 'version'`,
      good,
    );
    const err = await open(newer);
    expect(err.code).toBe("AUDIT_TOO_NEW");
    expect(err.message).toContain(`文件版本 ${v}`);
    const path = join(dir, `f${n - 1}.nbaudit`);
    await expect(writeAuditFile(path, sampleAudit())).rejects.toThrow(/拒绝覆盖/);
    expect(readFileSync(path).equals(newer)).toBe(true);
  });

  it("nor is a foreign file overwritten", async () => {
    const path = join(dir, "notes.db");
    const notes = await sqlite("CREATE TABLE notes (body TEXT)");
    writeFileSync(path, notes);
    await expect(writeAuditFile(path, sampleAudit())).rejects.toThrow(/不是年报审核文件/);
    expect(readFileSync(path).equals(notes)).toBe(true);
  });
});
