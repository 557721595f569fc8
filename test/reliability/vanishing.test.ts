import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkFiles } from "../../bin/cli/check.js";
import { expandInputs } from "../../electron/node/adapters/folders.js";
import { loadChosen } from "../../electron/node/services/load-files.js";
import { openSession } from "../../electron/node/services/open-session.js";

const CORPUS = fileURLToPath(new URL("../fixtures/corpus/", import.meta.url));
const NAMES = ["000_717827ae4ea6615a.txt", "001_8a851489e2403959.txt", "002_6e005d299800cb62.txt"];
const work = mkdtempSync(join(tmpdir(), "nb-vanish-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A folder of reports, listed; then each named file is changed as `change` says. */
async function listedThenChanged(change: (path: string, i: number) => void): Promise<string[]> {
  const dir = join(work, `batch${n++}`);
  mkdirSync(dir);
  const names = [...NAMES, "003_a167b1e233f24ae1.txt", "004_f3bbfa1004ed2dd6.txt"];
  for (const f of names) copyFileSync(join(CORPUS, f), join(dir, f));
  const files = await expandInputs([dir]);
  expect(files).toHaveLength(5);
  files.slice(2).forEach((p, i) => change(p, i));
  return files;
}

/** Deleted; swapped for a named pipe (reading it would wait forever); for a folder; a dangling link. */
function vanish(path: string, i: number): void {
  unlinkSync(path);
  if (i === 1) execFileSync("mkfifo", [path]);
  if (i === 2) symlinkSync(join(work, "nowhere.txt"), path);
}

describe("a file that disappears or becomes unreadable between listing and reading", () => {
  it("is that file's READ_FAILED in the command line; the rest of the batch reads", async () => {
    const files = await listedThenChanged(vanish);
    const out = await checkFiles(files);
    expect(out.slice(0, 2).map((o) => o.kind === "report")).toEqual([true, true]);
    const errors = out.slice(2).map((o) => ("error" in o ? o.error : null));
    expect(errors.map((e) => e?.code)).toEqual(["READ_FAILED", "READ_FAILED", "READ_FAILED"]);
    expect(errors[0]?.message).toContain("文件不存在");
    expect(errors[1]?.message).toContain("不是普通文件");
    expect(errors[2]?.message).toContain("文件不存在");
  });

  it("a folder in its place is READ_FAILED too", async () => {
    const files = await listedThenChanged((p) => {
      unlinkSync(p);
      mkdirSync(p);
    });
    const out = await checkFiles(files);
    expect(out.map((o) => ("error" in o ? o.error.code : "ok"))).toEqual([
      "ok",
      "ok",
      "READ_FAILED",
      "READ_FAILED",
      "READ_FAILED",
    ]);
  });

  it("is recorded as that file's failure when imported into an audit; the others are imported", async () => {
    const session = await openSession(join(work, "审核.nbaudit"), "browser");
    if ("code" in session) throw new Error(session.message);
    const files = await listedThenChanged(vanish);
    const result = await session.importFiles(await loadChosen(files, false));
    expect(result.outcomes.map((o) => o.kind === "report")).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(result.outcomes.slice(2).map((o) => ("error" in o ? o.error.code : null))).toEqual([
      "READ_FAILED",
      "READ_FAILED",
      "READ_FAILED",
    ]);
    expect(session.audit.reports).toHaveLength(2);
    expect(session.audit.failures.map((f) => f.error.code)).toEqual([
      "READ_FAILED",
      "READ_FAILED",
      "READ_FAILED",
    ]);
  });
});
