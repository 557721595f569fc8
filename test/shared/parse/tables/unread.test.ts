import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../../electron/node/adapters/docx.js";
import type { DocxContent } from "../../../../shared/parse/docx/content.js";
import { docxDocument } from "../../../../shared/parse/docx/rows.js";
import { readReport } from "../../../../shared/parse/report.js";
import type { Report, TemplateVersion } from "../../../../shared/model/report.js";
import type { Finding } from "../../../../shared/model/finding.js";
import { renderMessage } from "../../../../shared/messages/zh-CN.js";
import { checkReport } from "../../../../shared/rules/index.js";
import { T3_COLUMNS } from "../../../../shared/templates/table3.js";
import {
  renderVariant,
  relabel,
  t2WithoutColumn,
  t4ByGroup,
  t4Without,
  withoutColumn,
  withoutRow,
} from "../../../gen/variants.js";
import { readText } from "../../../support/read-text.js";

const fixture = (name: string) => new URL(`../../../fixtures/${name}`, import.meta.url);
const SAMPLE = "corpus/002_6e005d299800cb62.txt";
const LABELS = JSON.parse(readFileSync(fixture(`${SAMPLE}.expected.json`), "utf8")) as {
  cells: Record<string, number | null>;
};

const read = readText;

const sample = readFileSync(fixture(SAMPLE), "utf8");
/** The sample without its lines holding `label`. */
const without = (label: string) =>
  read(
    sample
      .split("\n")
      .filter((l) => !l.includes(label))
      .join("\n"),
  );
const naming = (fs: Finding[], id: string) => fs.filter((f) => f.cells.includes(id));
const s10 = (r: Report) => checkReport(r).filter((f) => f.rule === "S10");

describe("rows the reader cannot find are said, and stay unknown", () => {
  it("a row of table 三 removed: S10 names it, its cells are absent, no C01 or A rule on them", () => {
    const r = without("4.保护第三方合法权益");
    const ids = T3_COLUMNS.map((c) => `t3.denied.thirdParty.${c.key}`);
    for (const id of ids) expect(id in r.cells, id).toBe(false);
    const [f, ...more] = s10(r);
    expect(more).toEqual([]);
    expect(f?.severity).toBe("warning");
    expect(f?.cells).toEqual(ids);
    expect(f && renderMessage(f)).toBe(
      "表三未能读取「（三）不予公开 4.保护第三方合法权益」行（7个单元格），已按未知处理（不作空白），相关核对未进行，请对照原文",
    );
    const findings = checkReport(r);
    expect(naming(findings, "t3.denied.thirdParty.total").map((x) => x.rule)).toEqual(["S10"]);
    // The rest of the table still reads as the sample labels it.
    for (const [id, v] of Object.entries(LABELS.cells))
      if (!ids.includes(id)) expect(r.cells[id]?.value, id).toEqual(v);
  });

  it("rows of table 二 and a group of table 四", () => {
    const t2 = s10(without("行政强制"));
    expect(t2.map(renderMessage)).toEqual([
      "表二未能读取「行政强制」行（1个单元格），已按未知处理（不作空白），相关核对未进行，请对照原文",
    ]);
    expect(t2[0]?.cells).toEqual(["t2.enforcement.decisions"]);
    const spec = {
      title: "青石县人民政府2021年政府信息公开工作年度报告",
      template: "2021" as const,
    };
    const byGroup = t4ByGroup(LABELS.cells);
    const text = (t4: () => string[][]) =>
      renderVariant({ ...spec, cells: LABELS.cells }, { layout: "tabs" }, { t4 });
    const whole = read(text(byGroup));
    expect(whole.cells["t4.suitAfterReview.total"]?.value).toBe(
      LABELS.cells["t4.suitAfterReview.total"],
    );
    expect(s10(whole)).toEqual([]);
    const cut = read(text(() => withoutRow("复议后起诉")(byGroup())));
    expect(s10(cut).map(renderMessage)).toEqual([
      "表四未能读取「复议后起诉」栏（5个单元格），已按未知处理（不作空白），相关核对未进行，请对照原文",
    ]);
    expect("t4.suitAfterReview.total" in cut.cells).toBe(false);
    expect(cut.cells["t4.review.total"]?.value).toBe(LABELS.cells["t4.review.total"]);
  });

  it("a clean sample has no S10", () => {
    expect(s10(read(sample))).toEqual([]);
  });
});

