import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import type { OcrCell, OcrPage } from "../../../../shared/model/scan.js";
import { docxDocument } from "../../../../shared/parse/docx/rows.js";
import { treeContent, type DocxNode } from "../../../../shared/parse/docx/tree.js";
import { htmlPage } from "../../../../shared/parse/html/document.js";
import { sourceDocument, textPictures, withSeen } from "../../../../shared/parse/index.js";
import type { OcrDocument } from "../../../../shared/parse/scan/rows.js";

const text = (value: string): DocxNode => ({ type: "text", value });
const para = (...children: DocxNode[]): DocxNode => ({ type: "paragraph", children });
const run = (...children: DocxNode[]): DocxNode => ({ type: "run", children });
const image: DocxNode = { type: "image" };

function cell(row: number, col: number, text: string, confidence = 95): OcrCell {
  const box = [col * 50, row * 20, 50, 20] as const;
  return { row, col, rowspan: 1, colspan: 1, text, confidence, box, numeric: /^\d+$/.test(text) };
}

/** What the recogniser reads of a screenshot of a two-row table, and a line of prose above it. */
const seen: OcrPage = {
  width: 100,
  height: 60,
  skew: 0,
  blocks: [
    { kind: "line", line: { text: "表格标题", confidence: 90, box: [0, 0, 100, 10] } },
    {
      kind: "table",
      rows: 2,
      cols: 2,
      cells: [cell(0, 0, "甲"), cell(0, 1, "乙"), cell(1, 0, "丙"), cell(1, 1, "12", 60)],
    },
  ],
};

describe("a picture in a Word document", () => {
  it("stands after the paragraph that holds it, whose text reads as before", () => {
    const content = treeContent({
      type: "document",
      children: [para(run(text("前"), image, text("后"))), para(run(text("下一段")))],
    });
    expect(content.blocks).toEqual([
      { kind: "p", text: "前后" },
      { kind: "picture", picture: 0 },
      { kind: "p", text: "下一段" },
    ]);
    expect(content.pictures).toBe(1);
  });

  it("reads nothing until recognised, then its table's rows where it stands, marked", () => {
    const content = treeContent({
      type: "document",
      children: [para(run(text("上文"))), para(run(image)), para(run(text("下文")))],
    });
    const unread = docxDocument(content);
    expect(unread.text).toBe("上文\n下文");
    expect("marks" in unread).toBe(false);
    const input = withSeen({ kind: "docx", content }, new Map([[0, seen]]), true);
    const doc = sourceDocument(input) as OcrDocument;
    expect(doc.text).toBe("上文\n甲\t乙\n丙\t12\n下文");
    expect(doc.rows.map((r) => r.tabular)).toEqual([false, true, true, false]);
    expect(doc.pictures).toBeUndefined();
    // Each recognised cell keeps how surely it was read, by the span it stands on.
    const twelve = doc.marks.find((m) => doc.text.slice(...m.span) === "12");
    expect(twelve?.confidence).toBe(60);
    expect(doc.marks).toHaveLength(4);
    expect(doc.lines).toEqual([]);
  });
});

describe("a picture on a saved page", () => {
  it("stands after its line, numbered with its src, the page's text as before", () => {
    const page = htmlPage(
      parse(`<body><p>一、总体情况</p><p>见下图<img src="a.png">：</p><p>二、主动公开</p></body>`),
    );
    expect(page.sources).toEqual(["a.png"]);
    const blocks = page.blocks.map((b) => (b.kind === "p" ? b.text : b.kind));
    expect(blocks).toEqual(["一、总体情况", "见下图：", "picture", "二、主动公开"]);
    expect(textPictures({ kind: "mhtml", content: { ...page, headTitle: null } })).toEqual([0]);
  });
});
