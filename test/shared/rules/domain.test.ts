import { describe, expect, it } from "vitest";
import type { Report } from "../../../shared/model/report.js";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { copiedRows, edit, findings } from "./edit.js";
import { findSections } from "./helpers.js";

const r19 = consistentReport(31, "2019");
const r21 = consistentReport(32, "2021");
const county = { ...r19, level: "county-gov" as const };

describe("D01 规章 authority", () => {
  const made = edit(county, {
    "t2.regulation.made": 2,
    "t2.regulation.published": 2,
    "t2.regulation.total": 0,
  });

  it("a county government with 规章: the nonzero cells", () => {
    const d01 = findings(made, "D01");
    expect(d01.map(renderMessage)).toEqual(["县级人民政府无规章制定权，表二「规章」不应为2"]);
    expect(d01[0]).toMatchObject({
      severity: "error",
      cells: ["t2.regulation.made", "t2.regulation.published"],
    });
  });

  it("provinces and 设区的市 governments may; an unknown level is info; --level overrides", () => {
    expect(findings({ ...made, level: "city-gov" }, "D01")).toEqual([]);
    expect(findings({ ...made, level: "other" }, "D01")[0]?.severity).toBe("info");
    expect(findings(made, "D01", { level: "province" })).toEqual([]);
    expect(findings({ ...made, level: "province" }, "D01", { level: "township" })).toHaveLength(1);
    const r = edit({ ...r21, level: "city-dept" }, { "t2.regulation.valid": 3 });
    expect(findings(r, "D01")[0]?.cells).toEqual(["t2.regulation.valid"]);
  });
});

describe("D02 duplicate rows", () => {
  it("2019: two rows of the same columns, at least two nonzero values", () => {
    const r = copiedRows(r19);
    expect(findings(r, "D02").map(renderMessage)).toEqual([
      "表二「行政处罚」行与「行政许可」行数据完全相同（8，+1，56）",
    ]);
    const zeros = edit(r, {
      "t2.penalty.prev": 0,
      "t2.penalty.change": 0,
      "t2.license.prev": 0,
      "t2.license.change": 0,
    });
    expect(findings(zeros, "D02")).toEqual([]);
  });

  it("2021: one-column rows from 100 on", () => {
    const r = edit(r21, { "t2.penalty.decisions": 1234, "t2.enforcement.decisions": 1234 });
    expect(findings(r, "D02").map((f) => f.cells)).toEqual([
      ["t2.enforcement.decisions", "t2.penalty.decisions"],
    ]);
    const small = edit(r21, { "t2.penalty.decisions": 99, "t2.enforcement.decisions": 99 });
    expect(findings(small, "D02")).toEqual([]);
  });

  it("table 三: leaf result rows with three nonzero applicants alike are info", () => {
    const row = (key: string) => ({
      [`t3.${key}.natural`]: 2,
      [`t3.${key}.commercial`]: 1,
      [`t3.${key}.legal`]: 1,
      [`t3.${key}.total`]: 4,
    });
    const d02 = findings(edit(r21, { ...row("denied.secret"), ...row("unable.noInfo") }), "D02");
    expect(d02.filter((f) => f.params.table === 3).map((f) => f.severity)).toEqual(["info"]);
  });
});

describe("D03 deadline", () => {
  it("county governments by 3月31日, departments by 1月31日", () => {
    const late = {
      ...county,
      published: `${(county.year ?? 0) + 1}-04-06`,
      text: `${county.text}${(county.year ?? 0) + 1}年4月6日`,
    };
    const d03 = findings(late, "D03");
    expect(d03.map(renderMessage)).toEqual([
      `报告落款日期${(county.year ?? 0) + 1}年4月6日，晚于县级政府3月31日的公布时限`,
    ]);
    expect(d03[0]?.spans[0]?.[1]).toBe(late.text.length);
    const march = { ...county, published: `${(county.year ?? 0) + 1}-03-20` };
    expect(findings(march, "D03")).toEqual([]);
    expect(findings({ ...march, level: "county-dept" }, "D03")[0]?.severity).toBe("warning");
    expect(findings(march, "D03", { level: "township" })).toHaveLength(1);
    expect(findings({ ...march, level: "other" }, "D03")[0]?.severity).toBe("info");
  });

  it("no date found: info", () => {
    const d03 = findings({ ...county, published: null }, "D03");
    expect(d03.map((f) => [f.severity, renderMessage(f)])).toEqual([
      [
        "info",
        `未找到报告落款日期，无法核对公布时限（应不晚于${(county.year ?? 0) + 1}年3月31日）`,
      ],
    ]);
  });
});

