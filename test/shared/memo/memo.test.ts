import { beforeAll, describe, expect, it } from "vitest";
import type { Audit } from "../../../shared/model/audit.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { findingKey } from "../../../shared/model/finding.js";
import { effectiveReport } from "../../../shared/audit/effective.js";
import { newAuditReport } from "../../../shared/audit/new-report.js";
import { evidenceOf } from "../../../shared/model/evidence.js";
import {
  memoReports,
  buildMemos,
  defaultScope,
  memoText,
  titleLines,
  widthOf,
} from "../../../shared/memo/index.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { findingPlace } from "../../../shared/memo/place.js";
import { cn } from "../../../shared/memo/build.js";
import { checkReport } from "../../../shared/rules/index.js";
import { byAgency, corpusAudit, findingsOf, judge, request } from "../../electron/memo/audit.js";

let audit: Audit;

beforeAll(async () => {
  audit = await corpusAudit();
});

describe("the memo of the five samples", () => {
  it("states every confirmed finding with its numbers and leaves the dismissed ones out", () => {
    const kelan = byAgency(audit, "岢岚县人民政府");
    const findings = findingsOf(audit).get(kelan.id) ?? [];
    const d01 = findings.find((f) => f.rule === "D01");
    const s02 = findings.find((f) => f.rule === "S02");
    if (!d01 || !s02) throw new Error("岢岚县 lost D01 or S02");
    judge(kelan, d01, "confirmed", "已与原文核对");
    judge(kelan, s02, "dismissed", "标题表述可以接受");
    const [memo] = buildMemos(audit, request({ reportIds: [kelan.id] }));
    if (!memo) throw new Error("no memo");
    const text = memoText(memo);
    expect(memo.title).toBe("关于岢岚县人民政府2020年政府信息公开工作年度报告的审核意见");
    expect(text).toContain(renderMessage(d01));
    expect(text).toContain(
      "涉及：表二「规章」行「本年新制作数量」「本年新公开数量」「对外公开总数量」列（报告均填写2）。",
    );
    expect(text).toContain("审核人员意见：已与原文核对");
    expect(text).not.toContain(renderMessage(s02));
    expect(text).not.toContain("标题表述可以接受");
    // Open findings stay out when the inspector judged: C01 has no verdict.
    expect(text).not.toContain("未填写（自然人…总计）");
    expect(memo.reports[0]?.stated).toBe(1);
    expect(memo.addressee).toBe("岢岚县人民政府");
  });

  it("lists the dismissed findings in an appendix only when asked", () => {
    const kelan = byAgency(audit, "岢岚县人民政府");
    const [plain] = buildMemos(audit, request({ reportIds: [kelan.id] }));
    const [withApp] = buildMemos(audit, request({ reportIds: [kelan.id], includeDismissed: true }));
    expect(plain?.attachment).toBeNull();
    const appendix = withApp?.attachment?.body.map((b) => ("text" in b ? b.text : "")).join("\n");
    expect(appendix).toContain("第五部分标题");
    expect(JSON.stringify(withApp?.attachment)).toContain("排除理由：标题表述可以接受");
    expect(memoText(withApp!)).toContain("附件：审核中已排除的问题");
  });

  it("counts open errors and warnings as confirmed when nothing was judged", async () => {
    const fresh = await corpusAudit();
    expect(defaultScope(fresh)).toBe("open");
    const [memo] = buildMemos(fresh, request({ scope: "open" }));
    if (!memo) throw new Error("no memo");
    const text = memoText(memo);
    const all = [...findingsOf(fresh).values()].flat();
    for (const f of all.filter((x) => x.severity !== "info"))
      expect(text).toContain(renderMessage(f));
    for (const f of all.filter((x) => x.severity === "info"))
      expect(text).not.toContain(renderMessage(f));
    // The summary table: one row per report, its counts those of the rules.
    expect(memo.summary).toHaveLength(5);
    for (const row of memo.summary) {
      const r = memo.reports.find((x) => x.agency === row.agency)!;
      const fs = findingsOf(fresh).get(r.id) ?? [];
      expect(row.errors).toBe(fs.filter((f) => f.severity === "error").length);
      expect(row.warnings).toBe(fs.filter((f) => f.severity === "warning").length);
      expect(row.stated).toBe(row.errors + row.warnings);
      expect(row.status).toBe(row.stated ? "需整改" : "通过");
    }
    const stated = memo.summary.reduce((n, r) => n + r.stated, 0);
    expect(text).toContain(`共发现需要整改的问题${stated}个`);
    expect(text).not.toContain("人工核实");
  });

  it("gives one memo per report when asked", async () => {
    const fresh = await corpusAudit();
    const memos = buildMemos(fresh, request({ scope: "open", perReport: true }));
    expect(memos).toHaveLength(5);
    expect(new Set(memos.map((m) => m.addressee)).size).toBe(5);
    for (const m of memos) expect(m.title).toContain(m.reports[0]!.agency);
  });

  it("records the inspector's corrections and remarks", () => {
    const ziyang = byAgency(audit, "紫阳县人民政府");
    ziyang.corrections["t3.new.natural"] = { value: 99, by: "王检查", at: "2024-03-01" };
    ziyang.remarks.push({
      id: "r1",
      target: { kind: "cell", cell: "t2.penalty.decisions" },
      text: "请核实处罚决定数量",
      by: "王检查",
      at: "2024-03-01",
    });
    const [memo] = buildMemos(audit, request({ reportIds: [ziyang.id], scope: "open" }));
    const text = memoText(memo!);
    expect(text).toContain(
      "表三「一、本年新收政府信息公开申请数量」行「自然人」列：报告填写5，经核实应为99",
    );
    expect(text).toContain("表二「行政处罚·处理决定数量」：请核实处罚决定数量");
    // The correction breaks 新收+上年结转 = 总计+结转 (A01) and the memo says so.
    expect(text).toMatch(/新收\+上年结转（\d+）≠ 办理结果总计\+结转下年/);
    delete ziyang.corrections["t3.new.natural"];
  });
});

