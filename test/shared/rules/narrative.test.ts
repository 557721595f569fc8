import { describe, expect, it } from "vitest";
import { renderMessage } from "../../../shared/messages/zh-CN.js";
import { parseNumber } from "../../../shared/text/numerals.js";
import { consistentReport } from "../../gen/consistent-report.js";
import { edit, findings } from "./edit.js";

const base = edit(consistentReport(41, "2021"), {
  "t3.new.total": 14,
  "t3.carried.total": 3,
  "t3.total.total": 13,
  "t3.granted.total": 9,
  "t4.review.total": 2,
  "t4.suitDirect.total": 1,
  "t4.suitAfterReview.total": 0,
});
const year = base.year ?? 0;
const said = (text: string) => findings({ ...base, text }, "N01");

describe("N01 numbers in the text against the tables", () => {
  it("received, handled, granted, review and suit figures", () => {
    expect(said("全年共收到政府信息公开申请15件。").map(renderMessage)).toEqual([
      "正文称「收到政府信息公开申请15件」，表三新收申请总计为14",
    ]);
    expect(said("本年度受理依申请公开十五件，办理答复申请12件。").map((f) => f.cells)).toEqual([
      ["t3.new.total"],
      ["t3.total.total"],
    ]);
    expect(said("其中予以公开8件。").map((f) => f.cells)).toEqual([["t3.granted.total"]]);
    expect(said("因政府信息公开被申请行政复议3件，被提起行政诉讼2起。").map(renderMessage)).toEqual(
      ["正文称「行政复议3件」，表四行政复议总计为2", "正文称「行政诉讼2起」，表四行政诉讼总计为1"],
    );
    expect(
      said("本年度未发生因政府信息公开引起的行政复议、行政诉讼。").map((f) => f.params.target),
    ).toEqual(["review", "suit"]);
  });

  it("accepts the figures as printed, and the readings rules.md allows", () => {
    const ok = [
      "全年共收到政府信息公开申请十四件，上年结转1件，办结13件，结转下年度继续办理2件。",
      "共收到依申请公开17件，均已办结。",
      "本年度共办理政府信息公开申请14件。",
      "被申请行政复议二件，被提起行政诉讼1件。",
      "其中予以公开9件，部分公开2件。",
    ];
    for (const t of ok) expect(said(t), t).toEqual([]);
  });

  it("a total received with the carried is no mismatch unless the carried is stated apart", () => {
    // new 14 + carried 3 = 17; 结转下一年 is the carry-out, not the carried-in.
    expect(
      said(
        "全年共受理政府信息公开申请17件，其中自然人申请15件，法人2件；共办理13件，结转下一年4件。",
      ),
    ).toEqual([]);
    expect(
      said("全年共受理政府信息公开申请17件，上年结转3件。").map((f) => f.params.stated),
    ).toEqual([17]);
  });

  it("does not read unrelated sentences", () => {
    const unrelated = [
      `${year - 1}年收到政府信息公开申请30件。`,
      "收到申请数量较上年增长20件。",
      "全年共收到网民留言50件，办理群众来信8件。",
      "收到政府信息公开申请20余件。",
      "一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t15",
      "| 收到政府信息公开申请 | 15件 |",
      "杜绝因工作不到位引发的行政复议或行政诉讼。",
      "结转下年度继续办理5件。",
    ];
    for (const t of unrelated) expect(said(t), t).toEqual([]);
  });

  it("points at the sentence and the table cell", () => {
    const text = "概述。全年共收到政府信息公开申请15件。";
    const [f] = said(text);
    expect(f?.spans[0]).toEqual([text.indexOf("收到"), text.indexOf("件") + 1]);
    expect(f?.spans[1]).toEqual(base.cells["t3.new.total"]?.span);
  });

  it("skips a table the report lacks or a blank total", () => {
    expect(
      findings({ ...edit(base, { "t3.new.total": null }), text: "收到申请15件。" }, "N01"),
    ).toEqual([]);
  });
});