function withText(r: Report, text: string): Report {
  return { ...r, text, sections: findSections(text) };
}

describe("D04 statistical period", () => {
  it("a period naming another year", () => {
    const r = withText(
      { ...r19, year: 2020 },
      "一、总体情况\n本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n",
    );
    expect(findings(r, "D04").map(renderMessage)).toEqual([
      "正文统计期限为2019年，与报告年度2020年不一致",
    ]);
    const ok = withText({ ...r19, year: 2020 }, "报告所列数据的统计期限为2020年1月1日至12月31日。");
    expect(findings(ok, "D04")).toEqual([]);
  });

  it("section 一 opening with another year", () => {
    const r = withText({ ...r19, year: 2020 }, "一、总体情况\n2019年，我县认真贯彻落实条例。\n");
    expect(findings(r, "D04").map(renderMessage)).toEqual([
      "正文所述年度为2019年，与报告年度2020年不一致",
    ]);
    expect(
      findings(
        withText({ ...r19, year: 2020 }, "一、总体情况\n2020年我局严格按照条例规定。\n"),
        "D04",
      ),
    ).toEqual([]);
  });
});

describe("D05, D06 sections 五 and 六", () => {
  const five = "五、存在的主要问题及改进情况\n";
  const six = "六、其他需要报告的事项\n";
  const long =
    "存在的主要问题是政策解读形式单一，改进措施是完善公开目录、丰富解读形式、加强队伍建设和业务培训，推动工作提质增效。\n";

  it("D05: the 2021 template must state 信息处理费", () => {
    const r = withText(r21, `${five}${long}${six}本年度无其他需要报告的事项。\n`);
    expect(findings(r, "D05").map(renderMessage)).toEqual(["第六部分未说明信息处理费收取情况"]);
    expect(
      findings(withText(r21, `${five}${long}${six}本年度未收取信息处理费。\n`), "D05"),
    ).toEqual([]);
    expect(findings(withText(r19, `${five}${long}${six}无。\n`), "D05")).toEqual([]);
  });

  it("D06: empty, only 无, or shorter than 40 Chinese characters", () => {
    const of = (body: string) =>
      findings(withText(r21, `${five}${body}${six}未收取信息处理费。`), "D06");
    expect(of("").map(renderMessage)).toEqual(["第五部分「存在的主要问题及改进情况」内容空缺"]);
    expect(of("无。\n").map(renderMessage)).toEqual([
      "第五部分「存在的主要问题及改进情况」仅填写「无」",
    ]);
    expect(of("工作还有不足，明年继续改进。\n").map(renderMessage)).toEqual([
      "第五部分「存在的主要问题及改进情况」内容过短（12个汉字，应不少于40个）",
    ]);
    expect(of(long)).toEqual([]);
  });

  it("D06: the template's instruction left in place; info on a blank form", () => {
    const text = `${five}（文字描述）\n${six}（文字描述，收取信息处理费情况在此处报告。）`;
    const [filled] = findings(withText(r21, text), "D06");
    expect(filled && renderMessage(filled)).toBe(
      "第五部分「存在的主要问题及改进情况」仍为模板提示文字「（文字描述）」，未填写内容",
    );
    expect(filled?.severity).toBe("warning");
    const blank = Object.fromEntries(Object.keys(r21.cells).map((id) => [id, null]));
    const [form] = findings(withText(edit(r21, blank), text), "D06");
    expect(form).toMatchObject({ code: "section_placeholder", severity: "info" });
    expect(findings(withText(r21, `${five}（无）\n${six}`), "D06")[0]?.code).toBe("section_none");
  });
});
