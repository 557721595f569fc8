import { describe, expect, it } from "vitest";
import type { Finding } from "../../../shared/model/finding.js";
import type { Report } from "../../../shared/model/report.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { checkReport, checkSet } from "../../../shared/rules/index.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { edit } from "./edit.js";
import { findSections } from "./helpers.js";

const COLUMNS = ["natural", "commercial", "research", "social", "legal", "otherOrg", "total"];

/** Last year's report and this year's, chained: this carried = last carryOver. */
function pair(template: "2019" | "2021"): [Report, Report] {
  const last = {
    ...consistentReport(51, template),
    agency: "梅岭县人民政府",
    year: template === "2019" ? 2019 : 2021,
  };
  const base = consistentReport(52, template);
  const carried = Object.fromEntries(
    COLUMNS.map((c) => [`t3.carried.${c}`, last.cells[`t3.carryOver.${c}`]?.value ?? 0]),
  );
  const prev = Object.fromEntries(
    ["license", "otherService", "penalty", "enforcement", "fee"].map((k) => {
      const v = (id: string) => Number(last.cells[id]?.value ?? 0);
      return [`t2.${k}.prev`, v(`t2.${k}.prev`) + v(`t2.${k}.change`)];
    }),
  );
  const values = template === "2019" ? { ...carried, ...prev } : carried;
  return [last, { ...edit(base, values), agency: "梅岭县 政府", year: (last.year ?? 0) + 1 }];
}

const rule = (fs: Finding[][], id: string, i: number) => (fs[i] ?? []).filter((f) => f.rule === id);

describe("Y01, Y02 consecutive years of one agency", () => {
  it("a chained pair passes; one report alone is not compared", () => {
    const [last, cur] = pair("2019");
    const fs = checkSet([last, cur]);
    expect([...rule(fs, "Y01", 1), ...rule(fs, "Y02", 1), ...rule(fs, "Y01", 0)]).toEqual([]);
    expect(
      checkReport(edit(cur, { "t3.carried.total": 99 })).filter((f) => f.rule === "Y01"),
    ).toEqual([]);
  });

  it("Y01: this year's 上年结转 against last year's 结转下年度, per column", () => {
    const [last, cur] = pair("2021");
    const carried = Number(cur.cells["t3.carried.total"]?.value);
    const fs = checkSet([cur, edit(last, { "t3.carryOver.total": carried + 1 })]);
    const y01 = rule(fs, "Y01", 0);
    expect(y01.map(renderMessage)).toEqual([
      `表三「上年结转」总计（${carried}）≠ 2021年报告「结转下年度继续办理」总计（${carried + 1}）`,
    ]);
    expect(y01[0]).toMatchObject({ severity: "error", cells: ["t3.carried.total"] });
  });

  it("Y02: 2019 上一年项目数量 against last year's 上一年项目数量 + 本年增/减", () => {
    const [last, cur] = pair("2019");
    const prev = Number(cur.cells["t2.penalty.prev"]?.value);
    const fs = checkSet([last, edit(cur, { "t2.penalty.prev": prev + 3 })]);
    expect(rule(fs, "Y02", 1).map(renderMessage)).toEqual([
      `表二「行政处罚」上一年项目数量（${prev + 3}）≠ 2019年报告上一年项目数量加本年增/减（${prev}）`,
    ]);
    expect(rule(checkSet([last, { ...cur, template: "2021" }]), "Y02", 1)).toEqual([]);
  });

  it("other agencies and other years are not chained", () => {
    const [last, cur] = pair("2021");
    const broken = edit(cur, { "t3.carried.total": 99 });
    expect(rule(checkSet([last, { ...broken, agency: "梅岭县交通运输局" }]), "Y01", 1)).toEqual([]);
    expect(rule(checkSet([last, { ...broken, year: (last.year ?? 0) + 2 }]), "Y01", 1)).toEqual([]);
  });

  it("one body printed with and without its parent place is chained, both ways", () => {
    const [last, cur] = pair("2021");
    const broken = edit(cur, { "t3.carried.total": 99 });
    const a = { ...last, agency: "梅岭县人民政府" };
    const b = { ...broken, agency: "云州市梅岭县人民政府" };
    expect(rule(checkSet([a, b]), "Y01", 1)).toHaveLength(1);
    const c = { ...last, agency: "云州市梅岭县人民政府" };
    expect(rule(checkSet([c, { ...broken, agency: "梅岭县政府" }]), "Y01", 1)).toHaveLength(1);
    // Two 梅岭县 of two cities, both printed: two bodies.
    expect(rule(checkSet([c, { ...broken, agency: "雾州市梅岭县人民政府" }]), "Y01", 1)).toEqual(
      [],
    );
  });
});

