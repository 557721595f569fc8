import { describe, expect, it } from "vitest";
import { findingsByCell } from "../../renderer/app/checks.js";
import {
  layoutVersion,
  t3Labels,
  table2,
  table3,
  table4,
} from "../../renderer/features/grid/tables.js";
import { labelRowHeight, labelSpan, layoutRows } from "../../renderer/features/grid/layout.js";
import { editOf, parseCellInput, showValue } from "../../renderer/features/grid/input.js";
import { cellTooltip } from "../../renderer/features/grid/tooltip.js";
import { leafKeys } from "../../renderer/features/grid/model.js";
import type { Finding } from "../../shared/model/finding.js";
import { auditReport } from "./audit-report.js";

const d01: Finding = {
  rule: "D01",
  severity: "error",
  code: "regulation_authority",
  params: { level: "county-gov", value: 2, cell: "t2.regulation.made" },
  cells: ["t2.regulation.made"],
  spans: [],
};

function source(id = "r1", template: "2019" | "2021" = "2019") {
  const report = auditReport(id, 11, template);
  return { report, byCell: findingsByCell([d01]), selected: "t3.new.total" };
}

describe("grid rows from a report", () => {
  it("lays out table 二 of 2019 in its five blocks with the template's labels", () => {
    const blocks = table2("2019", source());
    expect(blocks.map((b) => b.title)).toEqual([
      "第二十条第（一）项",
      "第二十条第（五）项",
      "第二十条第（六）项",
      "第二十条第（八）项",
      "第二十条第（九）项",
    ]);
    expect(blocks[0]?.columns.map((c) => c.label)).toEqual([
      "本年新制作数量",
      "本年新公开数量",
      "对外公开总数量",
    ]);
    expect(blocks[0]?.rows.map((r) => r.labels[0])).toEqual(["规章", "规范性文件"]);
    expect(blocks[1]?.rows[0]?.cells.change?.signed).toBe(true);
  });

  it("lays out table 二 of 2021 without 政府集中采购", () => {
    const blocks = table2("2021", source("r2", "2021"));
    expect(blocks).toHaveLength(4);
    expect(blocks.flatMap((b) => b.rows.map((r) => r.key))).not.toContain("procurement");
    expect(blocks[0]?.columns.map((c) => c.label)).toEqual([
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
    ]);
  });

  it("carries values, severity and sentences into the cells", () => {
    const src = source();
    const made = table2("2019", src)[0]?.rows[0]?.cells.made;
    expect(made?.id).toBe("t2.regulation.made");
    expect(made?.value).toBe(src.report.report.cells["t2.regulation.made"]?.value);
    expect(made?.severity).toBe("error");
    expect(made?.notes[0]?.text).toContain("规章");
    const total = table3("2019", src).rows[0]?.cells.total;
    expect(total?.selected).toBe(true);
  });

  it("shows a correction's value and keeps the printed one", () => {
    const src = source();
    src.report.corrections["t3.new.natural"] = {
      value: 99,
      by: "张三",
      at: "2025-03-02T09:00:00.000Z",
    };
    const c = table3("2019", src).rows[0]?.cells.natural;
    expect(c?.value).toBe(99);
    expect(c?.printed?.value).toBe(src.report.report.cells["t3.new.natural"]?.value);
    expect(cellTooltip(c!, "2019")).toContain("原值：");
    expect(cellTooltip(c!, "2019")).toContain("更正为：99（张三");
  });

  it("builds table 三 with its merged header and three label columns", () => {
    const t = table3("2021", source("r3", "2021"));
    expect(t.columns[0]?.label).toBe("申请人情况");
    expect(t.columns[0]?.children?.map((c) => c.label)).toEqual([
      "自然人",
      "法人或其他组织",
      "总计",
    ]);
    expect(leafKeys(t.columns)).toEqual([
      "natural",
      "commercial",
      "research",
      "social",
      "legal",
      "otherOrg",
      "total",
    ]);
    expect(t.rows.map((r) => r.key)).toContain("other.noFee");
    expect(t.rows).toHaveLength(25);
    expect(t3Labels("denied.secret")).toEqual([
      "三、本年度办理结果",
      "（三）不予公开",
      "1.属于国家秘密",
    ]);
    expect(t3Labels("new")).toEqual(Array(3).fill("一、本年新收政府信息公开申请数量"));
  });

  it("merges table 三's labels like the template", () => {
    const rows = table3("2019", source()).rows;
    const denied = rows.filter((r) => r.key.startsWith("denied."));
    expect(denied[0]?.mergeUp?.[1]).toBe(false);
    expect(denied.slice(1).every((r) => r.mergeUp?.[1])).toBe(true);
    expect(denied[0]?.runs?.[1]).toBe(denied.reduce((n, r) => n + (r.height ?? 0), 0));
    const granted = rows.find((r) => r.key === "granted");
    expect(granted?.mergeUp?.[0]).toBe(false);
    expect(rows.find((r) => r.key === "carryOver")?.mergeUp?.[0]).toBe(false);
    expect(rows.find((r) => r.key === "total")?.mergeUp?.[0]).toBe(true);
  });

  it("builds table 四 as one row under 行政复议 and 行政诉讼", () => {
    const t = table4(source());
    expect(t.columns.map((c) => c.label)).toEqual(["行政复议", "行政诉讼"]);
    expect(t.columns[1]?.children?.map((c) => c.label)).toEqual(["未经复议直接起诉", "复议后起诉"]);
    expect(leafKeys(t.columns)).toHaveLength(15);
    expect(t.rows[0]?.cells["suitAfterReview.total"]?.id).toBe("t4.suitAfterReview.total");
  });

  it("lays out by year when the template was not recognised", () => {
    expect(layoutVersion(null, 2022)).toBe("2021");
    expect(layoutVersion(null, 2020)).toBe("2019");
    expect(layoutVersion("2019", 2022)).toBe("2019");
  });
});

