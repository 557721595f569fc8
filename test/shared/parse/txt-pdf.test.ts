import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { labelKey } from "../../../shared/text/normalize.js";
import type { Report } from "../../../shared/model/report.js";
import { oneTokenPerLine } from "../../gen/pdf-copy.js";
import { checkReport } from "../../../shared/rules/index.js";
import { unreadCells } from "../../../shared/rules/kit/unread.js";
import { readText } from "../../support/read-text.js";

// Text taken out of PDFs (README in the folder): pdftotext -layout of the corpus, example and
// real PDFs and of LibreOffice renderings of Word tables, pdftotext -raw (content order), plain
// pdftotext, each labelled with the cells of the document it was made from.
const dir = "test/fixtures/txt-pdf";

interface Labelled {
  agency: string;
  year: number;
  cells: Record<string, number | string | null>;
  /** Words the report itself misprints (real S06 findings); any other deviation is a misreading. */
  misprinted: string[];
}

const label = (f: string) =>
  JSON.parse(readFileSync(join(dir, `${f}.expected.json`), "utf8")) as Labelled;
const files = (suffix: string) =>
  readdirSync(dir).filter((f) => f.endsWith(suffix) && !f.endsWith(".json"));

const read = readText;

function expectCells(r: Report, want: Labelled["cells"], ids = Object.keys(want)) {
  expect(Object.fromEntries(ids.map((id) => [id, r.cells[id]?.value]))).toEqual(
    Object.fromEntries(ids.map((id) => [id, want[id]])),
  );
}

/**
 * pdftotext -layout: every cell read is the labelled value; a cell not read is one whose column
 * the text cannot tell (a row printing fewer numbers than columns on a page whose lines do not
 * place its blanks, the merged-cell rule being a guess there), and S10 names it.
 */
function expectCellsOrUnread(r: Report, want: Labelled["cells"]) {
  const read = Object.keys(want).filter((id) => id in r.cells);
  expectCells(r, want, read);
  const named = new Set(unreadCells(r).flatMap((u) => u.cells));
  expect(Object.keys(want).filter((id) => !(id in r.cells) && !named.has(id))).toEqual([]);
}

/** Every printed value keeps the span it was read from. */
function expectSpans(r: Report) {
  for (const [id, c] of Object.entries(r.cells))
    if (c.text) expect(r.text.slice(c.span[0], c.span[1]), id).toBe(c.text);
}

/**
 * The report's own misprints are found (S06), and no other label deviation: none comes from a
 * label read in pieces.
 */
function expectLabels(r: Report, misprinted: string[]) {
  const keys = misprinted.map(labelKey);
  const misread = r.labels.filter((l) => !keys.some((k) => labelKey(l.printed).includes(k)));
  expect(misread.map((l) => l.printed)).toEqual([]);
  const missed = keys.filter((k) => !r.labels.some((l) => labelKey(l.printed).includes(k)));
  expect(missed).toEqual([]);
}

// Sample 003's rows that print only their total, one a line (one beside a group label's second
// line), and its total row over the carry-out row are rows with blanks, not one tall row's
// fragments: a Chrome print's tall row sets its values on several lines, never two in one column.
describe("pdftotext -layout: columns aligned with spaces", () => {
  for (const f of files(".layout.txt"))
    it(f, () => {
      const want = label(f);
      const text = readFileSync(join(dir, f), "utf8");
      for (const t of [text, text.replace(/\f/g, "")]) {
        const r = read(t);
        // As pdftotext makes it, every cell reads; without its form feeds, pages spaced apart
        // one way each may leave a short row's columns unproven (unread, S10).
        if (t === text) expectCells(r, want.cells);
        else expectCellsOrUnread(r, want.cells);
        expectSpans(r);
        expectLabels(r, want.misprinted);
        expect(r.agency).toBe(want.agency);
        expect(r.year).toBe(want.year);
      }
    });
});

it("-layout: rows printing only their total under numbered labels, one a line, read that total", () => {
  const f = "003.layout.txt";
  const want = label(f);
  const r = read(readFileSync(join(dir, f), "utf8"));
  const totals = Object.keys(want.cells).filter((id) => /^t3\.denied\..*\.total$/u.test(id));
  expect(totals).toHaveLength(8);
  expectCells(r, want.cells, totals);
});

describe("a PDF's text in content order (pdftotext -raw, one space between cells)", () => {
  for (const f of files(".content.txt"))
    it(f, () => {
      const want = label(f);
      const r = read(readFileSync(join(dir, f), "utf8"));
      expectCells(r, want.cells);
      expectSpans(r);
      expectLabels(r, want.misprinted);
    });
});

