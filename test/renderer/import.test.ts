import type { ImportOutcome } from "../../shared/ipc/contract.js";
import { describe, expect, it } from "vitest";
import {
  bytesToBase64,
  planBatches,
  triage,
  type Picked,
} from "../../renderer/features/reports/files.js";
import { outcomeKind, outcomeLine } from "../../renderer/features/reports/outcomes.js";
import { metaChange, draftOf } from "../../renderer/features/meta/meta.js";
import { ambiguous, byAgencyYear } from "../../renderer/app/order.js";
import { auditReport } from "./audit-report.js";

const picked = (name: string, fromFolder: boolean): Picked => ({
  file: null as unknown as File,
  name,
  fromFolder,
});

describe("import", () => {
  it("skips a folder's non-reports and hidden files, sends files picked one by one", () => {
    const { send, skipped } = triage([
      picked("报告/a.txt", true),
      picked("报告/说明.xlsx", true),
      picked("报告/.DS_Store", true),
      picked("报告/~$b.docx", true),
      picked("c.doc", false),
    ]);
    expect(send.map((p) => p.name)).toEqual(["报告/a.txt", "c.doc"]);
    expect(skipped.map((o) => [o.file, o.kind])).toEqual([["报告/说明.xlsx", "skipped"]]);
  });

  it("batches uploads by count and size", () => {
    expect(planBatches([1, 2, 3, 4, 5], (n) => n, 6, 10)).toEqual([[1, 2, 3], [4], [5]]);
    expect(planBatches([1, 1, 1], (n) => n, 100, 2)).toEqual([[1, 1], [1]]);
    expect(planBatches([50], (n) => n, 10, 2)).toEqual([[50]]);
  });

  it("encodes bytes as base64, large files included", () => {
    expect(bytesToBase64(new TextEncoder().encode("年报"))).toBe(
      btoa(String.fromCharCode(...new TextEncoder().encode("年报"))),
    );
    const big = new Uint8Array(70_000).map((_, i) => i % 251);
    const back = Uint8Array.from(atob(bytesToBase64(big)), (c) => c.charCodeAt(0));
    expect(back).toEqual(big);
  });

  it("sums up outcomes", () => {
    const outcomes: ImportOutcome[] = [
      { file: "a", kind: "report", value: "1" },
      { file: "b", kind: "report", value: "2" },
      { file: "c", kind: "skipped", error: { code: "UNSUPPORTED_FORMAT", message: "跳过" } },
      { file: "d", kind: "failed", error: { code: "EMPTY_FILE", message: "文件为空" } },
    ];
    expect(outcomes.map((o) => outcomeKind(o, ["2"]))).toEqual([
      "imported",
      "duplicate",
      "skipped",
      "failed",
    ]);
    expect(outcomeLine(outcomes, ["2"])).toBe(
      "已导入 1 份报告，1 份此前已导入，跳过 1 个文件，1 个文件无法读取",
    );
  });
});

describe("report metadata", () => {
  it("sends only what changed, and checks the year", () => {
    const r = auditReport("a", 2);
    const d = draftOf(r);
    expect(metaChange(r, d)).toEqual({ change: {} });
    expect(metaChange(r, { ...d, level: "township" })).toEqual({ change: { level: "township" } });
    expect(metaChange(r, { ...d, agency: " 某县人民政府 " })).toEqual({
      change: { agency: "某县人民政府" },
    });
    expect(metaChange(r, { ...d, year: "20x1" })).toHaveProperty("error");
    expect(metaChange(r, { ...d, year: "2022" })).toEqual({ change: { year: 2022 } });
  });

  it("orders reports by agency then year and spots twins", () => {
    const a = auditReport("a", 1);
    const b = { ...auditReport("b", 1), meta: { year: 1990 } };
    const c = auditReport("c", 1);
    expect([a, b].sort(byAgencyYear)[0]!.id).toBe("b");
    expect([...ambiguous([a, b, c])].sort()).toEqual(["a", "c"]);
  });

  it("takes one body printed with or without its parent places as one for twins", () => {
    const named = (id: string, agency: string, year = 2023) => ({
      ...auditReport(id, 1),
      meta: { agency, year },
    });
    const a = named("a", "洪泽区人民政府");
    const b = named("b", "淮安市洪泽区人民政府");
    const c = named("c", "淮安市洪泽区人民政府", 2024);
    const d = named("d", "南京市鼓楼区人民政府");
    const e = named("e", "福州市鼓楼区人民政府");
    expect([...ambiguous([a, b, c, d, e])].sort()).toEqual(["a", "b"]);
  });
});