describe("N02 enumerations", () => {
  const enumerated = (text: string) => findings({ ...base, text }, "N02");

  it("the sample of 004: 共152余条 against 80+41+30余", () => {
    const text =
      "2020年我局共主动公开政务信息152余条，较上年增长33%。其中政府网站公开信息80条，政务新媒体公开信息41条，其他方式公开信息30余条。";
    const n02 = enumerated(text);
    expect(n02.map(renderMessage)).toEqual(["正文「共152余条」与分项之和151（80+41+30）不一致"]);
    expect(n02[0]?.spans).toEqual([[text.indexOf("共"), text.length]]);
  });

  it("a clause opening with a total of its own ends the breakdown", () => {
    const text = "全年共受理申请749件，其中自然人申请741件，法人8件；共办理718件，结转下一年31件。";
    expect(findings({ ...base, text }, "N02")).toEqual([]);
    const wrong =
      "全年共受理申请749件，其中自然人申请740件，法人8件；共办理718件，结转下一年31件。";
    expect(findings({ ...base, text: wrong }, "N02").map((f) => f.params.sum)).toEqual([748]);
  });

  it("as pdftotext prints it, a space around each number (共 152 余条)", () => {
    const text =
      "2020 年我局共主动公开政务信息 152 余条，较上年增长 33%。其中政府网站公\n开信息 80 条，政务新媒体公开信息 41 条，其他方式公开信息 30 余条。";
    const n02 = enumerated(text);
    expect(n02.map(renderMessage)).toEqual(["正文「共152余条」与分项之和151（80+41+30）不一致"]);
    expect(n02[0]?.spans).toEqual([[text.indexOf("共"), text.length]]);
    const holds = "全年共发布信息 151 余条，其中网站 80 条，微信 41 条，其他 30 余条。";
    expect(enumerated(holds)).toEqual([]);
  });

  it("in one sentence, with Chinese numerals and 万", () => {
    expect(
      enumerated(
        "全年共主动公开政府信息4625条，其中通过政府网站发布2012条，通过政务新媒体发布2513条。",
      ),
    ).toHaveLength(1);
    expect(enumerated("合计发布信息三十条，其中网站十二条、微信十九条。")[0]?.params).toMatchObject(
      { stated: 30, sum: 31 },
    );
    expect(enumerated("累计发布2万条，其中网站1.2万条，微信0.9万条。")[0]?.params).toMatchObject({
      stated: 20000,
      sum: 21000,
    });
  });

  it("does not fire on sums that hold, selections, or a 其中 of another figure", () => {
    const quiet = [
      "全年共主动公开政府信息957条，其中通过政府网站发布300条，通过政务新媒体发布657条。",
      "全年共收到申请46件，上年结转2件，办结40件，其中予以公开27件，结转下年度继续办理5件。",
      "截至12月底，累计更新3095条。其中，人事任免信息3条；部门重要事项55条；意见征集400条。",
      "共发布信息100条，其中网站60条，较上年增加20条，微信40条。",
      "共发布信息100条，占比35%，其中2020年发布。",
    ];
    for (const t of quiet) expect(enumerated(t), t).toEqual([]);
  });
});

describe("lines wrapped by a pdf", () => {
  it("are read as one sentence, with spans in the original text", () => {
    const text =
      "（二）主动公开\n2020年我局共主动公开政务信息152余条，较上年增长33%。其中政府网站公\n开信息80条，政务新媒体公开信息41条，其他方式公开信息30余条。\n（三）依申请公开\n";
    const [n02] = findings({ ...base, text }, "N02");
    expect(n02?.params).toMatchObject({ stated: 152, sum: 151 });
    expect(n02?.spans).toEqual([[text.indexOf("共"), text.indexOf("30余条。") + 5]]);
    const wrapped = "依申请公开方面，本机关全年共收到政府信息公开申\n请15件，均已按时答复。";
    const [n01] = findings({ ...base, text: wrapped }, "N01");
    expect(n01?.spans[0]).toEqual([wrapped.indexOf("收到"), wrapped.indexOf("件") + 1]);
  });

  it("but headings, items and blank lines end a paragraph", () => {
    const text =
      "全年共主动公开政府信息100条，其中网站发布六十条\n\n（一）政务新媒体发布30条，微信10条。";
    expect(findings({ ...base, text }, "N02")).toEqual([]);
  });
});

describe("numbers as the text prints them", () => {
  it("digits, full-width digits, Chinese numerals", () => {
    const cases: [string, number][] = [
      ["15", 15],
      ["１５", 15],
      ["十五", 15],
      ["二十", 20],
      ["一百零五", 105],
      ["两千三百", 2300],
      ["3万", 30000],
      ["二〇二一", 2021],
    ];
    for (const [s, n] of cases) expect(parseNumber(s), s).toBe(n);
    expect(parseNumber("若干")).toBeNull();
  });
});