describe("columns of table 三", () => {
  const spec = {
    title: "青石县人民政府2021年政府信息公开工作年度报告",
    template: "2021" as TemplateVersion,
    cells: LABELS.cells,
  };

  for (const layout of ["tabs", "pipes", "cells"] as const)
    it(`a column left out of the table is unread, the others not shifted (${layout})`, () => {
      const r = read(renderVariant(spec, { layout }, { t3: withoutColumn("科研机构") }));
      const gone = Object.keys(LABELS.cells).filter((id) => /^t3\..*\.research$/.test(id));
      for (const id of gone) expect(id in r.cells, id).toBe(false);
      for (const [id, v] of Object.entries(LABELS.cells))
        if (id.startsWith("t3.") && !gone.includes(id)) expect(r.cells[id]?.value, id).toEqual(v);
      const [f] = s10(r);
      expect(f?.params).toMatchObject({ table: 3, part: "columns", keys: ["research"] });
      expect(f && renderMessage(f)).toMatch(/^表三未能读取「科研机构」列（25个单元格）/);
      expect(
        checkReport(r).filter((x) => x.rule === "C01" && x.cells.some((c) => gone.includes(c))),
      ).toEqual([]);
    });

  it("a garbled column head over seven printed columns: the cells read, the head is S06", () => {
    const r = read(
      renderVariant(spec, { layout: "tabs" }, { t3: relabel("科研机构", "科研单位XX") }),
    );
    for (const [id, v] of Object.entries(LABELS.cells)) expect(r.cells[id]?.value, id).toEqual(v);
    const s06 = checkReport(r).filter((f) => f.rule === "S06");
    expect(s06.map(renderMessage)).toContain("表三列标签「科研单位XX」与模板「科研机构」不一致");
    expect(s10(r)).toEqual([]);
  });
});

describe("columns of table 二", () => {
  const spec = { title: "青石县人民政府2021年政府信息公开工作年度报告", template: "2021" as const };
  const t2 = (change: (rows: string[][]) => string[][]) =>
    read(renderVariant({ ...spec, cells: LABELS.cells }, { layout: "tabs" }, { t2: change }));

  it("a column left out of a block is unread, its neighbours in place", () => {
    const r = t2(t2WithoutColumn("本年废止件数"));
    const gone = ["t2.regulation.repealed", "t2.normative.repealed"];
    for (const [id, v] of Object.entries(LABELS.cells))
      if (gone.includes(id)) expect(id in r.cells, id).toBe(false);
      else if (id.startsWith("t2.")) expect(r.cells[id]?.value, id).toEqual(v);
    expect(s10(r).map((f) => f.cells)).toEqual([gone]);
    expect(checkReport(r).filter((f) => f.rule === "S06")).toEqual([]);
  });

  it("a garbled head over all printed values: read, and S06 names the head", () => {
    const r = t2(relabel("本年废止件数", "本年XX数"));
    for (const [id, v] of Object.entries(LABELS.cells))
      if (id.startsWith("t2.")) expect(r.cells[id]?.value, id).toEqual(v);
    expect(
      checkReport(r)
        .filter((f) => f.rule === "S06")
        .map(renderMessage),
    ).toEqual(["表二列标签「本年XX数」与模板「本年废止件数」不一致"]);
  });
});

describe("columns and groups of table 四", () => {
  const spec = { title: "青石县人民政府2021年政府信息公开工作年度报告", template: "2021" as const };
  const t4 = (drop: { groups?: string[]; columns?: string[] }) =>
    read(
      renderVariant(
        { ...spec, cells: LABELS.cells },
        { layout: "tabs" },
        { t4: t4Without(LABELS.cells, drop) },
      ),
    );
  const t4Labels = Object.entries(LABELS.cells).filter(([id]) => id.startsWith("t4."));

  it("a column left out of each group is unread, the others in place", () => {
    const r = t4({ columns: ["其他结果"] });
    for (const [id, v] of t4Labels)
      if (id.endsWith(".other")) expect(id in r.cells, id).toBe(false);
      else expect(r.cells[id]?.value, id).toEqual(v);
    expect(s10(r).map((f) => [f.params.part, f.params.keys])).toEqual([["columns", ["other"]]]);
  });

  it("a group left out is unread", () => {
    const r = t4({ groups: ["复议后起诉"] });
    for (const [id, v] of t4Labels)
      if (id.startsWith("t4.suitAfterReview.")) expect(id in r.cells, id).toBe(false);
      else expect(r.cells[id]?.value, id).toEqual(v);
    expect(s10(r).map(renderMessage)).toEqual([
      "表四未能读取「复议后起诉」栏（5个单元格），已按未知处理（不作空白），相关核对未进行，请对照原文",
    ]);
  });
});

describe("a Word table with a row cut out", () => {
  it("S10 names the row; the other cells read as labelled", async () => {
    const path = fixture("corpus/001_8a851489e2403959.docx");
    const content = await readDocx(readFileSync(path));
    if ("code" in content) throw new Error(content.message);
    const cut: DocxContent = {
      blocks: content.blocks.map((b) =>
        b.kind === "table"
          ? { ...b, rows: b.rows.filter((r) => !r.some((c) => c.text.includes("重复申请"))) }
          : b,
      ),
    };
    const res = readReport(docxDocument(cut));
    if (!res.ok) throw new Error(res.error.message);
    const [f] = s10(res.report);
    expect(f?.params).toMatchObject({ table: 3, part: "rows", keys: ["t3.notHandled.repeat"] });
    expect("t3.notHandled.repeat.total" in res.report.cells).toBe(false);
  });
});
