import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../electron/node/adapters/docx.js";
import type { DocxContent } from "../../../shared/parse/docx/content.js";
import { treeBlocks, type DocxNode } from "../../../shared/parse/docx/tree.js";
import { docxDocument } from "../../../shared/parse/docx/rows.js";
import type { SourceDocument, SourceRow } from "../../../shared/parse/source.js";

const DIRS = ["corpus", "examples"].map((d) =>
  fileURLToPath(new URL(`../../fixtures/${d}/`, import.meta.url)),
);
const FILES = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => ({ name: f, path: dir + f })),
);

async function documentOf(path: string): Promise<SourceDocument> {
  const content = await readDocx(readFileSync(path));
  if ("code" in content) throw new Error(content.message);
  return docxDocument(content);
}

const texts = (row: SourceRow | undefined) => row?.cells.map((c) => c.text);
const spans = (row: SourceRow | undefined) => row?.cells.map((c) => c.colspan ?? 1);
const rowWith = (doc: SourceDocument, label: string) =>
  doc.rows.find((r) => r.tabular && r.cells.some((c) => c.text.includes(label)));

// mammoth's own document model constructors, so the walker is tested on the shapes it reads.
const require = createRequire(import.meta.url);
const m = require("mammoth/lib/documents") as {
  Document(children: DocxNode[], options?: object): DocxNode;
  Paragraph(children: DocxNode[], properties?: object): DocxNode;
  Run(children: DocxNode[], properties?: object): DocxNode;
  Text(value: string): DocxNode;
  Tab(): DocxNode;
  Hyperlink(children: DocxNode[], options: object): DocxNode;
  Table(children: DocxNode[], properties?: object): DocxNode;
  TableRow(children: DocxNode[], options?: object): DocxNode;
  TableCell(children: DocxNode[], options?: object): DocxNode;
  NoteReference(options: object): DocxNode;
  Note(options: object): DocxNode;
  lineBreak: DocxNode;
  pageBreak: DocxNode;
};
const p = (...texts: (string | DocxNode)[]) =>
  m.Paragraph([m.Run(texts.map((t) => (typeof t === "string" ? m.Text(t) : t)))]);
const td = (children: DocxNode[], options?: object) => m.TableCell(children, options);
const table = (...rows: DocxNode[][]) => m.Table(rows.map((r) => m.TableRow(r)));

describe("treeBlocks", () => {
  it("reads paragraphs; a line break starts a new paragraph, a page break does not", () => {
    const doc = m.Document([
      p("标题"),
      p("一行", m.lineBreak, "二行"),
      p(),
      m.Paragraph([m.Hyperlink([m.Run([m.Text("链接")])], { href: "x" })]),
      p("甲", m.Tab(), "乙", m.pageBreak, "丙"),
    ]);
    expect(treeBlocks(doc)).toEqual(
      ["标题", "一行", "二行", "链接", "甲\t乙丙"].map((text) => ({ kind: "p", text })),
    );
  });

  it("keeps Word's heading styles as heading levels, and nothing for other styles", () => {
    const para = (styleName: string, text: string) =>
      m.Paragraph([m.Run([m.Text(text)])], { styleName });
    const blocks = treeBlocks(
      m.Document([
        para("heading 1", "报告"),
        para("标题 2", "一、总体情况"),
        para("Normal", "正文"),
      ]),
    );
    expect(blocks).toEqual([
      { kind: "p", text: "报告", heading: 1 },
      { kind: "p", text: "一、总体情况", heading: 2 },
      { kind: "p", text: "正文" },
    ]);
  });

  it("reads a table with merged cells and multi-paragraph cells", () => {
    const doc = m.Document([
      table(
        [td([p("表头")], { colSpan: 2 })],
        [td([p("本年新"), p("制作数量")], { rowSpan: 2 }), td([p("1")])],
        [td([])],
      ),
    ]);
    expect(treeBlocks(doc)).toEqual([
      {
        kind: "table",
        rows: [
          [{ text: "表头", colspan: 2, rowspan: 1 }],
          [
            { text: "本年新\n制作数量", colspan: 1, rowspan: 2 },
            { text: "1", colspan: 1, rowspan: 1 },
          ],
          [{ text: "", colspan: 1, rowspan: 1 }],
        ],
      },
    ]);
  });

  it("folds a nested table into its cell, and unwraps a one-cell layout frame", () => {
    const inner = () => table([td([p("a")]), td([p("b")])], [td([p("c")])]);
    const nested = treeBlocks(m.Document([table([td([p("x"), inner()]), td([p("y")])])]));
    expect(nested).toEqual([
      {
        kind: "table",
        rows: [
          [
            { text: "x\na b\nc", colspan: 1, rowspan: 1 },
            { text: "y", colspan: 1, rowspan: 1 },
          ],
        ],
      },
    ]);
    const framed = treeBlocks(m.Document([table([td([p("前言"), inner()])]), p("后记")]));
    expect(framed.map((b) => b.kind)).toEqual(["p", "table", "p"]);
  });

  it("numbers note references and reads the notes after the body", () => {
    const ref = m.NoteReference({ noteType: "footnote", noteId: "1" });
    const note = m.Note({ noteType: "footnote", noteId: "1", body: [p("注释")] });
    const doc = m.Document([p("正文", ref)]);
    expect(treeBlocks(doc, (r) => (r === ref ? note : undefined))).toEqual([
      { kind: "p", text: "正文[1]" },
      { kind: "p", text: "注释" },
    ]);
  });
});

