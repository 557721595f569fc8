import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkFiles } from "../../../bin/cli/check.js";
import { openSession } from "../../../electron/node/services/open-session.js";
import { ScanTurns } from "../../../electron/node/workers/turns.js";
import { defaultPool } from "../../../electron/node/workers/pool.js";
import { scanPdf } from "../../../scripts/scan.mjs";

const work = mkdtempSync(join(tmpdir(), "nianbao-route-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("one route for a scanned .pdf", () => {
  it("check and the workbench's import read a scan the same way, in the parse workers", async () => {
    expect(defaultPool().threaded).toBe(true);
    const bytes = scanPdf("test/fixtures/corpus/004_f3bbfa1004ed2dd6.pdf");
    const path = join(work, "扫描件.pdf");
    writeFileSync(path, bytes);

    const [cli] = await checkFiles([path]);
    if (cli?.kind !== "report") throw new Error(JSON.stringify(cli));

    const session = await openSession(join(work, "a.nbaudit"), "browser");
    if ("code" in session) throw new Error(session.message);
    const api = session.api({ choose: async () => null, importPaths: () => Promise.reject() });
    const pages: number[] = [];
    const watch = setInterval(
      () => void api["audit:ocrStatus"]({}).then((s) => s && pages.push(s.page)),
      100,
    );
    const data = Buffer.from(bytes).toString("base64");
    const { outcomes, changes } = await api["audit:import"]({
      files: [{ name: "扫描件.pdf", data }],
    }).finally(() => clearInterval(watch));
    expect(outcomes).toMatchObject([{ file: "扫描件.pdf", kind: "report" }]);
    const workbench = changes.reports[0]!.report;

    // The same cells, each with its place on the scan and its confidence, and the same notes.
    const scanned = Object.values(workbench.cells).filter((c) => c.place?.confidence !== undefined);
    expect(scanned.length).toBeGreaterThan(100);
    expect(workbench.cells).toEqual(cli.value.report.cells);
    expect(workbench.messages).toEqual(cli.value.report.messages);
    // The recognition was followed page by page through the pool, as the renderer polls it.
    expect(pages.length).toBeGreaterThan(0);
    expect(Math.max(...pages)).toBeLessThanOrEqual(3);
  }, 900_000);
});

describe("scans take turns", () => {
  it("one recognition at a time, the next when it is done, stopped or failed", () => {
    const granted: string[] = [];
    const turns = new ScanTurns<string>((w) => granted.push(w));
    turns.ask("a");
    turns.ask("b");
    turns.ask("c");
    expect(granted).toEqual(["a"]);
    turns.leave("b");
    turns.leave("a");
    expect(granted).toEqual(["a", "c"]);
    turns.leave("c");
    turns.ask("d");
    expect(granted).toEqual(["a", "c", "d"]);
  });
});