describe("a PDF viewer's copy: one token per line, labels and numbers apart", () => {
  for (const f of files(".content.txt"))
    it(f, () => {
      const want = label(f);
      const r = read(oneTokenPerLine(readFileSync(join(dir, f), "utf8")));
      expectCells(r, want.cells);
      expectSpans(r);
      expectLabels(r, want.misprinted);
    });
});

describe("plain pdftotext: every cell a paragraph, empty lines between", () => {
  // A row's label printed after the rest of table 三 (四、结转下年度继续办理, 3.其他) with its values
  // after the row above's (000, e011), a label wrapped round its values (002), table 四 column by
  // column: every cell. 001-word and 003 scatter the values of （七）总计 and 四、结转… among the group
  // labels: those two rows are left out here.
  // haszf2024 (three rows' labels late, values of five rows after 4.无正当理由…) prints table 四
  // in an order its heads do not give: that table is left out here (see below).
  const scattered = /^(001|003)/;
  const kept = (f: string) => (id: string) =>
    (!scattered.test(f) || !/^t3\.(total|carryOver)\./.test(id)) &&
    (!f.startsWith("haszf") || !id.startsWith("t4."));
  const office = /^(wps|word|bottom)-/;
  for (const f of files(".plain.txt").filter((f) => !office.test(f)))
    it(f, () => {
      const want = label(f);
      const r = read(readFileSync(join(dir, f), "utf8"));
      expectCells(r, want.cells, Object.keys(want.cells).filter(kept(f)));
      expectSpans(r);
    });
});

describe("plain pdftotext: poppler's blocks (a column's values of several rows in one block)", () => {
  // hzq2023/2024 (WPS export): table 三's single-line rows print a column's values as one block,
  // seven blocks side by side, the rows' labels after them; table 二 a value before its label.
  // The office families (wps-, word-, bottom-) print most of it out of any order the labels
  // give: what is read must be right, the rest unread, never a value in a wrong cell.
  for (const f of files(".plain.txt"))
    it(`${f}: no cell read wrong`, () => {
      const want = label(f);
      const r = read(readFileSync(join(dir, f), "utf8"));
      const wrong = Object.keys(want.cells).filter(
        (id) => id in r.cells && r.cells[id]?.value !== want.cells[id],
      );
      // Amounts the PDF prints shorter than the source (29209.8 for 29209.84) are the PDF's.
      expect(wrong.filter((id) => !/amount$/.test(id))).toEqual([]);
      expectSpans(r);
    });
  it("the real reports read whole, with the findings their PDFs deserve and no other", () => {
    const deserved: Record<string, string[]> = {
      "hzq2023.plain.txt": ["A04", "A04", "S06"],
      "hzq2024.plain.txt": ["N01", "S06"],
    };
    for (const [f, rules] of Object.entries(deserved)) {
      const r = read(readFileSync(join(dir, f), "utf8"));
      expectCells(r, label(f).cells);
      const alarms = checkReport(r).filter((x) => x.severity !== "info");
      expect(alarms.map((x) => x.rule).sort(), f).toEqual(rules);
    }
  });
  it("haszf2024's table 四, printed in an order its heads do not give: found, its cells unread (S10)", () => {
    const r = read(readFileSync(join(dir, "haszf2024.plain.txt"), "utf8"));
    expect(r.tables[4]).toBe(true);
    expect(
      unreadCells(r)
        .filter((u) => u.table === 4)
        .flatMap((u) => u.cells),
    ).toHaveLength(15);
    const rules = checkReport(r)
      .filter((x) => x.severity !== "info")
      .map((x) => x.rule);
    expect(rules).toEqual(["S10"]);
  });
  it("a block of one column's values whose count fits no rows leaves those rows unread", () => {
    // One value of the block of ten (secret … needCreate, 自然人) taken out: that run of values
    // (（二）部分公开's and the seven blocks after them) no longer fits, and none of its rows is
    // read; the rows before and after it (the next page's too) still are.
    const text = readFileSync(join(dir, "hzq2023.plain.txt"), "utf8");
    const cut = text.replace(
      /\n1\n0\n0\n0\n0\n1\n1\n0\n10\n3\n\n/,
      "\n1\n0\n0\n0\n1\n1\n0\n10\n3\n\n",
    );
    expect(cut).not.toBe(text);
    const r = read(cut);
    const want = label("hzq2023.plain.txt").cells;
    const t3 = Object.keys(r.cells).filter((id) => id.startsWith("t3."));
    const lost = /^t3\.(partial|denied\.\w+|unable\.(noInfo|needCreate))\./;
    expect(t3.filter((id) => lost.test(id))).toEqual([]);
    expectCells(r, want, t3);
    const kept = Object.keys(want).filter((id) =>
      /^t3\.(new|carried|granted|total|carryOver)\./.test(id),
    );
    expectCells(r, want, kept);
  });
});

