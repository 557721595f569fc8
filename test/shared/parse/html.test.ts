import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { htmlDocument } from "../../../shared/parse/html/document.js";
import type { SourceDocument } from "../../../shared/parse/source.js";
import { isChromeLine } from "../../../shared/parse/meta/portal-lines.js";
import { readReport } from "../../../shared/parse/report.js";

/** The page as parse5 builds it (the same tree the adapter hands over). */
function read(html: string): SourceDocument {
  const doc = htmlDocument(parse(html), "html");
  if ("code" in doc) throw new Error(doc.message);
  return doc;
}

const TABLE2 = `<table>
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">12</td></tr>
</table>`;

const TABLE3_HEAD = `<table>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
<td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td><td>&nbsp;</td><td></td><td></td><td></td><td></td><td>5</td></tr>
</table>`;

const REPORT = `<h1>某县2023年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>全年主动公开信息120条。</p>
<p>二、主动公开政府信息情况</p>${TABLE2}
<p>三、收到和处理政府信息公开申请情况</p>${TABLE3_HEAD}
<p>六、其他需要报告的事项</p><p>无。</p>
<p>某县人民政府办公室</p><p>2024年1月20日</p>`;

const rowWith = (doc: SourceDocument, label: string) =>
  doc.rows.find((r) => r.tabular && r.cells.some((c) => c.text === label));

