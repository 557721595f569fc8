import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSession } from "../../../electron/node/services/open-session.js";
import { initialState } from "../../../renderer/app/state.js";
import { imported, loaded, reportUpdated } from "../../../renderer/app/audit-commands.js";

const CORPUS = new URL("../../fixtures/corpus/", import.meta.url).pathname;
const BATCHES = [["000_717827ae4ea6615a.txt"], ["001_8a851489e2403959.txt"]];
const dir = mkdtempSync(join(tmpdir(), "nb-answer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const upload = (names: string[]) =>
  names.map((f) => ({ name: f, data: readFileSync(join(CORPUS, f)).toString("base64") }));

describe("an import batch's answer", () => {
  it("carries only what it added; merged, the page holds the host's audit, verdicts kept", async () => {
    const s = await openSession(join(dir, "a.nbaudit"), "browser");
    if ("code" in s) throw new Error(s.message);
    const api = s.api({ choose: async () => null, importPaths: () => Promise.reject() });
    let page = loaded(await api["audit:get"]({}))(initialState);

    const first = await api["audit:import"]({ files: upload(BATCHES[0]!) });
    expect(first.changes.reports).toHaveLength(1);
    page = imported(first)(page);
    const judged = first.changes.reports[0]!.id;
    // A verdict given while the next batch is read.
    const next = api["audit:import"]({ files: upload(BATCHES[1]!) });
    const key = "D02|test";
    const verdict = await api["audit:setVerdict"]({
      reportId: judged,
      key,
      status: "confirmed",
      note: "照抄",
    });
    page = reportUpdated(verdict)(page);
    const second = await next;
    expect(second.changes.reports.map((r) => r.id)).not.toContain(judged);
    expect(second.changes.reports).toHaveLength(1);
    expect(JSON.stringify(second)).not.toContain(judged + '"');
    page = imported(second, false)(page);

    const host = await api["audit:get"]({});
    const held = page.snapshot!.audit;
    expect(held.reports.map((r) => r.id)).toEqual(host.audit.reports.map((r) => r.id));
    expect(held.reports.find((r) => r.id === judged)!.verdicts[key]).toMatchObject({
      status: "confirmed",
      note: "照抄",
    });
    expect(JSON.parse(JSON.stringify(held.reports))).toEqual(
      JSON.parse(JSON.stringify(host.audit.reports)),
    );
    expect(page.snapshot!.historySeq).toBe(host.historySeq);
  });
});
