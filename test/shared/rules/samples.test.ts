import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../shared/model/finding.js";
import { MESSAGE_CODES } from "../../../shared/messages/zh-CN.js";
import { checkReport } from "../../../shared/rules/index.js";
import { FIXTURES, fromExpected, readExpected } from "./helpers.js";

/** The labelled samples whose findings the rules decide alone (S06 needs the parser's labels). */
const LABELLED = ["corpus", "examples"].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => `${dir}/${f}`),
);

/** A finding matches when its rule is equal and it names one of the listed cells (score.mjs). */
const hits = (e: { rule: string; cells: string[] }, got: Finding[]) =>
  got.some(
    (f) => f.rule === e.rule && (!e.cells.length || f.cells.some((c) => e.cells.includes(c))),
  );

describe("reports built from the labelled samples", () => {
  for (const path of LABELLED) {
    const e = readExpected(path);
    const hasText = path.endsWith(".txt.expected.json") || path.startsWith("corpus/");
    // Without the text (docx/pdf examples) only the table rules can be judged.
    const judged = e.expected.filter(
      (x) => x.rule !== "S06" && (hasText || (/^[ACD0]/.test(x.rule) && x.rule !== "D03")),
    );
    it(`${path}: ${judged.map((x) => x.rule).join(" ") || "no finding"}`, () => {
      const got = checkReport(fromExpected(path));
      for (const x of judged) expect(hits(x, got), `${x.rule} ${x.cells.join("+")}`).toBe(true);
      const expectedA = e.expected.filter((x) => x.rule.startsWith("A"));
      const arithmetic = got.filter((f) => f.rule.startsWith("A") && f.severity === "error");
      if (!expectedA.length) expect(arithmetic.map((f) => f.rule)).toEqual([]);
      else for (const f of arithmetic) expect(f.cells[0]).toBe(expectedA[0]?.cells[0]);
    });
  }
});

describe("sample findings in detail", () => {
  const find = (path: string, rule: string) =>
    checkReport(fromExpected(path)).filter((f) => f.rule === rule);

  it("000: 行政强制 repeats 其他对外管理服务事项, the copy named first", () => {
    const [d02] = find("corpus/000_717827ae4ea6615a.txt.expected.json", "D02");
    expect(d02?.params).toMatchObject({
      table: 2,
      rows: ["enforcement", "otherService"],
      values: [8, 1, 56],
    });
    expect(d02?.cells.slice(0, 3)).toEqual([
      "t2.enforcement.prev",
      "t2.enforcement.change",
      "t2.enforcement.decisions",
    ]);
  });

  it("001: one C01 for the blank 办理结果 rows, D01 on the 规章 cells", () => {
    const path = "corpus/001_8a851489e2403959.txt.expected.json";
    const c01 = find(path, "C01");
    expect(c01).toHaveLength(1);
    expect(c01[0]?.cells).toHaveLength(20 * 7);
    expect(find(path, "D01")[0]?.cells).toEqual([
      "t2.regulation.made",
      "t2.regulation.published",
      "t2.regulation.total",
    ]);
  });

  it("003: results filled in 合计 only, and 结转下年 apart", () => {
    const c01 = find("corpus/003_a167b1e233f24ae1.txt.expected.json", "C01");
    expect(c01.map((f) => f.cells.length)).toEqual([20 * 6, 5]);
  });

  it("every finding of every sample has a sentence", () => {
    for (const path of LABELLED)
      for (const f of checkReport(fromExpected(path)))
        expect(MESSAGE_CODES, `${path} ${f.rule}`).toContain(f.code);
  });

  it("the five samples' own texts give no N01 and only 004's N02", () => {
    const corpus = LABELLED.filter((p) => p.startsWith("corpus/") && p.includes(".txt."));
    const n = corpus.map((p) => find(p, "N01").length + find(p, "N02").length);
    expect(n).toEqual([0, 0, 0, 0, 1]);
  });
});
