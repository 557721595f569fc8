import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Audit } from "../../../shared/model/audit.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { findingKey } from "../../../shared/model/finding.js";
import { buildMemos, memoReports } from "../../../shared/memo/index.js";
import { memoDocx } from "../../../electron/node/adapters/memo/docx.js";
import { findingsXlsx } from "../../../electron/node/adapters/memo/xlsx.js";
import { byAgency, corpusAudit, findingsOf, judge, request } from "./audit.js";
import { docxPart, docxParagraphs } from "./ooxml.js";

let audit: Audit;
const LONG_NOTE = "经与原文逐段核对，".repeat(120) + "末尾";
const ODD = "〇𠮷县&<>\"'人民政府";

beforeAll(async () => {
  audit = await corpusAudit();
  // 紫阳县: D02 confirmed with a very long note; 宜丰县: every S06 dismissed, C01 confirmed.
  const found = findingsOf(audit);
  const ziyang = byAgency(audit, "紫阳县人民政府");
  judge(ziyang, found.get(ziyang.id)!.find((f) => f.rule === "D02")!, "confirmed", LONG_NOTE);
  const yifeng = byAgency(audit, "宜丰县人民政府");
  for (const f of found.get(yifeng.id)!)
    if (f.rule === "S06") judge(yifeng, f, "dismissed", "模板用语差异，不影响理解");
    else if (f.rule === "C01") judge(yifeng, f, "confirmed");
  yifeng.corrections["t3.carryOver.commercial"] = { value: 0, by: "王检查", at: "2024-03-02" };
  byAgency(audit, "伊川县城市管理局").meta = { agency: ODD };
});

const xlsxOf = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
};

describe("the memo as .docx", () => {
  it("holds every confirmed finding with its numbers, and no dismissed one", async () => {
    const [memo] = buildMemos(audit, request({ scope: "confirmed" }));
    const text = (await docxParagraphs(await memoDocx(memo!))).join("\n");
    const found = findingsOf(audit);
    let confirmed = 0;
    for (const r of audit.reports)
      for (const f of found.get(r.id) ?? []) {
        const status = r.verdicts[findingKey(f)]?.status;
        if (status === "confirmed") confirmed++;
        if (status === "confirmed") expect(text).toContain(`】${renderMessage(f)}`);
        else expect(text).not.toContain(`】${renderMessage(f)}`);
      }
    expect(confirmed).toBe(2);
    expect(text).toContain("（8，+1，56）");
    expect(text).toContain(LONG_NOTE);
    expect(text).not.toContain("模板用语差异");
    expect(text).toContain(
      "表三「四、结转下年度继续办理」行「商业企业」列：报告未填写，经核实应为0。",
    );
  });

  it("carries the summary table with the counts of the rules", async () => {
    const [memo] = buildMemos(audit, request({ scope: "confirmed" }));
    const paragraphs = await docxParagraphs(await memoDocx(memo!));
    const found = findingsOf(audit);
    for (const [i, row] of memo!.summary.entries()) {
      const r = memo!.reports[i]!;
      const fs = found.get(r.id) ?? [];
      const at = paragraphs.indexOf(row.agency);
      expect(at).toBeGreaterThan(0);
      // 序号 单位 年度 错误 警告 确认问题 审核结论, one paragraph per cell.
      expect(paragraphs.slice(at - 1, at + 6)).toEqual([
        String(i + 1),
        row.agency,
        String(r.year),
        String(fs.filter((f) => f.severity === "error").length),
        String(fs.filter((f) => f.severity === "warning").length),
        String(r.findings.filter((f) => f.status === "confirmed").length),
        r.unjudged
          ? "未审完"
          : r.findings.some((f) => f.status === "confirmed")
            ? "需整改"
            : "通过",
      ]);
    }
  });

  it("is laid out in 公文 style: A4, GB/T 9704 margins, fonts, 28-point lines, page numbers", async () => {
    const [memo] = buildMemos(audit, request({ includeDismissed: true }));
    const bytes = await memoDocx(memo!);
    const doc = await docxPart(bytes, "word/document.xml");
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc)?.[1] ?? "";
    const twips = (mm: number) => String(Math.round((mm * 1440) / 25.4));
    expect(margin).toContain(`w:top="${twips(37)}"`);
    expect(margin).toContain(`w:bottom="${twips(35)}"`);
    expect(margin).toContain(`w:left="${twips(28)}"`);
    expect(margin).toContain(`w:right="${twips(26)}"`);
    expect(doc).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/>(<[^>]+>)*<w:sz w:val="44"\/>/);
    expect(doc).toMatch(/w:eastAsia="仿宋_GB2312"[^>]*\/>(<[^>]+>)*<w:sz w:val="32"\/>/);
    expect(doc).toContain('w:eastAsia="黑体"');
    expect(doc).toContain('w:eastAsia="楷体_GB2312"');
    expect(doc).toMatch(/<w:spacing w:line="560" w:lineRule="exact"\/>/);
    const fonts = await docxPart(bytes, "word/fontTable.xml");
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="SimSun"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong"/>');
    const footerName = /footer\d+\.xml/.exec(
      await docxPart(bytes, "word/_rels/document.xml.rels"),
    )?.[0];
    const footer = await docxPart(bytes, `word/${footerName}`);
    expect(footer).toContain("PAGE");
    expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
    expect(footer).toContain('<w:jc w:val="center"/>');
    // The appendix starts on a page of its own with 附件 and its title.
    const text = (await docxParagraphs(bytes)).join("\n");
    expect(doc).toContain('<w:br w:type="page"/>');
    expect(text).toContain("附件：审核中已排除的问题");
    expect(text).toContain("排除理由：模板用语差异，不影响理解");
  });

  it("keeps an agency name with unusual characters", async () => {
    const odd = audit.reports.find((r) => r.meta.agency === ODD)!;
    const [memo] = buildMemos(audit, request({ reportIds: [odd.id], scope: "open" }));
    const bytes = await memoDocx(memo!);
    const text = (await docxParagraphs(bytes)).join("");
    expect(text).toContain(`关于${ODD}2020年`);
    expect(text).toContain(`${ODD}：`);
    expect(await docxPart(bytes, "word/document.xml")).toContain("&amp;&lt;&gt;");
  });
});

