import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../../shared/model/finding.js";
import type { Report, SectionNo } from "../../../../shared/model/report.js";
import { renderMessage } from "../../../../shared/messages/zh-CN.js";
import { readReport } from "../../../../shared/parse/report.js";
import { txtDocument } from "../../../../shared/parse/txt/document.js";
import { checkReport, parseRulePack, type CheckOptions } from "../../../../shared/rules/index.js";
import { renderVariant, type Variant } from "../../../gen/variants.js";
import type { CellMap } from "../../../gen/tables-grid.js";

// A clean 2021 report (望川县人民政府, example e003), printed with the wording real reports use.
const LABELS = JSON.parse(
  readFileSync(
    new URL("../../../fixtures/examples/e003.txt.expected.json", import.meta.url),
    "utf8",
  ),
) as { cells: CellMap };
const TITLE = "望川县人民政府2021年政府信息公开工作年度报告";

function read(title: string, v: Variant = {}, cells: CellMap = LABELS.cells): Report {
  const text = renderVariant({ title, template: "2021", cells }, { layout: "tabs" }, v);
  const doc = txtDocument(new TextEncoder().encode(text));
  if ("code" in doc) throw new Error(doc.message);
  const res = readReport(doc);
  if (!res.ok) throw new Error(res.error.message);
  return res.report;
}