describe("a saved web page", () => {
  it("reads merged table cells as a .docx's: colspan on the row, rowspan in the layout", () => {
    const doc = read(`<!doctype html><html><body>${REPORT}</body></html>`);
    const head = rowWith(doc, "自然人");
    expect(head?.cells.map((c) => [c.text, c.colspan ?? 1])).toEqual([
      ["自然人", 1],
      ["法人或其他组织", 5],
      ["总计", 1],
    ]);
    expect(rowWith(doc, "行政许可")?.cells.map((c) => c.colspan ?? 1)).toEqual([1, 3]);
    const first = rowWith(doc, "一、本年新收政府信息公开申请数量");
    expect(first?.cells.map((c) => c.text)).toEqual([
      "一、本年新收政府信息公开申请数量",
      "5",
      "",
      "",
      "",
      "",
      "",
      "5",
    ]);
    const table3 = doc.layout?.filter((b) => b.kind === "table")[1];
    expect(table3?.kind === "table" && table3.rows[0]?.[0]).toMatchObject({
      colspan: 3,
      rowspan: 3,
    });
    // <br> inside a cell: one line of text, the label still reads.
    expect(doc.text).toContain("商业 企业");
  });

  it("keeps the portal's menus, breadcrumbs, 来源/时间/字号 line, footer and scripts out", () => {
    const page = `<html><head><title>x</title><style>p{color:red}</style>
<script>var s = "一、总体情况 行政许可 自然人";</script></head><body>
<div class="nav"><ul><li>首页</li><li>政务公开</li><li>信息公开年报</li></ul></div>
<div>当前位置：首页 &gt; 政务公开 &gt; 年报</div>
<table width="1000"><tr><td width="200"><ul><li>信息公开指南</li><li>信息公开制度</li></ul></td>
<td><table width="100%"><tr><td><h2>某县2023年政府信息公开工作年度报告</h2></td></tr>
<tr><td>来源：县政府办 时间：2024-01-20 字号：[大 中 小]</td></tr>
<tr><td><div id="c"><p>发布日期：2024-01-20 浏览次数：88</p>
${REPORT.replace("<h1>某县2023年政府信息公开工作年度报告</h1>", "")}<p>【打印】 【关闭】</p></div></td></tr>
<tr><td>【打印本页】【关闭窗口】</td></tr></table></td></tr></table>
<div style="display: none">二、主动公开政府信息情况${TABLE2}</div>
<div hidden>四、政府信息公开行政复议、行政诉讼情况</div>
<div class="footer">主办单位：某县人民政府办公室 版权所有</div>
<script>document.write("<p>五、存在的主要问题及改进情况</p>")</script>
</body></html>`;
    const doc = read(page);
    expect(doc.text.split("\n")[0]).toBe("某县2023年政府信息公开工作年度报告");
    expect(doc.text.split("\n").slice(-2)).toEqual(["某县人民政府办公室", "2024年1月20日"]);
    for (const chrome of [
      "首页",
      "当前位置",
      "信息公开指南",
      "来源：",
      "发布日期",
      "打印",
      "主办单位",
      "var s",
      "color",
      "五、",
    ])
      expect(doc.text).not.toContain(chrome);
    expect(doc.text.match(/第二十条第（一）项/g)).toHaveLength(1);
  });

  it("reads a table laid out in a one-column frame as the text around it", () => {
    const doc = read(`<body><table><tr><td>${REPORT}</td></tr></table></body>`);
    expect(doc.rows.filter((r) => !r.tabular).map((r) => r.cells[0]?.text)).toContain(
      "一、总体情况",
    );
    expect(rowWith(doc, "规章")?.cells).toHaveLength(4);
  });

  it("reads one copy when the page prints the report twice or a stray table beside it", () => {
    const twice = read(
      `<body><div><div id="a">${REPORT}</div><div class="print-copy">${REPORT}</div></div></body>`,
    );
    expect(twice.text.match(/一、总体情况/g)).toHaveLength(1);
    for (const page of [
      `<body><div><div id="a">${REPORT}</div><aside>${TABLE2}</aside></div></body>`,
      `<body><div><aside>${TABLE2}</aside><div id="a">${REPORT}</div></div></body>`,
    ])
      expect(read(page).text.match(/第二十条第（一）项/g)).toHaveLength(1);
  });

  it("widens to a heading printed outside the article's inner box", () => {
    const page = `<body><div><p>某县2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>正文。</p>
<div class="inner"><p>二、主动公开政府信息情况</p>${TABLE2}<p>三、收到和处理政府信息公开申请情况</p>${TABLE3_HEAD}</div>
<p>六、其他需要报告的事项</p><p>无。</p></div><div>相关链接</div></body>`;
    const doc = read(page);
    expect(doc.text).toContain("一、总体情况");
    expect(doc.text).toContain("六、其他需要报告的事项");
    expect(doc.text).not.toContain("相关链接");
  });

  it("joins a paragraph's Chinese text across source line breaks, as a browser shows it", () => {
    const doc = read(`<body><p>一、总体
情况</p><p>共收到申请
  <span>26</span>
件。</p>${TABLE2}</body>`);
    expect(doc.text).toContain("一、总体情况");
    expect(doc.text).toContain("共收到申请 26 件。");
  });

  it("says what it could not read: images in the article, no report found", () => {
    const withImage = read(
      `<body><div>${REPORT}<p><img src="http://example.com/t3.png"></p></div></body>`,
    );
    expect(withImage.messages.map((m) => m.code)).toContain("HTML_IMAGES");
    const news = read(`<body><p>县政府召开常务会议</p><p>会议研究了有关事项。</p></body>`);
    expect(news.messages.map((m) => m.code)).toContain("HTML_NO_ARTICLE");
    const framed = htmlDocument(parse(`<body><iframe src="article.html"></iframe></body>`), "html");
    expect(framed).toMatchObject({ code: "HTML_NO_TEXT", message: /框架/ });
  });

  it("takes the title from the page's <title> when the body prints none, and says so", () => {
    const body = REPORT.replace(
      /<h1>.*?<\/h1>/u,
      "<p>根据《条例》编制本政府信息公开工作年度报告。</p>",
    );
    const head = "<title>某县2023年政府信息公开工作年度报告_某县人民政府网</title>";
    const doc = read(`<html><head>${head}</head><body>${body}</body></html>`);
    expect(doc.text.split("\n")[0]).toBe("某县2023年政府信息公开工作年度报告");
    expect(doc.messages.map((m) => m.code)).toContain("HTML_HEAD_TITLE");
    // A title in the body wins; a <title> naming no report is not taken.
    const titled = read(`<html><head>${head}</head><body>${REPORT}</body></html>`);
    expect(titled.messages.map((m) => m.code)).not.toContain("HTML_HEAD_TITLE");
    expect(titled.text.match(/年度报告/gu)?.length).toBe(1);
    const site = read(
      `<html><head><title>某县人民政府网</title></head><body>${body}</body></html>`,
    );
    expect(site.messages.map((m) => m.code)).not.toContain("HTML_HEAD_TITLE");
  });

  it("reads a row whose cell borders do not line up with the header's, one value a column", () => {
    // A 2019 table 二 as a portal printed it: the first value merged over a column and a half.
    const table = `<table>
<tr><td colspan="5">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="2">4</td><td>-1</td><td>120</td></tr>
<tr><td>其他对外管理服务事项</td><td>2</td><td colspan="2">0</td><td>7</td></tr>
</table>`;
    const page = REPORT.replace(TABLE2, table).replace("2023", "2019");
    const res = readReport(read(`<body>${page}</body>`));
    if (!res.ok) throw new Error(res.error.message);
    const value = (id: string) => res.report.cells[id]?.value;
    expect(["prev", "change", "decisions"].map((c) => value(`t2.license.${c}`))).toEqual([
      4, -1, 120,
    ]);
    expect(["prev", "change", "decisions"].map((c) => value(`t2.otherService.${c}`))).toEqual([
      2, 0, 7,
    ]);
  });

  it("knows the portal's page furniture from a report's own lines", () => {
    for (const line of [
      "来源：县政府办  时间：2024-01-17",
      "发布日期：2024-01-17 浏览次数：88",
      "【打印本页】【关闭窗口】",
      "字号：[ 大 中 小 ]",
      "上一篇：关于……的通知",
      "分享到：",
    ])
      expect(isChromeLine(line), line).toBe(true);
    for (const line of [
      "某县2023年政府信息公开工作年度报告",
      "（一）主动公开政府信息情况",
      "2024年1月20日",
      "无。",
      "时间节点明确，任务落实到位。",
    ])
      expect(isChromeLine(line), line).toBe(false);
  });
});

describe("a hostile page", () => {
  it("reads a page nested 100 000 elements deep without overflowing, and says so", () => {
    const deep = "<span>".repeat(100_000) + "x" + "</span>".repeat(100_000);
    const doc = read(`<body><div>${REPORT}</div>${deep}</body>`);
    expect(doc.messages.map((m) => m.code)).toContain("HTML_TOO_DEEP");
    expect(doc.text).toContain("一、总体情况");
  });
});
