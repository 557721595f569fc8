import { describe, expect, it } from "vitest";
import { buildMemos, memoText } from "../../../shared/memo/index.js";
import { countsText } from "../../../shared/memo/phrases.js";
import { byAgency, corpusAudit, findingsOf, judge, request } from "../../electron/memo/audit.js";

describe("the checked-counts sentence", () => {
  it("says how many errors and warnings remain unjudged and never 确认问题0个 for 未审完", async () => {
    const audit = await corpusAudit();
    const kelan = byAgency(audit, "岢岚县人民政府");
    const findings = findingsOf(audit).get(kelan.id) ?? [];
    const s02 = findings.find((f) => f.rule === "S02");
    if (!s02) throw new Error("岢岚县 lost S02");
    judge(kelan, s02, "dismissed", "标题表述可以接受");
    const [memo] = buildMemos(audit, request({ reportIds: [kelan.id], scope: "confirmed" }));
    const m = memo!.reports[0]!;
    expect(m.conclusion).toBe("未审完");
    const open = findings.filter((f) => f.severity !== "info" && f !== s02).length;
    expect(m.unjudged).toBe(open);
    const sentence = countsText(m);
    expect(sentence).not.toContain("确认问题0个");
    expect(sentence).toContain(`尚有${open}个错误和警告未经人工判定，审核尚未完成`);
    expect(sentence).toContain("排除1个");
    expect(memoText(memo!)).toContain(sentence);
  });

  it("says what was confirmed and what remains when some are judged", async () => {
    const audit = await corpusAudit();
    const kelan = byAgency(audit, "岢岚县人民政府");
    const findings = findingsOf(audit).get(kelan.id) ?? [];
    const d01 = findings.find((f) => f.rule === "D01");
    if (!d01) throw new Error("岢岚县 lost D01");
    judge(kelan, d01, "confirmed", "已与原文核对");
    const [memo] = buildMemos(audit, request({ reportIds: [kelan.id] }));
    const m = memo!.reports[0]!;
    const sentence = countsText(m);
    expect(sentence).toContain("经核实确认问题1个");
    expect(sentence).toContain(`尚有${m.unjudged}个错误和警告未经人工判定`);
    expect(m.unjudged).toBeGreaterThan(0);
  });

  it("says 确认问题0个 only when everything was judged", async () => {
    const audit = await corpusAudit();
    const kelan = byAgency(audit, "岢岚县人民政府");
    for (const f of findingsOf(audit).get(kelan.id) ?? []) judge(kelan, f, "dismissed", "可以接受");
    const [memo] = buildMemos(audit, request({ reportIds: [kelan.id] }));
    const m = memo!.reports[0]!;
    expect(m.conclusion).toBe("通过");
    expect(countsText(m)).toContain("经核实确认问题0个");
    expect(countsText(m)).not.toContain("未经人工判定");
  });
});