describe("verdicts that no longer hold, and misreadings", () => {
  it("takes a verdict whose numbers changed as open, and leaves 解析有误 out", async () => {
    const fresh = await corpusAudit();
    const ziyang = byAgency(fresh, "紫阳县人民政府");
    const kelan = byAgency(fresh, "岢岚县人民政府");
    const found = findingsOf(fresh);
    const d02 = found.get(ziyang.id)!.find((f) => f.rule === "D02")!;
    ziyang.verdicts[findingKey(d02)] = {
      status: "confirmed",
      note: "照抄",
      by: "王检查",
      at: "2024-03-01",
      evidence: evidenceOf(d02, effectiveReport(ziyang)),
    };
    const d01 = found.get(kelan.id)!.find((f) => f.rule === "D01")!;
    judge(kelan, d01, "misread", "原文为0，读取有误");
    const stated = () =>
      memoReports(fresh, null, "confirmed").flatMap((r) =>
        r.findings.filter((f) => f.stated).map((f) => f.rule),
      );
    expect(stated()).toEqual(["D02"]);
    // The inspector corrects a judged cell: both rows still match, with other numbers.
    for (const row of ["enforcement", "otherService"])
      ziyang.corrections[`t2.${row}.decisions`] = { value: 57, by: "王检查", at: "2024-03-02" };
    expect(stated()).toEqual([]);
    const z = memoReports(fresh, [ziyang.id], "confirmed")[0]!;
    expect(z.findings.find((f) => f.rule === "D02")).toMatchObject({
      stale: true,
      status: "open",
      verdict: "confirmed",
    });
    const k = memoReports(fresh, [kelan.id], "open")[0]!;
    expect(k.misread).toBe(1);
    expect(k.findings.filter((f) => f.stated).map((f) => f.rule)).not.toContain("D01");
  });
});

describe("bad cases", () => {
  it("says the reports passed when there is nothing to state", () => {
    const report = consistentReport(3, "2021");
    expect(checkReport(report).filter((f) => f.severity !== "info")).toEqual([]);
    const clean: Audit = {
      ...structuredClone(audit),
      reports: [
        newAuditReport(
          { id: "clean", fileName: "clean.txt", sha256: "x", importedAt: "2024-03-01" },
          report,
        ),
      ],
    };
    const [memo] = buildMemos(clean, request({ scope: "open" }));
    const text = memoText(memo!);
    expect(text).toContain("经审核，未发现需要整改的问题，审核通过。");
    expect(text).not.toContain("请对照上述问题");
    expect(memo!.summary[0]?.status).toBe("通过");
  });

  it("keeps an agency name with unusual characters whole", () => {
    const odd = "〇𠮷县&<>\"'人民政府";
    const copy = structuredClone(audit);
    copy.reports[0]!.meta = { agency: odd };
    const [memo] = buildMemos(copy, request({ reportIds: [copy.reports[0]!.id], scope: "open" }));
    expect(memo!.title).toContain(odd);
    expect(memo!.addressee).toBe(odd);
  });
});

describe("heading numbers", () => {
  it("count in Chinese numerals past ten", () => {
    expect([1, 10, 11, 19, 20, 21, 35, 99].map(cn)).toEqual([
      "一",
      "十",
      "十一",
      "十九",
      "二十",
      "二十一",
      "三十五",
      "九十九",
    ]);
  });
});

describe("titleLines", () => {
  it("breaks a long title between its words into even lines within the width", () => {
    const parts = [
      "关于",
      "某某市某某区人民政府办公室",
      "2023年",
      "政府信息公开",
      "工作年度报告",
      "的审核意见",
    ];
    const lines = titleLines(parts, 20);
    expect(lines.join("")).toBe(parts.join(""));
    expect(lines.length).toBe(2);
    for (const l of lines) expect(widthOf(l)).toBeLessThanOrEqual(20);
    expect(titleLines(["关于", "短标题"], 20)).toEqual(["关于短标题"]);
    const long = titleLines(["关于", "很".repeat(45)], 20);
    for (const l of long) expect(widthOf(l)).toBeLessThanOrEqual(20);
  });
});

describe("where a finding is", () => {
  it("names cells in the template's words, a row's cells together, corrections apart", () => {
    const cells = {
      "t3.carryOver.commercial": { value: null, text: "", span: [0, 0] as const },
      "t3.carryOver.research": { value: null, text: "", span: [0, 0] as const },
      "t2.enforcement.prev": { value: 8, text: "8", span: [0, 1] as const },
      "t2.enforcement.change": { value: 1, text: "+1", span: [0, 1] as const },
    };
    const fix = { "t3.carryOver.research": { value: 0, by: "王", at: "" } };
    expect(findingPlace(Object.keys(cells), cells, fix, "2019")).toBe(
      "表三「四、结转下年度继续办理」行「商业企业」列（报告未填写）；" +
        "表三「四、结转下年度继续办理」行「科研机构」列（报告未填写，更正为0）；" +
        "表二「行政强制」行「上一年项目数量」「本年增/减」列（报告填写8、+1）",
    );
    expect(findingPlace(["t3.new.natural", "t3.new.total"], {}, {}, "2019")).toBe(
      "表三「一、本年新收政府信息公开申请数量」行「自然人」「总计」列（均未读到）",
    );
    expect(
      findingPlace(
        Array.from({ length: 7 }, (_, i) => `t3.x${i}.total`),
        {},
        {},
        null,
      ),
    ).toBe("");
  });
});