describe("plain pdftotext: a label wrapped round two runs of values", () => {
  it("the runs take the template's rows in order, alike or not", () => {
    // 2.申请人逾期…缴纳费 / its values / 用、行政机关…申请 / the values of 3.其他 (its label printed
    // after the table): the values come in the rows' order, whatever the labels' places.
    const text = readFileSync(join(dir, "002.plain.txt"), "utf8");
    const cut = text.replace(/(用、行政机关不再处理其政府信息公开申\n+请\n+)0/, "$15");
    expect(cut).not.toBe(text);
    const r = read(cut);
    expect(r.cells["t3.other.noFee.natural"]?.value).toBe(0);
    expect(r.cells["t3.other.other.natural"]?.value).toBe(5);
    expect(r.cells["t3.total.natural"]?.value).toBe(14);
  });
});

describe("plain pdftotext: table 四 column by column", () => {
  // Heads then values, run after run, heads of neighbouring columns interleaved line by line,
  // group names a character a line (bottom-2019), the table's last cells after the next
  // section or at the end of its page (e011, 003), a misprinted head (003: 结果维护).
  const t4 = (r: Report) => Object.keys(r.cells).filter((id) => id.startsWith("t4."));
  // word-2021 prints most cells one character a line, blank lines not parting them: another shape.
  for (const f of files(".plain.txt").filter((f) => !f.startsWith("word-2021")))
    it(f, () => {
      const want = label(f);
      const r = read(readFileSync(join(dir, f), "utf8"));
      // haszf2024 prints the first four values of 行政复议, then those of 复议后起诉 under
      // 未经复议直接起诉's heads: no run fits its heads, so nothing is placed (never guessed).
      const ids = f.startsWith("haszf")
        ? []
        : Object.keys(want.cells).filter((id) => id.startsWith("t4."));
      expect(t4(r)).toEqual(ids);
      expectCells(r, want.cells, ids);
      expectSpans(r);
    });
  it("a head misprinted in every group (结果维护) still places its columns, and is named", () => {
    const text = readFileSync(join(dir, "e011.plain.txt"), "utf8");
    const at = text.indexOf("四、政府信息公开行政复议");
    const cut = text.slice(0, at) + text.slice(at).replace(/^持$/gm, "护");
    expect(cut).not.toBe(text);
    const r = read(cut);
    const want = label("e011.plain.txt").cells;
    expectCells(
      r,
      want,
      Object.keys(want).filter((id) => id.startsWith("t4.")),
    );
    const t4Labels = r.labels.filter((l) => l.table === 4).map((l) => l.printed);
    expect(t4Labels).toEqual(["结果维护", "结果维护", "结果维护"]);
  });

  it("a head that does not fit its values leaves the columns from there unread (S10)", () => {
    const text = readFileSync(join(dir, "e011.plain.txt"), "utf8");
    // One value of 未经复议直接起诉's 结果纠正 and 其他结果 left out: from there, nothing is placed.
    const cut = text.replace(/(其他结\n+果\n+0\n+)0\n+(\n复议后起诉)/, "$1$2");
    expect(cut).not.toBe(text);
    const r = read(cut);
    expect(t4(r)).toEqual(t4(read(text)).slice(0, 6));
    expect(unreadCells(r).flatMap((u) => u.cells)).toContain("t4.suitDirect.corrected");
  });
});

describe("pdftotext -layout: a row with blank cells", () => {
  // hzq2023 with cells left blank: the values that remain keep their columns.
  const f = "hzq2023.layout.txt";
  const blank = (line: string, keep: (i: number) => boolean) => {
    let n = 0;
    return line.replace(/\d+/g, (d) => (keep(n++) ? d : " ".repeat(d.length)));
  };
  it("values stay under their columns when cells between them are blank", () => {
    const want = label(f);
    const lines = readFileSync(join(dir, f), "utf8").split("\n");
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    // 6.属于四类过程性信息: 1 0 0 0 0 0 1 → 1 _ _ 0 _ _ 1 (the row label's own 6 is kept).
    const i = at("6.属于四类过程性信息");
    lines[i] = blank(lines[i] as string, (n) => n === 0 || n === 1 || n === 4 || n === 7);
    // （七）总计: 21 0 0 0 0 0 21 → 21 _ _ _ _ 0 21.
    const j = at("（七）总计");
    lines[j] = blank(lines[j] as string, (n) => n === 0 || n === 5 || n === 6);
    const cells = { ...want.cells };
    for (const c of ["commercial", "research", "legal", "otherOrg"])
      cells[`t3.denied.process.${c}`] = null;
    for (const c of ["commercial", "research", "social", "legal"]) cells[`t3.total.${c}`] = null;
    const r = read(lines.join("\n"));
    expectCells(r, cells);
  });
});