describe("label layout", () => {
  it("spans equal neighbouring labels", () => {
    expect(labelSpan(["a", "a", "a"], 0)).toBe(3);
    expect(labelSpan(["x", "b", "b"], 1)).toBe(2);
  });

  it("makes rows with long labels taller", () => {
    const short = labelRowHeight(
      ["三、本年度办理结果", "（一）予以公开", "（一）予以公开"],
      [58, 74, 168],
    );
    const long = labelRowHeight(
      [
        "三、本年度办理结果",
        "（六）其他处理",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      ],
      [58, 74, 168],
    );
    expect(short).toBe(28);
    expect(long).toBeGreaterThan(40);
  });

  it("marks runs of equal labels", () => {
    const rows = layoutRows(
      [{ labels: ["A", "x"] }, { labels: ["A", "y"] }, { labels: ["B", "y"] }],
      [50, 50],
    );
    expect(rows.map((r) => r.mergeUp)).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
    expect(rows[0]?.runs[0]).toBe(56);
    expect(rows[1]?.runs[1]).toBe(56);
  });
});

describe("cell input", () => {
  it("reads numbers the way reports print them", () => {
    expect(parseCellInput("12")).toBe(12);
    expect(parseCellInput(" +72 ")).toBe(72);
    expect(parseCellInput("－418")).toBe(-418);
    expect(parseCellInput("１２３")).toBe(123);
    expect(parseCellInput("1,234")).toBe(1234);
    expect(parseCellInput("29209.84万元")).toBe(29209.84);
    expect(parseCellInput("-0")).toBe(0);
  });

  it("reads blank as null and other text as text", () => {
    expect(parseCellInput("")).toBeNull();
    expect(parseCellInput("   ")).toBeNull();
    expect(parseCellInput(null)).toBeNull();
    expect(parseCellInput("/")).toBe("/");
    expect(parseCellInput("无")).toBe("无");
  });

  it("turns an edit back to the printed value into clearing the correction", () => {
    expect(editOf(5, 99, 5)).toBe("clear");
    expect(editOf(5, 5, 5)).toBe("none");
    expect(editOf(5, 5, 6)).toBe("set");
    expect(editOf(null, null, 0)).toBe("set");
    expect(editOf(undefined, null, 3)).toBe("set");
  });

  it("prints 本年增/减 with its sign", () => {
    expect(showValue(72, true)).toBe("+72");
    expect(showValue(-3, true)).toBe("-3");
    expect(showValue(72, false)).toBe("72");
    expect(showValue(null, true)).toBe("");
  });
});