const alarms = (fs: Finding[]) =>
  fs.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${renderMessage(f)}`);
const of = (r: Report, rule: string, o?: CheckOptions) =>
  checkReport(r, o).filter((f) => f.rule === rule);

it("the report as the template words it is clean", () => {
  expect(alarms(checkReport(read(TITLE)))).toEqual([]);
});

describe("titles that open with the year", () => {
  const cases: [string, string, Report["level"]][] = [
    ["2021年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", "province"],
    ["2021年度梅岭街道政府信息公开工作年度报告", "梅岭街道办事处", "township"],
    ["二〇二一年青石市交通运输局政府信息公开工作年度报告", "青石市交通运输局", "city-dept"],
    ["关于2021年临江县人民政府信息公开工作年度报告", "临江县人民政府", "county-gov"],
    ["临江县交通运输局关于2021年政府信息公开工作年度报告", "临江县交通运输局", "county-dept"],
    ["2021年望川县政务公开工作年度报告", "望川县人民政府", "county-gov"],
    ["临江县人民政府政府信息公开工作年度报告（2021年度）", "临江县人民政府", "county-gov"],
  ];
  for (const [title, agency, level] of cases)
    it(title, () => {
      const r = read(title);
      expect([r.agency, r.level, r.year]).toEqual([agency, level, 2021]);
      expect(of(r, "S08")).toEqual([]);
    });

  it("a title over lines keeps each line that ends as a body's name, drops a stray one", () => {
    const title = (t: string) => read(t).title.replace(/\n/gu, "");
    expect(title("临江县\n人民政府2021年政府信息公开工作年度报告")).toBe(
      "临江县人民政府2021年政府信息公开工作年度报告",
    );
    expect(title("青石市\n临江县人民政府2021年政府信息公开工作年度报告")).toBe(
      "青石市临江县人民政府2021年政府信息公开工作年度报告",
    );
    expect(title("临江县人民政府\n2021\n年政府信息公开工作年度报告")).toBe(
      "临江县人民政府2021年政府信息公开工作年度报告",
    );
    expect(title("正文\n临江县人民政府2021年政府信息公开工作年度报告")).toBe(
      "临江县人民政府2021年政府信息公开工作年度报告",
    );
    expect(title("临江县人民政府门户网站\n临江县人民政府2021年政府信息公开工作年度报告")).toBe(
      "临江县人民政府2021年政府信息公开工作年度报告",
    );
  });

  it("a page printed from a portal: banner, menus and breadcrumb above the title are no part of it", () => {
    const banner = [
      "望川县人民政府门户网站",
      "首页 政务公开 政务服务 互动交流",
      "当前位置：首页 > 政府信息公开 > 政府信息公开年报",
      "发布时间：2022-01-20 来源：望川县人民政府",
    ].join("\n");
    const r = read(`${banner}\n${TITLE}`);
    expect([r.title, r.agency, r.year]).toEqual([TITLE, "望川县人民政府", 2021]);
    expect(of(r, "S09")).toEqual([]);
    // Its 政务公开 catalogue prints the title under 名称 or 标题 too.
    const catalogue = `名称    ${TITLE}\n索引号  014314799/2022-00002\n${TITLE}`;
    expect(read(catalogue).agency).toBe("望川县人民政府");
    expect(read(`标题：${TITLE}-望川县政府`).agency).toBe("望川县人民政府");
    // A title with no year under the same banner is still S09.
    const yearless = read(`${banner}\n望川县人民政府政府信息公开工作年度报告`);
    expect(of(yearless, "S09")).toHaveLength(1);
  });

  it("a title naming no body after the year is still S08", () => {
    expect(of(read("2021年政府信息公开工作年度报告"), "S08")).toHaveLength(1);
    expect(of(read("2021年度政府办政府信息公开工作年度报告"), "S08")).toHaveLength(1);
    expect(of(read("政府办2021年政府信息公开工作年度报告"), "S08")).toHaveLength(1);
  });
});

describe("section headings in more words than the template", () => {
  const variants: [SectionNo, string][] = [
    [1, "一、2021年度政府信息公开工作总体情况"],
    [1, "一、政府信息公开工作总体情况"],
    [2, "二、主动公开政府信息工作情况"],
    [2, "二、政府信息主动公开情况"],
    [3, "三、收到和处理政府信息公开申请的情况"],
    [3, "三、依申请公开政府信息情况"],
    [4, "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"],
    [4, "四、政府信息公开行政复议和行政诉讼情况"],
    [5, "五、政府信息公开工作存在的主要问题及改进情况"],
    [5, "五、存在的主要问题及整改措施"],
    [5, "五、工作中存在的不足和改进措施"],
    [6, "六、其他需报告的事项"],
    [6, "六、其他事项"],
  ];
  for (const [no, heading] of variants)
    it(heading, () => {
      const r = read(TITLE, { headings: { [no]: heading } });
      expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(of(r, "S01")).toEqual([]);
      const s02 = of(r, "S02");
      expect(s02.map((f) => [f.params.section, f.code])).toEqual([[no, "section_title"]]);
      expect(alarms(checkReport(r)).filter((a) => !a.startsWith("S02"))).toEqual([]);
    });

  it("a section really missing is still S01; a table row is no heading", () => {
    const r = read(TITLE, { headings: { 5: null } });
    expect(of(r, "S01").map(renderMessage)).toEqual(["缺少第五部分「存在的主要问题及改进情况」"]);
    const noThree = read(TITLE, { headings: { 3: null } });
    expect(of(noThree, "S01").map((f) => f.params.section)).toEqual([3]);
  });

  it("a looser wording counts only under its own number", () => {
    const r = read(TITLE, {
      overview: [
        "（一）主动公开情况",
        "（二）依申请公开情况",
        "（三）政府信息管理情况",
        "（四）行政复议、行政诉讼应诉工作",
        "（五）监督保障和问题整改",
      ],
    });
    expect(r.sections.map((s) => s.heading)).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
  });
});

describe("levels of the issuing body", () => {
  const regs: CellMap = {
    ...LABELS.cells,
    "t2.regulation.issued": 2,
    "t2.regulation.repealed": 1,
    "t2.regulation.valid": 30,
  };
  const level = (title: string, o?: CheckOptions) => {
    const r = read(title, {}, regs);
    return { level: r.level, d01: of(r, "D01", o).map((f) => f.severity) };
  };

  it("the four 直辖市: government, 办公厅 and 委/局 are province level, their 规章 legitimate", () => {
    for (const title of [
      "上海市人民政府2021年政府信息公开工作年度报告",
      "2021年北京市人民政府办公厅政府信息公开工作年度报告",
      "天津市教育委员会2021年政府信息公开工作年度报告",
      "重庆市交通局2021年政府信息公开工作年度报告",
    ])
      expect(level(title), title).toEqual({ level: "province", d01: [] });
  });

  it("their 区 and 县 are counties, with no power to make 规章", () => {
    expect(level("上海市浦东新区人民政府2021年政府信息公开工作年度报告")).toEqual({
      level: "county-gov",
      d01: ["error"],
    });
    expect(level("2021年重庆市城口县交通局政府信息公开工作年度报告")).toEqual({
      level: "county-dept",
      d01: ["error"],
    });
  });

  it("a 设区的市 government's general office reports its 规章; its bureaus do not", () => {
    expect(level("青石市人民政府办公室2021年政府信息公开工作年度报告")).toEqual({
      level: "city-dept",
      d01: [],
    });
    expect(level("青石市交通运输局2021年政府信息公开工作年度报告").d01).toEqual(["error"]);
    expect(level("青石县人民政府办公室2021年政府信息公开工作年度报告").d01).toEqual(["error"]);
  });

  it("a zone's 管委会 is of unknown level unless a rule pack places it", () => {
    const title = "青石经济技术开发区管理委员会2021年政府信息公开工作年度报告";
    expect(level(title)).toEqual({ level: "other", d01: ["info"] });
    const { pack, errors } = parseRulePack({ places: { 青石经济技术开发区: "county" } });
    expect(errors).toEqual([]);
    expect(level(title, { pack }).d01).toEqual(["error"]);
    expect(level("2021年度梅岭高新区管委会政府信息公开工作年度报告").level).toBe("other");
  });

  it("a 县级市: named under its 市, or placed by a rule pack", () => {
    expect(level("苏州市昆山市人民政府2021年政府信息公开工作年度报告")).toEqual({
      level: "county-gov",
      d01: ["error"],
    });
    const title = "昆山市人民政府2021年政府信息公开工作年度报告";
    expect(level(title)).toEqual({ level: "city-gov", d01: [] });
    const { pack } = parseRulePack({ places: { 昆山市: "county" } });
    expect(level(title, { pack }).d01).toEqual(["error"]);
    expect(level(title, { pack, level: "city-gov" }).d01).toEqual([]);
    expect(parseRulePack({ places: { 昆山市: "县级市" } }).errors.map((e) => e.path)).toEqual([
      "places.昆山市",
    ]);
  });
});

describe("what the narrative claims", () => {
  const c = LABELS.cells;
  const n = (id: string) => Number(c[id] ?? 0);
  const denied = Object.keys(c).filter((id) => /^t3\.denied\.[^.]+\.total$/.test(id));
  const deniedSum = denied.reduce((a, id) => a + n(id), 0);
  const said = (...overview: string[]) => of(read(TITLE, { overview }), "N01");

  it("a negation of an outcome (纠错, 败诉) is no count", () => {
    expect(n("t4.review.total")).toBeGreaterThan(0);
    for (const s of [
      "未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。",
      "本年度未出现行政复议被纠错、行政诉讼败诉的情况。",
      "没有发生因政府信息公开工作被复议撤销或诉讼败诉的案件。",
      "无因政府信息公开被行政复议确认违法的情形。",
    ])
      expect(said(s), s).toEqual([]);
  });

  it("a negation of the cases themselves is still compared with table 四", () => {
    const f = said("本年度未发生因政府信息公开引起的行政复议。");
    expect(f.map((x) => x.cells)).toEqual([["t4.review.total"]]);
    expect(said("本年度未因政府信息公开被申请行政复议。")).toHaveLength(1);
  });

  it("a figure of one kind of answer is compared with that row, never with 办理结果总计", () => {
    expect(n("t3.total.total")).not.toBe(deniedSum);
    expect(said(`全年办理政府信息公开申请，其中不予公开答复${deniedSum}件。`)).toEqual([]);
    const wrong = said(`全年办理政府信息公开申请，其中不予公开答复${deniedSum + 1}件。`);
    expect(wrong.map((f) => f.cells)).toEqual([denied]);
    expect(wrong.map(renderMessage)).toEqual([
      `正文称「不予公开答复${deniedSum + 1}件」，表三「不予公开」各项总计之和为${deniedSum}`,
    ]);
    const kinds: [string, string[]][] = [
      ["予以公开答复", ["t3.granted.total"]],
      ["部分公开", ["t3.partial.total"]],
    ];
    for (const [word, cells] of kinds) {
      const value = cells.reduce((a, id) => a + n(id), 0);
      expect(said(`收到申请后，${word}${value}件。`), word).toEqual([]);
      expect(said(`收到申请后，${word}${value + 7}件。`).map((f) => f.cells)).toEqual([cells]);
    }
  });

  it("a figure of two kinds together is compared with neither", () => {
    const both = n("t3.granted.total") + n("t3.partial.total") + 3;
    expect(said(`收到申请后，予以公开或部分公开${both}件。`)).toEqual([]);
    expect(said(`收到申请后，予以公开和部分公开答复${both}件。`)).toEqual([]);
  });

  it("a figure printed with spaces around it (a PDF's text)", () => {
    const f = said(`2021 年，县政府办代表县政府受理政府信息公开申请 ${n("t3.new.total") + 5} 件。`);
    expect(f.map((x) => x.cells)).toEqual([["t3.new.total"]]);
  });
});
