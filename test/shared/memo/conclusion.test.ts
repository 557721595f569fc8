import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import type { Audit } from "../../../shared/model/audit.js";
import { buildMemos, memoReports, memoText } from "../../../shared/memo/index.js";
import { auditFromFiles } from "../../../electron/node/services/file-audit.js";
import { findingsOf, judge, request } from "../../electron/memo/audit.js";

const REAL = fileURLToPath(new URL("../../fixtures/real/", import.meta.url));
let audit: Audit;

beforeAll(async () => {
  const files = ["wps-template-2021.docx", "hzq2023.pdf", "hzq2024.pdf"].map((f) => REAL + f);
  ({ audit } = await auditFromFiles(files, "王检查"));
}, 120_000);

const byFile = (name: string) => audit.reports.find((r) => r.fileName === name)!;

describe("审核结论 (issue 20, point 2)", () => {
  it("a report with unjudged errors or warnings is 未审完, never 通过", () => {
    const reports = memoReports(audit, null, "confirmed");
    const of = (file: string) => reports.find((r) => r.fileName === file)!;
    expect(of("hzq2023.pdf")).toMatchObject({ conclusion: "未审完", passed: false, stated: 0 });
    expect(of("hzq2023.pdf").unjudged).toBeGreaterThanOrEqual(2);
    expect(of("wps-template-2021.docx")).toMatchObject({ conclusion: "未审完", passed: false });
    // With the open errors stated, the same reports need work.
    const open = memoReports(audit, null, "open");
    expect(open.find((r) => r.fileName === "hzq2023.pdf")?.conclusion).toBe("需整改");
  });

  it("passes a report once every error and warning is judged, and lists it in one sentence", () => {
    const r = byFile("hzq2024.pdf");
    for (const f of findingsOf(audit).get(r.id) ?? [])
      if (f.severity !== "info") judge(r, f, "dismissed", "核对无误");
    const [memo] = buildMemos(audit, request({ office: "" }));
    const text = memoText(memo!);
    const row = memo!.summary.find((s) => s.agency === "淮安市洪泽区人民政府");
    expect(row?.status).toBe("通过");
    expect(text).toContain("以下报告未发现需要整改的问题，审核通过：《淮安市洪泽区人民政府2024年");
    expect(text).not.toMatch(/^[二三四]、淮安市洪泽区人民政府/mu);
    expect(memo!.summary.map((s) => s.agency)).toContain("（发布机关未识别）");
    expect(memo!.office).toBe("");
    expect(text).toContain("尚未判定的问题审核完成后另行反馈");
  });
});