describe("docxDocument", () => {
  const content: DocxContent = {
    blocks: [
      { kind: "p", text: "  一、总体情况 ", heading: 2 },
      { kind: "p", text: " \u3000" },
      {
        kind: "table",
        rows: [
          [
            { text: "行政\n许可", colspan: 2, rowspan: 1 },
            { text: "a\tb", colspan: 1, rowspan: 1 },
            { text: "", colspan: 1, rowspan: 3 },
          ],
          [],
        ],
      },
      { kind: "p", text: "完" },
    ],
  };

  it("prints paragraphs as lines and table rows as tab-joined lines", () => {
    const doc = docxDocument(content);
    expect(doc.format).toBe("docx");
    expect(doc.text).toBe("一、总体情况\n行政 许可\ta b\t\n完");
    expect(doc.rows.map((r) => r.tabular)).toEqual([false, true, false]);
    expect(texts(doc.rows[1])).toEqual(["行政 许可", "a b", ""]);
    expect(doc.rows[1]?.cells.map((c) => c.colspan)).toEqual([2, undefined, undefined]);
    expect(doc.rows[1]?.span).toEqual([7, 17]);
  });

  it("lays the text out as the document did: headings, paragraphs, tables with merged cells", () => {
    expect(docxDocument(content).layout).toEqual([
      { kind: "p", span: [0, 6], heading: 2 },
      {
        kind: "table",
        rows: [[{ span: [7, 12], colspan: 2 }, { span: [13, 16] }, { span: [17, 17], rowspan: 3 }]],
      },
      { kind: "p", span: [18, 19] },
    ]);
  });
});

describe.each(FILES)("docx rows of $name", ({ name, path }) => {
  it("gives every cell a span that prints its text, rows in order", async () => {
    const doc = await documentOf(path);
    let last = 0;
    for (const row of doc.rows) {
      expect(row.span[0]).toBeGreaterThanOrEqual(last);
      last = row.span[1];
      for (const cell of row.cells) {
        expect(doc.text.slice(cell.span[0], cell.span[1])).toBe(cell.text);
        expect(cell.span[0]).toBeGreaterThanOrEqual(row.span[0]);
        expect(cell.span[1]).toBeLessThanOrEqual(row.span[1]);
      }
    }
  });

  it("lays out every line of the text once, in order, with the tables of 二, 三, 四", async () => {
    const doc = await documentOf(path);
    const layout = doc.layout ?? [];
    const spans = layout.flatMap((b) =>
      b.kind === "p" ? [b.span] : b.rows.flat().map((c) => c.span),
    );
    const cells = doc.rows.flatMap((r) => r.cells.map((c) => c.span));
    expect(spans).toEqual(cells);
    const tables = layout.filter((b) => b.kind === "table");
    expect(tables.length).toBeGreaterThanOrEqual(3);
    expect(
      tables.some((t) => t.rows.flat().some((c) => (c.colspan ?? 1) > 1 || (c.rowspan ?? 1) > 1)),
    ).toBe(true);
  });

  it("prints table 三's 予以公开 and 结转下年 rows as the expected values", async () => {
    const doc = await documentOf(path);
    const expected = JSON.parse(readFileSync(`${path}.expected.json`, "utf8")) as {
      cells: Record<string, number | null>;
    };
    const cols = ["natural", "commercial", "research", "social", "legal", "otherOrg", "total"];
    for (const [label, id] of [
      ["予以公开", "granted"],
      ["结转下年度", "carryOver"],
    ] as const) {
      const want = cols.map((c) => String(expected.cells[`t3.${id}.${c}`] ?? ""));
      expect(texts(rowWith(doc, label))?.slice(-7), `${name} ${label}`).toEqual(want);
    }
  });
});

describe("docx rows of particular reports", () => {
  const corpus = (n: string) => DIRS[0] + n;

  it("000: 行政许可 row of table 二", async () => {
    const doc = await documentOf(corpus("000_717827ae4ea6615a.docx"));
    expect(texts(rowWith(doc, "行政许可"))).toEqual(["行政许可", "390", "+72", "10624"]);
  });

  it("003: 予以公开 sits beside the merged 三、本年度办理结果 label, totals only", async () => {
    const doc = await documentOf(corpus("003_a167b1e233f24ae1.docx"));
    const row = rowWith(doc, "予以公开");
    expect(texts(row)).toEqual([
      "三、本年度办理结果",
      "（一）予以公开",
      "",
      "",
      "",
      "",
      "",
      "",
      "20",
    ]);
    expect(spans(row)).toEqual([1, 2, 1, 1, 1, 1, 1, 1, 1]);
    expect(spans(rowWith(doc, "部分公开"))).toEqual([2, 1, 1, 1, 1, 1, 1, 1]);
    expect(texts(rowWith(doc, "结转下年度"))).toEqual([
      "四、结转下年度继续办理",
      "0",
      "",
      "",
      "",
      "",
      "",
      "0",
    ]);
  });

  it("002: 予以公开 has blanks then 14; table 二 (2021) merges its value cells", async () => {
    const doc = await documentOf(corpus("002_6e005d299800cb62.docx"));
    expect(texts(rowWith(doc, "予以公开"))?.slice(1)).toEqual([
      "（一）予以公开",
      "",
      "",
      "",
      "",
      "",
      "",
      "14",
    ]);
    const license = rowWith(doc, "行政许可");
    expect(texts(license)).toEqual(["行政许可", "0"]);
    expect(spans(license)).toEqual([1, 3]);
  });
});
