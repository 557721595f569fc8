import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExportResult, NianbaoApi } from "../../../shared/ipc/contract.js";
import { dispatch } from "../../../electron/node/ipc/dispatch.js";
import { AuditSession } from "../../../electron/node/services/audit-service.js";
import type { OutFile } from "../../../electron/node/services/export.js";
import { corpusAudit } from "../memo/audit.js";
import { docxParagraphs } from "../memo/ooxml.js";

let work: string;
let session: AuditSession;
let api: NianbaoApi;
const host = { choose: async () => null, importPaths: async () => Promise.reject(new Error("x")) };

const payload = (over: Record<string, unknown> = {}) => ({
  reportIds: session.audit.reports.map((r) => r.id),
  scope: "open",
  includeDismissed: false,
  perReport: false,
  addressee: "各县（市、区）人民政府办公室",
  office: "某省人民政府办公厅",
  date: "2024-03-05",
  docx: true,
  xlsx: true,
  ...over,
});

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "nianbao-export-"));
  session = new AuditSession(
    join(work, "a.nbaudit"),
    { audit: await corpusAudit(), sources: new Map(), history: [] },
    "browser",
  );
  api = session.api(host);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("audit:export", () => {
  it("hands the memo and the workbook back to the page in browser mode", async () => {
    const res = await dispatch(api, "audit:export", payload());
    expect(res.ok).toBe(true);
    const value = (res as { value: ExportResult }).value;
    if (value.kind !== "download") throw new Error(value.kind);
    expect(value.files.map((f) => f.name)).toEqual(["年报审核意见.docx", "年报审核问题清单.xlsx"]);
    const docx = new Uint8Array(Buffer.from(value.files[0]!.data, "base64"));
    const text = (await docxParagraphs(docx)).join("\n");
    expect(text).toContain("各县（市、区）人民政府办公室：");
    expect(text).toContain("2024年3月5日");
  });

  it("gives the files to the host's delivery (Electron's save dialog)", async () => {
    const seen: OutFile[][] = [];
    const saving = session.api({
      ...host,
      deliver: async (files) => {
        seen.push(files);
        return { kind: "saved", paths: files.map((f) => `/x/${f.name}`) };
      },
    });
    const res = await dispatch(saving, "audit:export", payload({ perReport: true, xlsx: false }));
    expect(res).toMatchObject({ ok: true, value: { kind: "saved" } });
    expect(seen[0]).toHaveLength(5);
    expect(new Set(seen[0]!.map((f) => f.name)).size).toBe(5);
  });

  it("refuses a bad request with the field that is wrong", async () => {
    const bad = [
      payload({ date: "2024-13-45" }),
      payload({ date: "去年" }),
      payload({ docx: false, xlsx: false }),
      payload({ reportIds: [] }),
      payload({ scope: "all" }),
      payload({ extra: 1 }),
    ];
    for (const p of bad) {
      const res = await dispatch(api, "audit:export", p);
      expect(res).toMatchObject({ ok: false, error: { code: "INVALID_REQUEST" } });
    }
  });

  it("says so in Chinese when the reports are not in the audit", async () => {
    const res = await dispatch(api, "audit:export", payload({ reportIds: ["gone"] }));
    expect(res).toMatchObject({ ok: false, error: { code: "SERVICE_ERROR" } });
    expect(JSON.stringify(res)).toMatch(/所选的报告不在本次审核中/);
  });
});
