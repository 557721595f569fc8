import { describe, expect, it } from "vitest";
import type { Report } from "../../../shared/model/report.js";
import { checkReport } from "../../../shared/rules/index.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { findSections, makeReport } from "./helpers.js";

const of = (r: Report, rule: string) => checkReport(r).filter((f) => f.rule === rule);
const messages = (r: Report, rule: string) => of(r, rule).map(renderMessage);
const clean = consistentReport(7, "2021");

function withHeadings(...headings: string[]): Report {
  const text = headings.map((h) => `${h}\n正文内容。\n`).join("");
  return { ...clean, text, sections: findSections(text) };
}

const OFFICIAL = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

describe("S01–S03 sections", () => {
  it("accepts the official headings, spacing and markdown marks", () => {
    const r = withHeadings("## 一、 总体情况", ...OFFICIAL.slice(1));
    expect([...of(r, "S01"), ...of(r, "S02"), ...of(r, "S03")]).toEqual([]);
  });

  it("S01: a missing section", () => {
    const r = withHeadings(...OFFICIAL.filter((h) => !h.startsWith("五")));
    expect(messages(r, "S01")).toEqual(["缺少第五部分「存在的主要问题及改进情况」"]);
  });

  it("S02: wording and numbering deviations, not bracket kinds or spaces", () => {
    const r = withHeadings(
      "1、 总体情况",
      ...OFFICIAL.slice(1, 4),
      "五、存在困难建议及改进情况",
      OFFICIAL[5] ?? "",
    );
    expect(messages(r, "S02")).toEqual([
      "第一部分标题「1、 总体情况」编号不规范，模板为「一、总体情况」",
      "第五部分标题「五、存在困难建议及改进情况」与模板「五、存在的主要问题及改进情况」不一致",
    ]);
    const brackets = {
      ...clean,
      sections: [{ ...clean.sections[3]!, heading: "四、政府信息公开行政复议、 行政诉讼情况" }],
    };
    expect(of(brackets, "S02")).toEqual([]);
    const numbered = { ...clean, sections: [{ ...clean.sections[0]!, heading: "（一）总体情况" }] };
    expect(of(numbered, "S02")[0]?.code).toBe("section_numbering");
    expect(
      of({ ...numbered, sections: [{ ...clean.sections[0]!, heading: "(一)总体情况" }] }, "S02"),
    ).toHaveLength(1);
  });

  it("S03: sections out of order, one finding per inversion", () => {
    const r = withHeadings(
      OFFICIAL[0]!,
      OFFICIAL[1]!,
      OFFICIAL[3]!,
      OFFICIAL[2]!,
      OFFICIAL[4]!,
      OFFICIAL[5]!,
    );
    expect(messages(r, "S03")).toEqual(["第四部分出现在第三部分之前"]);
  });
});

describe("S04–S09 template, tables, labels, title", () => {
  it("S04: the template version must fit the year", () => {
    expect(of({ ...clean, year: 2021, template: "2019" }, "S04").map(renderMessage)).toEqual([
      "2021年度报告使用了2019版表格模板（国办公开办函〔2019〕60号），应使用2021版表格模板（国办公开办函〔2021〕30号）",
    ]);
    expect(of({ ...clean, year: 2020, template: "2021" }, "S04")).toHaveLength(1);
    expect(of({ ...clean, year: 2020, template: "2019" }, "S04")).toEqual([]);
    expect(of({ ...clean, year: null }, "S04")).toEqual([]);
  });

  it("S05: a table not found, and rules needing it stay silent", () => {
    const cells = Object.fromEntries(
      Object.entries(clean.cells).filter(([id]) => !id.startsWith("t3.")),
    );
    const r = { ...clean, cells, tables: { 2: true, 3: false, 4: true } };
    expect(messages(r, "S05")).toEqual(["缺少表三「收到和处理政府信息公开申请情况」"]);
    expect(checkReport(r).filter((f) => f.rule !== "S05" && f.severity !== "info")).toEqual([]);
  });

  it("S06: one finding per label deviation, with its cells and span", () => {
    const r = makeReport({
      labels: [
        {
          table: 3,
          kind: "row",
          printed: "无正当理由由大量反复申请",
          expected: "无正当理由大量反复申请",
          cells: ["t3.notHandled.massive.total"],
          span: [5, 17],
        },
        {
          table: 4,
          kind: "column",
          printed: "结果维护",
          expected: "结果维持",
          cells: ["t4.review.upheld"],
          span: [30, 34],
        },
      ],
    });
    const s06 = of(r, "S06");
    expect(s06.map(renderMessage)).toEqual([
      "表三行标签「无正当理由由大量反复申请」与模板「无正当理由大量反复申请」不一致",
      "表四列标签「结果维护」与模板「结果维持」不一致",
    ]);
    expect(s06[1]).toMatchObject({
      severity: "warning",
      cells: ["t4.review.upheld"],
      spans: [[30, 34]],
    });
  });

  it("S07: a table printed in another number of columns (info)", () => {
    const shapes = [
      { table: 3 as const, printedColumns: 13, expectedColumns: 7, span: [0, 9] as const },
      { table: 4 as const, printedColumns: 15, expectedColumns: 15, span: [9, 12] as const },
    ];
    const s07 = of(makeReport({ shapes }), "S07");
    expect(s07.map(renderMessage)).toEqual(["表三按13列排版，已按表头对应到模板7列"]);
    expect(s07[0]?.severity).toBe("info");
  });

  it("S08: the title must name a place", () => {
    const title = (t: string) => of(makeReport({ title: t, text: t }), "S08");
    expect(title("政府办2021年政府信息公开工作年度报告").map(renderMessage)).toEqual([
      "标题未写明发布机关全称（「政府办」）",
    ]);
    expect(title("县政府办公室2021年政府信息公开工作年度报告")).toHaveLength(1);
    expect(title("城市管理局2020年政府信息公开工作年度报告")).toHaveLength(1);
    for (const ok of [
      "紫阳县2020年政府信息公开工作年度报告",
      "伊川县城市管理局2020年政府信息公开工作年度报告",
      "# 沛县人民政府2021年政府信息公开工作年度报告",
      "交通运输部2021年政府信息公开工作年度报告",
      "内蒙古自治区人民政府二〇二一年政府信息公开工作年度报告",
    ])
      expect(title(ok), ok).toEqual([]);
    expect(title("政府办2021年政府信息公开工作年度报告")[0]?.spans).toEqual([[0, 20]]);
  });

  it("S09: no year in the title", () => {
    expect(messages(makeReport({ title: "紫阳县政府信息公开工作年度报告" }), "S09")).toEqual([
      "标题未写明报告年度",
    ]);
    expect(of(clean, "S09")).toEqual([]);
  });
});