const FIVE =
  "五、存在的主要问题及改进情况\n一是政策解读形式较为单一，二是基层公开队伍业务能力有待提升。下一步，我们将完善公开目录，丰富解读形式，加强业务培训，推动政务公开工作提质增效；同时健全依申请公开办理机制，规范答复文书格式，强化保密审查，及时更新政府网站各专栏内容，主动回应社会关切。\n";
const OTHER =
  "五、存在的主要问题及改进情况\n主要问题：依申请公开答复规范性不足，网站栏目更新滞后。改进措施：建立答复审核机制，落实栏目责任人，每季度开展自查并通报整改结果，确保信息及时准确。\n";

/** Tables of their own for each agency and year (the same tables would be a copy too). */
function textReport(agency: string, year: number, body: string): Report {
  const text = `一、总体情况\n${year}年，${agency}全年主动公开信息${year - 1900}条。\n${body}六、其他需要报告的事项\n无。\n`;
  const seed = [...agency].reduce((h, c) => h * 31 + c.charCodeAt(0), year) >>> 0;
  return { ...consistentReport(seed, "2021"), agency, year, text, sections: findSections(text) };
}

describe("Y03 copied text", () => {
  it("section 五 as last year's (years, numbers and the name aside), or as another agency's", () => {
    const fs = checkSet([
      textReport("梅岭县人民政府", 2021, FIVE.replace("下一步", "2022年")),
      textReport("梅岭县人民政府", 2022, FIVE.replace("下一步", "2023年")),
      textReport("青石县人民政府", 2022, FIVE.replace("下一步", "今后")),
      textReport("临江县人民政府", 2022, OTHER),
    ]);
    const y03 = fs.map((f) => f.filter((x) => x.rule === "Y03").map(renderMessage));
    expect(y03[1]).toEqual(["第五部分与本机关2021年报告相应部分相似度100%，疑似照抄"]);
    expect(y03[2]?.[0]).toMatch(
      /^第五部分与「梅岭县人民政府」202[12]年报告相应部分相似度\d+%，疑似照抄$/,
    );
    expect(y03[3]).toEqual([]);
  });

  it("short sections and a lone report are not compared", () => {
    expect(
      checkSet([textReport("甲县人民政府", 2022, FIVE)])[0]?.filter((f) => f.rule === "Y03"),
    ).toEqual([]);
    const a = textReport("甲县人民政府", 2022, "五、存在的主要问题及改进情况\n无。\n");
    const b = textReport("乙县人民政府", 2022, "五、存在的主要问题及改进情况\n无。\n");
    expect(
      checkSet([a, b])
        .flat()
        .filter((f) => f.rule === "Y03"),
    ).toEqual([]);
  });
});

describe("Y03 copied tables", () => {
  const y03 = (rs: Report[]) =>
    checkSet(rs).map((f) => f.filter((x) => x.code === "copied_table").map(renderMessage));

  it("another agency's report with every value of a table the same", () => {
    const a = textReport("甲县人民政府", 2022, OTHER);
    const t3 = Object.entries(a.cells).filter(([id]) => id.startsWith("t3."));
    const own = textReport("乙县人民政府", 2022, FIVE);
    const b = { ...own, cells: { ...own.cells, ...Object.fromEntries(t3) } };
    const c = textReport("丙县人民政府", 2022, FIVE.replace("下一步", "今后"));
    const found = y03([a, b, c]);
    expect(found[0]).toEqual(["表三数据与「乙县人民政府」2022年报告完全相同，疑似照抄"]);
    expect(found[1]).toEqual(["表三数据与「甲县人民政府」2022年报告完全相同，疑似照抄"]);
    expect(found[2]).toEqual([]);
  });

  it("not the same agency's other year, nor tables of (almost) only zeros", () => {
    const a = textReport("甲县人民政府", 2021, OTHER);
    const b = { ...textReport("甲县人民政府", 2022, FIVE), cells: a.cells };
    expect(y03([a, b]).flat()).toEqual([]);
    const zeros = Object.fromEntries(
      Object.entries(a.cells).map(([id, c]) => [id, { ...c, value: 0, text: "0" }]),
    );
    const c = { ...textReport("乙县人民政府", 2022, OTHER), cells: zeros };
    const d = { ...textReport("丙县人民政府", 2022, FIVE), cells: zeros };
    expect(y03([c, d]).flat()).toEqual([]);
  });
});