describe("the findings workbook", () => {
  it("has one row per finding, a frozen and filtered header, and a sheet per report", async () => {
    const reports = memoReports(audit, null, "confirmed");
    const wb = await xlsxOf(await findingsXlsx(reports, audit.reports));
    const ws = wb.getWorksheet("问题清单")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "单位",
      "年度",
      "规则",
      "级别",
      "单元格",
      "问题",
      "判定",
      "备注",
      "检查人员",
      "判定时间",
      "文件",
    ]);
    const total = [...findingsOf(audit).values()].flat().length;
    expect(ws.actualRowCount).toBe(total + 1);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(6).width).toBeGreaterThan(40);
    const rows = (ws.getSheetValues() as unknown[][]).slice(2);
    const d02 = rows.find((r) => r[3] === "D02")!;
    expect(d02.slice(1, 5)).toEqual(["紫阳县人民政府", 2020, "D02", "警告"]);
    expect(d02[7]).toBe("已确认");
    expect(d02[8]).toBe(LONG_NOTE);
    expect(d02[9]).toBe("王检查");
    expect(ws.getCell(`H${rows.indexOf(d02) + 2}`).alignment?.wrapText).toBe(true);
    expect(rows.filter((r) => r[7] === "非问题").every((r) => r[3] === "S06")).toBe(true);
    // 宜丰县 prints 结果维护 over each group of table 四: one S06 for the three (6 → 4 findings).
    expect(rows.filter((r) => r[7] === "非问题")).toHaveLength(4);
    expect(rows.some((r) => r[1] === ODD)).toBe(true);
    expect(wb.worksheets).toHaveLength(1 + audit.reports.length);
    // C01 over 20 rows: the first cells in words and how many, not 120 IDs.
    const c01 = rows.find((r) => r[3] === "C01" && r[1] === "岢岚县人民政府")!;
    expect(c01[5]).toMatch(/^表三「（一）予以公开」行「自然人」列、.+ 等140个单元格$/);
    expect(rows.every((r) => !/t[234]\./.test(String(r[5])))).toBe(true);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
  });

  it("writes the corrected tables with the printed value in a note", async () => {
    const reports = memoReports(audit, null, "confirmed");
    const wb = await xlsxOf(await findingsXlsx(reports, audit.reports));
    const sheet = wb.worksheets.find((w) => w.name.includes("宜丰县"))!;
    let hit: ExcelJS.Cell | null = null;
    let next: ExcelJS.Cell | null = null;
    sheet.eachRow((row) => {
      if (!String(row.getCell(1).value).startsWith("四、结转下年度继续办理")) return;
      hit = row.getCell(3);
      next = row.getCell(4);
    });
    expect(hit).not.toBeNull();
    const cell = hit as unknown as ExcelJS.Cell;
    expect(cell.value).toBe(0);
    expect(JSON.stringify(cell.note)).toContain("报告原填写：未填写");
    // The report's blank, uncorrected, is said as such (never confused with a cell not read).
    expect((next as unknown as ExcelJS.Cell).value).toBe("未填写");
    const odd = wb.worksheets.find((w) => w.name.includes("〇"))!;
    expect(odd.name).not.toMatch(/[[\]:*?/\\]/);
    expect(odd.getCell("A1").value).toContain(ODD);
  });
});
